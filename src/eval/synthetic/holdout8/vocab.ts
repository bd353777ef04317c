// Owns the vocabulary of the eighth held-out PHI check: its own given names, surnames, nicknames, towns, camps,
// churches, group homes, schools, employers, pharmacies, clinics and military units (invented or common-word
// names, many cultures), and the clinical terms that look like names or places but must survive redaction.
// Chosen by the examiner of session 8 from the Safe Harbor list and real clinical writing, without reading any
// recognizer, lexicon or earlier held-out pool.
export const H8_GIVEN_WORLD = [
  'Abdirahman', 'Hodan', 'Fartun', 'Wislande', 'Jean-Robert', 'Gurpreet', 'Harjit', 'Oksana', 'Bohdan', 'Yousef', 'Rawan', 'Thida',
  'Kyaw', 'Paw Htoo', 'Pa Houa', 'Tou', 'Nhia', 'Yaretzi', 'Eleuterio', 'Juventina', 'Xochitl', 'Maile', 'Kalani', 'Tahnee', 'Shiloh',
  'Dineh', 'Ohanzee', 'Kateri', 'Bjørn', 'Saoirse', 'Lemlem', 'Tsegaye', 'Ngozi', 'Obinna', 'Marisol', 'Dagoberto', 'Anaïs', 'Luukas',
] as const;
export const H8_GIVEN_WORDS = ['Faith', 'Rain', 'Blessing', 'Chance', 'Destiny', 'Justice', 'Major', 'Royal', 'Sage', 'Wren', 'Clay', 'Heath', 'Rusty', 'Sterling', 'Cash', 'Bill', 'Pat', 'Rose', 'Willow', 'Precious'] as const;
export const H8_SURNAMES_WORLD = [
  'Warsame', 'Abdullahi', 'Jean-Baptiste', 'Desrosiers', 'Sandhu', 'Dhillon', 'Bondarenko', 'Kravchuk', 'Al-Masri', 'Haddad', 'Aung', 'Htoo',
  'Xiong', 'Vang', 'Yang', 'Hernández Cruz', 'García López', 'de la Cruz', 'Tzul', 'Ixcoy', 'Begay', 'Yazzie', 'Tsosie', 'Benally',
  'Two Bulls', 'Runningwater', 'Kealoha', 'Akana', 'Ó Súilleabháin', 'Gebremedhin', 'Okonkwo', 'Nwosu', 'Van der Berg', "D'Souza", 'Mäkinen',
] as const;
export const H8_SURNAMES_WORDS = ['Swift', 'Glass', 'Snow', 'Little', 'Strong', 'Golden', 'Lamb', 'Brown', 'Freeman', 'Rich', 'Early', 'Lightfoot', 'Goodman', 'Hale', 'Means', 'Gay', 'Hand', 'Service', 'Person', 'Kind'] as const;
/** Cultures that write the family name first in running text (family, given). */
export const H8_FAMILY_FIRST = [['Wang', 'Xiulan'], ['Choi', 'Min-jun'], ['Nguyễn', 'Thị Lan'], ['Sato', 'Yui'], ['Tóth', 'Réka'], ['Sok', 'Dara'], ['Lin', 'Jiahao']] as const;
export const H8_NICKNAMES = ['Bear', 'Sissy', 'Pookie', 'Buck', 'Nena', 'Chuy', 'Tootie', 'Boo', 'Shorty', 'Doc', 'Meemaw', 'Lil Man'] as const;
export const H8_RELATIONS = ['mother', 'grandmother', 'husband', 'wife', 'son', 'daughter', 'niece', 'aunt', 'foster father', 'home aide', 'crew leader', 'first sergeant', 'partner', 'neighbor', 'godmother'] as const;

