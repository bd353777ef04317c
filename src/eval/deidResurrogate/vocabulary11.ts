// Owns the third (session 11) re-surrogation vocabulary: names and invented places written by the session-11
// examiner alone, disjoint from vocabulary.ts (s9) and vocabulary10.ts (s10) and from the eleventh held-out corpus, so
// `--resurrogate-vocabulary s11` scores the redactor on values nobody has tuned on. Places are invented and set in US
// regions outside New England (Southwest, Great Plains, Gulf Coast, Appalachia, Mountain West, Pacific Northwest, Upper
// Midwest). Names are ordinary names of many cultures; about a quarter of the surnames and a third of the given names
// are also English words or nicknames. Multi-word entries are written with "_" for a space.
import type { ResurrogateVocabulary } from './vocabulary';

const words = (s: string): string[] => s.trim().split(/\s+/).map((w) => w.replace(/_/g, ' '));

/** Surnames by culture (a line or two each); hyphenated and particle surnames included; the last block are English words. */
export const SURNAMES_11: readonly string[] = words(`
  Begaye Yazzie Tsosie Benally Nez Tsinajinnie Manygoats Bitsui Etsitty Chee Redhouse Lente Kanesewah Whitehorse Runningwater
  Arrieta Belmonte Escobedo Fajardo Garza Holguin Mireles Nevarez Olivas Paredes
  Quezada Rendon Saldivar Trevino Urias Villalobos Zamarripa Anaya Baca Chavarria Madrid Montoya Lucero Archuleta
  Abenojar Bacani Cabanban Dimaculangan Espiritu Galang Lacson Mangubat Quiambao Sumague Tabangcura Yabut Dizon
  Vang Moua Yang-Lor Chang-Her Lor Vue Khang Hang
  Abebe Desta Gebreyes Haile Kebede Mengistu Tadesse Tesfaye Wolde Yohannes Zewdie Alemu Girma Negash
  Boateng Darko Mensah Owusu Quaye Tetteh Frimpong Nkansah Kimani Njoroge Otieno
  Kabongo Lukusa Mbuyi Tshibanda Ilunga Nsimba Kalonji Mulumba
  Aydin Celik Demir Erdogan Kaya Ozturk Sahin Turan Yildiz Korkmaz Arslan Polat
  Ahmadi Farahani Mahmoudi Rahimi Sadeghi Tehrani Jafari Rostami Najafi Ghorbani
  Bhatti Malik Rana Siddiqui Butt Javed Awan Haider
  Hossain Islam Talukder Mondal Bhuiyan
  Gurung Magar Tamang Shrestha Thapa Rai Adhikari Bhattarai
  Boonmee Chaiyasit Kittikun Srisuk Wongsakul Rattanakorn Phromma Saetang
  Hartono Kusuma Santoso Wibowo Setiawan Halim Gunawan Susanto
  Matsuda Ogawa Sakamoto Takeda Uchida Yamaguchi Morita Kaneshiro Higa Tanabe Nishimura
  Faleolo Leota Tuilagi Sapolu Fonoti Mahe Tupou Vainikolo Kaufusi Fifita
  Kahananui Kealoha Kamakana Akana Kanahele Keawe Mahoe
  Baumgartner Dietrich Eckhardt Fleischer Hoffmann Kessel Lindemann Neumeyer Oberholtzer Pfeiffer Reinholt Schumacher
  Unruh Wiebe Friesen Penner Thiessen Klassen Dueck Enns Harder Janzen
  Bakker Dijkstra Hoekstra Jansen Kuipers Mulder Smits Visser Vos Wouters Zwart Postma Boersma
  Aasen Berglund Dahlquist Gunderson Nygaard Olander Sandvik Thorsen Vik Ostby
  Hakkinen Jarvinen Koskinen Laitinen Niemi Saarinen Virtanen Mattila Heikkila
  Dvorak Havel Horak Kucera Novotny Prochazka Svoboda Vesely Zeman Blazek
  Balazs Farkas Kiss Molnar Nagy Toth Szucs Fekete
  Hnatyuk Kovalenko Melnyk Petrenko Shevchuk Zelensky Kravets Savchuk
  Constantinescu Dumitru Ionescu Moldovan Popescu Stanciu Vasilescu Munteanu
  Babic Djordjevic Kovacevic Petrovic Radic Savic Tomic Vukovic-Ilic Nikolic
  Baltrusaitis Jankauskas Kazlauskas Petrauskas Vaitkus Zukauskas
  Aguirre Echeverria Goicoechea Iturbide Larrea Mendizabal Urrutia Zubizarreta
  Bowen Griffiths Llewellyn Morgan-Pryce Powell Pritchard Vaughan Prosser
  Buchanan Drummond Ferguson Gillespie Kincaid Munro Ogilvie Ross-Kerr Sinclair Urquhart
  Arceneaux Boudreaux Broussard Comeaux Fontenot Guidry Hebert Landry LeJeune Prejean Robichaux Thibodeaux Savoie Doucet
  Caudill Collinsworth Combs Hensley Mullins Napier Pennington Slone Tackett Wireman Maggard Sizemore Ratliff Spurlock
  Castillo-Begaye Nakamura-Keawe Okafor-Lindgren Haile-Tesfay Svoboda-Marsh
  Ancheta Bugarin Catacutan Hsieh Kuo Chiang Loh Ong Teo Oyelowo Fashola Ikwuemesi Okonjo Mbatha Nkosi
  Zulu-Mthembu Sithole Khumalo Mokoena Ruiz-Tafoya Tafoya Sisneros Gallegos Apodaca Vigil Sandoval-Baca Maestas Quintana
  Roybal Ulibarri Gurule Esquibel Kalani-Akana Pohaku Nakoa Yamashiro Shimabukuro Oshiro Kinjo Arakaki Tokuda
  Almond Anchor Badger Barrow Beacon Bellows Bramble Buckle Burrow Candle Chapel Cheek Clever Coffer Collar Copper Cradle
  Crumb Dart Drummer Eagle Fairchild Fiddler Flower Gamble Garland Gentry Gilder Goodnight Gravel Hammock Harbor Hatch
  Hedge Herring Hollow Honeycutt Husband Jolly Keen Kidd Ladd Lemon Lilly Linen Mallet Manor Meek Mellow Mint Needle Nettle
  Orchard Parish Pepper Pickle Pound Proud Quick Ready Root Saddler Salmon Seal Shield Silk Slack Spark Spicer Stable Starr
  Sugar Tallow Thimble Timber Tinker Toll Trapp Trigg Truelove Tune Venture Wake Waller Warden Wedge Whistler Wicker Wilde
  Winder Worth Yardley Farmer Falconer Kinder Glass Hurst Pitcher Plumb Ransome Riddle Salt Sexton Stocking
  de_Leon de_la_Garza van_Wyk van_Dyke de_Jong de_Vries del_Rio della_Rosa du_Plessis von_Bremen
  Gates Hammer Archer Barber Bond Bowman Brewer Carver Castle Cannon Cotton
  Drake Dunn Gay Gold Horn House
  Law Mann Moon Moore Nash Page Paine Parks Pike Pool Pope Post Power Read
  Rush Sand Savage Street Tower Wall Ward West
  Wheeler Wren-Hollis Beam Coyle Doe Hay Keys Lord Loyal Mays Slaughter Trout Vine
`);

