// Owns the seventh (session 15) re-surrogation vocabulary: names and invented places written by the session-15
// examiner alone, disjoint from vocabulary.ts (s9), vocabulary10.ts (s10), vocabulary11.ts (s11), vocabulary12.ts (s12),
// vocabulary13.ts (s13), vocabulary14.ts (s14) and from every synthetic PHI corpus including the fifteenth held-out
// corpus, so `--resurrogate-vocabulary s15` scores the redactor on values nobody has tuned on. Places are invented and
// set in US regions none of s9–s14 used: southwest Georgia's Wiregrass and Flint River country, Alabama's Black Belt and
// the Tennessee Valley of north Alabama, New York's Catskills and mid-Hudson Valley, and New Jersey's Skylands and
// Kittatinny ridge; they are built the ways real US towns are named (compounds, -ville/-burg/-ton/-field, Fort/Port/
// Mount/Lake/New/North prefixes, Spanish-, French- and Native American-derived names, names that are English words).
// Names are ordinary names of many cultures; about a quarter of the surnames and a third of the given names are also
// English words or nicknames. Multi-word entries are written with "_" for a space.
import type { ResurrogateVocabulary } from './vocabulary';

const words = (s: string): string[] => [...new Set(s.trim().split(/\s+/).map((w) => w.replace(/_/g, ' ')))];

