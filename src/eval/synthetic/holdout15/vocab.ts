// Owns the invented vocabulary of the fifteenth held-out PHI check: given names and surnames of many cultures (many of
// them ordinary English words, written in capitals and lower case by the notes), nicknames, ward, unit and floor names,
// other hospitals' short codes, towns of the Upper Peninsula and the north woods of Wisconsin, institution stems and the
// protected clinical terms each half plants. Written for this check alone by the session-15 examiner; it imports no
// other pool, and its test proves it shares no value with them. Multi-word entries are written with "_" for a space.
const words = (s: string): string[] => [...new Set(s.trim().split(/\s+/).map((w) => w.replace(/_/g, ' ')))];

/** Given names that are also English words, so a word list cannot tell them from prose. */
export const H15_GIVEN_WORDS: readonly string[] = words(`
  Snowdrift-Ann Snowshoe-Ann Ironwood-Lee Sawmill-Jo Tamarack-Rae Pinesap-Sue Lantern-Jo Ember-Lou Thimble-Mae Mitten-Kay
  Sleighbell Frostine-Jo Harvestine Woodsmoke-Ray Kettle-Ann Quilt-Marie Gravy-Lou Bobber-Jim Jigpole-Ted Tip-Up-Jean
  Sturdy Meekness-Jo Steadfast-Ann Mercy-Dell Humble-Jo Cheerful-Kay
`);
export const H15_GIVEN_OTHER: readonly string[] = words(`
  Aulikki-Mae Väinö-Ray Tyyne-Lou Eino-Jalmari Hilma-Ester Sulo-Veikko
  Nkechinyere-Ann Oghenekaro Ejiroghene Tochukwu-Lee Onyinyechi
  Zdravka-Lee Bojidar Radostina Veselin-Jo
  Gíslína Þorvarður Ásdís-Ann
  Wojsław Dobrosława Sulisław
  Mương-Thu Xuân-Hạnh Quế-Anh
  Tsegereda Yodit-Ann Haileab Mebrahtu-Lee
  Ngaio-Rae Rāwiri-Jo Hineata
  Ayelén-Sol Nahuel-José Antü-Ray
  Jyrki-Pekka Marjatta-Lee Pirkko-Sue
  Oddbjørg Torleif-Ann Gunnvor
  Ewurabena Kwabena-Tom Akosua-Rae
`);
export const H15_SURNAMES_WORDS: readonly string[] = words(`
  Sawfiler Kilnstoker Oreboat-Hale Shaftsinker Tailingspond Log-Sluice Timbercruise Stumpgrinder Icefisher Snowplow-Dey
  Woodstove Sugarbush Maplesap-Rowe Pastymaker Ironrange Deerstand Birdhouse-Tate Ricebed Portage-Stoltz Copperclad
  Loggerhead-Nyby Frostheave Whitecap-Lund Boathouse-Kerr Sauna-Aho Headframe Drillcore Peavey-Stump
`);
export const H15_SURNAMES_OTHER: readonly string[] = words(`
  Hämäläinen-Rusk Räsänen-Pihl Pöyhönen-Dahl Leppäluoto Kivimäki-Holt Sääskilahti
  Obiechina-Pratt Ihejirika Okonkwo-Faber Nwosu-Latham
  Stoyanova-Reed Hristozov Dimitrova-Lang Zhelyazkov
  Þorgeirsdóttir Guðbrandsson-Kline
  Śliwińska-Hart Wróblewski-Ames Przybyłowicz
  Trương-Văn-Hòa Đặng-Thị-Mai Lương-Quốc
  Gebremedhin-Lowe Tesfamariam Haileselassie-Dunn
  Te_Whaiti Ngata-Rowe Tāwhiao
  Huenchumilla Catrileo-Soto Ñancupil
  Asantewaa-Brandt Owusu-Ansah-Kerr Boakye-Yiadom
  von_Lüttichau zu_Stolberg-Reese de_las_Heras-Boyd van_der_Meulen-Grant ten_Brink-Ash
  O'Flaherty-Burke O'Cearbhaill MacCrimmon-Voss McGillicuddy-Shaw MacSporran McAlpin-Trask
`);
/** Nicknames, some quoted in the notes, some standing alone as the family calls the patient. */
export const H15_NICKNAMES: readonly string[] = words(`Snowbird-Lou Toots-McGee Peanut-Ray Bumblebee-Jo Chipmunk-Lee Button-Nell Pudge-Ellis Sunny-Bea Buckshot-Joe Tater-Dee Sparky-Len Gramma-Ines`);
export const H15_RELATIONS = ['wife', 'husband', 'dtr', 'son', 'sis', 'bro', 'mom', 'dad', 'niece', 'nephew', 'grandson', 'granddtr', 'fiance', 'roommate', 'ex-wife', 'stepson', 'poa', 'guardian'] as const;
/** Towns of the Upper Peninsula and the north woods that are common English words, and other invented towns. */
export const H15_TOWNS_WORDS: readonly string[] = words(`Copperpit Slagheap_Corners Stamp_Mill_Junction Pasty_Hollow Headframe_Hill Sawdust_Flats Iceshanty_Bay Snowmobile_Crossing Tailings_Point Hemlock_Burn`);
export const H15_TOWNS_OTHER: readonly string[] = words(`Ahmeek_Station Mandan_Location Keweenaw_Narrows Nisula_Corners Bergland_Falls Ewen_Junction Trenary_East Chassell_Bay Ontonagon_Forks Tapiola_Mine Pelkie_Siding Watersmeet_North`);
export const H15_STATES = ['Mich.', 'MI', 'Wis.', 'WI', 'Minn.'] as const;
export const H15_STREETS: readonly string[] = words(`Shaft_House Rockhouse Ore_Dock Sauna_Camp Powder_Magazine Mine_Captain Drydock_Finn Smelter_Stack Company_Row Boarding_House_Hill`);
export const H15_STREET_SUFFIX = ['Rd.', 'Ave', 'Loop', 'Trl', 'Cir.', 'Pkwy', 'Spur', 'Camp Rd', 'Location Rd'] as const;
/** Invented ward, unit and floor names, named after benefactors as hospitals of the era did. */
export const H15_WARDS: readonly string[] = words(`Winthrop-Ashby Carrington_North Vanderpoel-Hess Thorndike_South Ballantine-Ives Kittredge_Wing Merriweather-Cole Haverford_Pavilion Stuyvesant-Lamb Whitcomb_Hall`);
/** Short codes of other hospitals, rehabs and nursing homes, as staff write them in passing. */
export const H15_HOSP_CODES: readonly string[] = words(`KWMH OGSC-N BFRH ICVA-2 PLRC TWHS MSQH EJCH-W GRNF HKMC`);
export const H15_INST_STEMS: readonly string[] = words(`Keweenaw_Narrows Ontonagon_Forks Chassell_Bay Tapiola_Mine Bergland_Falls Watersmeet_North Ahmeek_Station Trenary_East`);
export const H15_SAINTS: readonly string[] = words(`Kateri_of_the_Mohawks Isidore_the_Farmer Rose_Philippine_Duchesne Frederic_Baraga`);

