// Owns the vocabulary of the fifth held-out PHI check, written for it and shared with no other generator:
// given names and surnames from many cultures, names that are also English words, particles, nicknames,
// towns that are common words, streets, care homes, clinics, schools, daycares, employers and churches,
// and the protected clinical terms (eponyms, place-named diseases, scales, devices, brand drugs) that a
// redactor must leave in place. Invented for the check; no list here came from a note collection.

/** Given names from West African, Hmong, Tamil, Georgian, Samoan, Andean, Ukrainian, Persian, Somali,
 * Vietnamese, Filipino, Irish, Diné, Haitian, Turkish, Korean, Ethiopian, Finnish, Polish, Māori and other usage. */
export const H5_GIVEN_WORLD = [
  'Oluwaseun', 'Adebola', 'Chiamaka', 'Ngozi', 'Kwabena', 'Efua', 'Pa Houa', 'Xeng', 'Nou', 'Karthikeyan', 'Thenmozhi', 'Nino',
  'Levan', 'Tavita', 'Lagi', 'Killa', 'Yupanqui', 'Oksana', 'Bohdan', 'Shirin', 'Dariush', 'Hodan', 'Abdirahman', 'Thuy', 'Quang',
  'Maricel', 'Jhun', 'Saoirse', 'Caoimhe', 'Ahiga', 'Wisline', 'Jean-Robert', 'Elif', 'Emre', 'Seo-yeon', 'Tsion', 'Yared', 'Aino',
  'Wojciech', 'Grażyna', 'João', 'Aroha', 'Wiremu', 'Thandiwe', 'Sipho', 'Ingrid', 'Radu', 'Zhivko', 'Mehmet Ali', 'Fatoumata',
  'Božena', 'Eun-ji', 'Anahí', 'Xochitl', 'Kalani', 'Leilani', 'Rashida', 'Tariq', 'Parveen', 'Gurpreet', 'Nanami', 'Hiroshi',
  'Björn', 'Dagný', 'Ólafur', 'Zainab', 'Ikechukwu', 'Mthunzi', 'Ruslan', 'Aigerim',
] as const;

/** Given names that are also English words (a dictionary cannot tell them from prose). */
export const H5_GIVEN_WORDS = [
  'Hope', 'Faith', 'Rose', 'Gay', 'Joy', 'Grace', 'Pearl', 'Ivy', 'Dawn', 'Sunny', 'Earl', 'Guy', 'Frank', 'Will', 'Bill', 'Mark',
  'Sterling', 'Star', 'Heather', 'Holly', 'Iris', 'Patience', 'Honor', 'Royal', 'Justice', 'River', 'Storm', 'Precious', 'Destiny',
  'Misty', 'Sage', 'Charity', 'Young', 'Major', 'Rusty', 'Cherry', 'Harmony', 'Summer', 'Chance', 'Dusty',
] as const;

export const H5_SURNAMES_WORLD = [
  'Oyelaran', 'Nwachukwu', 'Asante', 'Vang', 'Xiong', 'Thao', 'Subramanian', 'Gelashvili', 'Tuilagi', 'Mamani', 'Quispe',
  'Shevchenko', 'Kovalenko', 'Tehrani', 'Farahani', 'Warsame', 'Abdi', 'Nguyen-Tran', 'Phạm', 'Dimaculangan', 'Macaraeg',
  'Ó Súilleabháin', 'Begay', 'Tsosie', 'Pierre-Louis', 'Jean-Baptiste', 'Yılmaz', 'Öztürk', 'Kang', 'Tesfaye', 'Gebremedhin',
  'Virtanen', 'Wiśniewski', 'Gonçalves', 'Ngata', 'Tipene', 'Dlamini', 'Mahlangu', 'Lindqvist', 'Popescu', 'Todorov',
  'Hadžić', 'Yamaguchi', 'Sandhu', 'Chaudhry', 'Haidari', 'Jónsdóttir', 'Eze', 'Okonkwo-Baker', 'Kuanyshev', 'Zhakupova',
] as const;

