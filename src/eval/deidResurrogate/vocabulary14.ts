// Owns the sixth (session 14) re-surrogation vocabulary: names and invented places written by the session-14
// examiner alone, disjoint from vocabulary.ts (s9), vocabulary10.ts (s10), vocabulary11.ts (s11), vocabulary12.ts (s12),
// vocabulary13.ts (s13) and from every synthetic PHI corpus including the fourteenth held-out corpus, so
// `--resurrogate-vocabulary s14` scores the redactor on values nobody has tuned on. Places are invented and set in US
// regions none of s9–s13 used: the lower Ohio River and Wabash valleys (southern Indiana and Illinois), central Illinois's
// Sangamon and Illinois River country, Iowa and northern Missouri, the Missouri Bootheel, and Virginia's Shenandoah Valley
// and Southside; they are built the ways real US towns are named (compounds, -ville/-burg/-ton/-field, Fort/Port/Mount/
// Lake/New/North prefixes, French-, Spanish- and Native American-derived names, names that are English words). Names are
// ordinary names of many cultures; about a quarter of the surnames and a third of the given names are also English words
// or nicknames. Multi-word entries are written with "_" for a space.
import type { ResurrogateVocabulary } from './vocabulary';

const words = (s: string): string[] => [...new Set(s.trim().split(/\s+/).map((w) => w.replace(/_/g, ' ')))];