/** Surnames by culture; hyphenated and particle surnames included; the last blocks are English words. */
export const SURNAMES_15: readonly string[] = words(`
  Gogoladze Kvaratskhelia-Rhee Tsulukidze Beridze-Hall Melikishvili Aghajanyan Ghukasyan Mkrtchyan-Dale Vardanyan-Orr
  Grigoryan-Pell Aldekoa Etxeberria-Lund Garaikoetxea Iturbe Ugarte-Sola Thirumalai Venkatesan-Pratt Kanagaraj
  Meenakshisundaram Sivasubramanian Potluri Chintalapudi Ravuri Bautista-Lagman Sarmiento-Ong Villacorta
  Agbayani-Reyes Tanedo Ocampo-Lim Amituanai Keawe-Lee Palakiko Kalaniopio Aflague Camacho-Santos Salas-Tenorio
  Terlaje Xiong-Lor Vang-Yang Thao-Her Chang-Moua Lo-Khang Prak-Sovann Meas-Chan Keo-Rith Thein-Htut Zaw-Naing
  Kyaw-Thu Htet-Aung Tadesse-Girma Assefa Berhane-Kidane Mengistu-Haile Farah-Hirsi Warsame-Nur Dirie Abdullahi-Barre
  Garba-Ibrahim Dantata Usman-Kabir Adamu Adebanjo Fashola-Dean Okunola Ajayi-Crowther Amankwah Darko-Mensah Quarcoo
  Ampofo Andrianaivo Condori-Apaza Laura-Mamani Benítez-Sosa Villalba Giménez-Ortiz Ayala-Recalde Brítez Insfrán
  Pech-Canul Chan-Ek Dzib-May Uc-Chi Carvalheiro Figueiredo-Luz Loureiro-Vaz Mourão Teixeira-Bastos Acevedo-Nieves
  Bermúdez-Otero Feliciano-Rosa Quiñones-Santiago Santana-Rivas Vázquez-Pagán Fontenot-Ray LeBlanc-Roy Mouton-Gail
  Savoie-Dunn Anstruther Balfour-Hay Dalrymple Elphinstone Galbraith-Muir Haldane Inglis Kinnear Lockhart-Bain
  Aneurin Bevan-Pryce Maddocks Prosser-Lloyd Jewell-Nance Rosevear Liepa-Rae Petrauskas-Lind Ilves-Oja Bartos
  Farkas-Szabo Halasz Vadasz Dobre Florea Ionescu-Roe Negrescu Popovici Radulescu Tanase Georgieva-Holt Ivanov-Drake
  Petkova Todorov-Lane Yordanova Berisha-Kola Shala-Dunn Borg-Camilleri Zammit-Lowe Aydın-Kara Doğan Kılıç
  Öztürk-Başaran Yıldırım Erdoğdu Yousafzai-Noor Bangash Qureshi-Haq Zaidi-Naqvi Mirza-Baig Chakraborty-Nair
  Mukherjee-Ross Jayawardena-Peiris Shrestha-Joshi Fujimoto-Lake Kobayashi-Reed Takahashi-Cole Yoshida-Park Baek-Shin
  Hwang-Jo Jeong Kwon-Seo Oh-Nam Guo-Lin Jiang-Hua Pan-Wen Song-Rui Tang-Mei Wongsawat Bui-Tran Lam-Quach Vu-Dinh
  Truong-Ha Alcántara Cervantes-Rosales Domínguez-Olvera Galindo Lozano-Trejo Magaña Saldívar Velázquez-Rocha Ahlgren
  Björklund Engström Forsberg-Lind Lundqvist Wahlberg-Ek Bakke-Lie Eide Grønvold Lunde Rønning Solberg-Vik Abildgaard
  Bertelsen Dyrholm Kristoffersen Overgaard Eichhorn Grünewald-Lutz Hohenberger Kretschmer Reinhardt-Pohl Scheidegger
  Caruso-Lamb Giordano-Vitale Russo-Palma Sartori Beaulieu-Lamont Charbonneau Desjardins Gagnon-Roy Lacroix
  Pelletier-Dion Đorđević Marković-Ilić Stojanović Grabowski-Lane Lewandowska Szczepański Dvořák-Hlava Kratochvíl
  Svoboda-Říha Kravchenko-Dale Haddad-Saliba Khalil-Rahme Sabbagh Birnbaum-Stein Lowenthal Rosenzweig-Beck
  Jafari-Moradi Asante-Boadu Ofosu-Appiah Dube-Sibanda Mhlanga Ndlovu-Shumba Cheruiyot Kiplagat Ochieng-Owino Wafula
  Mateaki Begay-Tso Yazzie-Nakai Archuleta-Baca Chavarría Escamilla Longoria-Salinas Tijerina Villegas-Garza
  Falcão-Reis Siqueira-Mota Hakala Järvinen Koskela-Rae Arnarson Halldórsson Sigurðardóttir Ammirati Buonocore
  DeLuca-Rizzo Esposito-Nardi Mastroianni Ainscough Brocklehurst Cropper Duckworth Eccleston Higginbottom Rothwell
  Anglada Bofill Casals-Ferrer Domènech Miralles Roca-Soler Bedi Kohli Sandhu-Gill Walia Alexiou Georgiadis
  Kontos-Rae Mavromatis Papageorgiou Feldmann Gutfreund Lichtenstein-Bar Perlmutter Gvelesiani Dadiani Shengelaia
  Chavchavadze Ghambashidze Zodelava Papuashvili Sargsyan-Kurt Hovsepyan Ohanesian Agirre-Lasa Basterretxea Ormaetxea
  Uribarri Isasi Lizarraga Oiartzabal Txurruka Ilanchezhian Vaidyanathan Thyagarajan Perumal Nachiappan Muthiah
  Bollineni Uppalapati Kakarla Gorantla Kolluru Pinnamaneni Sunkara Maddipati Dimalanta Manalastas Panganiban
  Sumulong Lapid Taliaoa Sapini Faamausili Aumavae Tupua Fanene Kaawaloa Pomaikai Quichocho Taitague Babauta Aldan
  Moe-Kyaw Nyunt Tun-Lwin Ohnmar Workneh Yilma Gebrewold Kassahun Mulugeta Tilahun Yusuf-Adan Galaal Elmi Ismaaciil
  Bawa Lamido Jibrin Sokoto Kano-Bello Adeyinka Olabode Akande Falana Oduya Bankole Owusu-Mensah Kyeremeh Agyekum
  Antwi Appiah-Kubi Nyarko Andriamanantena Rasolofo Quisbert Ccori Mamani-Cori Sullca Ninahuaman Chambi Puma-Ccoa
  Amarilla Cardozo-Vera Garcete Ledesma-Paiva Cabañas Aquino-Gill Ek-Balam Tzuc Yam-Chan Kumul Moo-Pech
  Albuquerque-Sá Cabral-Reis Encarnação Meireles Pacheco-Leite Saraiva Bonilla-Cruz Correa-Rivera Fuentes-Ortiz
  Irizarry-Ríos Malavé Negrón-Soto Ocasio-Vélez Padín Boudin Castille Hebert-Roy Istre Melancon Naquin Primeaux
  Auchterlonie Blackadder Cockburn-Hay Drysdale Dunbar-Reid Fleming-Muir Gillanders Hogarth Kinloch Lauder
  Macaulay-Rae Ogilvy Bowen-Pugh Hopkin Llywelyn Mostyn Parry-Jones Tudor-Evans Wogan Boase Jago-Pascoe Tremayne Uren
  Andersons Blumbergs Grigas Jonaitis Mazeika Kocsis Molnar-Toth Avramescu Bratianu Gheorghiu Iliescu Pascu Rusu
  Angelov Bozhilov Genchev Iliev-Roe Kolev Mihaylov Nedelchev Penev Slavov Tsonev Hoti Golob Jereb Kos-Rupnik Mlinar
  Rozman Turk-Hribar Bonello Vella-Brincat Ceylan Ekinci Gündoğdu Özkan Uysal Barakzai Hotak Zadran Bukhari
  Sheikh-Ansari Bagchi Basu-Mallick Mitra Sanyal Fernando-Silva Perera-Costa Rathnayake Gautam Pandey-Rai Tuladhar
  Aoyama Endo Kanazawa Morimoto Bang Cha-Eun Gil Hahn Jang-Woo Koo Moon-Seok Nam-Gung Woo Cai Deng-Lu Gao-Jun Jia
  Luo-Yi Qian Tian-Hao Wei-Ling Chaiwong Inthasorn Phrommin Saengthong Dao-Minh Hoang-Yen Kieu La-Thanh Mac-Dinh
  Ngo-Quang Ta-Van To-Hoai Barajas Esquivel Leyva Mercado Navarro-Paz Olivares Palacios Rosales-Tovar Sotelo Tapia
  Urbina Valenzuela Almqvist Bergqvist Carlgren Dahlin Fagerlund Hultgren Ljungberg Rosengren Strömqvist Tornqvist
  Aarseth Berge Dyrdal Flaten Haugen-Lie Kvam Lillehaug Myklebust Nesheim Rygg Skjervheim Tveit Vatne Birkholm Egholm
  Fog-Petersen Hvidberg Juul Kragh Lykke Munch-Hansen Nyborg Rasmussen-Bak Skovgaard Bauernfeind Dietrich-Haas
  Engelhardt Fuchsberger Gottschalk Hellwig Kirchhoff Leitner Mahlberg Oberhauser Rosskopf Seidl Trautmann Wolfskehl
  Abruzzese Bellomo Calabrese Dellarocca Eboli Falcone-Greco Guerriero Iacovelli Lanzetta Manfredi Occhipinti
  Pugliese Quagliarella Archambault Cloutier Dussault Fréchette Gauthier-Roy Hébert Lévesque Morin-Côté Paquette
  Rivard Tremblay-Gill Aleksić Bogdanović Dimitrijević Jovanović-Kos Lukić Milošević Nikolić Pavlović Simić Borkowski
  Górski Jasińska Zając Bartoš Doležal Fiala Havlík Jelínek Kolář Malý Pokorný Růžička Šimek Borysenko Dovzhenko
  Honchar Kovalchuk Lysenko Marchuk Onyshchenko Yaremchuk Aoun Bitar Chidiac Daher Hayek Karam Adelman Bernstein-Levy
  Eckstein Finkelstein Hurwitz Kaplan-Orr Schechter Bagheri Daneshvar Ebrahimi Hosseini-Naji Taheri Yazdani Achebe
  Chinwe Eze-Obi Igwe Maduka Obi-Ugo Okeke-Ani Udeh Chauke Madonsela Mabaso Radebe Vilakazi Barasa Chelimo Kipkemboi
  Kiprop Langat Nyamweya Rotich Kauvaka Pouono Tapueluelu Attakai Cly Deschenie Tohannie Werito Yellowman
  Baca-Montoya Candelaria Duran-Lucero Gurulé Ortega-Vigil Quintana-Roybal Sandoval-Trujillo Valdez-Martinez Barreto
  Diniz Ferreira-Lopes Guerra Leal Mendonça Prado Rezende Manninen Niskanen Oksanen Pitkänen Virtanen-Rae Arnórsson
  Baldursson Egilsson Friðriksson Hjaltalín Jóhannesdóttir Magnúsdóttir Steingrímsson Bruno Fabbri Galli Longo Testa
  Valentini Ackroyd Barraclough Catterall Fothergill Hinchliffe Holroyd Lumb Mitchinson Sowerby Whiteley Arbós
  Bassols Closa Fàbregas Grau-Serra Llach Mir-Pons Pujadas Serrat Torrent Arora Chadha Gill-Sandhu Kalra Mann-Singh
  Karras Lambrou Petrakis Ascher Blumenthal Dreyfus Ehrlich Grossman Hirsch-Levi Loeb Rothstein de_la_Vega-Soto
  de_la_Peña-Cruz van_Heerden van_Niekerk-Ross di_Marco-Lisi da_Rocha-Neves del_Toro-Vidal de_Jong-Bakker Acornfield
  Applewood Barnwell Beanfield Bluebell Briarwood Broomfield Buckthorn Butterfield Cherrywood Clovelly Cobblestone
  Copperfield Cornfield Cranfield Dewdrop Driftwood Elderwood Fernwood Fieldstone Firethorn Flaxman Frostwood
  Goldenrod Gooseneck Greenbriar Haybarn Hayward Heatherfield Ironside Ivywood Lilac Limestone Lindenwood Marshfield
  Mayapple Milkweed Millstone Mossberg Oakridge Partridge Pennyroyal Pinewood Quailwood Ragweed Rosewood Rushmore
  Sagebrush Silverbell Snowberry Spearmint Stonecrop Strawfield Sweetwater Tanglewood Thornberry Tinkerbell
  Waterfield Wheatley Whitethorn Wildberry Wildflower Windmill Winterberry Wisteria Woodbine Woodruff Yellowwood
  Churnwell Butterchurn Spinningwheel Candlewick Flatiron Washboard Clothespin Quiltwell Patchwork Haymow Corncobb
  Sheepfold Henhouse Goosedown Duckpond Froglegs Mudhen Pollywog Katydid de_la_Rosa-Tapia de_los_Santos-Mena
  da_Silveira-Couto van_Rensburg-Lee van_Dam-Hoek von_Ahlefeldt del_Valle-Ríos de_Haan-Vos di_Stefano-Brun
  du_Plessis-Marais della_Torre Brisket Canvas Cider Crockett Crumpet Dandelion Dapple Fodder Griddle Gully Heifer
  Hinge Honeycomb Kindling Loom Mustard Oat Pantry Pillow Pinto Porridge Pudding Ramble Rattan Rudder Satchel Shovel
  Sprig Squash Tinder Trellis Trowel Tumble Waffle Windle Bramblett Puddle Buttercup Cloverleaf Creekbed Cornflower
  Goldfinch Bluejay Nuthatch Chickadee Bobwhite Killdeer Peppercorn Clove Allspice Buckwheat Oatcake Johnnycake
  Hoecake Cornpone Biscuitt Gravyboat
`);

