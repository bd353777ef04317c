// Owns the fourth (session 12) re-surrogation vocabulary: names and invented places written by the session-12
// examiner alone, disjoint from vocabulary.ts (s9), vocabulary10.ts (s10), vocabulary11.ts (s11) and from the twelfth
// held-out corpus, so `--resurrogate-vocabulary s12` scores the redactor on values nobody has tuned on. Places are
// invented and set in US regions outside New England and outside s11's regions (Mid-Atlantic, lower Great Lakes,
// Carolina Piedmont and Lowcountry, Florida, California's valleys, the Great Basin, Alaska, the Ozarks). Names are
// ordinary names of many cultures; about a quarter of the surnames and a third of the given names are also English
// words or nicknames. Multi-word entries are written with "_" for a space.
import type { ResurrogateVocabulary } from './vocabulary';

const words = (s: string): string[] => [...new Set(s.trim().split(/\s+/).map((w) => w.replace(/_/g, ' ')))];

/** Surnames by culture (a line or two each); hyphenated and particle surnames included; the last block are English words. */
export const SURNAMES_12: readonly string[] = words(`
  Dorje Lhamo-Tsering Norbu Sherpa-Lama Wangmo
  Batbayar Enkhbold Ganbaatar Munkhbat Tsogtbaatar Bayarsaikhan
  Abenov Zhaksylykov Nurlanov Serikbayev Omarov-Kaziev
  Karimova Rashidov Yusupov Tursunov Normatov
  Aliyev Mammadov Huseynov Guliyev Hasanli
  Safin Galiullin Khabibullin Gataullin
  Feldstein Katzenberg Lieberwitz Rosenzweig Schwartzman Weinstock Zilberman
  Ben-Ami Peretz Mizrahi Dayan-Levi Ohana Elbaz
  Ndiaye Faye Gueye Mbaye Sarr Thiam Diop-Seck
  Agbeko Dzidzornu Kpodo Amegashie
  Habimana Mukamana Niyonzima Uwimana Nsengiyumva
  Mukasa Ssempala Nakato Kizza Ssekandi
  Mwansa Chanda Mulenga Bwalya
  Ngcobo Qwabe Mofokeng Molefe Tau Masire Kgosi
  Kabua Loeak Lomae Anjain
  Ajpop Cutzal Sicay Xicara
  Aksoy Bozkurt Cakir Gunes Kilic Tekin Yavuz Karakaya
  Alavi Behbahani Kashani Moradi Nouri
  Chattopadhyay Ganguly Majumdar Bhowmick
  Gokhale Patwardhan Phadke
  Parikh Vyas Bhatt-Desai Thakkar
  Kurian Puthenveettil Vadakkedam
  Hegde Shetty Gowda Kamath
  Bass Batch Beadle Bench Boot Bunch Butcher Cage Clerk Cobb Crook Cutter
  Darling Dyer Fell Fuller Gardener Greenwood Gunn Heron Holder Hook Horner Keeper
  Kemp Lace Lamp Leach Mallard Mayor Merchant Miner Mower Painter Palmer
  Pipe Plowman Purse Rabbit Sailor Scales Sheriff Slater Smart Spear Spinner Squire
  Stag Stork Stout Swallow Tailor Teal Trotter Tucker Vicar Wagoner Waterman Webb Whittle
  Woodcock Bellringer Buttons Candlemaker Churchyard Cuckoo Dimmock Featherbed Gallows Gingerbread Halfpenny Mousetrap
  Oddie Quill Rainbird Shillingford Sweetapple Tollhouse Wainwright Weatherhead Wildgoose
  Abrahamyan Baghdasaryan Galstyan Khachatryan Manukyan Sargsyan Vardanyan Zakaryan Avetisyan Mkrtchyan
  Beridze Kapanadze Lomidze Tsiklauri Javakhishvili Chkheidze Maisuradze
  Bae Noh Ryu Eom Gwak
  Hou Kong Pan Qiu Shen Yao Zhou-Lam Cui Duan Fu
  Vuong Giang Huynh-Pham
  Ahluwalia Bajwa Cheema Mangat Randhawa Sidhu Toor Virk Brar
  Annamalai Chidambaram Duraisamy Elangovan Gopalan Kandasamy Murugesan Palaniappan Ramalingam Subramaniam Thangavel Velayudham
  Bandaru Chinthala Gaddam Kodali Mandava Nallapati Pothineni Rayapati Tummala Vemuri Yarlagadda
  Abeysekera Bandara Dissanayake Gunasekara Jayawardena Karunaratne Perera-Silva Ranasinghe Wickramasinghe
  Baharom Jamaluddin Rahim Zainal
  Htet Myint Soe Thein Tun Win-Naing
  Chhim Prak Meas Lim-Heng Ouk
  Bounma Keomany Sengdara Vongsay Xayavong
  Babalola Fashanu Olatunji Oyinlola Ajayi
  Ibe Onwuachi Ezeji
  Bello Danladi Garba Lawal Musa Sani Yakubu
  Berhane Kidanemariam Tekle Woldu Mehari Araya
  Chiweshe Dube Moyo Mutasa Nyathi Sibanda Zvobgo
  Andriamanana Rakotomalala Randrianarisoa Razafindrakoto
  Khouri-Nasr Nassar Qasem Saade Haddadeen Maalouf Frangieh Sfeir
  Benali Bouazza Cherkaoui El-Amrani Lahlou Ouali Tazi Zerhouni
  Barzinji Hawrami Jaff Talabani Zebari
  Durrani Ghilzai Karzai Popal Safi Wardak
  Anagnostou Hatzis Kalogeropoulos Mavridis Papanikolaou Stathopoulos Tsakiris
  Berisha Gashi Hoxha Krasniqi Shehu Kelmendi Rama
  Georgiev Ivanov-Kolev Petkov Stoyanov Yordanov
  Hlinka Kovacik Mraz Sedlak Slovak Varga-Hudak
  Kranjc Novak-Zupan Potocnik Vidmar Zupancic
  Bertoncelj Jurkovic Matijevic Perisic Vukelic
  Berzins Kalnins Ozols Liepins Zarins
  Kask Kuusk Magi Saar Tamm
  Gudjonsson Hallgrimsson Jonsdottir Sigurdardottir Thorvaldsson
  Ferris Breathnach Cunnane Scanlan Lenihan Shanahan
  Le_Bihan Le_Goff Kerouac Guivarch Tanguy
  Bragança Cerqueira Lacerda Magalhaes Pimentel Sequeira Valadares
  Casals Ferrer-Puig Grau Llorens Roig Serra Vilanova
  Castiñeira Fraga Lema Outeiral Seoane
  Bevilacqua Esposito-Russo Ferrante Lo_Bianco Mancuso Provenzano Scarpa Trapani Zito
  Azzopardi Borg Camilleri Farrugia Grech Vella Zammit
  Barrientos Cervantes Elizondo Gallardo Ledesma Melendez Ocampo Pantoja Rivas Solis Tovar Valdivia Zepeda
  Cordero Figueredo Machado Pedroso Valdes-Rios
  Batista Colon-Vega Figueroa-Rosa Negron Ortiz-Cruz Quiñones Santiago-Colon
  Almonte Jimenez-Pena Mejia Polanco Taveras Ventura
  Baptiste-Jean Pierre-Paul Joseph-Noel
  Bezerra Cavalcanti Coutinho Damasceno Guimaraes Mendonca
  Huaman Ticona Choque
  Canul Chan-Pech Ek Pech Tun-Uc Uc Ku
  Tawhiri Rangi Whaanga
  Nabuka Qalo Ratu Tuimavana Vakaloloma
  Aguon Borja Camacho-Cruz Leon_Guerrero Quinata Taitano
  Sixkiller Swimmer Teehee Wolfe-Tahquette Bigfeather Locklear Oxendine Chavis
  Hollowhorn Ironcloud Twobulls Yellowbird Runsabove Clairmont
  Tocktoo Nanouk Ahgupuk Kiyutelluk Nashoalook
  Agnew Bramhall Cardwell Dinsmore Eckersley Grimshaw Hargreaves Isherwood Kettering Lockwood Nuttall
  Ormerod Pilkington Rowbotham Shufflebottom Thistlethwaite Uttley Whitworth Yelland Aldridge Blenkinsop Crabtree Dewhurst
  Kowalski-Lee Nguyen-Haas Okoro-Whitfield Pham-Delacruz Singh-Bergstrom Tanaka-Ruiz
  Ackermann Brandt Feuerstein Grunwald Hasselbach Kleinschmidt Lutz Mertens Nussbaum Ostermann Rittenhouse Stoltzfus Yoder
  Beiler Esh Fisher-King Lapp Zook Hershberger Kauffman Miller-Troyer
  Backstrom Ekdahl Hedlund Lindahl Sjoberg Wallin Hjelm
  Kallio Lehtonen Rantanen Salminen
  Gajewski Kubiak Lewandowski-Nowak
  Albright Bailey-Moss Crenshaw Dabney Eppes Fauntleroy Gaither Hairston Ingram Jernigan Kornegay Lassiter Mabry Pettiford Rountree Spivey Tillery Winstead
  Amerson Boykin Cromartie Faircloth Gaskins Harrelson Lanier Mizell Register Varnadoe Yelverton
  Attaway Bagwell Childers Dobbins Fortenberry Goforth Kilgore Loftis Mayhugh Pruitt Stidham Tidwell Vandiver Whisenant
  Amidon Blakeslee Cadwallader Dunwoody Ellsworth-Gray Greenleaf Haverford Ingersoll Kimberlin Loveridge
  da_Costa da_Silva-Reis del_Castillo van_der_Meer du_Toit von_Stade de_la_Cruz-Ortiz
  Arrow Baker-Bell Basket Blade Branch Bullock Button Cable Chalk
  Cloak Cork Dancer Dew Duck Fish
  Garner Gill-Ray Goodall Grain Grey Hare
  Kite Leaf Lock Nail Pie Piper Plant Plum
  Rider Rock Rust Singer Skinner
  Vale Whale Wool
`);

