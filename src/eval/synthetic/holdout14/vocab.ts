// Owns the invented vocabulary of the fourteenth held-out PHI check: given names and surnames of many cultures (many of
// them ordinary English words, written in capitals and lower case by the notes), nicknames, ward, unit and floor names,
// other hospitals' short codes, towns of the Chesapeake Eastern Shore and Tidewater, institution stems and the protected
// clinical terms each half plants. Written for this check alone by the session-14 examiner; it imports no other pool,
// and its test proves it shares no value with them. Multi-word entries are written with "_" for a space.
const words = (s: string): string[] => [...new Set(s.trim().split(/\s+/).map((w) => w.replace(/_/g, ' ')))];

/** Given names that are also English words, so a word list cannot tell them from prose. */
export const H14_GIVEN_WORDS: readonly string[] = words(`
  Tidewell Oysterlyn Marshal-Kay Bosun Skipjack-Lee Gullwing Heron-Mae Osprey-Jo Cattail Windlass-Jo Dory-Ann Spinnaker
  Tenderly Gladness  Kindness-Rae Grace-Ellery Honor-Lynn  Chastity-Mae Temperance-Jo Loyalty
  Marigold-Fay  Foxglove-Ann  Tansy-Lou Sorrel-Jean Chicory Bracken-Ray
`);
export const H14_GIVEN_OTHER: readonly string[] = words(`
  Wiesława Bronisława-Ann Czesław-Jan Zbigniewa Jarogniew
  Ngozichukwu Chukwuemeka-Ray Adaobi-Lynn Ebubechukwu Kelechi-Ann
  Tadeja Mojca-Lee Primož Urška-Jo
   Sigrún-Lee Hallgrímur Áslaug
  Gwenaëlle Maëlys Loïc-Ray Goulven Anaïg
  Thảo-Vy Nhật-Minh Bảo-Ngọc Khánh-Linh
  Oluwaseun-Kay Babatunde-Joe Yewande-Grace Folasade-Ann
  Ximena-Paz Lautaro-José Milagros-Ann Abigaíl-Sol
  Kalinda-Rae Yindi Jarrah-Lee Warrick-Tom
  Torvald-Ray Solveig-Ann Ingebjørg Bjørnar
  Radomír Květoslava Bořivoj Ludmila-Jo
  Aroha-Jean Wiremu-Ray Mereana
`);
export const H14_SURNAMES_WORDS: readonly string[] = words(`
  Crabpot Oysterbed Netmender Tonglift Buoykeeper Saltmarsh-Dey Skiffwright Muskratter Dredgeman Gillnetter Trotline
  Bushelbasket Deadrise Hawsepipe Scuppers Bilgewater Keelhauler Marlinspike Oarlock-Tate Sailcloth Tidegate
   Crabshedder Cordgrass-Bly Sheepshead Oyster-Tongs Menhaden Waterman-Pike Chantey Lighthouse-Roe
`);
export const H14_SURNAMES_OTHER: readonly string[] = words(`
  Wierzbicka-Hale  Skrzypczak Jabłońska-Moor Grzelak-Dunn
  Nwachukwu-Lyle Okafor-Bristow Anyanwu-Teel Ezeilo Nnadozie
  Kovačević-Roe Žnidaršič Mlakar-Pirc Vodopivec
  Hallgrímsdóttir Ólafsson-Berg Þórhallsson
  Le_Goff-Kernev Quéméner Le_Bourhis Kerhervé-Daoulas
  Nguyễn-Thị-Lam Trịnh Phạm-Quang Huỳnh-Bảo
  Adeyemi-Thorne  Olaniyan-Brooke
  Villarreal-Ocampo Barrientos-Pinto Sepúlveda-Araya
  Tjukurpa-Nelson Mununggurr Yunupingu-Reid
  Bjørnstad Haugland-Moe Skaugen Øverland
  Dvořáková Procházka-Lind Šťastný
  Tūhoe-Walker Parata-Kemp
  von_Rüxleben zu_Waldburg de_la_Fuente-Brisco del_Castillo-Rae van_den_Hoek ter_Borch-Hale
  O'Sullivan-Creagh O'Dubhghaill MacGillivray-Stout McCandlish MacEachern-Hood McKendry
`);
/** Nicknames, some quoted in the notes, some standing alone as the family calls the patient. */
export const H14_NICKNAMES: readonly string[] = words(`Crabcake Sugarfoot-Lou Tadpole-Joe Dumpling-Mae Boots-McCoy Skeeter-Ray Biscuit-Lou Mudpuppy Puddin-Jo Pop-Pop-Lee Mawmaw-Tess Bubby-Dee`);
export const H14_RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'mother', 'father', 'niece', 'nephew', 'grandma', 'granddad', 'partner', 'neighbor', 'godson', 'stepdtr', 'hcp'] as const;
/** Towns of the Eastern Shore and Tidewater that are common English words, and other invented towns. */
export const H14_TOWNS_WORDS: readonly string[] = words(`Muskrat_Neck Tonger's_Cove Bugeye_Landing Saltmeadow Poundnet Terrapin_Hollow Mudflat_Crossing Shucker's_Point Eelgrass Marshhen_Creek`);
export const H14_TOWNS_OTHER: readonly string[] = words(`Nassawango_Ferry Annemessex_Neck Wachapreague_East Nanjemoy_Bend Occohannock_Landing Pungoteague_Mill Quinby_Inlet_Village Machipongo_Fork Chicamuxen Onancock_Shores Tangerine_Neck_Va Nandua_Creek`);
export const H14_STATES = ['Md.', 'MD', 'Va.', 'VA', 'Del.'] as const;
export const H14_STREETS: readonly string[] = words(`Crab_Shanty Shell_Midden Skipjack_Wharf Cannery_Row_Md Menhaden_Plant Steamboat_Wharf Tonging_Rock Packing_House Canning_Factory Log_Canoe`);
export const H14_STREET_SUFFIX = ['St.', 'Road', 'Ln', 'Drive', 'Way', 'Hwy', 'Pike', 'Ct.', 'Landing Rd'] as const;
/** Invented ward, unit and floor names, named after donors as a teaching hospital of the era did. */
export const H14_WARDS: readonly string[] = words(`Pemberton-Rusk Saltonstall_East Ticknor-Bond Farnsworth-Cabot Coolidge-Lyman Peabody-Thayer Hemenway_West Lowell-Gardner Sturgis_Pavilion Ropes_Hall`);
/** Short codes of other hospitals, rehabs and nursing homes, as staff write them in passing. */
export const H14_HOSP_CODES: readonly string[] = words(`PRGH NSMC-E AEMH WCRH TNVH QMRC SPCH-W MCKH OBNH DLMC`);
export const H14_INST_STEMS: readonly string[] = words(`Nassawango_Valley Annemessex_Bay Pungoteague_Creek Wachapreague_Inlet Nanjemoy_County Machipongo_River Occohannock_Shore Chicamuxen_Point`);
export const H14_SAINTS: readonly string[] = words(`Brendan_the_Navigator Juliana_Falconieri Gerard_Majella Scholastica_of_Nursia`);