/** Surnames with a particle or prefix: an O'/D'/Mc/Mac original draws from these. */
export const PARTICLE_SURNAMES_15: readonly string[] = words(`
  O'Shaughnessy-Lyle O'Mahony-Reid O'Riordan-Vale O'Cinnéide O'Gallchobhair O'Donovan-Marsh McConaghy-Bell McFadzean
  MacLachlainn MacQuarrie-Dunn McElhinney-Roe MacIlvain D'Ambrosio-Hale D'Onofrio-Kent D'Aubigny-Ross
`);

/** Given names by culture; the last blocks are names that are also English words, and nicknames. */
export const GIVEN_NAMES_15: readonly string[] = words(`
  Nodar-Lee Giorgi-Ray Anahit-Rose Aitor-Jon Iker-Ray Maitane Thangam Kavitha-Rani Muthu-Raj Sugantha Venkata-Ram
  Sailaja Anjali-Devi Maricel-Joy Rodelio Teodora-Ann Jocelyn-Mae Dodong Ainsley-Rae Losa-Mae Lupe-Ann Keoni-Ray
  Noelani-Jo Kahiau Xee Chue-Yang Mai-Kou Somchay-Lee Chenda-Rae Thida-Win Nandar Zayar Meron-Ann Dawit-Ray Tewodros
  Ayaan-Lee Hamdi-Rae Zainab-Bala Kabiru Hauwa-Jo Funmilayo-Ann Adebayo-Ray Kwame-Ansah Abena-Joy Kojo-Ray
  Thandiwe-Rae Wilber-Juan Nilda-Rosa Ubaldo Wilfredo-Jay Digna Zunilda Arcelia Ixchel-Ann Nicté Itzamná-Ray
  Joaquina-Luz Leonel-Rui Rosário-Ann Xiomara-Joy Jeremías-Ray Nilsa-Ann Gualberto Zoraida Eneida-Lou Clothilde-Ray
  Evariste Odile-Mae Onésime Aurelie-Jo Ailsa-Jo Catriona-Rae Fergus-Ian Iain-Ross Morag-Ellen Heledd Iolo-Ray Nerys
  Carys-Ann Tamsin-Rae Kristaps-Ray Rasa-Lee Rūta Madis Piret-Ann Enikő Levente-Ray Tünde Bogdan-Ilie Cosmina
  Mirela-Ann Răzvan Emil-Ray Tsvetana Blerta Fjolla-Rae Jernej Francesca-Mae Salvu Ċensina Gülşen Hülya-Ann
  Zeynep-Lee Malalai-Ann Wahid-Ray Farzana-Joy Imran-Ali Rubina-Rae Sohail Anindita Debjani-Ray Indrani Sourav-Lee
  Kusum-Ray Nirmala-Devi Sushila-Rae Dorje-Lama Akane-Mae Kenji-Ray Michiko-Ann Sakura-Lee Tomoko-Jo Ji-Hoon-Ray
  Yeon-Woo Hui-Fen Jian-Ray Lan-Ying Xiao-Mei Narong-Lee Somsak-Ray Diem-Phuong Khoa-Ray Ngoc-Lan Quang-Huy
  Dulce-María Eréndira Fermín-Ray Herminia Ismael-José Jacinta-Rae Socorro-Ann Tránsito Åsa-Lee Göran-Ray Henrik-Lou
  Linnéa-Mae Ulrika Ylva Arnfinn Ingvild-Rae Steinar-Ray Signe-Lou Bent-Ove Kirsten-Mae Søren-Ray Dietlinde
  Gottfried-Ray Irmgard-Ann Reinhold-Jo Waltraud Liborio Ottavia-Rae Rocco-Ray Vittoria-Lee Apolline Aurèle-Ray
  Ghislaine Pascaline-Mae Yannick-Ray Dragana-Lee Miroslav-Ray Slavica Agnieszka-Rae Małgorzata-Ann Ludmila-Rae
  Radek-Ray Vlasta Halyna-Rae Oksana-Lee Taras-Ray Rania-Lee Wissam Yara-Joy Ariella-Rae Mordechai Tova-Lynn
  Kamran-Ray Roya-Lee Ama-Serwaa Kwaku-Ray Rutendo Tafadzwa-Rae Zanele-Joy Jelagat Wanjiku-Rae Kiptoo-Ray Mele-Ana
  Sione-Ray Dezba-Rae Shiprock-Ann Consolata Dionisio-Ray Severiano Anísio Iracema-Lou Jurema Aila Eetu-Ray Kerttu
  Saana-Lee Ásgeir Katrín-Lou Sólveig-Mae Brunella Gennaro-Ray Immacolata Mirna-Ann Oriol-Ray Montserrat-Jo Núria-Lee
  Harjit-Kaur Jaspreet-Ray Manjeet Eleftheria Spyros-Ray Vasiliki-Ann Biscuit-Mae Buttons-Lee Cookie-Ray Dumpling-Rae
  Gumdrop Lollipop-Lou Marshmallow-Jo Peaches-Ann Pumpkin-Ray Sweetpea-Jo Tootsie-Ray Twinkie Waffles-Lee Bubba-Ray
  Bucky-Joe Chip-Lee Duke-Earl Hoss-Ray Jigger Moose-Lee Ollie-Ray Pudge-Ann Rowdy-Joe Scout-Ray Smokey-Lee
  Sparky-Ann Tank-Ray Ziggy-Lou Blaze-Ann Breezy-Mae Cricket-Lou Dixie-Rae Goldie-Mae Hazel-Ray Ivy-Jo Juniper-Ray
  Meadow-Lee Misty-Rae Pansy-Lou Petunia-Ray Pixie-Ann Rosebud-Jo Sapphire-Lee Starla-Mae Sunshine-Ray Tulip-Ann
  Willow-Rae Amber-Lou Autumn-Ray Bliss-Ann Cherish-Lee Destiny-Jo Harmony-Ray Journey-Mae Liberty-Lou Miracle-Ann
  Patience-Ray Trinity-Lou Unity-Ann Arrow-Lee Bear-Ray Blue-Ann Cash-Lee Colt-Ray Dakota-Lou Flint-Ray Hawk-Lee
  Jett-Ray Maverick-Lou Ranger-Ray Ridge-Lee Stone-Ray Wolf-Lee Ace-Ray Bandit-Lou Boomer-Ray Chico-Lee Dink-Ray
  Fuzzy-Ann Gator-Ray Huck-Lee Jinx-Ann Lefty-Ray Nugget-Lou Pappy-Ray Rebel-Lee Tater-Ray
`);