/** Surnames with a particle or prefix: an O'/D'/Mc/Mac/van/de original draws from these. */
export const PARTICLE_SURNAMES_12: readonly string[] = words(`
  O'Boyle O'Hagan O'Rahilly O'Toole-Nash
  McAuliffe McCrory McGlinchey McKeown McNamee MacAskill MacCallum MacInnes MacQuarrie
  LaBarre LeBoeuf DeMarco-Hill DeVito
`);

/** Given names by culture; the last blocks are names that are also English words, and nicknames. */
export const GIVEN_NAMES_12: readonly string[] = words(`
  Bolormaa Enkhjargal Temuulen Dauren Aysel Elvin Leyla-Nur Rashad
  Chaya Dov Mendel Shmuel Yehuda
  Abdoulaye Ndeye Jean-Bosco Claudine Uwase Babirye
  Lerato Thabo Palesa Tumelo Kerem Selin Tolga
  Anirban Debashish Moushumi Sudipta Aniket Madhuri Sandeep Bhavna Hiral Jignesh Ketan
  Bindu Jaison Sreeja Manjunath Pavithra
  Dimple Sassy Biscuit Chili Brave Cinnamon Goldie Tulip Rosebud Blue Jazz
  Haze Crimson Cobalt Onyx Topaz Beryl Coal Dodger Bandit Bingo Chipper Froggy
  Hoot Jellybean Lolly Mouse Noodle Pip Ruffles Sprout Tadpole Twig Wiggles Zippy Mittens
  Gayane Hovik Narek Tigran Vartan Siranush
  Giorgi Tamari Zurab
  Ha-eun Min-seo Yeong-ja
  Huifang Jianhua Lixin Meiling Weiming Xiaoyan Yuying
  Diep Hieu Loan Nhung
  Amandeep Baljit Jaswinder Manpreet Navdeep Sukhwinder Ravinder Kulwant
  Arumugam Kavitha Murugan Parvathi Selvi Senthil Valli
  Lakshmi-Devi Srinivas Padmaja Sunitha
  Chaminda Dilrukshi Kumudini Nuwan Thilak
  Aung-San Hla Khin Myo Thura
  Bopha Chanthou Sokha Vuthy
  Bolanle Babatunde-Ade
  Ifeanyi
  Aminu Hadiza Ibrahim Zainab-Bello Halima
  Aster Feven Mebrat Senait Tesfu
  Chipo Farai Tatenda Rudo Tendai
  Fidy Hery Lalao Voahangy
  Georges Joumana Layal Nadim
  Hicham Khadija Mourad
  Dilan Hozan Rojin
  Hamid Wahid
  Despina Vasilis
  Arben Besa Drita Fatmir Lindita
  Bozhidar Desislava Ivanka Stoyan Todor
  Jozef Katarina Lubomir Zuzana
  Ales Mojca Primoz Urska
  Ilze Janis Laima
  Kadri Mart Tiiu Urmas
  Gudrun-Osk Sigurjon Thorunn Vigdis
  Cathal Donncha Eimear Sorcha
  Erwan Gwenola Loic Maelle Yann
  Deolinda Gualter Joaquina
  Jordi Montserrat Nuria Pau
  Bieito Xoan Uxia
  Calogero Gaetano Rosaria
  Carmelo-Jo Doreen-Marie Gorg Marthese Rita-Anne
  Cuauhtemoc Eufemia Florencio Hermelinda Lupita Maximino Rigoberto Zoila
  Yoandri Yunieski Odalys Yaneisy
  Awilda Carmencita Eliezer Migdalia
  Anyelo Dulce-Maria Franchesca Yeudy
  Claudette Fabiola Jeanty Lovelie Wisly
  Edileusa Josimar Raimunda Valdir
  Nayra Wayra
  Nikte Balam
  Hemi Manaia Rawiri Tane
  Litia Maca Seini Epeli
  Jesusa Rosalia-Ann Vicente-Jo
  Galilahi Sequoyah Tsali Wilma-Jean
  Wambli Winona-Rose Ohitika
  Aapak Nukilik Taqulik
  Agatha Ambrose-Lee Drusilla Ebenezer Florence-May Jemima
  Millicent Octavia Percival Reginald Sylvester Theodosia Mabel
  Jebediah Levi Mose Rebekah Sadie Ammon Amos Ezra Malinda
  Bradley Courtney Jamie-Lynn Megan Tanner-Lee Whitney Brittany Chad
  Acorn Bonnie Brook-Lynn Calico Cherish
  Ember-Rose Fern-Ellen Frosty Glory Heaven
  Lark-Ann Moss-Ann Pansy Pearl-Ann
  Saffron Shade Summer-Rain Velvet Breezy
  Buzz Champ Curly Fella Gator Hank-Bo Muffin Nugget
  Pickles Pinky Pumpkin Skeeter Sparky Speedy Spud Sweetpea Taffy Toad Tuffy Weasel Yogi
`);