/** Surnames by culture; hyphenated and particle surnames included; the last blocks are English words. */
export const SURNAMES_14: readonly string[] = words(`
  Abesadze Lortkipanidze Mgaloblishvili Tsereteli-Dunn Khutsishvili Nadiradze Tchelidze Zhordania Kiknadze Jgenti
  Barseghyan Hakobyan-Roy Petrosyan-Gill Simonyan Harutyunyan Sahakyan Arrieta-Leon Bengoetxea Elorriaga Goñi-Urra
  Olabarria Urrutia-Saenz Azpeitia Loiola Ilangovan Rajendran-Moss Sundaralingam Natarajan-Kell Bommareddy
  Jonnalagadda Kotapati Pendyala Talluri Yerramsetti Dasari Bagasbas Cajucom Dacanay Evangelista-Roque Fajardo-Lim
  Garing Lacsamana Navarrete-Ong Tolentino-Uy Lauina Matagi Seumalo Taualai Vaifale Veikune Kealoha-Dunn Pahia
  Kaneakua Borja-Leon Cabrera-Aguon Duenas Flores-Taitano Quenga Perez-Unpingco Lor-Vang Moua-Thao Yang-Her Lee-Chue
  Sisouphanh Thammavong Chanthala Chea-Sok Heng Kim-Sreng Mao-Lim Sok-Pheap Yous Aung-Kyaw Soe-Win Tin-Maung Abera
  Bekele-Tesfaye Demissie Getachew Kebede-Worku Wondimu Jama-Warsame Omar-Aden Bello-Idris Lawal-Yakubu Sani-Musa
  Adegoke Akintola Babalola-Reed Onabanjo Oyewole Agyeman Boateng-Lamb Gyasi Opoku-Ware Rabemananjara Randrianarivelo
  Cutipa Mamani-Lima Pari Quispe-Ccama Tintaya Aquino-Rojas Bogado Duarte-Ruiz Escobar-Mora Fretes Rolón Samaniego
  Canché Tun-Balam Amaral-Fonseca Barroso Magalhães-Paz Pimentel-Rocha Arroyo-Maldonado Bonilla Crespo-Colón
  Delgado-Irizarry Gotay Matos-Ocasio Rodríguez-Vega Sepúlveda-Cruz Torres-Lugo Boudreaux-Gill Champagne Landry-Voss
  Marceaux Thibodaux Buchanan-Rae Dalgleish Fairweather-Ross Guthrie Lennox Macrae Pitcairn Rutherford-Kay
  Sinclair-Hay Griffiths-Bowen Jenkins-Rhys Llewellin Meredith-Ap Rhydderch Tudur Bennetto Chegwidden Kitto Liddicoat
  Nankervis Pengelly Rowse Tregenza Balodis Jansons Ozols-Rae Adomaitis Butkus Stankus Laur Mets Tamm-Kivi Bakos
  Gal-Toth Kiraly Lukacs Orban Sipos Takacs Ardeleanu Barbu Diaconu Enache Lazar-Pop Manole Stoica Angelova
  Dimitrov-Kane Hristova Marinov Nikolova Vasileva Hoxha-Dunn Mustafa-Lika Bizjak Horvat-Kos Potočnik Pace-Vella Acar
  Arslan-Koç Çelik Güneş Şahin Achakzai Kakar Popalzai Chaudhry-Bashir Rizvi Siddiqui-Khan Banerjee-Hale Ghosh-Roy
  Rajapaksha Gurung-Rai Khadka Thapa-Lama Inoue-Hart Kawaguchi Mochizuki Yamaguchi-Roe Choi-Han Moon-Ryu Fang-Liu
  Huang-Wei Ma-Tian Xu-Ying Kongsak Pham-Le Dang-Vo Ho-Ngo Abarca Bermúdez-Solís Cárdenas Espinoza-Ríos Hinojosa
  Ibarra-Luna Montoya-Peña Ochoa Zamora-Cruz Bergström Dahlqvist Ekström Lindgren-Moe Nordström Sandberg Wikström
  Brekke Dahl-Hauge Fjeld Holm-Lie Nygård Bach-Nielsen Dalsgaard Frandsen Kjær Lauritsen Møller-Holm Poulsen Ahlers
  Brandt-Keller Dreyer Froehlich Hartung Kessler-Voss Stoltz Wendt Bertolini Donati Ferraro-Gallo Gentile Orlando
  Pellegrini Aubert Chevalier-Roux Dufresne Fournier Marchand Perrin Vasseur Dragovic Jankovic-Mir Kovac Dąbrowski
  Kamińska Nowicki-Ross Woźniak Zieliński Hájek Kučera Marek-Pech Novotný Veselý Hrytsenko Khoury-Nasr Friedman-Katz
  Goldberg Shapiro-Levin Amini Bahrami Karimi-Nour Adjei-Boakye Mensah-Kwarteng Chikwanha Moyo-Nkomo Ncube Kiprono
  Mutua Wanjiru-Kimani de_la_Garza-Ruiz de_Vries-Ahl da_Costa-Pires von_Trapp-Berg de_Graaf van_Wyk-Smit Birchbark
  Bluff Brook-Hale Bushel Cabbage Clay-Barton Cotton-Ray Dune Elm-Rae Gold-Reed Harbor-Cole Hill-Bey Hope-Kemp Husk
  Jay-Fox Lake-Dunn Mason-Bly Miller-Stone Nest Parsley Peach Reed-Low Rose-Hale Rye Straw Whistle Apple Bell-Mott
  Bridge Cobb-Fen Field-Rowe Gate Hearth Mantle Orchid Paddle Rafter-Lyle Sheaf-Ayre Spool Urn Wagon Yarn Haddock
  Mackerel Turnip Parsnip Radish Pickerel Sturgeon Minnow Perch-Lowe Grouper Halibut Marlin-Tate Bluegill Crappie
  Walleye Muskie Sunfish Carp-Hollis Sawpit Tanyard Brickkiln Woodshed Springhouse Smokehouse Icehouse Roundhouse
  Turnstile Lamppost Signpost Hitchrail Buckboard Surrey-Ames Phaeton Carriage-Lott Sleigh Toboggan Handcart
  Wheelbarrow Barrow-Lane Hayrake Seeddrill Cultivator Harvester-Bly Reaper Binder-Shaw Thresher-Dunn Copperkettle
  Tinplate Pewterer Cooper-Saltz Wheelwright-Amos Chandler-Vick Tanner-Hobbs Fletcher-Moyle Fuller-Crane Dyer-Tolan
  Glover-Pratt Sawyer-Nunn Thatcher-Bligh Slater-Moon Tiler-Nash Gooseberry Elderberry Mulberry-Dean Huckleberry
  Bilberry Cranberry-Jones Dewberry Cloudberry Rosehip Quince Pawpaw Hickory-Dale Sycamore-Lee Boxelder Basswood
  Acheson-Pryde Abernethy Auchinleck Ballantyne Cairncross Dunlop-Frew Fotheringham Imrie Kilgour Lumsden
  Mackintosh-Rae Niven Pettigrew Rintoul Spence-Gair Tullis Urquhart-Bain Wishart Aldous Blythe Cheesewright Eversley
  Fairclough Hartnell Jessop Kettlewell Lockwood-Marr Mountfort Nettleship Oakshott Penberthy Quartermain Rudge
  Scattergood Thewlis Underhill Yeardley Akhmetov Baimukhanov Dzhaksybekov Kairatuly Nurlanova Seitkali Tokayeva
  Zhumabayev Ashurov Nazarov Rakhimov Sultanova Yusupova-Lee Oyunchimeg Tserendorj Ahanonu Chukwuma-Reid Iheanacho
  Nwosu-Bell Okeke-Wright Uzodinma Adjovi Agbodjan Dossou Houngbo Kpodar Sossou Bakari Juma-Rashid Kombo Mwangi-Hale
  Nyerere-Lusk Salim-Omari Fonua Kupu Lolo-Tapu Pulu Tonga-Vake Arikara Chee-Tsosie Nez-Yazzie Yellowhair
  Aguilera-Bravo Cienfuegos Figueroa-Leal Granados Huerta-Mejía Landeros Maldonado-Ruelas Nájera Páez-Rubio Rentería
  Solórzano Toscano Urías Yáñez Abrantes Cordeiro-Melo Espínola Medeiros-Sá Raposo Tavares-Dias Aalto Heikkilä-Rae
  Ilvesniemi Kauppinen Nieminen-Ahl Ojanen Tuominen Bjarnason Einarsdóttir Gunnarsson-Lind Kristjánsson Cucinotta
  Fanelli Guarino Iannuzzi Lattanzi Mazzocchi Nicoletti Pagliaro Quaranta Scognamiglio Tarantino Ablett Bardsley
  Cotterill Dunkerley Entwistle Fazakerley Greenhalgh Hargreaves-Pym Ickeringill Mottershead Rawsthorne Sutcliffe-Holt
  Tattersall Bosch-Ruiz Gironella Llobet Mas-Roig Pujol-Serra Rovira Sabaté Vilaró Bhatnagar Chawla Dhingra Gambhir
  Khurana Malhotra-Dean Oberoi Sahni Tandon Antonopoulos Chatzidakis Drakopoulos Kalogeropoulou Papadakis-Roe
  Tsoukalas Zervos Ashkenazi-Roth Eisenberg-Tal Feinstein Hirschfeld Landau-Peck Mandelbaum Cheyenne-Bluff Redcloud
  Standingbear Twohatchet Whitebird Yellowrobe
`);