/** Invented towns of the Wiregrass and Flint River, the Black Belt and Tennessee Valley, the Catskills and mid-Hudson, and the Skylands. */
export const TOWNS_15: readonly string[] = words(`
  Flint_River_Bend Ochlocknee_Crossing Withlacoochee_Mill Kinchafoonee_Station Ichawaynochaway_Ford Muckalee_Landing
  Chickasawhatchee_Bend Pelham_Wiregrass Camilla_Junction_Ga Moultrie_Prairie Sylvester_Crossing_Ga Tifton_Siding
  Adel_Junction_Ga Quitman_Ga_Ford Nashville_Ga_Station Fort_Gaines_Bluff Fort_Early_Landing Port_Bainbridge
  New_Albany_Ga North_Colquitt Lake_Seminole_Landing Mount_Pleasant_Wiregrass Peanutville Pecanburg Cottonton_Ga
  Quailfield Tobaccoton Turpentine_Still Gallberry_Flats Palmetto_Crossing_Ga Longleaf_Station Wiregrass_Junction
  Plains_Ga_Crossing Americus_Prairie Leslie_Ga_Station Dawson_Ga_Junction Shellman_Bluff_Ga Cuthbert_Crossing
  Georgetown_Ga_Ferry Uchee_Creek_Landing Chewalla_Ford Eufaula_Bluff_Ala Clayton_Ala_Station Union_Springs_Junction
  Hayneville_Prairie Lowndesboro_Landing Selma_Bend_Ala Uniontown_Ala_Prairie Marion_Junction_Ala
  Greensboro_Ala_Station Demopolis_Bluff Linden_Ala_Crossing Forkland Gainesville_Ala_Landing Livingston_Ala_Prairie
  Eutaw_Junction Boligee Camden_Ala_Ferry Pine_Apple_Ala Catherine_Station Orrville_Ala Tombigbee_Bend
  Alabama_River_Landing Cahaba_Bluff Black_Warrior_Ferry Sucarnoochee_Crossing Noxubee_Ford_Ala Bogue_Chitto_Ala
  Gee's_Bend_Landing Prairieville_Ala Canebrake_Station Chalkbluff Blackbelt_Junction Cottonmouth_Crossing
  Catfish_Pond_Ala Guntersville_Landing Scottsboro_Bluff Stevenson_Ala_Ferry Bridgeport_Ala_Station Hollywood_Ala
  Decatur_Bottoms_Ala Moulton_Ala_Prairie Courtland_Station_Ala Town_Creek_Ala Tuscumbia_Springs
  Leighton_Ala_Junction Rogersville_Ala Elkmont_Crossing Ardmore_Ala_Station Triana_Landing Mooresville_Ala
  Gurley_Station Paint_Rock_Ala Woodville_Ala_Ford Grant_Ala_Ridge Arab_Ala_Crossing Fort_Payne_Gap Mount_Hope_Ala
  New_Hope_Ala_Ridge Lake_Wheeler_Landing North_Courtland Port_Guntersville Sand_Mountain_Junction Brindlee_Mountain
  Cotaco_Creek Flint_Creek_Ala Sipsey_Fork_Landing Bear_Creek_Ala_Mill Cypress_Creek_Ala Shoal_Creek_Ala_Ford
  Spring_Valley_Ala Phoenicia_Station Shandaken_Junction Margaretville_Ford Roxbury_Catskill Fleischmanns_Crossing
  Arkville_Station Andes_NY_Mill Bovina_Center_Ford Delhi_NY_Crossing Walton_NY_Junction Downsville_Dam
  Hancock_NY_Ferry Callicoon_Landing Narrowsburg_Ferry Livingston_Manor_Mill Roscoe_NY_Ford Liberty_NY_Junction
  Ellenville_Station Kerhonkson_Mill Accord_NY_Ford Stone_Ridge_Mill Rosendale_Landing High_Falls_Mill Esopus_Landing
  Saugerties_Bluff Catskill_Point_Landing Athens_NY_Ferry Coxsackie_Landing Tannersville_Ridge Hunter_NY_Station
  Windham_NY_Mill Prattsville_Ford Lexington_NY_Crossing Jewett_Center Ashland_NY_Station Rhinebeck_Landing
  Tivoli_Bays Red_Hook_NY_Mill Hyde_Park_Landing Staatsburg Pine_Plains_Crossing Millerton_NY_Station Amenia_Ford
  Pawling_Junction Wappingers_Mill Cold_Spring_Landing Garrison_Landing Beacon_Ferry_NY Newburgh_Bluff_NY
  Cornwall_on_Hudson_Ferry Fort_Montgomery_Landing Port_Ewen Mount_Tremper New_Paltz_Ridge North_Blenheim
  Lake_Hill_NY Kaaterskill_Clove Platte_Clove Schoharie_Crossing Neversink_Ford Rondout_Landing Shawangunk_Ridge
  Mongaup_Station Beaverkill_Ford Willowemoc Esopus_Creek_Mill Plattekill_Ford Wallkill_Bend Kinderhook_Landing
  Claverack_Mill Ghent_NY_Station Germantown_Landing_NY Clermont_Landing Sparta_NJ_Crossing Hopatcong_Landing
  Stanhope_Mill Netcong_Junction Branchville_NJ_Station Sussex_Borough_Mill Hamburg_NJ_Junction Vernon_Valley_NJ
  Hardyston_Crossing Franklin_Furnace Ogdensburg_Mine Stillwater_NJ_Ford Blairstown_Junction Hope_NJ_Mill
  Belvidere_Landing Oxford_Furnace_NJ Washington_NJ_Station Hackettstown_Junction Califon_Mill Long_Valley_Crossing
  Chester_NJ_Mill Kittatinny_Gap Wawayanda_Ridge Musconetcong_Ford Paulinskill_Station Pequest_Mill
  Delaware_Water_Gap_Ferry Walpack_Bend Bearfort_Ridge Ringwood_Furnace Greenwood_Lake_NJ Highland_Lakes_NJ
  Mount_Arlington_NJ Lake_Mohawk_Landing New_Hampton_NJ Port_Murray Port_Colden Fort_Colden_Crossing
  Mount_Olive_NJ_Station North_Warren_NJ Lake_Musconetcong
`);