/** Surnames with a particle or prefix: an O'/D'/Mc/Mac/van/de original draws from these. */
export const PARTICLE_SURNAMES_11: readonly string[] = words(`
  O'Dowd O'Keeffe O'Flaherty O'Shaughnessy D'Agostino
  McBride McClintock McCoy McFarland McGee McKinney McMurtry MacArthur MacGregor MacLeod
  DeLaune LeDoux DiMarco DeGraff
`);

/** Given names by culture; the last blocks are names that are also English words, and nicknames. */
export const GIVEN_NAMES_11: readonly string[] = words(`
  Abundio Cipriano Delfina Evarista Filiberto Gumersindo Ahiga Delbert Kee Shandiin Nizhoni Yanaba Dezbah Hastiin Atsa
  Abelardo Benito Cristobal Dulce Efrain Fidencio Graciela Homero Irma Jacinto Leticia Marcelino Noemi Obdulia Porfirio
  Rogelio Socorro Tomasa Uriel Veronica Ximeno Yadira Zenaida Rosendo Eusebio
  Bayani Corazon Dalisay Editha Ligaya Marivic Perla Rommel Teodora Jun-jun
  Pa Nou Kou Yeng Tou Chue Mai Houa
  Abeba Dawit Eyerusalem Genet Haben Kidane Meseret Selam Tsion Yonas Lemlem Biniam
  Abena Adwoa Yaa Kojo Ama Kwesi Wanjiku Achieng
  Aylin Burak Cem Emre Fatma Gizem Hakan Murat
  Arash Bahram Dariush Farnaz Golnar Kamran Mahnaz Parisa Reza
  Asif Faisal Imran Rabia Saima Uzma Zubair
  Anwar Farzana Jahangir Rafiq Shahana
  Bishnu Dipak Pemba Sabitri Tenzing
  Somchai Siriporn Nattapong Kanya Wanida
  Dewi Agus Budi Sari Wulan
  Haruto Kazuko Masaru Noriko Tomiko Yoshiro Hiroko Emiko
  Sione Losa Tavita Mele Pita Viliami
  Keoni Makana Noelani Kawika
  Gunther Hannelore Helmut Liesl Reinhard Ursula Wolfgang Gretchen Heinz
  Aganetha Helena Jakob Katharina Aganeta Isaak
  Anneke Joost Maarten Pieter Saskia Willem
  Bjorn Britt Gudrun Leif Sigrid Torvald Nils
  Aino Eero Kaarina Juhani Pirkko
  Bohumil Jarmila Miroslav Vaclav Zdenka
  Laszlo Gyorgy Zsuzsanna Katalin
  Bohdan Mykola Taras Yaroslava
  Dorin Ioana Mircea Radu
  Dragan Milica Slobodan Vesna Zoran
  Algirdas Ruta Vytautas
  Iker Itziar Koldo Maite
  Bronwen Dafydd Gwyneth Rhys Emrys
  Alasdair Catriona Fergus Ishbel Morag
  Alcide Clotilde Dudley Eulalie Ovide Placide Telesphore Emile Odile Arsene
  Arvel Cletus Delmer Elzie Ferrell Hobart Loretta-Mae Ottis Vernie Zelma Burl Orville Ida-Belle Wanda
  Bethany Corey Dakota Jolene Kendra Travis Trinity Wyatt Shelby
  Angel Barley Beau Brandy Breeze Chance Christmas Clover Dell Dove Easter Echo Fawn
  Flint Gale Haven Kit Luck Lyric Maple Mercy_Lynn Mistletoe Nova Oakley
  Raven Rio Sable Scout Shadow Sierra Sparrow-Ann Spring Storm Sunshine Tempest True
  Zephyr Chip Buster Pudge Scooter Tex Tiny Babe Bitsy Dolly Doodle Goose Hoss Jinx Lefty Ozzie
  Pee-Wee Punky Smokey Sonny-Boy Squirt Whitey Butch Cricket Dimples Fuzzy Trixie Bunny
`);