/** Invented towns in the Mid-Atlantic, lower Great Lakes, Carolinas and Georgia, Florida, California, Great Basin, Alaska and Ozarks. */
export const TOWNS_12: readonly string[] = words(`
  Alderbrook_Furnace Bellgrove_Station Conewago_Mills Dauberville_Forge Elkmont_Crossroads Fallowfield_Mills Gettysgrove Hokendauqua_Falls
  Ironbridge_Borough Juniata_Narrows Kutztown_Flats Loyalsock_Hollow Mahantongo_Gap Nittany_Bend Oley_Furnace Perkiomen_Ford
  Quittapahilla_Mill Raystown_Landing Shamokin_Dam_Station Tulpehocken_Cross Wyalusing_Ferry Youghiogheny_Bend
  Barnegat_Pines Cohansey_Landing Delanco_Shore Egg_Harbor_Run Forked_River_Mills Mullica_Ferry Pocomoke_Landing
  Choptank_Ferry Nanticoke_Cove Sassafras_Neck Wicomico_Bend Tuckahoe_Neck_MD Chincoteague_Station Assawoman_Bay_Landing
  Auglaize_Bend Blanchard_Corners Cuyahoga_Flats_Station Defiance_Mills Escanaba_Point Flat_Rock_Junction Grand_Traverse_Crossing
  Huron_Ridge Ishpeming_Station Kalamazoo_Bend Lenawee_Corners Maumee_Rapids_Landing Muskingum_Forks Olentangy_Mills Paw_Paw_Junction
  Sandusky_Bay_Landing Tuscarawas_Crossing Vermilion_River_Mills Wabash_Landing Wapakoneta_Cross Kankakee_Bend Tippecanoe_Ferry
  Ashpole_Crossroads Brushy_Fork_Mill Catawba_Springs Dan_River_Landing Enoree_Station Flat_Shoals Goose_Creek_Landing
  Haw_River_Mills Ivy_Log Jugtown_Crossroads Keowee_Cove Lumber_River_Landing Murrells_Bend Neuse_Crossing Ogeechee_Ferry
  Pee_Dee_Crossing Quewhiffle Rabun_Gap_Station Saluda_Shoals Tugaloo_Ferry Uwharrie_Mills Waccamaw_Neck Yadkin_Forks
  Altamaha_Bluff Edisto_Landing Combahee_Ferry Sapelo_Crossing Ossabaw_Point Satilla_Bend
  Alachua_Hammock Bithlo_Junction Caloosa_Springs Dunnellon_Pines Econfina_Landing Fenholloway Gator_Slough Homosassa_Bend
  Istachatta Kissimmee_Prairie_Station Loxahatchee_Grove_Landing Myakka_Crossing Okeechobee_Cross Picolata Sopchoppy_Landing
  Steinhatchee_Bend Tamiami_Station Withlacoochee_Ferry Yeehaw_Crossing Zolfo_Springs_Landing
  Arbuckle_Crossing Buttonwillow_Station Chowchilla_Bend Dos_Palos_Crossing Esparto_Junction Firebaugh_Landing Gustine_Flats
  Hilmar_Crossing Kerman_Junction Lemoore_Station Mariposa_Flats Oakdale_Bend Panoche_Junction Raisin_City_Station Sultana_Crossing
  Tranquillity_Junction Weed_Patch Yettem Alturas_Flat Honcut_Landing
  Austin_Summit Baker_Creek_Station Currant_Flat Duckwater Eureka_Gulch Fish_Springs_Crossing Gabbs_Station Hiko_Junction
  Jarbidge_Station Lund_Crossing Montello_Junction Orovada Paradise_Valley_Station Ruby_Valley_Crossing Tonopah_Flats Wendover_Wells
  Ibapah Delta_Flats_Utah Kanosh_Junction Scipio_Station
  Anvik_Landing Brevig_Point Chignik_Crossing Dillingham_Slough Eek_River Fox_Island_Landing Gakona_Junction Holy_Cross_Landing
  Kaltag_Point Koyuk_Station Naknek_Landing Nenana_Crossing Platinum_Creek Sleetmute Tanacross Talkeetna_Flats Unalakleet_Point
  Ava_Hollow Bakersfield_Mo Branson_Flats_Station Cabool_Junction Dora_Crossing Eminence_Ford Flippin_Station Gainesville_Hollow
  Hollister_Bluff Jasper_Ford Koshkonong Licking_Ford Mountain_Home_Bluff Norfork_Crossing Ozark_Ridge_Station Possum_Walk Reeds_Spring_Cross
  Sugar_Camp_Hollow Tecumseh_Bluff Vanzant Wasola Yellville_Junction
`);

