// Owns the invented vocabulary of the thirteenth held-out PHI check: given names and surnames of many cultures (many of
// them ordinary English words, written in capitals and lower case by the notes), nicknames, ward, unit and floor names,
// other hospitals' short codes, towns of the northern Plains and upper Midwest prairie, institution stems and the
// protected clinical terms each half plants. Written for this check alone by the session-13 examiner; it imports no
// other pool, and its test proves it shares no value with them. Multi-word entries are written with "_" for a space.
const words = (s: string): string[] => [...new Set(s.trim().split(/\s+/).map((w) => w.replace(/_/g, ' ')))];

/** Given names that are also English words, so a word list cannot tell them from prose. */
export const H13_GIVEN_WORDS: readonly string[] = words(`
  Clement-Ray Sterling-Jo Steadfast Forbearance Patience-Lou Bounty Harbor-Lee Canyon Meadowlark Prairie-Sue Juniper-Kay
  Thimbleberry Cinder-Rae Solace Comfort-Ann Wayfarer Lark-Marie Feverfew Mugwort Burdock Clover-Jean Bristle Tinsel Wren-Ellen
  Goshawk Plover Heath-Allen Forrest-Dean Tithe Bishop-Lee Deacon-Ray Major-Tom
`);
export const H13_GIVEN_OTHER: readonly string[] = words(`
  Wojciecha Bolesław Zdzisława Mieczysław Radosław-Jan Bożydar
  Ogechukwu-Ann Chidiebube Obinna-Paul Ifeyinwa Nnamdi-Joe Somtochukwu Uzoamaka
  Tupac-Amaru Quispe-Rosa Sumaq-Tika Killa-Mae
  Marama-Rose Tipene-Joe Rangi-Ann Tamatea Hinemoa
  Veikko-Pekka Tyyne Tapani Sirkka-Liisa Onni-Matti Raili
  Gudrun-Elin Steinunn Ragnheiður Þorvaldur Hjördís
  Ambrogio Crescenzia Filomena-Rae Gaudenzio Liberata Pasqualina
  Teodolinda Rosalba-Jean Sinforiano Hermenegilda Escolastica Cipriana
  Nkechi-Ann Olanrewaju-Kay Tolulope-Grace Adetokunbo
`);
export const H13_SURNAMES_WORDS: readonly string[] = words(`
  Buttermilk Cornerstone Dustpan Featherstitch Gatepost Hayrick Inkhorn-Lye Jampot Kindlewood Lampblack Mudflap Needlework
  Oxcart Pitchfork Quilter Rainbarrel Sodbuster Tumblerig Windbreak Yardstick Anvilcraft Bucketwell Chimneystack Driftwood-Cole
  Fencepost Grindstone Horseshoe-Bly Ploughwright Woodpile
`);
export const H13_SURNAMES_OTHER: readonly string[] = words(`
  Wróblewski-Kahn Pietrzykowski Zawadzka Gąsiorowski Chmielewska Szewczyk-Dunn
  Okonkwo-Bright Nwaobilor Eze-Udeh Ikemefuna Obiageli Onyekachi
  Yupanqui-Ttito Mamani-Coaquira Ccori-Huanca Ccallo
  Tuhiwai-Moana Ngata-Pohatu Te_Whatahoro Horomona-Pou
  Mäkelä Hyvönen-Lehto Järvinen-Koski Väisänen Räsänen Kärkkäinen
  Guðmundsdóttir Sigurðsson Þorsteinsdóttir Hrafnsson
  Brambilla Colombo-Sala Pozzi Zambelloni Galbiati Riva-Longoni
  Baptista-Moura Figueiró Quintanilha-Reis Sarmento-Pires
  von_Hünefeld zu_Stolberg de_la_Borbolla del_Valle-Ochoa dos_Prazeres van_der_Meulen
  O'Flaherty-Quinn O'Cathasaigh MacFhearghais McIlwraith MacQuarrie-Bell McGonigle
  Vũ-Hoàng Lương Đoàn Quách Thạch
  Lindqvist-Ahl Sjöberg Ålgård-Nyberg Nyqvist
  Jovićević Stojković Radovanović-Ilić
`);
/** Nicknames, some quoted in the notes, some standing alone as the family calls the patient. */
export const H13_NICKNAMES: readonly string[] = words(`Peanut-Boy Doodlebug Sunshine-Sue Bootlace Spudnik Scooter-Ray Chickadee-Lou Gumdrop-Sue Bubba-Lee Nana-Dot Grandpappy-Lee Sissy-Jo`);
export const H13_RELATIONS = ['wife', 'husband', 'dtr', 'son', 'sis', 'bro', 'mom', 'stepmom', 'granddaughter', 'grandson', 'fiance', 'roommate', 'uncle', 'cousin', 'guardian', 'ex-wife'] as const;
/** Towns of the northern Plains that are common English words, and other invented towns, written as the notes write them. */
export const H13_TOWNS_WORDS: readonly string[] = words(`Sod_Corners Bison_Wallow_Flat Dry_Prong Wheatland_Ferry Haymeadow Grainbin Sandhill_Crossing Coteau_Springs Windmill_Flat Pheasant_Run`);
export const H13_TOWNS_OTHER: readonly string[] = words(`Wahpekuta Oglala_Flats Minnewaukan_East Pembina_Crossing Wakpala_Bend Niobrara_Ferry Cheyenne_Agency_West Keya_Paha Tewaukon Sisseton_Prairie Arikaree_Fork Wanblee_Creek`);
export const H13_STATES = ['N.D.', 'SD', 'Neb.', 'Minn.', 'ND'] as const;
export const H13_STREETS: readonly string[] = words(`Grain_Elevator Shelterbelt Section_Line Combine Threshing Sugarbeet Flax_Mill Sunflower_Row Stockyard Quonset`);
export const H13_STREET_SUFFIX = ['St', 'Avenue', 'Rd.', 'Lane', 'Dr.', 'Court', 'Cir', 'Terrace', 'Trail', 'Blvd', 'Pl'] as const;
/** Invented ward, unit and floor names, named after donors as a teaching hospital of the era did. */
export const H13_WARDS: readonly string[] = words(`Trowbridge Kitteridge-Hale Shattuck-Wing Penniman Ellery_Pavilion Winthrop-Gale Bowditch_North Lathrop Hollister_Tower Cushing-Abbot`);
/** Short codes of other hospitals, rehabs and nursing homes, as staff write them in passing. */
export const H13_HOSP_CODES: readonly string[] = words(`WPMC SHRC KPCH TWGH NFMH DPRH BWVA-S OGLH CSCH MWRH`);
export const H13_INST_STEMS: readonly string[] = words(`Wahpekuta_Valley Oglala_Flats Coteau_Hills Niobrara_River Keya_Paha_County Pembina_Gorge Sandhill_Lakes Tewaukon_Basin`);
export const H13_SAINTS: readonly string[] = words(`Radegund Hedwig_of_Silesia Cuthbert_Mayne Winnoc`);
export const H13_EMAIL_DOMAINS = ['mail.ee', 'wp.pl', 'gmx.at', 'virgilio.it', 'tiscali.co.uk', 'telenet.be', 'optusnet.com.au', 'xtra.co.nz'] as const;

