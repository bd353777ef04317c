// Owns the invented vocabulary of the twelfth held-out PHI check: given names and surnames of many cultures (many of
// them ordinary English words, written in capitals and lower case by the notes), nicknames, ward and unit names, other
// hospitals' short codes, towns, institution stems and the protected clinical terms each half plants. Written for this
// check alone by the session-12 examiner; it imports no other pool, and its test proves it shares no value with them.
// Multi-word entries are written with "_" for a space.
const words = (s: string): string[] => [...new Set(s.trim().split(/\s+/).map((w) => w.replace(/_/g, ' ')))];

/** Given names that are also English words, so a word list cannot tell them from prose. */
export const H12_GIVEN_WORDS: readonly string[] = words(`
  Marigold-Sue Pebble Fable Sorrel-Ann Tempest-Lee Cress Rowan-Jo Gentian Bramble-Rose Chanterelle Hollyhock
  Charity-Mae Valor Marshal Noble-Ray Cowslip Foxtail Sweetbriar Moonwort Quince-Ann Pipit Wagtail Bluebell-Jo Snowdrop Dunnock
  Linnet-Rose Halcyon Providence-May Mercy-Belle Fieldfare Wheatear
`);
export const H12_GIVEN_OTHER: readonly string[] = words(`
  Benedikta Cyprian Eustacia Ferdinanda Gwendolyn-Rae Hieronymus Isidora Kunigunde Leontyne Marcellus Nepomuk
  Pancracio Quintilla Rupertina Sebastiano-Jo Theophilus Valentinus Xenia-Lou Ysolde
  Akosua-Mensima Emeka-Jude Gbenga Kehinde Mojisola Oluwatoyin
  Phuong-Anh Quynh Thuan Tuyen Xuan-Mai Yen-Nhi Dao
  Ishbel-Ann Ruairi Tadhg-Og Aisling-Rose
  Bonifacio Crisostomo Dionisia Estanislao Fortunata Genoveva Higinio Inocencia Jacoba Leoncio
`);
export const H12_SURNAMES_WORDS: readonly string[] = words(`
  Gristle Hayloft Jugbottle Kettleby Marrowbone Nutshell Oxbury Pinfold Quickbread Rushlight Saltmarsh Tinderbox
  Underhill-Page Wheatsheaf Applecross Bellflower Candlewood Eaglestone Fieldmouse Goosefoot Hearthstone Ironmonger
  Larder Millpond Nettlefold Oarsman Puddingstone
`);
export const H12_SURNAMES_OTHER: readonly string[] = words(`
  Szczepaniak Wawrzyniak Przybysz Kaczorowski Chrzanowska Grzybowski-Ruiz
  Abiodun-Okeke Ogunbiyi Oyewumi Adeyinka-Hart Ezenwa Nwankwo-Lopez
  Truong-Vo Phan-Luu Nghiem Khuc Tieu
  O'Sullivan-Ruane O'Muircheartaigh MacGillivray McEldowney
  van_Ravensteyn ter_Horst-Laan de_Figueiredo da_Cunha-Lobo Mac_an_tSaoi
  Castellanos-Ugarte Echenique Irigoyen Oyarzabal Zubiaurre Urdangarin
  Kowalewski Szymanek Dziedzic Jedrzejczak
  Athanasopoulou Karamanlidis Papathanasiou Triantafyllou
  Nørgaard Ødegård Kjærsgaard Sæther Þórðarson Björnsdóttir
  Šimůnek Dvořáčková Řezníček Čermák
  Gyllenhammar Wästberg Östlund-Berg
`);
/** Nicknames, some quoted in the notes, some standing alone as the family calls the patient. */
export const H12_NICKNAMES: readonly string[] = words(`Dumpling Sugarplum Bitsy-Lou Jitterbug Skipper-Jo Bootsie Cuddles Hambone Corky Smudge Nanny-Bea Grampy`);
export const H12_RELATIONS = ['wife', 'hubby', 'daughter', 'son', 'sister', 'brother', 'mother', 'stepdad', 'niece', 'nephew', 'grandma', 'partner', 'neighbor', 'godson', 'aunt', 'landlady'] as const;
/** Towns that are common English words, and other invented or small towns, written as the notes write them. */
export const H12_TOWNS_WORDS: readonly string[] = words(`Hopewell-on-Tide Gravelpit Honeymead Millstream Cinderford Goldenrod_Falls Marshfield_Glen Thornbury_Cross Lanternhill Plowshare`);
export const H12_TOWNS_OTHER: readonly string[] = words(`Quonnatuck Pawcassett Wequetequock Nashawena_Landing Sconticut Mattakeeset Apponagansett Cohasset_Narrows_East Weweantic Quisset Menauhant Poponesset`);
export const H12_STATES = ['Conn', 'CT', 'Mass.', 'ME', 'Vt'] as const;
export const H12_STREETS: readonly string[] = words(`Widow's_Walk Cranberry_Bog Quarterdeck Shipwright Lamplighter Fishweir Saltbox Hayward_Meadow Winnowing Oystercatcher`);
export const H12_STREET_SUFFIX = ['Street', 'Ave.', 'Road', 'Ln', 'Drive', 'Ct', 'Circle', 'Terr', 'Hwy', 'Pkwy', 'Way'] as const;
/** Invented ward, unit and floor names, named after donors as a teaching hospital of the era did. */
export const H12_WARDS: readonly string[] = words(`Fessenden Ravenscroft Wigglesworth Pettengill Ainsworth-Hale Thorndike_Annex Cabot-Loring Quimby Huckins Stoddard_Pavilion`);
/** Short codes of other hospitals, rehabs and nursing homes, as staff write them in passing. */
export const H12_HOSP_CODES: readonly string[] = words(`QVMC WRMH PNCH SCRH BKGH TMRC NEBH-W HCMH FDRH CVRC`);
export const H12_INST_STEMS: readonly string[] = words(`Quonnatuck_Valley Pawcassett_Bay Weweantic_River Menauhant_Shores Sconticut_Neck Fessenden_Hill Harrowgate_Point Honeymead_Commons`);
export const H12_SAINTS: readonly string[] = words(` Pancras Boniface Gertrude_of_Nivelles Kilian`);
export const H12_EMAIL_DOMAINS = ['yandex.ru', 'rediffmail.com', 'naver.com', 'uol.com.br', 'btinternet.com', 'seznam.cz', 'protonmail.ch', 'laposte.net'] as const;