/** Invented neighbourhoods, nursing homes, rehab centres, companies and schools: the rest of a Location's pool. */
export const OTHER_PLACES_12: readonly string[] = words(`
  Furnace_Row Mule_Barn_Flats Canal_Lock_Seven Glasshouse_Hill Tannery_Bottoms Cannery_Row_South Orange_Grove_Park
  Sweetgum_Gardens_Care Loblolly_Manor Live_Oak_Living Sawgrass_Restorative Tidewater_Rest Sierra_Foothill_Care Juniper_Basin_Lodge
  Aurora_Borealis_Rehab Ozark_Hills_Recovery Susquehanna_Restorative Lake_Erie_Rehab Palmetto_Pines_Rehab
  Keystone_Hosiery Great_Lakes_Ore_Dock Piedmont_Textile_Mill Cypress_Bay_Boatworks Valley_Raisin_Packers Silver_Spur_Mine
  Tundra_Air_Charter Ozark_Poultry_Co Juniata_Valley_Elementary Sawgrass_Charter_School Nenana_Consolidated Lumber_River_Middle
`);

/** Invented hospital and health-centre stems; the facility word ("Medical Center", "Hospital") is the original's. */
export const HOSPITAL_STEMS_12: readonly string[] = words(`
  Conestoga_Valley Lehigh_Gap Laurel_Highlands Brandywine_Crest Chesapeake_Shore Delmarva_Coast Pine_Barrens Maumee_Valley Lake_Huron_Shores
  Wolverine_Lakes Buckeye_Crossing Hoosier_Heartland Blue_Ridge_Piedmont Catawba_Valley Lowcountry_Pines Sea_Island Suwannee_Valley
  Gulfstream_Keys Everglades_Memorial Sunshine_Coast_Regional Central_Valley_Pioneer Sierra_Nevada_Foothills San_Joaquin_Mission
  Great_Basin_Desert Humboldt_River Bonneville_Flats Denali_Borough Kenai_Peninsula Yukon_Delta Ozark_Mountain White_River_Valley
  Table_Rock_Lake Mark_Twain_Forest Bootheel_Regional
`);

