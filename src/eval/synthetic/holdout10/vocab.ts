// Owns the invented vocabulary of the tenth held-out PHI check: given names and surnames of many cultures (many of
// them ordinary English words), family-first names, nicknames, towns that are common words, institution stems, and the
// protected clinical terms each half plants. Written for this check alone; it imports no other pool.

/** Given names that are also English words, so a word list cannot tell them from prose. */
export const H10_GIVEN_WORDS = ['Honor', 'Merry', 'Sunny', 'Lark', 'Wren', 'Story', 'Clement', 'Royal', 'Sage', 'Ember', 'Dusty', 'Forrest', 'Ransom', 'Patience', 'Temperance', 'Marsh', 'Bishop', 'Early', 'Major', 'Ivory'] as const;
export const H10_GIVEN_OTHER = [
  'Thuy', 'Khoa', 'Yusuf', 'Nkechi', 'Oluwaseun', 'Dagny', 'Wojciech', 'Evangelos', 'Siobhán', 'Ximena', 'Tadeusz', 'Fenella', 'Rustam', 'Akosua', 'Bao',
  'Ingrid', 'Leocadia', 'Teodoro', 'Marisol', 'Kwabena', 'Hamdi', 'Anahit', 'Soraya', 'Desmond', 'Loretta', 'Ignatius', 'Philomena', 'Arvo', 'Kalani', 'Nadège',
  'Wilbert', 'Dorcas', 'Zbigniew', 'Jovita', 'Fiachra', 'Lucienne', 'Mehmet', 'Rahel', 'Tomasz', 'Yolanda', 'Gideon', 'Agnieszka', 'Sekou', 'Hyun-woo', 'Mirela',
] as const;
export const H10_SURNAMES_WORDS = ['Thatcher', 'Pardon', 'Gentle', 'Fairweather', 'Lovejoy', 'Wiseman', 'Goodspeed', 'Hazard', 'Bolt', 'Crane', 'Quarry', 'Steeple', 'Kettle', 'Barley', 'Sparrow', 'Plank', 'Trusty', 'Merriman', 'Mayhew', 'Brook'] as const;
export const H10_SURNAMES_OTHER = [
  'Dzięcioł', 'Okafor', 'Tran-Vu', 'Haddadin', 'Ó Súilleabháin', "O'Loughlin", 'MacCrimmon', 'McGillicuddy', 'van der Hoek', 'de la Fuente', 'da Conceição',
  'Abernathy-Oyelaran', 'Kowalczyk', 'Stavropoulos', 'Nwachukwu', 'Gebremariam', 'Baptiste-Joseph', 'Ter-Petrosyan', 'Lindqvist', 'Mbeki-Osei', 'Farrokhzad',
  'Quintanilla', 'Szabó', 'Iwasaki', 'Vuković', 'Achterberg', 'Delacroix', 'Fitzsimons', 'Ramírez-Ochoa', 'Tuimavave', 'Halloran', 'Pellegrino', 'Yilmaz',
] as const;
/** Names written family name first, as the bearers write them (Vietnamese, Chinese, Korean, Hungarian). */
export const H10_FAMILY_FIRST = [['Pham', 'Thi Hoa'], ['Lau', 'Wing Sze'], ['Choi', 'Eun-ji'], ['Dang', 'Van Minh'], ['Kovács', 'Erzsébet'], ['Gao', 'Shuying'], ['Yoon', 'Dae-sung']] as const;
export const H10_NICKNAMES = ['Boomer', 'Sissy', 'Tink', 'Bubba', 'Duke', 'Peaches', 'Skip', 'Junebug', 'Red', 'Cookie', 'Moose', 'Birdie'] as const;
export const H10_RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'niece', 'grandson', 'granddaughter', 'partner', 'friend', 'neighbor', 'HCP', 'stepdaughter', 'aunt', 'landlady', 'godson'] as const;
/** Towns that are common English words, and other towns, all written as people write them. */
export const H10_TOWNS_WORDS = ['Harmony', 'Liberty', 'Plainfield', 'Freedom', 'Bristol', 'Temple', 'Warren', 'Hanover', 'Medford', 'Granby', 'Candia', 'Union', 'Hazard', 'Friendship', 'Eden'] as const;
export const H10_TOWNS_OTHER = ['Mattapoisett', 'Chicopee', 'Woonsocket', 'Scituate', 'Lowell', 'Haverhill', 'Fitchburg', 'Pawtucket', 'Brockton', 'Nahant', 'Wareham', 'Dracut', 'Seekonk', 'Tewksbury'] as const;
export const H10_STATES = ['MA', 'NH', 'RI', 'ME', 'VT', 'CT', 'Mass.', 'N.H.'] as const;
export const H10_STREETS = ['Larkspur', 'Quarry Hill', 'Tremont', 'Cushing', 'Old Colony', 'Wachusett', 'Bayberry', 'Ferncroft', 'Pleasant', 'Water', 'Ocean View', 'Mill Pond'] as const;
export const H10_STREET_SUFFIX = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Way', 'Terr.', 'Ct', 'Blvd', 'Hwy', 'Circle'] as const;
export const H10_INST_STEMS = ['Wellfleet', 'Greystone', 'Merrimack Valley', 'Cranberry Coast', 'Blue Hills', 'North Shore', 'Pioneer Valley', 'Seacoast', 'Kettle Pond', 'Birchwood', 'Monadnock', 'Fore River'] as const;
export const H10_SAINTS = ['Brigid', 'Casimir', 'Anselm', 'Scholastica', 'Dymphna', 'Columba', 'Hedwig', 'Isidore'] as const;
export const H10_EMAIL_DOMAINS = ['fastmail.fm', 'comcast.net', 'seacoastpt.org', 'verizon.net', 'oceanline-cruises.com', 'medflight-ne.org', 'proton.me', 'yahoo.co.uk'] as const;