/** Protected clinical terms of the source half: ICU-era eponyms, named formulas, scores, manoeuvres, devices and drug brands. */
export const H13_PROTECTED_SOURCE: readonly string[] = words(`
  Prismaflex Aquarius Mahurkar Gambro Cuprophan CitraFlow Citranox Sulfamylon Acticoat Integra Biobrane Mepitel Jelonet Silverlon
  Curreri_formula Baux_score Rule_of_Nines Bretylol Isuprel Pronestyl Xylocaine Romazicon Dantrium Thumper Amicar
  Frazier_water_protocol Thick-It Mendelsohn_maneuver Masako_maneuver Shaker_exercise Toronto_Bedside_Swallowing_Screening_Test Ewald_tube
`);
/** Protected clinical terms of the new-styles half: eponyms, named tests and scales, brands and place-named diseases. */
export const H13_PROTECTED_STYLES: readonly string[] = words(`
  Nucleus_7 Kanso HiRes_Ultra SONNET_2 AzBio_sentences CNC_word_test Ling_Six_Sound_Test
  Neulasta Zarxio Nivestym Be_The_Match
  Nysten's_law Henssge_nomogram Glaister_equation
  Vimpat Briviact Fycompa Landau-Kleffner_syndrome Rolandic_spikes
  Tyvek Bitrex PortaCount Caplan_syndrome ILO_classification
  Optisol-GS DMEK Krukenberg_spindle Vogt_striae Hassall-Henle_bodies
  Burton_line LeadCare_II Chemet Calcium_Disodium_Versenate Mees_lines
  Imovax RabAvert HyperRAB Kedrab Negri_bodies
  Advate Eloctate Hemlibra Alprolix NovoSeven Hemophilia_Joint_Health_Score
  Wet_Bulb_Globe_Temperature i-STAT Compeed KT_Tape
`);
export const H13_PROTECTED_ALL: readonly string[] = [...H13_PROTECTED_SOURCE, ...H13_PROTECTED_STYLES];