/** Surnames with a particle or prefix: an O'/D'/Mc/Mac original draws from these. */
export const PARTICLE_SURNAMES_14: readonly string[] = words(`
  O'Halloran-Vance O'Donoghue-Pike O'Loughlin-Reyes O'Brolchain O'Fearghail-Day McAuliffe-Stone McCracken-Dunn
  McGlashan McIlhenny-Rae MacDiarmid MacKinlay-Rowe MacPhail-Gunn D'Agostino-Price D'Souza-Banks D'Arcy-Lyle
`);

/** Given names by culture; the last blocks are names that are also English words, and nicknames. */
export const GIVEN_NAMES_14: readonly string[] = words(`
  Nino-Mari Lela Salome-Ann Tamar-Lee Dato Armine Amaia Leire Mikel-Jon Nerea Oier Anbarasi Kalaivani Murugan-Raj
  Vetri Yazhini Bhavana Durga-Rani Keerthi Pavani Ramya-Sri Suresh-Babu Dolores-Joy Efren Jovelyn Marites Nenita
  Rolando-Jun Faith-Losa Malia-Rose Kalani-Mae Kaimana Leialoha Chamorro-Rosa Jesus-Taitano Kazoua Tou-Fue Yia
  Bounthong Khamsing Phonsavanh Sovanna Dara-Sok Sreymom Ei-Mon Khin-Thida Myo-Min Bethlehem-Ann Hirut Mulu Netsanet
  Yonas-Abebe Asha-Ladan Ilhan-Mae Amina-Bala Lami Musa-Tanko Sadiya Bukola Temitope-Rae Afia Yaw-Mensah Haja Noro
  Tiana-Rivo Flor-Maria Juvenal Quispe-Ana Yolanda-Paz Ever Lisandro Mirta Ñandí Osvaldo-Rubén Itzel-May Yatzil
  Joaquim-Luís Leonor-Bia Tomé Gisselle Jomar Kiara-Liz Maritza Yadiel Zuleyka-Ann Antoine-Ray Emeline Marcelite
  Octave Valcour Eilidh-Jo Hamish-Ross Mhairi Bethan Caradog Ffion Llinos Meirion Rhiannon-Jo Sioned Conan-Jory Elowen
  Kensa Merryn Piran Laila-Jo Valdis Žaneta Aušra Jurgita Žygimantas Mart-Ivo Siiri Toomas Boglárka Gergő Kinga-Rae
  Zsolt Ioana-Maria Oana Teodor-Ilie Iliyana Plamen Stoyan-Kiril Arbër Fatmire Luan Anže Maja-Lea Urban Živa
  Carmelo-Joe Mariella Rosaria-Ann Murat-Can Özlem Tülay Yusuf-Emre Mahbooba Nazanin Parwin Shafiq Asma-Bano Nargis
  Shabnam Madhurima Rituparna Sudeshna Nimali Pradeep-Kumara Tharushi Gita-Kumari Manisha Prakash-Bahadur Hikari Kaede
  Mitsuki Ren-Taro Yui-Hana Dae-Jung Soo-Min Bao-Yu Chen-Ming Yu-Tong Dewi-Sari Eka Gilang Achara Kanokwan
  Prasert-Chai Supaporn Hanh-Mai Minh-Chau Thu-Trang Tuan-Anh Abril-Sol Efraín Graciela-Luz Itzayana Nayeli Xóchitl
  Elof Ingrid-Lo Märta Sixten Torbjörn Sigve Synnøve Tormod Bodil Jesper-Ulf Mette-Line Annegret Klaus-Dieter
  Wolfgang-Jo Benedetta Corrado Gianluca-Mo Ornella Amandine Benoît Cyrielle Solène Nemanja Snežana Vesna-Lee Bożena
  Jadwiga-Ann Jiřina Miloš Věra-Jo Zdeněk Yaryna Bohdan-Yuri Ghassan Tarek-Sami Avital Noa-Tal Shira-Lev Behnaz
  Shirin-Ava Akua-Serwaa Kojo-Bediako Nyasha Tendai-Ruth Akinyi Chebet Kipchoge-Leo Wambui Aster-Lee Blossom-Jo
  Bonnie-Sue Brandy-Lynn Brooke-Ellen Candy-Jo Clementine-Rae Coral-Lee Crystal-Fay Daisy-Mae Dawn-Marie Dolly-Ruth
  Echo-Ray Fawn-Ellen Fern-Adele Forrest-Jay Gale-Ann Happy-Jo Heather-Dee Hollis-Ray Honey-Lynn Jewel-Ann Joy-Beth
  Lacy-Dawn Lady-Bird Lily-Beth Lucky-Joe Misty-Dawn Nutty Opal-Fay Pebbles Poppy-Lou Rainy Raven-Lee Robin-Sue
  Rocky-Joe Rusty-Dale Sandy-Kay Shady Skip-Howard Sonny-Ray Spike Sunny-Beth Sweetie Tiny-Joe Topper Trixie-Mae
  Tucker-Joe Violet-June Whisper Wiley-Joe Woody-Ray Bud-Earl Chuck-Wayne Junior-Ray Skeeter-Joe Tex-Willard Biff
  Butch-Dale Dusty-Wayne Mickey-Joe Scooter-Lee Slim-Jim Tubby Wimpy Madina-Ru Nursultan Zhanar Bolor Oyuna Ifeoma-Joy
  Obinna-Ray Amara-Grace Kofi-Ansah Zawadi Baraka-Joe Makena Naeem-Ali Yasmin-Rae Dineo Sipho-Ben Soledad-Ann
  Guadalupe-Rae Refugio Consuelo-Mae Esperanza-Jo Cruzita Epifanio Nicanor Lupita-Rose Pilar-Ann Linnea-Jo Astrid-Mae
  Eskil Leif-Arne Sigrid-Lou Halvard Dagmar-Rae Kjersti Bronagh Niamh-Rose Pádraig-Joe Siobhán-Ann Aoife-Lynn
  Marmalade Butterscotch-Lee Licorice Truffle Toffee-Ann Nougat Praline Sherbet Caramel-Sue Fudge Hickory-Jo Acorn-Ray
  Chickpea Peapod Pinecone Muffin-Lou
`);

