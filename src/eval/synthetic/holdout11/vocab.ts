// Owns the invented vocabulary of the eleventh held-out PHI check: given names and surnames of many cultures (many of
// them ordinary English words, written in capitals and lower case by the notes), nicknames, ward and unit names, other
// hospitals' short codes, towns, institution stems and the protected clinical terms each half plants. Written for this
// check alone by the session-11 examiner; it imports no other pool, and its test proves it shares no value with them.

/** Given names that are also English words, so a word list cannot tell them from prose. */
export const H11_GIVEN_WORDS = ['Wicket', 'Tansy', 'Linden', 'Briar', 'Bracken', 'Marigold', 'Heath-Ann', 'Osier', 'Yarrow', 'Gus', 'Sorrel', 'Clemency', 'Easter-Lily', 'Foxglove', 'Dory', 'Merlin-Jay', 'Tiller', 'Bramwell', 'Spencer', 'Thorne'] as const;
export const H11_GIVEN_OTHER = [
  'Eudora', 'Lavinia', 'Cornelio', 'Thaddeus', 'Ambrose', 'Hedwiga', 'Hortense', 'Leodegar', 'Alphonse', 'Ermengarde', 'Radomir', 'Bogumila',
  'Tuyet', 'Phuc', 'Ayodeji', 'Ifeoluwa', 'Esi', 'Mamadou', 'Kadiatou', 'Boubacar', 'Clodagh', 'Ailsa', 'Honoré', 'Berenice', 'Kristjan',
  'Vilja', 'Walburga', 'Leocadio', 'Evaristo', 'Wenceslao', 'Hyacinthe', 'Lucretia', 'Mordecai', 'Zipporah', 'Obadiah', 'Jedediah', 'Augustina',
  'Bertrand', 'Genevieve', 'Rosamund', 'Quirino', 'Gualtiero', 'Ludovica', 'Anacleto', 'Brídín', 'Hilda', 'Oswald', 'Ingeborg', 'Tadhgán',
] as const;
export const H11_SURNAMES_WORDS = ['Buttery', 'Kitchen', 'Ledger', 'Plummer', 'Bunting', 'Gosling', 'Treadwell', 'Tollgate', 'Cobbler', 'Ashdown', 'Gallant', 'Faithfull', 'Rainwater', 'Featherstone', 'Cloud', 'Candler', 'Mudd', 'Tubb', 'Pennyfeather', 'Haystack', 'Swiftwater', 'Fairbrother'] as const;
export const H11_SURNAMES_OTHER = [
  'Przybylski', 'Wojtaszek', 'Grzelak', 'Oyelaran-Bello', 'Nwosu-Eke', 'Tchoumba', 'Diallo-Sow', 'Kouyaté', 'Mathebula', 'Vo-Thuy', 'Luong',
  "O'Driscoll", "O'Mahony", 'McIlhenny', 'MacEachern', 'McGonagle', 'van den Bergh', 'ter Steege', 'de Oliveira', 'dos Reis', 'Ní Chonaill',
  'Ferreira-Costa', 'Santangelo', 'Capobianco', 'Vasconcelos', 'Teixeirinha', 'Bettencourt', 'Quadros', 'Łukaszewicz', 'Søndergaard', 'Åkesson',
  'Hämäläinen', 'Ó Ceallaigh', 'Kapoor-Whitlock', 'Rautenstrauch', 'Wachowiak', 'Kyriakidou', 'Giannopoulos', 'Azoulay', 'Benhamou', 'Chérif',
] as const;
/** Nicknames, some quoted in the notes, some standing alone as the family calls the patient. */
export const H11_NICKNAMES = ['Bucky', 'Shorty-Mac', 'Toots', 'Sugarfoot', 'Boo-Bear', 'Dinky', 'Sully', 'Ziggy', 'Bama', 'Scrappy', 'Nana Dot', 'Pop-Pop'] as const;
export const H11_RELATIONS = ['wife', 'husband', 'dtr', 'son', 'sis', 'bro', 'mom', 'dad', 'granddtr', 'grandson', 'companion', 'fiancee', 'ex-wife', 'cousin', 'uncle', 'son-in-law', 'pastor'] as const;
/** Towns that are common English words, and other invented or small towns, written as the notes write them. */
export const H11_TOWNS_WORDS = ['Halifax', 'Freetown', 'Boxford', 'Rochester', 'Otter River', 'Royalston', 'Blackstone', 'Westport', 'Oakham', 'Leicester', 'Petersham', 'Princeton', 'Lakeville', 'Berlin'] as const;
export const H11_TOWNS_OTHER = ['Assonet', 'Cotuit', 'Manomet', 'Hyannisport', 'Pocasset', 'Sagamore', 'Baldwinville', 'Whitinsville', 'Still River', 'Hubbardston', 'Templeton', 'Gilbertville', 'Segreganset', 'Acushnet'] as const;
export const H11_STATES = ['MA', 'RI', 'NH', 'Mass', 'R.I.'] as const;
export const H11_STREETS = ['Wheelhouse', 'Cider Mill', 'Shawsheen', 'Pigeon Hill', 'Nonantum', 'Great Oak', 'Sachem', 'Hopestill', 'Bellevue', 'Crooked Pond', 'Stagecoach', 'Tuckahoe'] as const;
export const H11_STREET_SUFFIX = ['St', 'Street', 'Ave', 'Rd', 'Lane', 'Dr', 'Pl', 'Path', 'Row', 'Ext', 'Trl'] as const;
/** Invented ward, unit and floor names, in the way a teaching hospital of the era named them after donors. */
export const H11_WARDS = ['Halloway', 'Pemrose', 'Quillen', 'Yardingham', 'Odell', 'Marchbanks', 'Vennor', 'Crewe', 'Lisle Pavilion', 'Tremont Annex'] as const;
/** Short codes of other hospitals and rehabs, as staff write them in passing. */
export const H11_HOSP_CODES = ['SEMC', 'QMC', 'CJMH', 'MWMC', 'HRMC', 'NWH', 'LGH', 'HVMA', 'SSH', 'CCH'] as const;
export const H11_INST_STEMS = ['Nashoba Valley', 'Ten Mile River', 'Wachusett Hills', 'Assabet', 'Taunton River', 'Cape Verde Street', 'Old Harbor', 'Heywood', 'Nipmuc Pond', 'Quinapoxet'] as const;
export const H11_SAINTS = ['Eulalia', 'Wenceslaus', 'Bridget of Kildare', 'Hilarion', 'Odilia', 'Walpurga'] as const;
export const H11_EMAIL_DOMAINS = ['gmx.de', 'orange.fr', 'hotmail.ca', 'libero.it', 'bigpond.com', 'sbcglobal.net', 'mac.com', 'web.de'] as const;

