// Owns the vocabulary of the fourth held-out PHI check, written for it alone and never shared with the
// engine's lexicons or the other generators' pools (whose overlap with what the engine was tuned on would
// inflate the figure): given names and surnames from many cultures (with diacritics, particles, names
// that are also English words), towns whose names are ordinary words, facility / school / employer bases,
// streets, and the protected clinical terms (eponyms, place-named diseases, scales, brands, devices).

/** Given names: West and East African, Horn of Africa, Irish, Slavic, Vietnamese, Korean, Japanese, Chinese,
 *  South Asian, Arabic, Turkish, Greek, Romanian, Hawaiian, Nahuatl, Iberian, Pacific, Central Asian. */
export const H4_GIVEN_WORLD = [
  'Oluwaseun', 'Chidinma', 'Tesfaye', 'Hodan', 'Abdirahman', 'Thandiwe', 'Kwabena', 'Nkechi', 'Yaw', 'Amara', 'Siobhán', 'Eoghan',
  'Caoimhe', 'Grzegorz', 'Małgorzata', 'Wojciech', 'Svetlana', 'Dmitri', 'Bảo', 'Quang', 'Hoa', 'Jae-won', 'Seo-yeon', 'Haruki',
  'Emiko', 'Zhiwei', 'Xiaoling', 'Aarav', 'Lakshmi', 'Venkatesh', 'Gurpreet', 'Harjit', 'Farzana', 'Imran', 'Yusuf', 'Mariam',
  'Tariq', 'Ayşe', 'Mehmet', 'Giorgos', 'Eleni', 'Ioana', 'Bogdan', 'Keoni', 'Leilani', 'Xochitl', 'Itzel', 'Guadalupe', 'Jesús',
  'Joaquim', 'Conceição', 'Sione', 'Mele', 'Sanjar', 'Nilufar', 'Ebere', 'Ufuk', 'Tjaša', 'Radu', 'Nasrin', 'Kiri', 'Awhina',
];

/** Given names that are also ordinary English words (the hardest case for a dictionary-based redactor). */
export const H4_GIVEN_WORDS = [
  'Hope', 'Faith', 'Joy', 'Grace', 'Dawn', 'Summer', 'Autumn', 'Rose', 'Ivy', 'Hunter', 'Chase', 'Wade', 'Bill', 'Will', 'Mark', 'Art',
  'Frank', 'Guy', 'Sunny', 'Honor', 'Crystal', 'Destiny', 'Major', 'Royal', 'Precious', 'Sterling', 'Justice', 'Amber', 'Pearl',
  'Page', 'Skye', 'Miles', 'Cash', 'Lane', 'Reed', 'Jewel', 'Clay', 'Glen', 'Rusty', 'Patience',
];

export const H4_SURNAMES_WORLD = [
  'Adeyemi', 'Okonkwo', 'Bekele', 'Warsame', 'Mensah', 'Nwosu', 'Dlamini', 'Osei', 'Wójcik', 'Brzęczek', 'Kuznetsova', 'Nguyễn',
  'Trần', 'Phạm', 'Huỳnh', 'Choi', 'Tanaka', 'Watanabe', 'Zhang', 'Liang', 'Krishnamurthy', 'Venkataraman', 'Chaudhary', 'Sandhu',
  'Al-Saadi', 'Al-Hashimi', 'Haddad', 'Yılmaz', 'Öztürk', 'Papadopoulos', 'Popescu', 'Kahananui', 'Kealoha', 'Begay', 'Yazzie',
  'Tsosie', 'Xiong', 'Vang', 'Tuilagi', 'Fonoti', 'Kowalczyk', 'Abernathy', 'Villanueva', 'Ramírez', 'Takahashi', 'Eze', 'Achterberg',
  'Rautenbach', 'Ngata', 'Tohee', 'Szabó', 'Kovačević', 'Lindqvist', 'Halvorsen',
];