/** Protected clinical terms of the source half: ICU-era eponyms, named scales, manoeuvres, devices and drug brands. */
export const H15_PROTECTED_SOURCE: readonly string[] = words(`
  Stiegmann-Goff_bander Saeed_Six-Shooter Cameron_lesion Forrest_IIb AIMS65_score Hotline_fluid_warmer Level_1_infuser Pitressin_drip
  Acetest Humulin_R_drip Glucometer_Elite Accu-Chek_Advantage Kayexalate_enema
  Bromage_score Tuohy_needle Duramorph Sublimaze Naropin_epidural Bupivacaine-fentanyl_PCEA
  Tobin_index Wright_respirometer Servo_900C Puritan_Bennett_7200 Bear_1000 Briggs_adaptor
  Sulcrate_suspension Pepcid_IV Kefzol Nitropress_drip
`);
/** Protected clinical terms of the new-styles half: eponyms, named tests and scales, brands and place-named diseases. */
export const H15_PROTECTED_STYLES: readonly string[] = words(`
  Himmelsbach_scale Dolophine Methadose_dispersible Probuphine_implant DAST-10
  Lunar_Prodigy Hologic_Horizon_A FRAX_score Prolia Singh_index
  Medtronic_Adapta Accolade_MRI Zimmer_hip Sommer-Larcher_sign
  Acuvue_Oasys Boston_XO Schirmer_strip Efron_grading_scale Placido_disc Fleischer_ring
  Genotropin_MiniQuick Norditropin_FlexPro Greulich-Pyle_atlas Prader_orchidometer Bayley-Pinneau_tables
  Edwards_syndrome Patau_syndrome Voluson_E10 Fetal_Medicine_Foundation
  Omron_Evolv Medtrum_TouchCare CardioMEMS Withings_Body_Cardio
  STRATIFY_tool Hendrich_II_model Posey_bed_alarm
  Bwamba_fever Crimean-Congo_haemorrhagic_fever Ilheus_fever Omsk_haemorrhagic_fever Barmah_Forest_virus
  Epidiolex KetoCal_4:1 Doose_syndrome Ohtahara_syndrome Precision_Xtra
`);
export const H15_PROTECTED_ALL: readonly string[] = [...H15_PROTECTED_SOURCE, ...H15_PROTECTED_STYLES];