/** Surnames that are also English words, several of them clinical-sounding. */
export const H5_SURNAMES_WORDS = [
  'Bishop', 'Walker', 'Young', 'Child', 'Bird', 'Fox', 'Moon', 'Stone', 'Rich', 'Sharp', 'Hope', 'Frost', 'Wolf', 'Bell', 'Little',
  'Small', 'Strong', 'Day', 'Knight', 'Love', 'Short', 'Swan', 'Gold', 'Bone', 'Heart', 'Glass', 'Baker', 'Cook', 'Marsh', 'Field',
  'Brook', 'Hill', 'Sweet', 'Noble', 'Wise', 'Sparrow', 'Lamb', 'Pepper', 'Winter', 'Rain', 'Blood', 'Marrow', 'Coffin', 'Payne',
  'Hart', 'Dye', 'Gross', 'Nurse', 'Able', 'Best', 'Mercy', 'Moody', 'Grave', 'Booth', 'Cross', 'Price', 'Bland', 'Fair',
] as const;

export const H5_SURNAMES_PARTICLE = [
  'da Silva', 'van den Berg', 'ter Horst', 'al-Hashimi', 'bin Rashid', 'D\'Souza', 'O\'Dwyer', 'de los Santos', 'von Ahn',
  'St. Pierre', 'Ould Ahmed', 'ben-David', 'della Rovere', 'Nic Dhonnchadha', 'Mac an tSaoir', 'Van Der Merwe', 'dela Cruz',
  'El Amrani', 'du Plessis', 'Abu Zayd', 'Le Gall', 'ten Brink',
] as const;

export const H5_NICKNAMES = ['Bunny', 'Tiny', 'Peaches', 'Junebug', 'Skip', 'Buddy', 'Dee', 'Sonny', 'Doc', 'Red', 'Boo', 'Tuck', 'Sissy', 'Bubba', 'Lulu', 'Chip'] as const;

/** Real-sounding towns whose names are ordinary English words. */
export const H5_TOWNS_WORDS = [
  'Hope', 'Liberty', 'Paradise', 'Friendship', 'Normal', 'Opportunity', 'Unity', 'Commerce', 'Industry', 'Progress', 'Eden', 'Bath',
  'Reading', 'Mobile', 'Temple', 'Orange', 'Jasper', 'Troy', 'Aurora', 'Independence', 'Accident', 'Defiance', 'Enterprise',
  'Plenty', 'Protection', 'Ransom', 'Climax', 'Why', 'Boring', 'Bliss', 'Welcome', 'Harmony', 'Rising Sun', 'Mars', 'Ideal',
] as const;

export const H5_TOWNS_PLAIN = [
  'Tillamook', 'Wapakoneta', 'Chillicothe', 'Nacogdoches', 'Kalispell', 'Escanaba', 'Pocatello', 'Natchitoches', 'Ottumwa',
  'Sheboygan', 'Bemidji', 'Hattiesburg', 'Kearney', 'Yreka', 'Ukiah', 'Walla Walla', 'Coeur d\'Alene', 'Truth or Consequences',
  'Bisbee', 'Gallup', 'Tahlequah', 'Lewiston', 'Presque Isle', 'Bennington', 'Dahlonega', 'Opelousas',
] as const;

export const H5_COUNTIES = ['Okanogan', 'Tuscarawas', 'Wakulla', 'Hidalgo', 'Lycoming', 'Coconino', 'Aroostook', 'Kittitas', 'Oglethorpe', 'Muskingum', 'Yamhill', 'Shawano'] as const;

export const H5_STATES = ['OR', 'OH', 'TX', 'MT', 'MI', 'ID', 'LA', 'IA', 'WI', 'MN', 'MS', 'NE', 'CA', 'WA', 'NM', 'AZ', 'OK', 'ME', 'VT', 'GA', 'AR', 'IL'] as const;

export const H5_STREETS = [
  'Hope', 'Cemetery', 'Railroad', 'Sycamore', 'Tamarack', 'Old Mill', 'Quarry', 'Depot', 'Orchard', 'Honeysuckle', 'Bluebonnet',
  'Cottonwood', 'Hospital', 'Doctors', 'Church', 'Schoolhouse', 'Ferry', 'Tanner', 'Wren', 'Kestrel', 'Juniper', 'Chickasaw',
  'Martin Luther King Jr', 'Cesar Chavez', 'Paradise Valley', 'Liberty Bell', 'Rose', 'Walker',
] as const;