/** Protected clinical terms of the source half: ICU-era eponyms, named signs, scales, devices and drug brands. */
export const H12_PROTECTED_SOURCE: readonly string[] = words(`
  Codman_ICP_monitor Becker_EVD Ommaya Nimotop Cerebyx Hunt_and_Hess WFNS_scale Ramsay_scale Gordon_reflex Oppenheim_reflex Forrester_class Frank_sign
  Wellens_syndrome Inocor Integrilin ReoPro Retavase Angio-Seal FemoStop Linton-Nachlas_tube Corpak Thora-Seal Heimlich_valve
  Bivona Blanketrol Thermogard Roto-Rest Lazarus_sign Ballance_sign Grey_Turner_sign Brooke_formula Lund-Browder_chart
  Fortaz Maxipime Timentin Carafate
`);
/** Protected clinical terms of the new-styles half: eponyms, named tests and scales, brands and place-named diseases. */
export const H12_PROTECTED_STYLES: readonly string[] = words(`
  Heaf_test Tuberculin_Tine Ghon_complex Priftin Lowenstein-Jensen Ziehl-Neelsen Bicillin_L-A Clutton_joints Hutchinson_triad
  Fitz-Hugh-Curtis Descovy Capvaxive Gardasil_9 Prevnar_20 Adacel PreHevbrio Arexvy Fluzone_High-Dose Dengvaxia Bexsero
  Trail_Making_Test Useful_Field_of_View Snellgrove_Maze_Test Rapid_Pace_Walk Hooper_Visual_Organization_Test Spectra_Optia Mozobil
  Neupogen Mayaro_virus Cache_Valley_virus Keystone_virus Snowshoe_hare_virus Deer_tick_virus Stomahesive Eakin_seal Brava_paste
  Turnbull_blowhole Brooke_ileostomy Kock_pouch Stanley-Brown_safety_plan Baker_Act Lipoderm Ora-Sweet SyrSpend Ora-Plus Tandem_Mobi
  Eversense FreeStyle_Libre HeartMate_3 ASSURE_WCD CentriMag
`);
export const H12_PROTECTED_ALL: readonly string[] = [...H12_PROTECTED_SOURCE, ...H12_PROTECTED_STYLES];
