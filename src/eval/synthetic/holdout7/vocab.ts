// Owns the vocabulary of the seventh held-out PHI check: its own given names, surnames, nicknames, towns,
// schools, shelters, courts, practices and employers (invented or common-word place names, many cultures),
// and the clinical terms that look like names but must survive redaction. Chosen by the examiner of session 7
// without reading any recognizer or lexicon.
export const H7_GIVEN_WORLD = [
  'Oluwaseun', 'Thandiwe', 'Kwabena', 'Ayesha', 'Farhan', 'Svetlana', 'Tadeusz', 'Mirela', 'Haunani', 'Keoni', 'Yerlan', 'Aigerim',
  'Chidinma', 'Ifeoma', 'Tenzin', 'Pema', 'Ximena', 'Itzel', 'Mateus', 'Siosaia', 'Losana', 'Mahnaz', 'Dariush', 'Sigrún', 'Eero',
  'Aino', 'Radu', 'Ioana', 'Zeynep', 'Emre', 'Niamh', 'Ciarán', 'Anahera', 'Wiremu', 'Hiền', 'Priyanka', 'Kaveh', 'Nurlan', 'Wanjiru', 'Dagny',
] as const;
export const H7_GIVEN_WORDS = ['Hope', 'River', 'Summer', 'Dawn', 'Sky', 'Autumn', 'Ivy', 'Hunter', 'Miles', 'Grant', 'Iris', 'Joy', 'Forest', 'Sunny', 'Crystal', 'Reed', 'August', 'Story'] as const;
export const H7_SURNAMES_WORLD = [
  'Adeyemi', 'Okafor', 'Nakashima', 'Tupou', 'Vaipulu', 'Kahananui', 'Tsering', 'Kowalczyk', 'Wiśniewska', 'Popescu', 'Yılmaz', 'Nurmagambetova',
  'Esfahani', 'Achterberg', 'Haraldsdóttir', 'Virtanen', 'Quispe', 'Mamani', 'Raghunathan', 'Chaudhry', 'Ngata', 'Parata', 'Trần', 'Tesfaye',
  'Odhiambo', 'Mwangi', 'Balogun', 'Szabó', 'Kovács', 'Ferreira da Silva',
] as const;
export const H7_SURNAMES_WORDS = ['Fox', 'Wolf', 'Baker', 'Bishop', 'Banks', 'Field', 'Frost', 'Hill', 'Marsh', 'Stone', 'Rivers', 'Church', 'Short', 'Young', 'Love', 'Moody', 'Sharp', 'Cross', 'Winter', 'Ward'] as const;
/** Cultures that write the family name first in running text. */
export const H7_FAMILY_FIRST = [['Nakashima', 'Haruto'], ['Kovács', 'Eszter'], ['Szabó', 'Bence'], ['Trần', 'Hiền'], ['Park', 'Ji-woo'], ['Liang', 'Meixiu']] as const;
export const H7_NICKNAMES = ['Bubba', 'Tito', 'Kiki', 'Lulu', 'Skip', 'Junior', 'Chico', 'Tink', 'Moose', 'Deedee', 'Peanut', 'Sarge'] as const;
export const H7_RELATIONS = ['auntie', 'grandma', 'foster mom', 'stepdad', 'older brother', 'case manager', 'girlfriend', 'uncle', 'coach', 'legal guardian', 'sponsor'] as const;

export const H7_TOWNS_PLAIN = ['Wapakoneta', 'Tonopah', 'Ouray', 'Kalispell', 'Ketchikan', 'Lompoc', 'Bemidji', 'Natchitoches', 'Kaneohe', 'Chinle', 'Dillingham'] as const;
export const H7_TOWNS_WORDS = ['Liberal', 'Normal', 'Hazard', 'Bliss', 'Eclectic', 'Paradise', 'Ideal', 'Accident', 'Cool', 'Friendship'] as const;
export const H7_STATES = ['AK', 'KS', 'OH', 'MT', 'LA', 'NM', 'HI', 'ID', 'AZ', 'MN'] as const;
export const H7_COUNTIES = ['Ashford', 'Tallow', 'Keel', 'Greer', 'Minto', 'Wahkeena'] as const;
export const H7_STREETS = ['Ketchum', 'Old Mill', 'Sandpiper', 'Tamarack', 'Kilauea', 'Butte', 'Ptarmigan', 'Cottonwood'] as const;
export const H7_SCHOOLS = ['Sequoyah Middle School', 'Lincoln-Tubman High School', 'Two Rivers Academy', 'Kamehameha Elementary', 'Wapiti Charter School'] as const;
export const H7_SHELTERS = ['Harbor Light Shelter', "St. Brigid's Warming Center", 'Mission Row Drop-In', 'the Cedar House family shelter', 'Hope Commons'] as const;
export const H7_CAMPS = ['under the Route 9 overpass', 'behind the Tamarack Street Safeway', 'the riverbank camp by Old Mill bridge', 'the Greer Park pavilion'] as const;
export const H7_PRACTICES = ['Bright Arch Dental', 'Tallow Valley Eye Associates', 'Ridgeline Sports Medicine', 'Keel County Recovery Services', 'North Fork Skin Clinic'] as const;
export const H7_EMPLOYERS = ['Kettle Creek Cannery', 'Ptarmigan Air', 'Minto Gravel & Ready-Mix', 'the Bemidji Walmart'] as const;
export const H7_TEAMS = ['the Wapiti Wolverines', 'Lompoc Braves JV', 'Two Rivers Otters swim club'] as const;

/** Clinical terms (eponyms, scales, devices, brand drugs, tests) that resemble names or places and are not PHI. */
export const H7_PROTECTED = {
  sports: ['Beighton score', 'McMurray test', 'Noble compression test', 'Scour test', 'Osgood-Schlatter', 'Sinding-Larsen-Johansson', 'Tanner stage 4', 'Marfan screening'],
  derm: ['Fitzpatrick type IV', 'Dennie-Morgan folds', 'Clark level III', 'Wickham striae', 'Koebner phenomenon', 'Auspitz sign', 'Hutchinson nail sign', 'DermLite DL4'],
  genetics: ['Muir-Torre syndrome', 'Birt-Hogg-Dubé syndrome', 'Cowden syndrome', 'Peutz-Jeghers syndrome', 'Sanger sequencing', 'Hardy-Weinberg'],
  dental: ['Angle Class II', "Black's Class V", 'Stensen duct', 'Frankfort plane', 'Panorex'],
  eye: ['Snellen 20/60', 'Seidel test', 'Goldmann applanation', 'Arden ratio', 'Hruby lens', 'Humphrey 24-2', 'Xalatan', 'Vyzulta'],
  addiction: ['Zimhi', 'Opioid Risk Tool', 'Opvee', 'Lucemyra', 'Brief Addiction Monitor'],
  court: ['Dusky standard', 'MacCAT-CA', 'Wechsler Adult Intelligence Scale', 'Hare Psychopathy Checklist', 'Tarasoff'],
  wound: ['Iodosorb', 'Silvadene', 'Bactroban', 'Xeroform', 'Allevyn'],
} as const;
export type H7ProtectedGroup = keyof typeof H7_PROTECTED;
export const H7_PROTECTED_ALL: readonly string[] = Object.values(H7_PROTECTED).flat();
