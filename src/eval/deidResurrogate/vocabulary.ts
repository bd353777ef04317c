// Owns the re-surrogation vocabularies' shape and the session-9 vocabulary: surnames, given names and invented places written for the
// resurrogated deid measurement alone (not taken from src/eval/synthetic or data/phi), so the measure does not
// share a word list with anything the redactor was tuned on. Names are ordinary names of many cultures,
// including names that are also English words; every place is invented.

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Surnames of many cultures; the last lines are surnames that are also English words. */
export const SURNAMES: readonly string[] = words(`
  Abernathy Achterberg Adeyemi Agarwal Aguilar Ahlberg Akhtar Alcantara Almeida Altman Amundsen Anand Andrade
  Antonelli Appiah Arakawa Arsenault Asante Ashworth Auclair Azevedo Babatunde Bachmann Baptiste Barbosa Barzani
  Bashir Battaglia Beauchamp Bekele Belanger Benedetti Bergstrom Bhattacharya Bianchi Birkeland Blanchard Bocanegra
  Bogdanov Bondarenko Borowski Bouchard Brannigan Bustamante Cabrera Calloway Camacho Capello Carvalho Castellano
  Cavanaugh Chakraborty Chaudhry Chen Cheng Chowdhury Cisneros Cohen Colombo Contreras Corcoran Cornejo Costa
  Czarnecki Dabrowski Dalgaard Damiani Danjuma Dasgupta Delacroix Delgado Desai Devereaux Dimitriou Dlamini Dominguez
  Donnelly Dragomir Dubois Duong Durand Eberhardt Ekwueme Eliasson Emeka Engstrom Escobar Espinoza Esposito Estrada
  Fairbanks Falkenberg Farouk Fernandes Ferreira Figueroa Fitzgerald Flanagan Fonseca Fortier Fujimoto Gallagher
  Galvan Gandhi Garrido Gaspard Gerhardt Ghosh Giordano Goncalves Gorecki Grabowski Gudmundsson Guerrero Gunawardena
  Gutierrez Haddad Hakimi Halvorsen Hamamoto Haugen Hashemi Hayashi Heikkinen Hendrickx Hernandez Hoang Hofmann
  Horvath Hosseini Huang Hussain Ibarra Idowu Iglesias Inoue Iqbal Ishikawa Ivanova Jablonski Jankowski Jaramillo
  Jauregui Jovanovic Kaczmarek Kamau Kapoor Karimi Kasprzak Kaur Kawasaki Kelleher Khalil Khoury Kimura Kinyua
  Kirkpatrick Kobayashi Kowalczyk Krishnan Kuznetsov Lachance Lafleur Lambrecht Larsen Laurent Lemaire Lindqvist
  Lombardi Lozano Lundgren Macedo Madsen Mahmoud Makinen Malhotra Mandela Marchetti Marinescu Markovic Matsumoto
  Mazur Mbeki Medina Mehta Mendoza Messina Michalski Mikkelsen Miyazaki Molina Montague Moreau Morozov Mukherjee
  Murakami Mwangi Nakagawa Nakamura Nascimento Navarro Ndlovu Nieminen Nikolaidis Novak Nwosu Obi Odhiambo Ogunleye
  Okafor Okonkwo Olawale Oliveira Olszewski Onyango Ortega Osei Ostrowski Pacheco Padilla Pangilinan Papadakis
  Pellegrino Perreault Petrov Pham Pieterse Piotrowski Quintero Rahman Rajan Ramaswamy Rasmussen Rautio Reyes
  Ribeiro Rinaldi Rodrigues Romanov Rosales Rossi Rousseau Ruiz Saavedra Sabatini Salazar Sandoval Santoro Sarkar
  Sato Schreiber Sekibo Sepulveda Shapiro Sharma Shevchenko Silva Simonsen Sokolov Solberg Srinivasan Stavros
  Suarez Suzuki Szabo Takahashi Tanaka Tavares Teixeira Thibodeau Tiwari Tkachenko Torres Tremblay Trujillo Tsai
  Ueda Uzoma Valdez Vanterpool Varga Vasiliev Velasquez Venkataraman Vieira Villanueva Vukovic Wojcik Yamamoto
  Yilmaz Yoshida Zamora Zielinski Zubiri Abubakar Bhatt Castellanos Doherty Eze Falcone Grunewald Hadjiev
  Kovacs Liang Moynihan Nakashima Oyelaran Quigley Rocha Strickland Toivonen Wiśniewski Xiong Zhou
  Black Bean Bell Best Bird Brook Carpenter Cook Crane Day Field Fisher Fox Frost Good Hill Hope Hunt King Knight
  Lamb Lane Love Marsh Mason May Miller Moss Potter Price Reed Rice Rose Sharp Small Snow Stone Strong Summers
  Sweet Swift Wolf Wood Winter Baker Gardner Weaver Shepherd Butler Mills Banks Cross Fairweather Goodwin Hart
`);

