// Owns the vocabulary of the sixth held-out PHI check, written for it and shared with no other generator:
// given names and surnames from many cultures (West African, South Asian, East Asian, Slavic, Arabic,
// Pacific, Latin American, Irish and Scots with particles), names that are also English words, nicknames,
// towns that are common words, streets, care homes, schools, churches, pharmacies with store numbers,
// employers, hospital stems, and the protected clinical terms a redactor must leave in place. Invented for
// the check; no list here came from a note collection.

export const H6_GIVEN_WORLD = [
  'Chukwuemeka', 'Adaeze', 'Kwame', 'Akosua', 'Folake', 'Babatunde', 'Yaw', 'Mariama', 'Ousmane', 'Nnamdi', 'Abena', 'Kofi',
  'Priyanka', 'Harpreet', 'Venkatesh', 'Lakshmi', 'Arjun', 'Shreya', 'Rajinder', 'Anjali', 'Mohammed Iqbal', 'Sunita',
  'Xiaoming', 'Ji-woo', 'Haruto', 'Mei-Ling', 'Yuki', 'Minh Chau', 'Hyun-woo', 'Jiayi', 'Sakura', 'Duc Anh',
  'Bogdan', 'Zofia', 'Miroslav', 'Dragana', 'Wiesław', 'Svetlana', 'Jaroslav', 'Ludmila', 'Ivana', 'Radosław',
  'Youssef', 'Layla', 'Abdelrahman', 'Nour', 'Khaled', 'Rania', 'Hamza', 'Samira', 'Bilal', 'Yasmin',
  'Sione', 'Malia', 'Tevita', 'Keoni', 'Mele', 'Losa', 'Iosefa', 'Kawika', 'Ana Lisia', 'Pita',
  'Xiomara', 'Yesenia', 'Jhon Fredy', 'Maricruz', 'Yadira', 'Edgardo', 'Wilmer', 'Dayana', 'Anderson', 'Luz Marina',
  'Siobhán', 'Ruairí', 'Niamh', 'Eilidh', 'Lachlan', 'Oisín', 'Mairead', 'Calum',
] as const;

/** Given names that are also English words. */
export const H6_GIVEN_WORDS = [
  'Hope', 'Joy', 'Rose', 'Summer', 'King', 'Bishop', 'Page', 'Frank', 'Mark', 'Will', 'Lane', 'Major', 'Precious', 'Faith',
  'Patience', 'Blessing', 'Sunday', 'Comfort', 'Gift', 'Miracle', 'Goodluck', 'Ivy', 'Dawn', 'Autumn', 'Story', 'Royal',
  'Sterling', 'Rocky', 'Chase', 'Hunter', 'Cash', 'Ransom', 'Happy', 'Lucky', 'Reed', 'Wade', 'Penny', 'Candy', 'Crystal', 'Amber',
] as const;

export const H6_SURNAMES_WORLD = [
  'Okonkwo', 'Adeyemi', 'Mensah', 'Boateng', 'Diallo', 'Ouédraogo', 'Nwosu', 'Asamoah', 'Bamidele', 'Traoré',
  'Chaudhary', 'Venkataraman', 'Bhattacharya', 'Gill', 'Raghunathan', 'Iyer', 'Dhaliwal', 'Qureshi', 'Rao-Sinha',
  'Nakagawa', 'Zhao', 'Lim', 'Trần', 'Hoang', 'Choi', 'Ishikawa', 'Xu', 'Bui', 'Yoon',
  'Kowalczyk', 'Horvat', 'Petrenko', 'Jovanović', 'Dvořák', 'Nowicki', 'Sokolova', 'Babić', 'Kuznetsov', 'Wróbel',
  'Al-Hashimi', 'El-Sayed', 'Haddad', 'Abu-Ghazaleh', 'Mansour', 'Khoury', 'bin Salman', 'Al Mazrouei', 'Nasser',
  'Fifita', 'Taufa', 'Kahananui', 'Fonoti', 'Aumua', 'Havili', 'Leota', 'Kealoha',
  'Villalobos', 'Castañeda', 'Huamán', 'Condori', 'Ccapa', 'Ibarra', 'Zúñiga', 'Olmedo',
] as const;

/** Surnames with particles, as the families write them. */
export const H6_SURNAMES_PARTICLE = [
  "O'Dwyer", 'Mac an tSaoir', 'McGillicuddy', 'Ní Bhriain', 'Mac Giolla Phádraig', 'MacNeacail', 'Ó Conaill', "O'Shaughnessy",
  'de la Cruz', 'del Toro', 'de los Santos', 'van der Merwe', 'Van Buren', 'dos Anjos', 'di Lorenzo', 'al-Amin', 'ten Hoeve', 'St. Cyr',
] as const;