/** Invented towns of the Ohio and Wabash valleys, central Illinois, Iowa and northern Missouri, the Bootheel and Virginia's Shenandoah and Southside. */
export const TOWNS_14: readonly string[] = words(`
  Cannelton_Ferry Tell_City_Bottoms Leavenworth_Landing_Ind Magnet_Ridge Troy_Bend_Ind Rockport_Bluff
  Grandview_Ferry_Ind Newburgh_Locks Derby_Landing Alton_Bend_Ind Elizabethtown_Ohio_River Cave-in-Rock_Landing
  Golconda_Bluff Rosiclare_Mill Shawneetown_Levee Metropolis_Bend Brookport_Ferry Thebes_Landing Grand_Chain
  Olmsted_Locks Vincennes_Prairie Palestine_Landing_Ill Hutsonville_Ferry Merom_Bluff Darwin_Ferry York_Landing_Ill
  Russellville_Wabash Mount_Carmel_Ferry New_Harmony_Bend Grayville_Landing Fort_Knoxville_Ind Port_Wabash
  Mount_Vernon_Bottoms Lake_Glendale_Ill New_Burnside North_Patoka Shawnee_Hills_Station Burnt_Prairie Bone_Gap
  Cuba_Landing_Ill Anamosa_Prairie Bellevue_Bluff_Iowa Elkader_Mill Guttenberg_Ferry Marquette_Bluff McGregor_Landing
  Lansing_Ridge_Iowa Harpers_Ferry_Iowa Waukon_Junction Postville_Prairie Kalona_Crossing Riverside_Iowa_Bend
  Wellman_Junction Keota_Prairie What_Cheer Sigourney_Crossing Hedrick_Junction Ollie_Station Packwood_Prairie
  Birmingham_Iowa Lamoni_Ridge Leon_Iowa_Prairie Corydon_Crossing Seymour_Junction Moulton_Station
  Bloomfield_Iowa_Prairie Milton_Iowa Keosauqua_Bend Bonaparte_Mill Bentonsport Unionville_Mo Lancaster_Mo_Prairie
  Memphis_Mo_Crossing Kahoka_Junction Edina_Crossing La_Plata_Mo Macon_Prairie Brookfield_Junction Laclede_Station
  Chillicothe_Bottoms Fort_Defiance_Va Port_Republic_Mill Mount_Jackson_Station Mount_Crawford_Ford
  Lake_Shenandoah_Landing New_Market_Gap North_River_Mill Grottoes_Junction Elkton_Ford_Va Timberville_Station
  Stanleyville_Crossing Edinburgburg Woodstockton Strasburgfield Toms_Brook_Mill Maurertown Quicksburg Forestville_Va
  Singers_Glen Mount_Clinton_Va Chase_City_Crossing Kenbridge_Junction Victoria_Va_Station Drakes_Branch
  Charlotte_Court_House_Mill Keysville_Junction Phenix_Va Brookneal_Ferry Halifax_Courthouse_Mill Clover_Va_Station
  Blackstone_Prairie Crewe_Junction Burkeville_Station Meherrin_Ford Lunenburg_Courthouse_Mill South_Hill_Va
  Boydton_Ferry La_Crosse_Va Skipwith_Station Nelson_Va_Crossing Cornfield_Junction Hogback_Ridge Bottomland
  Haystack_Crossing Corncrib Silo_Flats Windbreak_Prairie Barnstorm Buttonwood_Bend Harvestville Threshertown
  Kernelburg Sorghumfield Cornhusk_Landing Muleshoe_Bend_Station Pitchfork_Crossing Sweetgrass_Ferry
  Bois_d'Arc_Crossing Petit_Bayou_Ind La_Belle_Riviere Prairie_du_Rocher_East Terre_Noire Grand_Marais_Ill
  Belle_Fontaine_Mo Chouteau_Springs Wapsipinicon_Bend Maquoketa_Ferry Cuivre_Bend Osage_Fork_Mo Kaskaskia_Junction
  Embarras_River_Ill Kickapoo_Landing Miami_Bend_Ind Mississinewa_Mill Pottawattamie_Ferry Sangamon_Bend
  Petersburg_Ill_Landing Athens_Prairie_Ill Havana_Ferry_Ill Beardstown_Bottoms Bath_Ill_Landing Chandlerville
  Pekin_Bluff Kampsville_Ferry Hardin_Landing_Ill Mackinaw_Crossing Delavan_Prairie Atlanta_Ill_Station
  Lincoln_Ill_Junction Mount_Pulaski_Prairie Elkhart_Hill Cornland Buffalo_Hart Illiopolis_Station Niantic_Prairie
  New_Madrid_Bend Portageville_Bottoms Caruthersville_Levee Hayti_Junction Steele_Mo_Crossing Cardwell_Station
  Kennett_Bottoms Malden_Prairie Gideon_Mo East_Prairie_Mo Charleston_Mo_Levee Wyatt_Mo_Station Bertrand_Crossing
  Benton_Mo_Bluff Commerce_Landing_Mo Dutchtown_Mo Scott_City_Levee Lilbourn_Station Marston_Bend Tallapoosa_Mo
  Mexico_Mo_Prairie Cuba_Crossing_Mo Peru_Ind_Landing Lima_Bend_Ill Nuevo_Madrid_Landing Alamo_Ind_Crossing
  Bolivar_Bend_Mo Montezuma_Iowa_Prairie Buena_Vista_Va_Ford Sabula_Bend
`);