/** Surnames with a particle or prefix, kept in their own list so an O'/D'/Mc/van original keeps that form. */
export const PARTICLE_SURNAMES: readonly string[] = words(`
  O'Halloran O'Keefe O'Donovan O'Malley O'Shea O'Leary O'Dwyer O'Connell O'Hare O'Toole D'Angelo D'Souza D'Amico
  McAllister McGuinness McCready MacLennan MacPherson DeLuca DiNapoli LaRue
`);

/** Given names of many cultures; the last lines are given names that are also English words. */
export const GIVEN_NAMES: readonly string[] = words(`
  Aaliyah Abdullah Adaeze Adebayo Adrienne Agnieszka Ahmad Aiko Akosua Alejandro Aleksander Alessandra Amara Ananya
  Anouk Anselm Arjun Astrid Aurelio Ayesha Babajide Bartholomew Beatriz Benedikt Bilal Birgit Bongani Bronwyn Camille
  Catalina Chidi Chinonso Chiara Cosimo Dagny Dariusz Delphine Dmitri Dong Eamon Ebele Efua Eitan Elif Emeka Emilio
  Esperanza Eun Farida Fatou Federico Folasade Fumiko Gabriela Gideon Giulia Gulnara Gwendolyn Hamza Haruki Hiroshi
  Hyun Ifeoma Ignacio Ilse Imani Inge Ingrid Isidro Ivo Jadwiga Jamal Jasleen Javier Jiho Joaquin Jorunn Kalinda
  Kamala Kasimir Katarzyna Kenji Kwabena Kwame Lakshmi Leilani Lorenzo Lucinda Magnus Mahala Malak Malgorzata Mariam
  Marisol Matthias Mehmet Mei Milagros Ming Mirela Nadia Naoko Nasrin Nkechi Noor Obinna Oksana Olumide Omar
  Oren Paolo Parvati Pilar Priya Radhika Rafael Ragnhild Rashida Rohan Rosalind Rustam Sadia Saoirse Satoshi
  Seamus Sekou Serafina Shirin Siddharth Sigrun Siobhan Solveig Stanislav Sunita Tadeusz Takumi Tamar Tariq Temitope
  Thandiwe Theodora Tomasz Tuan Ulrike Umar Valentina Vikram Vivienne Wanjiru Wilhelmina Xiomara Yaw Yasmin
  Yevgenia Yusuf Zainab Zaneta Zbigniew Zeynep Zoltan Agustin Bogdan Chiamaka Desmond Evander Fiorella Gunnar
  Henrietta Ilona Jovita Kofi Leopold Mireille Nikolai Ottilie Perpetua Quentin Rosario Sunniva Tobias Ulysses
  Winifred Ximena Yolanda Zacharias Augustine Bernadette Cornelius Dorothea Ezekiel Florentyna Horatio Isadora
  Hope Faith Grace Joy June April Iris Violet Pearl Ruby Amber Dawn Summer Autumn River Hunter Bill Will Mark
  Frank Grant Chase Drew Pat Sue Art Gene Guy Jack Ray Dean Miles Wade Carol Holly Ivy Daisy Heather Olive Sunny
  Rusty Sandy Buck Hazel Jewel Bud Penny Skip
`);