/** Surnames that are also English words. */
export const H6_SURNAMES_WORDS = [
  'King', 'Bishop', 'Page', 'Lane', 'Major', 'Frank', 'Fox', 'Hill', 'Love', 'Street', 'Sharp', 'Hale', 'Wise', 'Swift', 'Best',
  'Friend', 'Goodman', 'Stone', 'Moss', 'Parks', 'Rivers', 'Banks', 'Woods', 'Waters', 'Bush', 'Church', 'Chase', 'Brown', 'Black',
  'White', 'Green', 'Hunter', 'Mason', 'Carpenter', 'Porter', 'Sexton', 'Steward', 'Pope', 'Nightingale', 'Hazard', 'Pain', 'Sickle',
  'Fever', 'Cramp', 'Shingle', 'Lamb', 'Coffey', 'Hammer', 'Spring', 'Marsh',
] as const;

export const H6_NICKNAMES = ['Bubba', 'Sissy', 'Junior', 'Peaches', 'Tiny', 'Doc', 'Boo', 'Chico', 'Nana', 'Papi', 'Red', 'Tootsie', 'Big Mike', 'Kiki', 'Lolo'] as const;

/** Towns that are common words (real US towns carry these names). */
export const H6_TOWNS_WORDS = [
  'Plain', 'Hope', 'Liberty', 'Friendship', 'Climax', 'Bliss', 'Comfort', 'Defiance', 'Harmony', 'Energy', 'Paradise', 'Surprise',
  'Welcome', 'Reform', 'Success', 'Unity', 'Normal', 'Accident', 'Boring', 'Peculiar', 'Marble', 'Magnet', 'Protection', 'Fairplay',
  'Commerce', 'Justice', 'Independence', 'Economy', 'Freedom', 'Loyal',
] as const;

export const H6_TOWNS_PLAIN = [
  'Wahpeton', 'Tonopah', 'Kotzebue', 'Sitka', 'Hilo', 'Winnemucca', 'Chinle', 'Pahrump', 'Alamogordo', 'Keokuk', 'Muskogee',
  'Hibbing', 'Lodi', 'Yakima', 'Paducah', 'Valdosta', 'Texarkana', 'Bogalusa', 'Ishpeming', 'Pendleton', 'Ogallala', 'Hays',
  'Cheyenne Wells', 'Port Angeles', 'Eagle Pass', 'La Crosse', 'St. Johnsbury', 'Fond du Lac',
] as const;

export const H6_FOREIGN_CITIES = ['Nuku\u02bbalofa', 'Ibadan', 'Ludhiana', 'Aleppo', 'Cusco', 'Kharkiv', 'Huế', 'Majuro', 'Kumasi', 'Chittagong', 'Apia', 'Mosul'] as const;

export const H6_DEPLOYMENT_SITES = ['Balad', 'Bagram', 'Camp Arifjan', 'Al Udeid', 'Camp Bondsteel', 'Kandahar'] as const;

export const H6_COUNTIES = ['Pottawatomie', 'Atascosa', 'Humboldt', 'Chautauqua', 'Tippecanoe', 'Kanawha', 'Ouachita', 'Yavapai', 'Cheboygan', 'Pend Oreille'] as const;

export const H6_STATES = ['AK', 'HI', 'NV', 'ND', 'AL', 'KY', 'WV', 'KS', 'CO', 'MO', 'IN', 'NC', 'SC', 'TN', 'PA', 'NY', 'VA', 'UT', 'WY', 'SD', 'MD', 'DE'] as const;

export const H6_STREETS = [
  'Liberty', 'Mulberry', 'Persimmon', 'Buckeye', 'Pawnee', 'Lighthouse', 'Mill Creek', 'Foundry', 'Canal', 'Tobacco Barn', 'Cardinal',
  'Magnolia Bend', 'Pecan Grove', 'Bishop', 'King', 'Major', 'Friendship Church', 'Old Post', 'Jefferson Davis', 'Kamehameha',
  'Ala Moana', 'Calle del Sol', 'Rue Royale', 'Harriet Tubman', 'Frontage', 'County Road 12',
] as const;

export const H6_STREET_SUFFIX = ['St', 'St.', 'Street', 'Ave', 'Ave.', 'Rd', 'Road', 'Ln', 'Dr.', 'Ct', 'Blvd', 'Pkwy', 'Hwy', 'Cir', 'Trl', 'Run', 'Row', 'Crossing', 'Bend', 'Spur'] as const;