/** Invented street stems; the suffix word ("St", "Avenue") is the original's. */
export const STREET_STEMS_12: readonly string[] = words(`
  Anthracite Buttonwood Canal_Towpath Covered_Bridge Dutch_Fork Hex_Barn Iron_Ore Keystone Limekiln Mason_Dixon
  Oyster_Shell Palmetto_Frond Pine_Straw Rice_Mill Sawgrass Spanish_Moss Turpentine Walking_Horse
  Almond_Orchard Artichoke Levee_Top Raisin Sagebrush_Flat Silver_Lode Tule Mush_Trail Caribou Permafrost Spruce_Tip
  Hickory_Nut Sorghum Float_Creek Bluff_Top Sassafras Lake_Freighter
`);

/** Invented ward, pod and unit names, for a Location that names a unit ("Tremont 6"). */
export const UNIT_STEMS_12: readonly string[] = words(`
  Allegheny Brandywine_East Conococheague Dunkard Erie_Tower Fenimore Genesee_Wing Hocking Iroquois_North Juniper_Court
  Keuka Lenape_West Monongahela Nanticoke_Pod Oconee Pamlico_Wing Rappahannock Santee_South Tuscarora Wateree
`);

/** Area codes of the regions above: a phone's first three-digit run draws from these. */
export const AREA_CODES_12: readonly string[] = words('717 570 814 856 609 410 302 440 740 989 906 269 574 765 336 910 803 843 912 478 352 863 559 209 775 435 417 870');

export const VOCABULARY_12: ResurrogateVocabulary = {
 name: 's12',
 surnames: SURNAMES_12,
 particleSurnames: PARTICLE_SURNAMES_12,
 givenNames: GIVEN_NAMES_12,
 towns: TOWNS_12,
 hospitalStems: HOSPITAL_STEMS_12,
 streetStems: STREET_STEMS_12,
 unitStems: UNIT_STEMS_12,
 otherPlaces: OTHER_PLACES_12,
 areaCodes: AREA_CODES_12,
 yearRange: [1916, 2034],
};