/** Surnames with particles, apostrophes and hyphens, written as their bearers write them. */
export const H4_SURNAMES_PARTICLE = [
  'Ní Bhriain', 'Ó Súilleabháin', 'Mac Giolla', "O'Shaughnessy", 'McAllister', 'MacLeod', 'van der Merwe', 'de Vries', 'ter Haar',
  'García-Márquez', 'dos Santos', 'de la Cruz', 'Dela Cruz', 'St. Pierre', 'LeBlanc', "D'Angelo", 'bin Rashid', 'al-Amin', 'Vasquez-Tohee',
  'da Silva', 'von Strahlen', 'Van Buren', 'Fitz-Simmons',
];

/** Surnames that are also English words — some clinical ones (Ward, Nurse, Payne, Heart). */
export const H4_SURNAMES_WORDS = [
  'Baker', 'Stone', 'Marsh', 'Hill', 'Fox', 'Lamb', 'King', 'Wise', 'Bird', 'Sharp', 'Moody', 'Love', 'Savage', 'Rich', 'Church',
  'Strong', 'Young', 'Black', 'Swift', 'Small', 'Ward', 'Nurse', 'Payne', 'Heart', 'Cross', 'Waters', 'Field', 'Wood', 'Hall', 'Walker',
  'Brown', 'Gay', 'Short', 'Long', 'Best', 'Little', 'Rose', 'Bloom', 'Frost', 'Banks',
];

export const H4_NICKNAMES = ['Bud', 'Sis', 'Junior', 'Tiny', 'Pooh', 'Doc', 'Red', 'Boo', 'Lulu', 'Tito', 'Nana', 'Chuy', 'Kiki'];

/** Towns and cities, many of them ordinary words (Normal, Hope, Comfort, Needles) or with diacritics. */
export const H4_TOWNS = [
  'Normal', 'Hope', 'Liberty', 'Bountiful', 'Comfort', 'Happy', 'Rifle', 'Boring', 'Needles', 'Eureka', 'Truth or Consequences',
  'Paradise', 'Plain City', 'Sweet Home', 'Battle Ground', 'Marked Tree', 'Cut Off', 'Humble', 'Friendly', 'Accident', 'Walla Walla',
  'Kalispell', 'Chinle', 'Kapaʻa', 'Tupelo', 'Yakima', 'Nacogdoches', 'Natchitoches', 'Opelousas', 'Wahpeton', 'Ishpeming',
  'Presque Isle', "Coeur d'Alene", 'Sault Ste. Marie', 'Española', 'Cañon City', 'Kotzebue', 'Bethel', 'Sleepy Eye', 'Tomah',
];

export const H4_COUNTIES = ['Yellowstone', 'Coconino', 'Pottawattamie', 'St. Tammany', 'Navajo', 'Wahkiakum', 'Okanogan', 'Keweenaw', 'Apache', 'Kleberg'];

export const H4_STATES = ['MT', 'AZ', 'IA', 'LA', 'WA', 'MI', 'NM', 'AK', 'MN', 'WI', 'Montana', 'New Mexico', 'Alaska', 'Iowa'];

export const H4_STREETS = [
  'Tamarack', 'Quail Run', 'Old Mill', 'Ridgeback', 'Whippoorwill', 'Cordova', 'Kinnickinnic', 'Pueblo Viejo', 'Sumac', 'Larkspur',
  'Chokecherry', 'Foundry', 'Depot', 'Railroad', 'Canal', 'Ferry', 'Martin Luther King Jr.', 'Cesar Chavez', 'Kamehameha', 'Lone Pine',
  'Bittersweet', 'Gunflint', 'Paintbrush', 'Fourth', '11th', 'Old Highway 61',
];