/** Invented care homes, rehab centres, companies and schools: the rest of a Location's pool. */
export const OTHER_PLACES_14: readonly string[] = words(`
  Wabash_Manor_Care Ohio_Bluffs_Rehab Corn_Belt_Seed_Co-op Hawkeye_Meatpackers Patoka_Valley_Nursing_Home
  Shenandoah_Poultry_Plant Southside_Tobacco_Warehouse Massanutten_Retirement_Village Sangamon_Prairie_Rehab
  Bootheel_Cotton_Gin New_Madrid_Levee_District Illinois_River_Grain_Elevator Mackinaw_Valley_Middle
  Wapsipinicon_Elementary Keosauqua_Senior_Apartments Tahlequah_Bend_Apartments
`);

/** Invented hospital and health-centre stems; the facility word ("Medical Center", "Hospital") is the original's. */
export const HOSPITAL_STEMS_14: readonly string[] = words(`
  Wabash_Valley_Regional Ohio_River_Bluffs Patoka_Lake Shawnee_Hills_Regional Little_Egypt_Community Skunk_River
  Iowa_River_Valley Des_Moines_Bluffs Grand_River_Mo Chariton_Valley Shenandoah_Ridge Massanutten_Valley
  Blue_Ridge_West Southside_Piedmont Roanoke_River_Va Sangamon_Valley Illinois_River_Bluffs New_Madrid_County
  St._Francis_River_Mo
`);