/** Invented care homes, rehab centres, companies and schools: the rest of a Location's pool. */
export const OTHER_PLACES_15: readonly string[] = words(`
  Wiregrass_Peanut_Shellers Flint_River_Pecan_Co Lake_Seminole_Nursing_Center Black_Belt_Catfish_Processors
  Tombigbee_Lumber_Yard Canebrake_Senior_Village Tennessee_Valley_Rehab_Center Guntersville_Boat_Works
  Catskill_Bluestone_Quarry Rondout_Manor_Care Esopus_Creek_Rehab Shawangunk_Ridge_Academy Kittatinny_Manor
  Sussex_Skylands_Dairy Musconetcong_Elementary Wallkill_Valley_Middle
`);

/** Invented hospital and health-centre stems; the facility word ("Medical Center", "Hospital") is the original's. */
export const HOSPITAL_STEMS_15: readonly string[] = words(`
  Flint_River_Regional Wiregrass_Medical Ochlocknee_Valley Lake_Seminole_Community Black_Belt_Regional
  Tombigbee_Valley Cahaba_River_Community Canebrake_Regional Tennessee_Valley_North Sand_Mountain_Regional
  Guntersville_Lake Catskill_Mountain_Regional Rondout_Valley Esopus_Valley Schoharie_Valley Mid-Hudson_Highlands
  Kittatinny_Regional Skylands_Community Musconetcong_Valley
`);