export const H4_STREET_SUFFIX = [
  'Street', 'St.', 'St', 'Avenue', 'Ave', 'Road', 'Rd.', 'Drive', 'Dr', 'Lane', 'Court', 'Ct', 'Parkway', 'Pkwy', 'Trail', 'Trl', 'Loop',
  'Circle', 'Way', 'Place', 'Terrace', 'Boulevard', 'Pike', 'Row',
];

/** Bases of facility, school, employer and agency names (combined with a type word by their grammar). */
export const H4_BASES = [
  'Tamarack Ridge', 'Bitterroot Valley', 'Quail Hollow', 'Stillwater Bend', 'Copper Canyon', 'Magnolia Bend', 'Cypress Point',
  'Wapsipinicon', 'Black Hawk', 'Arrowhead', 'Sandhill Crane', 'Ironwood', 'Pelican Shoals', 'Mesquite Flats', 'Owl Creek',
  'Chickasaw Bluff', 'Red Cedar', 'Thunder Basin', 'Sweetgrass', 'Gunflint', 'Kettle Moraine', 'Mogollon Rim', 'Lost River',
];

export const H4_SAINTS = ["St. Brigid's", 'St. Casimir', 'Our Lady of the Lakes', 'Sisters of Providence', 'St. Kateri', "Saint Olaf's", 'San Rafael'];

export const H4_EMPLOYER_TYPES = [
  'Poultry Processing', 'Logistics', 'Freight Lines', 'Mining Co.', 'Distribution Center', 'Sawmill', 'Dairy Cooperative', 'Wind Services',
  'Casino & Resort', 'Cold Storage', 'Rail Yard',
];

/** Protected clinical terms no other generator plants: eponymous diseases and signs, place-named infections,
 *  scales and tests, brand drugs and devices, grouped by the note they belong in and the slot they fill
 *  there (a brand drug where a dose follows, a scale where a score follows), so context stays clinical. */