/** Invented towns in US regions outside New England (Southwest, Plains, Gulf, Appalachia, Mountain West, Northwest). */
export const TOWNS_11: readonly string[] = words(`
  Arroyo_Seco_Springs Bluewater_Mesa Caballo_Flats Dos_Piedras Encinal_Wells Farolito Galisteo_Junction Hondo_Crossing
  Jicarilla_Bend Lomita_Vieja Mesquite_Gap Nopalito Ojo_Prieto Pinon_Ridge Quemado_Wash Rio_Pajarito Sabinoso Tres_Lomas
  Alkali_Springs Buffalo_Wallow Cottonwood_Draw Dry_Creek_Bend Elmo_Plains Fairhaven_Kansas Goodwell_Flats Hackberry_Crossing
  Ironhill_Prairie Junction_Rock Kildee Lone_Tree_Ford Millet_Center Northfork_Plains Osage_Bluffs Prairie_Dell Quiver_Creek
  Redbud_Hollow Sandhill_Station Tallgrass_Junction Ulmer_City Verdigris_Bend Wheatland_Cross Yellowhammer
  Bayou_Teche_Landing Chenier_Point Delcambre_Cove Evangeline_Bluff Fausse_Pointe Grand_Coteau_Landing Houma_Bend Isle_Dernier
  Jeanerette_Cove Lafourche_Crossing Marais_Noir Napoleonburg Pecan_Island_Ridge Palmetto_Bayou Sabine_Pass_Corner
  Tchefuncte_Landing Vermilion_Bluff
  Blackgum_Hollow Coalfork Dismal_Branch Elkhorn_Gap Frogtown_Holler Gauley_Forks Hazelpatch Ivel_Station Jellico_Mines
  Kettle_Branch Lick_Fork Meadowgap Nettle_Creek Oneida_Knob Possum_Trot Quicksand_Branch Rockhouse_Fork Stinking_Creek_Gap
  Troublesome_Creek Upper_Bruin Viper_Hollow Whitesburg_Fork Yellow_Creek_Hollow Zebulon_Knob
  Antelope_Wells Bighorn_Basin_Station Cinnabar_Flats Dubois_Crossing Encampment_Flats Fossil_Butte Greybull_Junction
  Hoback_Station Jackpine_Park Kemmerer_Draw Lodgepole_Flats Medicine_Bow_Crossing Powder_River_Station Ruby_Gulch
  Sweetwater_Station Tensleep_Gap Wapiti_Crossing Absaroka_Flats
  Alder_Slough Beaverhead_Landing Chinook_Falls Duckabush Elwha_Crossing Fircrest_Landing Glacier_Slough Humptulips_Bend
  Klickitat_Ferry Lummi_Point Methow_Flats Nooksack_Crossing Ohop_Valley Puyallup_Bend Quilcene_Landing Satsop_Falls
  Tahuya_Bend Umatilla_Ferry Wynoochee Yakima_Gap
  Ashby_Prairie Bemidji_Landing Chippewa_Lakes Detroit_Lakes_Station Embarrass_Corners Fergus_Prairie Grygla Hibbing_Junction
  Itasca_Falls Kandiyohi_Center Leech_Lake_Station Mahnomen_Crossing Nisswa_Point Otter_Tail_Center Pelican_Rapids_Landing
  Roseau_Bend Sauk_Prairie Thief_River_Landing Wadena_Junction Zumbro_Falls_Station
  Catahoula_Springs Eufaula_Bluff Muscle_Shoals_Landing Okolona_Cross Tallahatchie_Bend Yazoo_Bluffs Tombigbee_Ferry
  Choctaw_Ridge Noxubee_Crossing Pontotoc_Hill
`);

