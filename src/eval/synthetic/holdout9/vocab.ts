// Owns the vocabulary of the ninth held-out PHI check, written for it alone (no pool of another generator is
// imported): given names and surnames of many cultures, names that are English words, nicknames, relations,
// towns (many of them common words), the words institutions are built from, and the protected clinical terms
// of each half. Every name and place here is invented or generic; any match to a real person is chance.

/** Given names that are ordinary English words (capitalised here; the formats also write them lower case). */
export const H9_GIVEN_WORDS = ['Hope', 'Faith', 'Grant', 'Frank', 'Will', 'Dawn', 'Hunter', 'Summer', 'Rose', 'Sky', 'Mercy', 'Major', 'Cash', 'River', 'Precious', 'Bliss', 'Joy', 'Story', 'Royal', 'Sterling', 'Ivy', 'Patience', 'Chance', 'Honor', 'Ransom'] as const;
export const H9_GIVEN = [
  'Oluwaseun', 'Chidinma', 'Ngozi', 'Kwabena', 'Ama', 'Thanh', 'Huong', 'Kiran', 'Priyanka', 'Anil', 'Siobhan', 'Niamh', 'Pádraig',
  'Dmitri', 'Svetlana', 'Wojciech', 'Agnieszka', 'Yusuf', 'Fatima', 'Layla', 'Tariq', 'Meilin', 'Jianguo', 'Haruto', 'Yuki',
  'Joon-ho', 'Seo-yeon', 'Mateo', 'Ximena', 'Guadalupe', 'Thiago', 'Lior', 'Noa', 'Aroha', 'Tāne', 'Søren', 'Åsa', 'Björn',
  'Zoltán', 'Réka', 'Ioana', 'Gaëtan', 'Océane', 'Teodoro', 'Kalani', 'Nomvula', 'Sipho', 'Marguerite', 'Lorraine', 'Dolores',
  'Bernard', 'Walter', 'Eunice', 'Clarence', 'Rosalind', 'Francis', 'Kathleen', 'Desmond', 'Imelda', 'Augustin', 'Delphine',
  'Rashida', 'Jamal', 'Tamika', 'DeShawn', 'Shaniqua', 'Jean-Baptiste', 'Marie-Claude', 'Esperanza', 'Nikolaos', 'Eleni',
] as const;
/** Surnames that are ordinary English words. */
export const H9_SURNAMES_WORDS = ['Baker', 'Stone', 'Wood', 'Best', 'Bell', 'Hill', 'Moody', 'Rice', 'Lamb', 'Sharp', 'Swift', 'Fox', 'Gold', 'Young', 'Strong', 'Church', 'Pearl', 'Snow', 'Frost', 'Bishop', 'Marsh', 'Cross', 'Love', 'Sweet', 'Battle', 'Child', 'Hunt', 'Person', 'Gentry', 'Noble', 'Waters', 'Rich'] as const;
export const H9_SURNAMES = [
  'Nwachukwu', 'Okonkwo', 'Adeyemi', 'Mensah', 'Boateng', 'Asante', 'Tran', 'Nguyen', 'Pham', 'Đặng', 'Venkataraman', 'Chaudhry',
  'Ó Súilleabháin', "O'Dwyer", 'McGillicuddy', 'MacAulay', 'Kowalczyk', 'Wiśniewska', 'Szabó', 'Dimitrov', 'Haddad', 'Al-Rashidi',
  'Ben-David', 'van der Berg', 'de la Cruz', 'De Souza', 'dos Santos', 'Fitzgerald-Hale', 'Yamamoto', 'Takahashi', 'Choi', 'Park',
  'Kaʻahanui', 'Te Rangi', 'Lindqvist', 'Haugen', 'Castellanos', 'Quispe', 'Mamani', 'Hernández-Ruiz', 'Lê', 'Papadakis',
  'Delacroix', 'St. Germain', 'LaFleur', 'Mahoney', 'Callahan', 'Dorchak', 'Sullivan-Reyes', 'Abernathy', 'Whitcomb', 'Giordano',
  'Fiorentino', 'Kazemi', 'Zhou', 'Ostrowski', 'Petrossian', 'Hakobyan', 'Ferreira', 'Baptiste', 'Jean-Louis', 'Desrosiers',
] as const;
/** Family-first names as written by their bearers: [family, given]. */
export const H9_FAMILY_FIRST = [
  ['Tran', 'Thi Huong'], ['Nguyen', 'Van Minh'], ['Yamamoto', 'Haruto'], ['Kim', 'Seo-yeon'], ['Zhou', 'Meilin'], ['Park', 'Joon-ho'],
  ['Lê', 'Thị Lan'], ['Wang', 'Jianguo'], ['Szabó', 'Réka'], ['Takahashi', 'Yuki'],
] as const;
export const H9_NICKNAMES = ['Bud', 'Sonny', 'Dee', 'Sissy', 'Bubba', 'Junebug', 'Red', 'Tiny', 'Chuy', 'Lalo', 'Boo', 'Peanut', 'Cookie', 'Skip', 'Duke', 'Birdie', 'Nonie', 'Mo', 'Tootie', 'Butch'] as const;
export const H9_RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'niece', 'nephew', 'granddaughter', 'grandson', 'partner', 'girlfriend', 'boyfriend', 'mother', 'father', 'aunt', 'stepson', 'daughter-in-law', 'neighbor', 'friend', 'HCP', 'guardian', 'foster mother', 'godmother'] as const;