export const H6_FACILITY_STEMS = [
  'Mill Creek', 'Buckeye Valley', 'Sandstone', 'Pawnee Plains', 'Lighthouse Point', 'Kanawha Valley', 'Iron Range', 'High Desert',
  'Blue Ridge Foothills', 'Bayou Teche', 'Mauna Loa', 'Cheat River', 'Twin Buttes', 'Liberty', 'Harmony', 'Bishop',
] as const;

export const H6_SAINTS = ['Agnes', 'Columba', 'Jude', 'Luke', 'Isidore', 'Francis Cabrini', 'Patrick', 'Bernadette', 'Martin de Porres', 'Damien'] as const;

export const H6_CARE_HOMES = [
  'Mulberry Hill Nursing & Rehab', 'The Gardens at Buckeye Valley', 'Evergreen Manor', 'Shepherd\'s Rest Care Center', 'Autumn Leaves Memory Care',
  'Sandstone Assisted Living', 'Kalanimoku Care Home', 'Rosewood Terrace', 'Brookdale Harmony', 'Casa de Paz Adult Day Center',
  'Good Samaritan Society - Wahpeton', 'Pleasant View Home',
] as const;

export const H6_SCHOOLS = [
  'Lincoln-Douglass Elementary', 'Buckeye Valley High School', 'Iron Range Community College', 'Kamehameha Schools Hilo', 'Little Sprouts Academy',
  'St. Columba Catholic School', 'Mill Creek Middle', 'Pawnee Plains Technical Institute', 'Sunshine Kids Learning Center',
] as const;

export const H6_CHURCHES = [
  'Greater New Hope Missionary Baptist Church', 'St. Jude Catholic Church', 'Redeemed Christian Church of God', 'Holy Trinity Serbian Orthodox Church',
  'Islamic Center of Mill Creek', 'Sri Venkateswara Temple', 'Tongan United Methodist Church', 'Iglesia Cristiana Monte Sinaí', 'Gurdwara Sahib of Yakima',
] as const;

export const H6_PHARMACIES = [
  'Walgreens #09122', 'CVS Pharmacy #7741', 'Rite Aid #3318', 'Kroger Pharmacy #419', 'Harmony Drug', 'Buckeye Apothecary',
  'Walmart Pharmacy 10-2231', 'Hilo Pharmacy', 'Medicine Shoppe #1560', 'Liberty Discount Drugs', 'Publix Pharmacy #1307',
] as const;

export const H6_EMPLOYERS = [
  'Iron Range Taconite', 'Buckeye Valley Poultry', 'Kanawha Coal & Coke', 'Mill Creek Tire and Lube', 'Pawnee Plains Wind Farm',
  'Amazon fulfillment center DLX5', 'Lighthouse Point Marina', 'Sandstone Unified School District', 'Harmony Home Health Agency', 'Blue Ridge Furniture',
] as const;

export const H6_CORRECTIONAL = ['Pottawatomie County Detention Center', 'Twin Buttes State Correctional Institution', 'Kanawha Regional Jail', 'High Desert Youth Facility'] as const;

export const H6_INSURERS = ['Tri-County Mutual', 'Keystone First', 'Aloha Care', 'Peach State Health Plan', 'Magnolia Health'] as const;

/** Clinical terms the redactor must keep, by the style that writes them: eponyms, place-named diseases,
 * named scales and classifications, devices and brand drugs. */