/** Invented neighbourhoods, nursing homes, rehab centres, companies and schools: the rest of a Location's pool. */
export const OTHER_PLACES_11: readonly string[] = words(`
  Barrio_Cuatro Colonia_Esperanza Las_Palomas_Heights Old_Rail_Yard Sixth_Ward_Flats Cane_Row Oilfield_Camp_Nine
  Sagebrush_Manor Pinon_Pines_Care Bluebonnet_Living Magnolia_Rest Cedar_Breaks_Commons Tamarack_Lodge_Care Dogwood_Haven
  Mesa_Verde_Rehab Gulfstream_Restorative High_Plains_Recovery Cumberland_Rehabilitation Cascade_Crest_Rehab
  Red_Mesa_Drilling Prairie_Gold_Grain Bayou_Shrimp_Co Coalfork_Mining Cascade_Timber Sooner_Feedlot Gulfside_Welding
  Caballo_Flats_Consolidated Tallgrass_Rural_High Chenier_Point_Elementary Gauley_Forks_Academy
`);

/** Invented hospital and health-centre stems; the facility word ("Medical Center", "Hospital") is the original's. */
export const HOSPITAL_STEMS_11: readonly string[] = words(`
  Sangre_Vista Llano_Alto Cimarron_Valley Mesalta Quivira Tallgrass Prairieview_Baptist Ozark_Crest Atchafalaya Teche_Valley
  Bayou_Lafitte Cumberland_Gap Clinch_Valley Tug_Fork Big_Sandy Wind_River Absaroka Tetonia Palouse Chehalis Skagit_Bay
  Cascadia Hiawatha Boundary_Waters Red_River_Valley Dakota_Plains Llanura Canyon_de_Oro Santa_Rita_Vista Coyote_Butte
  Caprock Staked_Plains Gulf_Pines Magnolia_Crescent Black_Hills_Regional
`);

/** Invented street stems; the suffix word ("St", "Avenue") is the original's. */
export const STREET_STEMS_11: readonly string[] = words(`
  Acequia Bluebonnet Caliche Chimayo Cholla Datil Escarpment Feedlot Gumbo Hardpan Ironweed Jornada Kingsnake Levee
  Mesquite Nopal Oxbow Palo_Duro Quail_Run Ramada Sotol Tumbleweed Uplift Vaquero Wagon_Mound Yucca Zuni_Trail
  Bayou_Blue Cypremort Holler_Branch Coal_Tipple Switchback Timberline Larchwood Salal
`);

/** Invented ward, pod and unit names, for a Location that names a unit ("Tremont 6"). */
export const UNIT_STEMS_11: readonly string[] = words(`
  Agave Bosque Coronado Dunmore_West Escalante Frontera Marfa_Wing Harvey_North Isleta Jumano Kiowa_East Loving
  Maverick Nueces Oñate Pecos_South Quanah Socorro_Pod Tolar Uvalde_Wing
`);

/** Area codes of the regions above: a phone's first three-digit run draws from these. */
export const AREA_CODES_11: readonly string[] = words('505 575 915 806 432 405 580 918 620 785 337 985 225 606 304 276 307 406 208 509 360 218 320 601 662');

export const VOCABULARY_11: ResurrogateVocabulary = {
  name: 's11',
  surnames: SURNAMES_11,
  particleSurnames: PARTICLE_SURNAMES_11,
  givenNames: GIVEN_NAMES_11,
  towns: TOWNS_11,
  hospitalStems: HOSPITAL_STEMS_11,
  streetStems: STREET_STEMS_11,
  unitStems: UNIT_STEMS_11,
  otherPlaces: OTHER_PLACES_11,
  areaCodes: AREA_CODES_11,
  yearRange: [1918, 2033],
};