/** Invented street stems; the suffix word ("St", "Avenue") is the original's. */
export const STREET_STEMS_14: readonly string[] = words(`
  Soybean Seed_Corn Silo_Row Corn_Crib Tobacco_Road_Va Apple_Butter Turkey_Hollow Cattle_Guard Windmill_Row
  Levee_Breach Cotton_Module Hog_Lot Canal_Lock Keelboat Flatboat Riverboat_Row Towpath
`);

/** Invented ward, pod and unit names, for a Location that names a unit ("Tremont 6"). */
export const UNIT_STEMS_14: readonly string[] = words(`
  Wabash_North Patoka_West Kaskaskia Saline_Pod Skunk_River_Wing Cedar_Valley_Wing Chariton_East Shenandoah_South
  Massanutten_Pod Rappahannock_Wing Dan_River_Wing Sangamon_North Mackinaw_Pod Bootheel_Wing Little_River_Pod
  St._Francis_Wing
`);

/** Area codes of the regions above: a phone's first three-digit run draws from these. */
export const AREA_CODES_14: readonly string[] = words('812 618 217 309 319 515 563 641 712 660 816 573 540 434');

export const VOCABULARY_14: ResurrogateVocabulary = {
  name: 's14',
  surnames: SURNAMES_14,
  particleSurnames: PARTICLE_SURNAMES_14,
  givenNames: GIVEN_NAMES_14,
  towns: TOWNS_14,
  hospitalStems: HOSPITAL_STEMS_14,
  streetStems: STREET_STEMS_14,
  unitStems: UNIT_STEMS_14,
  otherPlaces: OTHER_PLACES_14,
  areaCodes: AREA_CODES_14,
  yearRange: [1924, 2033],
};