export const H4_PROTECTED = {
  anesthesia: {
    airwayGrade: ['Cormack-Lehane grade'],
    laryngoscope: ['Macintosh blade', 'Miller blade', 'Glidescope'],
    airwayDevice: ['LMA Supreme', 'Glidescope'],
    warmer: ['Bair Hugger'],
    induction: ['Diprivan'],
    reversal: ['Sugammadex (Bridion)', 'Bridion'],
    needle: ['Quincke needle', 'Whitacre needle'],
    recoveryScale: ['Bromage scale', 'Ramsay sedation scale', 'Steward score'],
  },
  wound: {
    scale: ['Bates-Jensen Wound Assessment Tool', 'PUSH tool', 'Waterlow score'],
    grade: ['Wagner grade'],
    ulcer: ['Kennedy terminal ulcer', 'Marjolin ulcer'],
    dressing: ['Mepilex', 'Aquacel Ag', 'Santyl', 'Medihoney', 'Tegaderm', 'Wound VAC'],
    compression: ['Unna boot', 'Jobst stockings'],
  },
  speech: {
    aphasia: ['Wernicke aphasia', 'Broca aphasia'],
    naming: ['Boston Naming Test'],
    battery: ['Western Aphasia Battery', 'Frenchay Dysarthria Assessment'],
    swallowScale: ['Penetration-Aspiration Scale'],
    intakeScale: ['Functional Oral Intake Scale'],
    valve: ['Passy-Muir valve', 'Shiley tracheostomy tube', 'Blom-Singer prosthesis'],
    rehabScale: ['Rancho Los Amigos scale', 'Modified Ashworth Scale', 'Fugl-Meyer Assessment'],
  },
  autopsy: {
    headSign: ['Battle sign'],
    petechiae: ['Tardieu spots', 'Wischnewski spots'],
    skin: ['Lichtenberg figures'],
    disease: ['Creutzfeldt-Jakob disease', 'Budd-Chiari syndrome', 'Dressler syndrome', 'Eisenmenger syndrome', 'Sin Nombre virus'],
    stain: ['Congo red stain', 'Prussian blue stain', 'Ziehl-Neelsen stain'],
  },
  school: {
    condition: ['Sever disease', 'Scheuermann kyphosis', 'Rett syndrome', 'Dravet syndrome', 'Lennox-Gastaut syndrome'],
    rescue: ['EpiPen', 'Auvi-Q', 'Baqsimi', 'Diastat', 'Nayzilam', 'ProAir'],
    diabetesDevice: ['Dexcom G7', 'Omnipod'],
    adhd: ['Adderall', 'Concerta', 'Focalin', 'Intuniv'],
    screen: ['Ages and Stages Questionnaire', 'Ishihara plates'],
  },
  occupational: {
    tbTest: ['QuantiFERON-TB Gold', 'T-SPOT.TB', 'Tubersol'],
    vaccine: ['Heplisav-B', 'Engerix-B', 'Boostrix', 'Shingrix'],
    vision: ['Titmus vision screener'],
    injury: ['de Quervain tenosynovitis', 'Kienböck disease'],
    exposure: ['Valley fever', 'Powassan virus', 'Jamestown Canyon virus', 'Heartland virus'],
  },
  hospice: {
    terminal: ['Pick disease', 'Binswanger disease'],
    pps: ['Palliative Performance Scale', 'ECOG performance status'],
    symptomScale: ['Edmonton Symptom Assessment System'],
    fast: ['FAST stage'],
    sublingual: ['Roxanol', 'Levsin'],
    patch: ['Transderm Scop', 'Duragesic'],
    bowel: ['Senokot', 'MiraLAX', 'Dulcolax'],
    longActing: ['MS Contin'],
  },
  lab: {
    test: ['Kleihauer-Betke test', 'Coombs test', 'Westergren ESR', 'Kirby-Bauer', 'Tzanck smear'],
    stain: ['Wright-Giemsa stain', 'Hansel stain'],
    ruleOut: ['Burkitt lymphoma', 'Hurthle cell carcinoma', 'Merkel cell carcinoma', 'Castleman disease', 'Kikuchi disease'],
  },
  transfer: {
    diagnosis: ['Zollinger-Ellison syndrome', 'Ehlers-Danlos syndrome', 'Charcot-Marie-Tooth disease', 'Duchenne muscular dystrophy', 'Pompe disease',
      'Behçet disease', 'Still disease', 'Ménétrier disease', 'Legg-Calvé-Perthes disease', 'Stokes-Adams attack'],
    exam: ['Austin Flint murmur', 'Kehr sign', 'Levine sign', 'Beck triad', 'Swan neck deformity'],
    device: ['Impella', 'LifeVest'],
  },
  ems: {
    strokeScale: ['Cincinnati Prehospital Stroke Scale', 'Los Angeles Motor Scale', 'RACE scale'],
    burnChart: ['Lund and Browder chart'],
    fluids: ['Parkland formula'],
    device: ['LUCAS device', 'Kendrick extrication device', 'Sager splint', 'King LT airway'],
    travel: ['Crimean-Congo hemorrhagic fever', 'La Crosse encephalitis'],
  },
  chat: {
    otc: ['Zyrtec', 'Benadryl', 'Mucinex', 'Pedialyte', 'Flonase'],
    rx: ['Paxlovid', 'Tamiflu'],
    contraception: ['Mirena', 'Nexplanon', 'Plan B'],
    outbreak: ['Ross River virus', 'Bornholm disease', 'Murray Valley encephalitis'],
  },
  medrec: {
    drug: ['Steglatro', 'Pradaxa', 'Tradjenta', 'Rybelsus', 'Nurtec ODT', 'Ubrelvy', 'Linzess', 'Xifaxan', 'Creon', 'Otezla'],
  },
} as const;

export type H4ProtectedGroup = keyof typeof H4_PROTECTED;
export const H4_PROTECTED_ALL: readonly string[] = [...new Set(Object.values(H4_PROTECTED).flatMap((g) => Object.values(g).flat() as string[]))];