/** Invented street stems; the suffix word ("St", "Avenue") is the original's. */
export const STREET_STEMS_15: readonly string[] = words(`
  Peanut_Mill Pecan_Grove_Row Turpentine_Camp Gin_House Boll_Weevil Cotton_Bale Hay_Barn Bluestone_Quarry Bark_Peeler
  Apple_Press Cider_Mill_Row Iron_Furnace Zinc_Mine Lime_Kiln_Row Canal_Boat_Row
`);

/** Invented ward, pod and unit names, for a Location that names a unit ("Tremont 6"). */
export const UNIT_STEMS_15: readonly string[] = words(`
  Flint_North Ochlocknee_Wing Seminole_Pod Tombigbee_East Cahaba_Wing Warrior_Pod Guntersville_South Paint_Rock_Pod
  Esopus_Wing Rondout_North Neversink_Pod Shawangunk_East Kittatinny_West Wallkill_Pod Musconetcong_Wing
  Pequest_North
`);

/** Area codes of the regions above: a phone's first three-digit run draws from these. */
export const AREA_CODES_15: readonly string[] = words('229 334 256 938 205 845 607 973 862 908');

export const VOCABULARY_15: ResurrogateVocabulary = {
  name: 's15',
  surnames: SURNAMES_15,
  particleSurnames: PARTICLE_SURNAMES_15,
  givenNames: GIVEN_NAMES_15,
  towns: TOWNS_15,
  hospitalStems: HOSPITAL_STEMS_15,
  streetStems: STREET_STEMS_15,
  unitStems: UNIT_STEMS_15,
  otherPlaces: OTHER_PLACES_15,
  areaCodes: AREA_CODES_15,
  yearRange: [1921, 2034],
};