export const H6_PROTECTED = {
  consent: {
    procedure: ['Toupet fundoplication', 'Heller myotomy', 'Puestow procedure', 'Sistrunk procedure', 'Shouldice repair', 'Ivor Lewis esophagectomy', 'Lichtenstein hernia repair', 'Kasai portoenterostomy', 'Ross procedure', 'Bentall procedure'],
    device: ['da Vinci Xi', 'LigaSure', 'Harmonic scalpel', 'Blake drain', 'Veress needle', 'Bookwalter retractor', 'Hasson trocar'],
    position: ['Fowler position', 'Sims position'],
    class: ['ASA physical status III', 'Clavien-Dindo classification', 'Apfel score', 'STOP-Bang questionnaire', 'Lee Revised Cardiac Risk Index'],
  },
  transfusion: {
    antibody: ['anti-Kell', 'anti-Duffy', 'anti-Kidd', 'anti-Lewis', 'anti-Lutheran', 'anti-Diego', 'Bombay phenotype'],
    test: ['Donath-Landsteiner test', 'Coombs crossmatch'],
    device: ['Belmont rapid infuser', 'Ranger blood warmer', 'Cell Saver'],
    product: ['WinRho', 'Octaplas', 'Rhophylac'],
  },
  psychosocial: {
    scale: ['Zarit Burden Interview', 'Geriatric Depression Scale', 'Kessler Psychological Distress Scale', 'Duke Social Support Index', 'CAGE questionnaire', 'Holmes-Rahe stress scale', 'ACE questionnaire', 'Fagerström Test'],
    program: ['Al-Anon', 'Meals on Wheels', 'Narcotics Anonymous'],
  },
  death: {
    cause: ['Chagas cardiomyopathy', 'Legionnaires disease', 'Boerhaave syndrome', 'Waterhouse-Friderichsen syndrome', 'Hantavirus pulmonary syndrome', 'Goodpasture syndrome', 'Ogilvie syndrome', 'Zenker diverticulum', 'Brugada syndrome', 'Churg-Strauss syndrome', 'Hamman-Rich syndrome', 'Plummer-Vinson syndrome', 'Pott disease'],
  },
  interpreter: {
    disease: ['Chikungunya', 'Hansen disease', 'Bartholin cyst', 'Baker cyst', 'Conn syndrome'],
    drug: ['Advil Liqui-Gels', 'Vicks VapoRub', 'Pepto-Bismol', 'Tiger Balm'],
  },
  correctional: {
    scale: ['CIWA-Ar', 'Clinical Opiate Withdrawal Scale', 'Mantoux test'],
    drug: ['Vivitrol', 'Brixadi', 'Zubsolv', 'Kloxxado'],
    disease: ['Boxer fracture', 'Smith fracture', 'Galeazzi fracture', 'Rolando fracture'],
  },
  nexus: {
    disease: ['Gulf War illness', 'Peyronie disease', 'Hürthle cell carcinoma', 'Morton neuroma', 'Freiberg disease', 'Haglund deformity', 'Kümmell disease'],
    test: ['Dix-Hallpike maneuver', 'Lasègue sign', 'Hoover sign', 'Apley scratch test', 'Patrick test', 'Ober test'],
    exposure: ['Agent Orange'],
    psych: ['Minnesota Multiphasic Personality Inventory', 'Mississippi Scale for Combat-Related PTSD'],
  },
  familyMeeting: {
    severity: ['SOFA score', 'FOUR score', 'SAPS II', 'Fisher grade'],
    delirium: ['CAM-ICU', 'Intensive Care Delirium Screening Checklist'],
    device: ['Quinton catheter', 'LVAD HeartMate 3', 'TandemHeart', 'Minnesota tube'],
    disease: ['Guillain-Barré syndrome', 'Fournier gangrene', 'Ludwig angina'],
  },
  poison: {
    nomogram: ['Rumack-Matthew nomogram', 'Done nomogram'],
    product: ['Mucomyst', 'Lomotil', 'CroFab', 'Anascorp', 'DigiFab', 'Zyprexa Zydis', 'Tide Pods', 'Imodium A-D', 'Cyanokit', 'Anavip'],
    sign: ['Kussmaul breathing', 'Hunter criteria'],
  },
  dme: {
    equipment: ['Roho cushion', 'Hoveround', 'Rifton gait trainer', 'Invacare hospital bed', 'Boston brace', 'Ponseti brace', 'Aspen collar', 'Miami J collar', 'Philadelphia collar', 'Trilogy Evo ventilator', 'Permobil power chair', 'Posey belt'],
    scale: ['Tinetti gait score', 'Functional Independence Measure'],
  },
  roi: {
    diagnosis: ['Turner syndrome', 'Fragile X syndrome', 'Williams syndrome', 'Angelman syndrome', 'DiGeorge syndrome', 'Noonan syndrome'],
  },
  adverse: {
    product: ['Essure', 'MiniMed 780G', 'Depo-Provera', 'Accutane', 'Kyleena', 'Guardian 4 sensor'],
    causality: ['Naranjo scale', 'WHO-UMC causality scale'],
    grade: ['CTCAE grade 3', 'Brighton Collaboration level 1'],
    reaction: ['Arthus reaction', 'Jarisch-Herxheimer reaction'],
  },
  handoff: {
    line: ['Dobhoff tube', 'Salem sump', 'Hemovac drain', 'Pleur-evac', 'Sengstaken-Blakemore tube', 'Yankauer suction', 'Levin tube', 'Malecot catheter', 'Coude catheter', 'Posey mitts', 'Kerlix'],
    scale: ['Braden score', 'Bristol stool chart', 'Norton score', 'Wong-Baker FACES scale'],
    sign: ['Trousseau sign', 'Blumberg sign', 'Rovsing sign'],
  },
} as const;

export type H6ProtectedGroup = keyof typeof H6_PROTECTED;

export const H6_PROTECTED_ALL: readonly string[] = Object.values(H6_PROTECTED).flatMap((g) => Object.values(g).flat() as string[]);