/** Protected clinical terms of the source half: ICU and ward eponyms, devices, feeds, scales and drug brands. */
export const H11_PROTECTED_SOURCE = [
  'Corlopam', 'Primacor', 'Zemuron', 'Brevibloc', 'Cardene', 'Jackson-Pratt', 'Broviac', 'Isolette', 'Jevity', 'Osmolite', 'Vivonex', 'Oxepa',
  'Peptamen', 'Neosure', 'Silverman-Andersen', 'Ortner syndrome', 'Ewart sign', 'Beevor sign', 'Quincke pulse', 'Lambda waves', 'Graham Steell murmur',
  'Biot respiration', 'Ambu', 'Posey vest', 'Mediport', 'Kangaroo pump', 'Pulmocare', 'Lopressor', 'Nipride', 'Andersen tube', 'Clinitron',
  'KinAir', 'Shiley', 'Hemovac', 'Adaptic', 'Kaltostat',
] as const;
/** Protected clinical terms of the new-styles half: eponyms, named classifications and scales, brands and place-named diseases. */
export const H11_PROTECTED_STYLES = [
  'Fitzpatrick skin type', 'PicoSure', 'Nevus of Ota', 'Becker nevus', 'Kirby-Desai scale', 'Hori nevus', 'Pliaglis', 'Lake Louise score', 'Diamox',
  'Silfverskiold test', 'Mulder sign', 'PEDIS classification', 'SINBAD score', 'CROW walker', 'Harris mat', 'Berlin sleep questionnaire', 'STOP-BANG',
  'AirSense', 'DreamStation', 'AirFit', 'Schatzki ring', 'Los Angeles classification', 'Prague criteria', 'Zargar classification', 'Savary dilator',
  'Dieulafoy lesion', 'Cameron lesions', 'MoviPrep', 'START triage', 'JumpSTART', 'MARCH algorithm', 'QuikClot', 'Israeli bandage', 'Permobil', 'Jay cushion',
  'TiLite', 'Ki Mobility', 'Snellen', 'Farnsworth lantern', 'Titmus fly test', 'Maddox rod', 'Dix-Hallpike', 'Kendrick traction device', 'Reel splint',
  'Tillaux fracture', 'Frenzel maneuver', 'Toynbee maneuver', 'Edmonds maneuver', 'Teed classification', 'Bühlmann tables', 'Pott puffy tumor',
  'Cortrosyn', 'Cologuard',
] as const;
export const H11_PROTECTED_ALL = [...H11_PROTECTED_SOURCE, ...H11_PROTECTED_STYLES] as const;