/** Towns whose names are common words (the formats plant them in running text). */
export const H9_TOWNS_WORDS = ['Orange', 'Sandwich', 'Hull', 'Ware', 'Florida', 'Liberty', 'Friendship', 'Bath', 'Reading', 'Derby', 'Sharon', 'Sterling', 'Harmony', 'Union', 'Plymouth', 'Warren', 'Chester', 'Canton', 'Rowe', 'Athens', 'Paris', 'Eden', 'Victory', 'Hope Valley', 'Bristol', 'Fairfield', 'Newport', 'Ashland', 'Lincoln'] as const;
export const H9_TOWNS = [
  'Quarrytown', 'East Wexham', 'Marlowe Falls', 'Pocasset Junction', 'North Tisbury', 'Cobb Harbor', 'Westfordham', 'Saugatuck Center',
  'Merrimac Landing', 'Pembrook', 'Halston', 'Lake Owassa', 'South Kittredge', 'Fall Brook', 'Ipswold', 'Gardner Mills', 'Bellingwood',
  'Cedar Springs', 'Amesbury Heights', 'Port Ellery', 'Dunmore', 'Kettle Cove', 'Oxbow', 'San Ysidro del Monte', 'Las Piedras',
] as const;
export const H9_STATES = ['MA', 'NH', 'ME', 'RI', 'VT', 'CT', 'NY', 'Mass.', 'N.H.'] as const;
export const H9_STREETS = ['Elm', 'Quincy Shore', 'Tremont', 'Bayberry', 'Old Colony', 'Pleasant', 'Winter', 'Spring', 'Cottage', 'Hancock', 'Mill Pond', 'Salt Marsh', 'Gallows Hill', 'Cranberry', 'Foundry', 'Meetinghouse', 'Ocean View', 'Prospect'] as const;
export const H9_STREET_SUFFIXES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Way', 'Terr', 'Pkwy', 'Ct', 'Blvd', 'Dr.', 'Circle', 'Hwy'] as const;
/** Words institutions are made from; the formats build hospitals, clinics, shelters, schools and the rest. */
export const H9_PLACE_STEMS = ['Mystic Valley', 'Quarry Point', 'Wexham', 'Harbor Light', 'Cobb Hill', 'Saint Brendan', 'Bayberry', 'Marlowe', 'Pine Knoll', 'Laurel Ridge', 'Seaview', 'Greylock', 'Blue Heron', 'Two Rivers', 'Kittredge', 'Holloway', 'Ellery', 'Tisbury', 'Monadnock', 'Red Maple'] as const;

/** Protected clinical terms of the source-style half (ICU nursing, respiratory, social work, discharge planning). */
export const H9_PROTECTED_SOURCE = [
  'Cordis', 'Arctic Sun', 'Duoderm', 'Homans sign', 'Chvostek sign', 'Ramsay score', 'Riker scale', 'Precedex', 'Neo-Synephrine', 'Flexi-Seal',
  'Kinair bed', 'RotoProne', 'Bird Mark 7', 'Licox', 'Camino bolt', 'Kernohan notch', 'Osborn waves', 'Nimbex', 'Cardizem', 'Aggrastat',
  'Hespan', 'Solu-Medrol', 'Nepro', 'Jevity 1.2', 'Servo-i', 'Puritan Bennett 840', 'Heliox', 'Xigris', 'Natrecor', 'Zyvox',
  'Primaxin', 'Bivona trach', 'Portex', 'Clinitron bed', 'Pickwickian', 'Charcot triad', 'Reynolds pentad', 'Lovenox',
] as const;
/** Protected clinical terms of the other-styles half. */
export const H9_PROTECTED_STYLES = [
  'Menopur', 'Gonal-f', 'Ovidrel', 'Cetrotide', 'Follistim', 'Ganirelix', 'Crinone', 'Gardner grade 4AA', 'Asherman syndrome', 'Kallmann syndrome',
  'Bologna criteria', 'FAST stage 7', 'PleurX', 'ABH gel', 'Marinol', 'SCAT5', 'Adams forward bend test', 'Jamar dynamometer',
  'Dupuytren contracture', 'Phalen maneuver', 'Tinel sign', 'Neer test', 'Purdue Pegboard', 'Raynaud phenomenon', 'Amsterdam II criteria',
  'Tyrer-Cuzick model', 'Manchester scoring system', 'BRCAPRO', 'von Hippel-Lindau', 'Waardenburg syndrome', 'Fanconi anemia', 'Envarsus XR',
  'Thymoglobulin', 'Simulect', 'Valcyte', 'Banff classification', 'Milan criteria', 'Intralipid', 'PowerPICC',
  'CADD-Solis', 'Cubicin', 'Invanz', 'Clave connector', 'BioPatch', 'Denver II', 'Bayley-III', 'Vineland-3', 'Brazelton scale',
  'Harvard Trauma Questionnaire', 'Refugee Health Screener-15', 'Revised Trauma Score', 'Hare traction splint', 'SAM splint', 'Zoll X Series', 'LifePak 15',
] as const;
export const H9_PROTECTED_ALL: readonly string[] = [...H9_PROTECTED_SOURCE, ...H9_PROTECTED_STYLES];