/** Invented towns: one word each, so a one-token place is replaced by one token. */
export const TOWNS: readonly string[] = words(`
  Brackenholt Quillmere Fennimore Ashcombe Thornwick Dellbrook Marrowfield Ostlake Pennywhistle Harrowgate Vexley
  Cobbleton Wyndemere Larkspur Glimmerton Ravensmoor Tillinghast Sorrelford Ambergate Kestrelby Minnowfield Oakhurst
  Brindlewood Carrowmore Duskmoor Elderwick Foxhallow Gorsebury Hollinsworth Ivystone Juniperdale Kettlebury
  Loamsfield Mirebrook Nettlecombe Orchardvale Pipersford Quarrington Rushmere Saltbridge Tamsworth Umberlee
  Verdanby Willowmere Yarrowby Zephyrton Blackwater Cindervale Drummondsford Evershaw Farthingdale Gildencross
  Hazelmoor Inkwell Jasperton
`);

/** Invented hospital and facility stems; the facility word ("Memorial", "General") is the original's or added. */
export const HOSPITAL_STEMS: readonly string[] = words(`
  Alderbrook Bellhaven Calderwood Driftmoor Emberlyn Fairhollow Glenarrow Hawthorne Ironbridge Kingsmere Lindenhurst
  Meadowcroft Northvale Pinecrest Riverholt Silverbirch Stonegarth Tidewater Valeport Westerhaven Amberlea Brightwater
  Coldharbour Dunmorrow Eastmarch Fernhollow Greystead Highmoor Kilnworth Lowbridge
`);

/** Invented street names (the suffix word is the original's). */
export const STREET_STEMS: readonly string[] = words(`
  Ashgrove Birchmount Chestnut Dovecote Elmstead Fallowfield Gable Heathcote Inglenook Jessamine Kingfisher Lantern
  Millrace Nightingale Oriel Primrose Quayside Rookery Sparrowhawk Tanager Upland Vinegrove Wheelwright Yewtree
`);

/** Invented ward and unit names, for a Location that names a unit ("Quartermain 7"). */
export const UNIT_STEMS: readonly string[] = words(`
  Baxendale Corwin Dunstable Everleigh Farrowdale Garside Holloway Ingleby Jellicoe Kersey Lockhart Merriweather
`);

export const MONTHS_FULL: readonly string[] = words(
  'January February March April May June July August September October November December',
);
export const MONTHS_ABBREV: readonly string[] = words('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');

/** What a re-surrogation vocabulary supplies; phones and years are drawn by shape, optionally from these lists. */
export interface ResurrogateVocabulary {
  name: string;
  surnames: readonly string[];
  /** O'/D' and Mc/Mac entries serve originals of that form. */
  particleSurnames: readonly string[];
  givenNames: readonly string[];
  towns: readonly string[];
  hospitalStems: readonly string[];
  streetStems: readonly string[];
  unitStems: readonly string[];
  /** Neighbourhoods, nursing homes, companies…: added to the pool of a Location with no kind cue. */
  otherPlaces?: readonly string[];
  /** A phone's area code is drawn from these when given; otherwise any 2–9 led digits. */
  areaCodes?: readonly string[];
  /** Four-digit years are drawn in this inclusive range. */
  yearRange: readonly [number, number];
}

/** The session-9 vocabulary: the default, so figures of earlier sessions reproduce. */
export const VOCABULARY_9: ResurrogateVocabulary = {
  name: 's9',
  surnames: SURNAMES,
  particleSurnames: PARTICLE_SURNAMES,
  givenNames: GIVEN_NAMES,
  towns: TOWNS,
  hospitalStems: HOSPITAL_STEMS,
  streetStems: STREET_STEMS,
  unitStems: UNIT_STEMS,
  yearRange: [1935, 2029],
};