export const H8_TOWNS_PLAIN = ['Immokalee', 'Woodburn', 'Wapato', 'Shiprock', 'Kyle', 'Tuba City', 'Guymon', 'Watsonville', 'Presque Isle', 'Kayenta', 'Toppenish', 'Hanapepe'] as const;
export const H8_TOWNS_WORDS = ['Needles', 'Protection', 'Security', 'Energy', 'Ordinary', 'Surprise', 'Boring', 'Plain', 'Chicken', 'Magnet'] as const;
export const H8_STATES = ['FL', 'OR', 'WA', 'NM', 'SD', 'OK', 'CA', 'ME', 'AZ', 'TX', 'HI', 'NC'] as const;
export const H8_COUNTIES = ['Okanogan', 'Collier', 'San Juan', 'Oglala Lakota', 'Kittitas', 'Aroostook'] as const;
export const H8_STREETS = ['Ocotillo', 'Packinghouse', 'Sugar Cane', 'Juniper Mesa', 'Kukui', 'Lariat', 'Orchard Row', 'Broadleaf'] as const;
export const H8_CAMPS = ['Sunrise Orchards H-2A housing', 'the labor camp on Yellow Dog Road', 'Rancho Las Palmas trailer court', 'the Kapaʻa farm bunkhouse'] as const;
export const H8_CHURCHES = ['Iglesia Pentecostal Roca de Salvación', 'St. Kateri Tekakwitha Parish', 'Mount Zion Missionary Baptist Church', 'Holy Trinity Ukrainian Orthodox Church', 'Dar Al-Hijrah mosque'] as const;
export const H8_GROUP_HOMES = ['Maple Crest group home', 'Sweetgrass House', 'the Bluebird Lane adult family home', 'Harmony Ridge supported living'] as const;
export const H8_SCHOOLS = ['Rock Point Community School', 'Immokalee Technical College', 'César Chávez Elementary', 'Little Wound High School', 'Puʻuloa Intermediate'] as const;
export const H8_EMPLOYERS = ['Ridgeback Poultry', 'Blue Mesa Casino', 'Okanogan Fruit Packers', 'Sandhu Trucking LLC', 'the Presque Isle Walmart distribution center'] as const;
export const H8_PHARMACIES = ['Farmacia La Guadalupana', 'Big Sky Drug #14', 'Desert Sage Pharmacy', 'Kealoha Drug Mart'] as const;
export const H8_CLINICS = ['Red Mesa Health Station', 'Salud del Valle Community Health Center', 'Wakpala Service Unit', 'Yellow Dog Road Mobile Clinic', 'Aroostook Lung & Sleep'] as const;
export const H8_HOSPITALS = ['Mercy Plains Regional Medical Center', "Saint Kilian's Children's Hospital", 'Toppenish Valley Hospital', 'Lariat County General'] as const;
export const H8_UNITS = ['2nd Battalion, 41st Field Artillery', 'Charlie Company 3-16 Infantry', '127th Airlift Wing', 'USS Harlan County (LST-1196)'] as const;
export const H8_TEAMS = ['the Shiprock Chieftains', 'Woodburn Bulldogs varsity', 'the Kyle Thunderbirds'] as const;

/** Clinical terms (eponyms, place-named diseases, scales, scores, signs, classifications, devices, brand drugs) that are not PHI. */
export const H8_PROTECTED = {
  nicu: ['Ballard score', 'Silverman-Andersen score', 'Bell stage IIA', 'Curosurf', 'Synagis', 'Papile grade II', 'Giraffe OmniBed', 'Kangaroo care'],
  farm: ['Oroya fever', 'Madura foot', 'Rocky Mountain spotted fever', 'Kinyoun stain', 'Mantoux', 'Brudzinski sign', 'Kernig sign'],
  tribal: ['Kimmelstiel-Wilson', 'Semmes-Weinstein monofilament', 'Charcot foot', 'Navajo neurohepatopathy', 'Xultophy', 'Qtern', 'Acanthosis nigricans'],
  military: ['Kleiger test', 'Thompson test', 'Eichhoff test', "Speed's test", 'Motrin', 'PULHES'],
  disability: ['Crohn disease', 'Ménière disease', 'Lambert-Eaton syndrome', 'Karnofsky', 'Roland-Morris questionnaire', 'Huntington disease'],
  donor: ['Lewis antigen', 'Oropouche virus', 'Kell antigen', 'Duffy antigen', 'Kidd antibody', 'Babesia microti'],
  opo: ['Cushing triad', "doll's eyes", 'Levophed', 'Vasostrict', 'Kidney Donor Profile Index', 'Harris-Benedict'],
  rehab: ['Borg scale', 'Duke Activity Status Index', 'Bruce protocol', 'Entresto', 'Effient', 'Mobitz I'],
  audiology: ['Weber test', 'Rinne test', 'Carhart notch', 'Stenger test', 'Phonak Audéo', 'Eustachian tube'],
  polst: ['Cheyne-Stokes respirations', 'Rotterdam Symptom Checklist', 'Robinul', 'Haldol', 'BiPAP', 'Coudé catheter'],
  radonc: ['Gleason 4+3', 'Varian TrueBeam', 'Zubrod', 'RTOG grade 2', 'Aquaphor', 'Compazine', 'Cavilon'],
  protective: ['Broselow tape', 'Wood lamp', 'Caffey disease', 'Greulich and Pyle', 'Salter-Harris II', 'Swischuk line'],
} as const;
export type H8ProtectedGroup = keyof typeof H8_PROTECTED;
export const H8_PROTECTED_ALL: readonly string[] = Object.values(H8_PROTECTED).flat();