/** Protected clinical terms of the source half: ICU-era eponyms, named scales, manoeuvres, devices and drug brands. */
export const H14_PROTECTED_SOURCE: readonly string[] = words(`
  Datascope_System_90 Kontron_KAAT Augmentin_IV Mivacron   Diprivan_drip 
      Houdini_suit
    Perclose    Kern_hemostat
  Ciaglia_technique Griggs_forceps Bivona_tube Shiley_6_DCFS Portex_Blue_Line Björk_flap
   Auramine-rhodamine Hibiclens Cidex Sporicidin Löwenstein-Jensen
  Arrow_AutoCAT Hemochron_Jr Tridil Aramine Motor_Activity_Assessment_Scale Seldinger_wire Rapitrach Blue_Rhino Middlebrook_7H11 Amphyl
`);
/** Protected clinical terms of the new-styles half: eponyms, named tests and scales, brands and place-named diseases. */
export const H14_PROTECTED_STYLES: readonly string[] = words(`
  Dornier_Delta_II Storz_Modulith Guy's_stone_score Randall's_plaques Tamm-Horsfall_protein
  WHO_semen_criteria Kruger_morphology MAR_test Makler_chamber
     McRoberts_maneuver Woods_screw_maneuver Gaskin_maneuver
  QuantiFERON-TB_Gold_Plus Civil_Surgeon_worksheet  Kato-Katz_smear
  Pharmalgen Center-Al ImmunoCAP Venomil
   Duke_treadmill_score Lexiscan Cardiolite Myoview
  Kleinert_splint Bunnell_block Jebsen-Taylor_Hand_Function_Test  
  Jaeger_spirometer GLI-2012_equations Vitalograph Bodybox
  BI-RADS Tabár_classification Tomosynthesis_Hologic Cooper's_ligaments
  LAP-BAND Realize_band BAROS_score Moorehead-Ardelt_questionnaire
  Ritgen_maneuver Zavanelli_maneuver Schultze_mechanism Naughton_protocol Baermann_technique Kapandji_score BTE_Primus
`);
export const H14_PROTECTED_ALL: readonly string[] = [...H14_PROTECTED_SOURCE, ...H14_PROTECTED_STYLES];