export const H5_STREET_SUFFIX = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Lane', 'Dr', 'Drive', 'Ct', 'Blvd', 'Way', 'Pl', 'Terrace', 'Pike', 'Hwy', 'Loop', 'Trail', 'Circle'] as const;

/** Stems of hospital and clinic names, before "Regional Medical Center", "Family Practice" and the like. */
export const H5_FACILITY_STEMS = [
  'Tamarack Valley', 'Three Rivers', 'Cedar Bluff', 'Prairie Star', 'Blue Heron', 'Silver Lake', 'Kestrel Ridge', 'Gallatin',
  'North Fork', 'Lone Pine', 'Harbor View', 'Sandhill', 'Red Cedar', 'Copper Basin', 'Eastbrook', 'Willamina', 'Hope', 'Liberty',
] as const;

export const H5_SAINTS = ['Brigid', 'Casimir', 'Kateri', 'Benedict', 'Monica', 'Raphael', 'Gerard', 'Clare', 'Vincent de Paul', 'Elizabeth Ann'] as const;

export const H5_CARE_HOMES = [
  'Willowbrook Care Home', 'The Pines at Tamarack', 'Sunrise Residence', 'Maple Court Assisted Living', 'Heritage House',
  'Golden Harvest Manor', 'Riverbend Rehabilitation and Nursing', 'Shady Acres Retirement Village', 'Magnolia Gardens Memory Care',
  'Faith Haven Adult Family Home', 'Grace Cottage', 'Bethany Lutheran Home',
] as const;

export const H5_SCHOOLS = [
  'Little Acorns Daycare', 'Tiny Tots Learning Center', 'Bright Horizons of Kestrel Ridge', 'Sandhill Elementary', 'Jefferson Davis Middle School',
  'Busy Bees Home Daycare', 'Head Start on Quarry Road', 'Lone Pine Montessori', 'Our Lady of Sorrows School', 'Cedar Bluff Primary',
] as const;

export const H5_EMPLOYERS = [
  'Tyson Foods plant', 'Gallatin Poultry Processing', 'Three Rivers Logistics', 'Copper Basin Mine', 'Blue Heron Casino',
  'Walmart Distribution Center #6021', 'Kestrel Ridge Roofing', 'Harbor View Seafoods', 'Prairie Star Cooperative', 'Silver Lake School District',
] as const;

export const H5_CHURCHES = ['Mount Zion AME Church', 'Iglesia Pentecostal Roca de Salvación', 'St. Brigid Parish', 'Kingdom Hall on Ferry Street', 'First Hmong Alliance Church', 'Masjid Al-Noor'] as const;

export const H5_PHARMACIES = ['Hope Drug', 'Liberty Pharmacy', 'Main Street Apothecary', 'Sandhill Family Pharmacy', 'Walgreens #11873', 'CVS/pharmacy #4417', 'Rite Aid #2290', 'Kroger Pharmacy #622'] as const;

/** Clinical terms the redactor must keep, by the style that writes them. Each is an eponym, a place-named
 * disease, a scale, a device or a brand drug. */