/** Protected clinical terms of the source half: ICU eponyms, scales, devices and drug brands as that source writes them. */
export const H10_PROTECTED_SOURCE = [
  'Swan-Ganz', 'Dobhoff', 'Riker Sedation-Agitation Scale', 'Trendelenburg', 'Cheyne-Stokes', 'Giapreza', 'Cleviprex', 'Sengstaken-Blakemore',
  'Kussmaul', 'Atrium Oasis', 'Foley', 'Hickman', 'Quinton', 'Ativan', 'Fentanyl', 'Unasyn', 'Flexiseal', 'Morse Fall Scale', 'Braden', 'Roho',
  'Trach Talk', 'Passy-Muir', 'Bumex', 'Kerley B lines', 'Babinski',
] as const;
/** Protected clinical terms of the new-styles half: place-named and eponymous diseases, classifications, scales and brands. */
export const H10_PROTECTED_STYLES = [
  'Ramsay Hunt syndrome', 'Colorado tick fever', 'Norwalk virus', 'Ebstein anomaly', 'Kohler disease', 'Scheuermann', 'Roland-Morris Disability Questionnaire',
  'Kemp test', 'Adson test', 'Lachman', 'Leriche syndrome', 'University of Texas wound classification', 'Coumadin', 'Savaysa', 'Jantoven', 'CHA2DS2-VASc', 'HAS-BLED',
  'Injury Severity Score', 'Boyle law', 'Haldane effect', 'Ottawa ankle rules', 'Symes amputation', 'Ertl procedure', 'Otto Bock', 'Medicare K3',
  'Montgomery tubercles', 'Mondor disease', 'Latch score', 'Tdap', 'Lokelma', 'QuantiFERON', 'Schistosoma mansoni', 'Strongyloides', 'Edinburgh Postnatal Depression Scale',
  'Scopolamine', 'Dramamine', 'Meniere disease', 'Bezold-Jarisch reflex', 'Frova', 'Reiter syndrome', 'Madelung deformity', 'Hutchinson sign', 'Hangman fracture', 'Henry law',
] as const;
export const H10_PROTECTED_ALL = [...H10_PROTECTED_SOURCE, ...H10_PROTECTED_STYLES] as const;