export const H5_PROTECTED = {
  antenatal: {
    dating: ["Naegele's rule", 'Hadlock formula'],
    cervix: ['Hegar sign', 'Chadwick sign', 'Goodell sign'],
    exam: ['Leopold maneuvers', 'Pinard horn', 'Spalding sign'],
    contractions: ['Braxton Hicks contractions'],
    test: ['Nitrazine paper', 'AmniSure', 'Robson classification'],
    brand: ['RhoGAM', 'Cervidil', 'Diclegis', 'Bakri balloon'],
    cerclage: ['McDonald cerclage', 'Shirodkar cerclage', 'Pfannenstiel incision'],
  },
  wellChild: {
    screen: ['PEDS:DM', 'M-CHAT-R/F', 'Bayley-4', 'Brigance screens'],
    hip: ['Ortolani maneuver', 'Barlow maneuver', 'Galeazzi sign'],
    reflex: ['Moro reflex', 'Landau reflex', 'Bruckner test'],
    skin: ['Mongolian spots', 'Epstein pearls', 'Bohn nodules'],
    formula: ['Enfamil NeuroPro', 'Similac Pro-Sensitive', 'Nutramigen'],
    disease: ['Sinding-Larsen-Johansson syndrome', 'Henoch-Schönlein purpura'],
  },
  travel: {
    vaccine: ['Ixiaro', 'Vivotif', 'Dukoral', 'YF-Vax', 'Vaxchora'],
    antimalarial: ['Malarone'],
    disease: ['Japanese encephalitis', 'Omsk hemorrhagic fever', 'Oropouche fever', 'Bourbon virus', 'Mediterranean spotted fever', 'Kyasanur Forest disease', 'Venezuelan equine encephalitis'],
  },
  sleep: {
    scale: ['Berlin Questionnaire', 'Stanford Sleepiness Scale'],
    breathing: ["Ondine's curse"],
    device: ['ResMed AirSense 11', 'DreamStation 2', 'Inspire hypoglossal nerve stimulator'],
    syndrome: ['Willis-Ekbom disease', 'Kleine-Levin syndrome'],
  },
  device: {
    block: ['Wenckebach', 'Mobitz type II', 'Ashman phenomenon'],
    criteria: ['Sokolow-Lyon criteria', 'Bazett formula'],
    monitor: ['Zio patch', 'Reveal LINQ', 'CareLink', 'Merlin.net'],
    implant: ['Micra leadless pacemaker', 'Watchman device', 'Azure XT DR MRI SureScan'],
    syndrome: ['Lown-Ganong-Levine syndrome', 'Romano-Ward syndrome', 'Jervell and Lange-Nielsen syndrome'],
    anatomy: ['Bachmann bundle', 'His bundle pacing', 'triangle of Koch'],
  },
  mds: {
    scale: ['Brief Interview for Mental Status', 'Barthel Index', 'Katz Index', 'Tinetti balance assessment', 'Cornell Scale for Depression in Dementia'],
    equipment: ['Sara Stedy', 'Broda chair'],
    dementia: ["Pick's disease"],
  },
  trial: {
    performance: ['Lansky play-performance scale', 'Lugano classification'],
    staging: ['RECIST 1.1', 'Ann Arbor stage', 'Durie-Salmon stage', 'Breslow thickness', 'Deauville score'],
    score: ['Fuhrman grade', 'CKD-EPI', 'Charlson Comorbidity Index', "Hy's law"],
    drug: ['Keytruda', 'Opdivo', 'Ibrance', 'Tagrisso', 'Enhertu', 'Lynparza'],
  },
  forensic: {
    light: ["Wood's lamp", 'toluidine blue', 'Luminol'],
    scope: ['colposcope', 'ABFO No. 2 scale'],
    sign: ['raccoon eyes', 'Cushing reflex'],
  },
  appeal: {
    drug: ['Tremfya', 'Xolair', 'Nucala', 'Zepbound', 'Ocrevus'],
    disease: ["Sjögren's syndrome", "Ménière's disease", 'Takayasu arteritis', 'Erdheim-Chester disease', 'Whipple disease'],
  },
  refill: {
    drug: ['Trelegy Ellipta', 'Spiriva Respimat', 'Lantus SoloStar', 'Humalog KwikPen', 'Tresiba FlexTouch', 'Breztri Aerosphere', 'Armour Thyroid'],
    cgm: ['FreeStyle Libre 3', 'Omnipod 5'],
  },
  ime: {
    test: ["Spurling's test", 'Hawkins-Kennedy test', 'Waddell signs', 'Oswestry Disability Index', 'Yergason test', 'Thessaly test', 'Apley grind test', 'Froment sign'],
    fracture: ['Maisonneuve fracture', 'Bennett fracture', 'Segond fracture', 'Chopart fracture'],
    disease: ["de Quervain's tenosynovitis", 'Preiser disease'],
  },
  telehealth: {
    scale: ['GAD-7', 'AUDIT-C', 'Vanderbilt assessment scale'],
    drug: ['Trintellix', 'Auvelity', 'Spravato', 'Sublocade', 'Qelbree'],
    disease: ['Capgras delusion', 'Stockholm syndrome', 'Jerusalem syndrome'],
  },
} as const;

export type H5ProtectedGroup = keyof typeof H5_PROTECTED;

export const H5_PROTECTED_ALL: readonly string[] = Object.values(H5_PROTECTED).flatMap((g) => Object.values(g).flat() as string[]);
