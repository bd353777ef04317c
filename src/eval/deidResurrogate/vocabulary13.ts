// Owns the fifth (session 13) re-surrogation vocabulary: names and invented places written by the session-13
// examiner alone, disjoint from vocabulary.ts (s9), vocabulary10.ts (s10), vocabulary11.ts (s11), vocabulary12.ts (s12)
// and from every synthetic PHI corpus including the thirteenth held-out corpus, so `--resurrogate-vocabulary s13` scores
// the redactor on values nobody has tuned on. Places are invented and set in US regions none of s9–s12 used: Hawaii and
// the Pacific territories, Puerto Rico and the Virgin Islands, Texas Hill Country and the Rio Grande Valley, the
// Mississippi Delta, the Kentucky Bluegrass and Middle Tennessee, and New York's North Country. Names are ordinary names
// of many cultures; about a quarter of the surnames and a third of the given names are also English words or nicknames.
// Multi-word entries are written with "_" for a space.
import type { ResurrogateVocabulary } from './vocabulary';

const words = (s: string): string[] => [...new Set(s.trim().split(/\s+/).map((w) => w.replace(/_/g, ' ')))];

/** Surnames by culture (a line or two each); hyphenated and particle surnames included; the last block are English words. */
export const SURNAMES_13: readonly string[] = words(`
  Abashidze Japaridze Kvaratskhelia Meskhishvili Zhvania Gogiberidze
  Ghazaryan Sargsyan-Dolan Poghosyan
  Aguirrezabala Elizondo-Garay Goikoetxea Larrañaga Olaizola Zabaleta Agirre Etxeberria
  Karuppiah Muthusamy Subbiah Thangavelu
  Chilukuri Kondapalli Mallampati Vemulapalli
  Bautista-Cruz Sarmiento Villanueva-Sison Agbayani Pascua Ramiscal Cabanilla
  Fa'asavalu Leiataua Tuiasosopo Mauga
  Kauhalalalo Tupou-Lolo Fakatava
  Makanani Nakamoto-Kealoha Kamakau Kahale Kapaona Pukahi Kalama
  Cruz-Quitugua Sablan Camacho-Leon Manibusan
  Yang-Moua Kue Chang-Lee
  Sayavong Inthavong Keophilavanh Vongsa
  Mao-Chea Sambath Touch
  Htun Zaw
  Alemayehu Haile-Mariam Woldemariam Gebreyesus
  Farah-Hassan Yusuf-Ali
  Musa-Kano Usman
  Adebayo-Cole
  Acheampong Gyamfi Kuffour Ofori-Atta Sarpong
  Randriamampionona Ravelojaona Rasoanaivo
  Apaza Choquehuanca Huanca Quispe-Tito Yapura
  Benítez Cáceres Giménez Ojeda Riquelme Vera-Sosa Ayala
  Cocom Dzib
  Albuquerque Carvalhal Teixeira-Lobo Guimarães
  Acevedo-Rosa Báez Collazo Feliciano Rivera-Santiago Santiago-Ortiz Torres-Matos Vélez Pagán
  LeBlanc-Hebert Trahan
  MacLeòid Caimbeul Domhnallach MacAoidh Stiùbhart Friseal
  Cadwaladr Gruffydd Llewellyn-Price Vaughan-Rees Bevan Parry
  Trevithick Penhaligon Tregarthen Polglase Chenoweth Trelawny
  Ozolins Krumins
  Stankevicius Vasiliauskas
  Sepp Ilves Mägi Lepik
  Balogh Horvath-Kiss Juhasz Lakatos Meszaros Nemeth Szabo-Toth Vass
  Dumitrescu Popescu-Radu Georgescu
  Georgieva Ivanova-Petkova Kostadinov Todorova Zhelev
  Shala Thaci
  Kovačič Zupančič
  Abela Borg-Cardona
  Aydemir Bayraktar Demirci Erdogan-Kaya Ozdemir Yildirim
  Khattak Niazi Stanekzai Yousafzai
  Malik-Awan Zaidi
  Bhattacharjee Mukhopadhyay Sengupta Roychowdhury Lahiri
  Fernando Jayasuriya
  Poudel Shrestha-Rai
  Hasegawa Kobayashi-Ito Matsumura Shimizu
  Kang-Seo Nam
  Xie Zeng
  Sutrisno
  Chaiyaporn Kittisak Jaidee
  da_Rocha da_Silveira de_Almeida-Prado de_Jesus-Ferreira del_Rosario van_Zyl von_Bülow de_Souza-Lima
  Mchedlishvili Gvasalia Kobakhidze Tsertsvadze Kipiani Gurgenidze Dolidze Sulakvelidze Chikovani Kandelaki Natsvlishvili Burduli Bakradze Kvirikashvili Shengelia Abuladze Jorbenadze Tsitsishvili Kavtaradze Gabunia
  Khachikyan Vardazaryan Mirzoyan Tadevosyan Shahbazyan Gasparyan Yeghiazaryan Melkonyan Torosyan Nersisyan
  Grigaliunas Vaitkunas Jurgelevicius Mockus Ramanauskas Navickas Urbonas Zemaitis Budrys Karvelis Rimkus Dambrauskas Sakalauskas
  Grinbergs Zvirgzdins Vitols Kalnietis Skujins Bergmanis Lacis Purins Eglitis Kuusik Rebane Luik Pihlak Oja Kivistik Tamme Raudsepp Uibo
  Kettunen Laaksonen Salonen Vesterinen Kivela Peltonen Pesonen Jokinen Kuusela Huttunen
  Somogyi Kertesz Hegedus Baranyi Kozma Bodnar Pinter Szalai Veres Csonka Gulyas
  Ibarguren Aranburu Garmendia Iturriaga Lizarralde Otxoa Arrizabalaga Uriarte Zabala
  Anghelescu Ciobanu Niculescu Paraschiv Tudose Voicu Zamfir Dervishi Kastrati Leka Morina Rexhepi Zeka Bytyqi Haxhiu
  Ratsimbazafy Rabearivelo Andrianarisoa Rasolofonirina Randrianasolo Rakotondrabe Ramanantsoa
  Kaleikini Kahikina Kealamakia Kaniho Kawaihae Keolanui Kapuniai Makekau Nahinu Kauwila Kahoohanohano Kaaihue Kinimaka Kealakai
  Tuifagalele Leavasa Soliai Tauiliili Lealaiauloto Fuimaono Toleafoa Sagapolutele Alofaituli Lolohea Piutau Hufanga Moala Latu Naufahu
  Cepeda Pangelinan Mendiola Leon-Guerrero Blas Quidachay Tenorio Benavente Salas Thoj Vaj Xyooj Herr
  Souvannavong Phetsomphou Keomanivong Chanthavong Bounthavy Siharath Vannasouk Sovann Chhorn Nhem Pich Khieu Yim Thant Hlaing
  Haileselassie Weldegiorgis Asfaw Woldeyes Ghebremichael Abdulle Hersi Qorane Shire
  Dikko Gwarzo Kankarofi Maitama Ringim Tambuwal Kwankwaso Bichi Gumel Adesanya Adewumi Ajibola Akinwande Bamgbose Oyebanji Odunsi Fagbemi Sowemimo
  Amponsah Bonsu Dankwa Kyei Obeng Oppong Twumasi Yeboah Iwuchukwu Onwuka Uchendu Ukachukwu
  Ccahuana Huillca Layme Sucasaca Turpo Villca Cusihuaman Aquino Benegas Caballero-Ibarra Ortellado Villalba-Cañete Zarza Galeano
  Cime Couoh Kuyoc May-Poot Nah Poot Xool Yam Cavaco Drummond-Lopes Falcão Gouveia Nogueira Peixoto Resende
  Alicea Berríos Cotto Cintrón Dávila Echevarría Figueroa-Pabón Laboy Negrón Pizarro Rosado Serrano-Crespo Vázquez-Soto Zayas
  Achee Babineaux Guilbeau Hebert-Lafleur Latiolais Mouton Richard-Savoie Sonnier Thériot
  Balfour-Reid Erskine Forsyth Gilchrist Halkett Lamont Moncrieff Rattray Wedderburn Gwilym Howells Probert Pugh Prydderch Tudor-Jones Watkin
  Angove Bolitho Carlyon Jewell Keast Nancarrow Pascoe Trevail Vosper Agius Bezzina Cassar Debono Galea Mifsud Sammut Spiteri Xuereb
  Akgul Bayram Cetin Dogan Eren Gok Ince Karaca Ozkan Tas Ucar Yazici Amedi Berwari Doski Hakkari Mirani Sindi Zaxoyi
  Afridi Mohmand Orakzai Shinwari Abbasi Gilani Hashmi Kazmi Naqvi Jafri Tirmizi
  Bandyopadhyay Ganguli Ghoshal Haldar Kundu Mitra-Basu Nandy Talukdar Herath Liyanage Senanayake Weerasinghe
  Basnet Chhetri Dhakal Ghimire Karki Lamichhane Pokharel Sapkota Subedi Aoki Fukuda Hirano Maruyama Nagano Okamura Tsuchiya
  Gong Kwak Seok Yeo Bian Cen Dou Gan Kuang Zhong Hidayat Kurniawan Nugroho Prasetyo Purnomo Saputra Wijaya
  Chaisiri Kaewkla Sombat Thongdee Wattana Yodkaew Buenaventura Escaño Gatchalian Ilagan Quimpo Sison Talampas Umali Yumul
  Bumanglag Cabacungan Dumlao Galimba Pagaduan Ramos-Bulosan Adelsberger Bremer-Klein Dietert Engelking Fischbeck Goeth Hoerster Kothmann Rausch Schwethelm Stieler Wehmeyer Zesch
  Awl Bodkin Cruet Dibble Ewer Firkin Gudgeon Hasp Jerkin Kirtle Lanyard Mattock Noggin Oakum Pannier Quoin Rundle Spigot Trivet Umber Vellum Wimple Yoke
  Gallon Cudgel Flagon Gimlet Pumice Chisel Rasp Bobbin Shuttle Treadle Skillet Ladle Colander Tureen Pestle Crock Churn Cask Kiln Forge
  Bellwether Furrow Sheaf Stook Paddock Hedgerow Coppice Spinney Thicket Gorse Lichen Fescue Sedge Teasel Burr Mallow Vetch Campion Yew Larch Hornbeam Blackthorn Sloe Damson Medlar Greengage
  Anvil Blackberry Boulder Bramblewood Canoe Cinder Cobble
  Dagger Falcon Fiddle Harrow Hatchet
  Hemlock Hornet Locket
  Mink Mortar Nutmeg Otter Owl Pewter Ribbon
  Saddle Spindle Starling Thatch
  Auger Baldric Beaker Billhook Bollard Bracer Brazier Buckram Burlap Capstan Carboy Cistern Clapboard Cleaver Coracle Corbel Coverlet Creel
  Crozier Cuirass Damask Davit Distaff Dormer Dowel Drayman Eyelet Fathom Felloe Ferrule Flail Flagstaff Fustian Gabion Gantry Garret Gauntlet Girder
  Gorget Grapnel Gunwale Halyard Hauberk Hawser Hayrack Hob Hopper Jib Joist Lath Lintel Lodestone Mangle Muslin
  Palisade Pinion Plinth Porringer Pulley Rafter Ramrod Rivet Rowlock Sconce Scythe Settle Sextant Sluice Spandrel Sprocket Stanchion
  Stirrup Tackle Tankard Tether Thole Topsail Trestle Truss Turret Wainscot Wherry Whetstone Windlass Winch
  Warbler
`);

/** Surnames with a particle or prefix: an O'/D'/Mc/Mac/van/de original draws from these. */
export const PARTICLE_SURNAMES_13: readonly string[] = words(`
  O'Gorman-Ruiz O'Keeffe-Lynch O'Mahony-Price O'Riordan-Shea O'Dowd-Kerr
  McAnally McCorkindale McElhinney McGillycuddy MacCorquodale MacIlvenna MacTaggart-Ross
  D'Annunzio-Reyes LaFleur-Nakamura DeRosa-Kahale
`);

/** Given names by culture; the last blocks are names that are also English words, and nicknames. */
export const GIVEN_NAMES_13: readonly string[] = words(`
  Tamuna Giorgi-Zaza Ketevan Ani-Mari Gohar Hasmik
  Ainhoa Xabier Maialen Oihana Unai
  Kaviya Tamilselvi Vasanthi Lakshmi-Priya Sravani Chaitanya Harika Nagarjuna Sirisha
  Rodrigo-Jun Dondon Jinky Rowena Marlon Arnel Bituin Lorna-Mae
  Losaline Sina Talia-Malia Fetu Pua Leilani-Rose Makoa Kainoa Mahina Ikaika
  Pedro-Jose Rosalinda Vicente-Cruz
  Pa-Nhia Mai-Yer Shoua Youa
  Khamla Bounmy Noy Sokhom Sophal Chanthy Kyaw-Zin
  Abebech Selamawit Tsehay Meskerem Hiwot Fasil
  Abdikarim Faadumo
  Hauwa Binta Ibrahim-Sule Zainab-Hadiza Kayode Ngozi-Ada
  Fanja Haingo Rivo Tojo
  Ñusta Wilma-Inés Rufino Griselda Saturnino
  Anabel Nereida Yamilet Jaime-Luis Brunilda
  Delphine-Rae Thibodeau-Jo Clovis Aurelie Remy-Paul Landry-Jo Noelie
  Seonaid Ruaridh Calum-Iain Mairead-Ann
  Gwenllian Rhodri Eirlys Iolo Bronwen-Sian Dilys
  Jago Demelza Morwenna Tamsin-Rose Lowena
  Kristaps Rasa Egle Mindaugas Tiit Maarja Liis
  Zsofia Levente Csilla Reka-Ann Ildiko Mihaela Bogdan-Ion Catalina-Ilinca Radu-Vlad
  Tsvetelina Boyko Kaloyan Ardita Besnik Dardan Valbona Nejc Spela
  Kaan Ebru Derya Emre-Can Sevgi Zeynep-Nur Rojda Shilan Hawar
  Zarghuna Wazhma Mirwais Faizan Tehmina Junaid Sumaira
  Arindam Paromita Soumitra Tanushree Chathurika Dilani Sanduni Sabina-Maya Anjali-Kiran
  Sota Kenta Misaki Daiki Ryota Sora Jiwoo Minseo Dohyun Seoyeon Hyunwoo Jia-Hui Zihan Yuxuan Haoran
  Putu Wayan Lestari Siti-Nur Niran Pimchanok Anong
  Tornike Nodar Eteri Manana Mzia Gocha Lasha Tinatin Revaz Dali Vahagn Arpine Gevorg Hayk Mane Sose Ashot Lilit
  Garazi Josu Ander Edurne Aitziber Jokin Irati Ezhil Kumaravel Nandhini Saravanan Valliammai Anjaneyulu Bhargavi Prasanthi Srinivasulu Tejaswini
  Analyn Bong-Bong Cherrylyn Dindo Ernesto-Jun Lovely-Ann Mylene Rizalina Teofilo Kalena Keahi Kekoa Lokelani Nohea Pualani Kanoe Kapono Ekewaka
  Faamalu Mosese Penitoa Sefo Siaosi Ofa Vika Salote Rufina Joaquin-Cruz Engracia Ignacio-Blas Blia Dia Fue Ger Lue Pheng Vam Xai Zoua
  Bouavanh Khamphet Souksavanh Vilay Channary Rithy Sopheap Vanna Sothea Hnin Nilar Thandar Zarni Zin-Mar
  Almaz Birtukan Fikre Kidist Mekdes Tigist Ermias Henok Anab Idil Sagal Abdiweli Mukhtar
  Aisha-Bala Balarabe Habiba Jummai Ladi Rakiya Tanko Umaru Ibukun Morenike Ekua Kofi-Mensah
  Lalaina Mamy Nirina Solofo Amaru Illari Kusi Nina-Rosa Sayri Yaku
  Aixa Betzaida Carmelo Damaris Gamaliel Ivelisse Jaritza Keishla Lizmarie Nilda Omayra Wanda-Ivette Yahaira
  Aurelien Dudley-Paul Euphemie Hilaire Ophelie Ulysse Zulma Fearghas Iseabail Murdina Angharad Cerys Gethin Heulwen Meinir Tegwen Kerensa Jowan Tressa
  Dace Gunta Inese Janis-Peteris Raimonds Agne Dovile Giedre Rimantas Tauno Merike Helve Reijo Sointu Taisto Vuokko
  Aranka Bela-Janos Erzsebet Gyongyi Imre Tunde-Kata Florin Lacramioara Sorin Viorica Rumen Siyana Velichka Yordanka Mimoza Blaz Tjasa Ziga
  Berkay Cansu Gokhan Ilkay Serkan Tugba Rezan Berivan Ciwan Gulalai Palwasha Sharbat Zalmay Ayesha-Noor Farhat Nusrat Rukhsana
  Debolina Indranil Rupsha Tapash Dinesha Lasantha Rukshani Thilini Dawa Lhakpa Pasang Sarita-Devi
  Asahi Hinata Itsuki Kohaku Nagisa Tsubasa Eunji Hayoon Seojun Yerin Mingzhe Ruoxi Shuang Xinyi Yuting
  Ayu Bagus Indah Kadek Ketut Nyoman Rizky Apinya Jintana Kannika Somsak
  Harmony-Lee Serenity-Jo Trinity-Mae Destiny-Rae Liberty-Sue Amity Felicity-Ann Prudence-Kay Constance-Jo Buckshot Pistol-Pete Tugboat Sawbuck
  Dusty-Rose Jumbo Bugsy Snooks Binky Cricket-Jo Tinker-Belle Ladybug Honeybee Bumblebee Dragonfly Mayfly Peeper Chirpy Scamper
  Pepper-Ann Ginger-Snap Paprika Clove-Ann Basil-Ray Thyme Rosemary-Jo Marjoram Chive Fennel Anise Dill-Wayne Caraway Sleet Drizzle
  Birch-Ann Elmo Poplar Redbud Mimosa Catalpa Agate Jasper-Lee Amethyst Peridot Tourmaline Citrine Obsidian
  Ruby-Jo Sapphire-Lynn Emerald-Ann Garnet-Rae Pecan Hazelnut Chestnut-Ray Almond-Joy Sassy-Mae Spunky Feisty Peppy Perky Bashful Giggles Snuggles Cuddlebug
  Sequoia Cypress Magnolia-Jo Primrose-Ann Hyacinth Verbena Zinnia Periwinkle Columbine Snapdragon Bluebird Cardinal-Ray Oriole Jaybird Aspen-Lee Mesa
  Dakota-Jo Cheyenne-Rae Butterbean Jellyroll Honeybun Cupcake Buttercup-Lou Snickerdoodle Boo-Boo Lovebug Cottontail Hushpuppy Crawdad
  Catfish Bullfrog Bo-Duke Firefly Lightning-Ray Thunder Rebel Outlaw Cowboy Trucker Cappy Stubby Stumpy Frizzy Red-Dog Goober Gravy Cornbread Hominy Grits Molasses
  Acacia Amber-Lynn Autumn-Rae Glade Indigo Iris-Mae Jade-Lynn
  Lotus Meadow-Jo Sparrow-Lyn Summer-Jo
  Tawny Willow-Dee Winter-Rose Cody-Ray Dash Hunter-Lee
  Ryder Slate Stone-Wade Tripp Chip-Wayne
  Stretch Tank Wink Buzzy Ducky Kitten Peewee Poppet Sugar-Lynn
`);

/** Invented towns in Hawaii and the Pacific territories, Puerto Rico and the Virgin Islands, Texas Hill Country and the Rio Grande Valley, the Mississippi Delta, the Bluegrass and Middle Tennessee, and the North Country. */
export const TOWNS_13: readonly string[] = words(`
  Hale'iwa_Mauka Kaupakalua Honoka'a_Makai Kalaheo_Heights Kapa'a_Uka Laupahoehoe_Point Mahukona_Landing Na'alehu_Ridge Pa'auilo_Camp Waiakoa
  Kukuihaele_Makai Keokea_Ranch Ho'olehua_Flats Kaumakani_Camp Kealia_Gulch Makaweli_Landing Pahala_Mill Kahakuloa_Bay Halawa_Valley_Mauka Olowalu_Camp
  Hagåtña_Heights Inarajan_Bay Talofofo_Falls_Village Umatac_Point Yigo_Ridge Chalan_Kanoa_Beach Garapan_Heights Tanapag_Village Sinajana_Hill Malesso_Cove
  Barrio_Maguayo Barrio_Cacao_Alto Cayey_Arriba Ciales_Abajo Jayuya_Pueblo_Viejo Lares_Montaña Maricao_Afuera Orocovis_Alto Utuado_Arriba Yauco_Costa
  Coamo_Arriba Naguabo_Playa Patillas_Costa Hatillo_Pueblo Barranquitas_Alto Aibonito_Hill Adjuntas_Vieja Villalba_Abajo Morovis_Norte Sabana_Grande_Sur
  Frederiksted_Heights Cruz_Bay_Hills Coral_Bay_Estate Christiansted_Uplands Estate_Bethlehem_Old Estate_Mon_Bijou Estate_Love_Funk Bordeaux_Mountain_Estate
  Bandera_Crossing Comfort_Springs Doss_Valley Hext_Station Kerrville_Bend Llano_Ford Medina_Lake_Landing Mountain_Home_Texas Sisterdale_Mill Welfare_Station
  Pipe_Creek_Crossing Hye_Junction Stonewall_Peach_Flat Utopia_Crossing Vanderpool_Gap Leakey_Ford Tarpley_Junction Camp_Verde_Crossing Blanco_Mill Luckenbach_Flat
  La_Joya_Colonia Las_Milpas Mercedes_Ranchito Penitas_Crossing Progreso_Lakes_Landing Rio_Hondo_Bend San_Perlita Santa_Maria_Colonia Sullivan_City_Flats Zapata_Ranchito
  Elsa_Junction Edcouch_Crossing Lasara Hargill_Station Los_Ebanos_Ferry Salineño Falcon_Heights_Landing El_Sauz Los_Indios_Crossing Chapeño
  Alligator_Bayou_Miss Anguilla_Landing Beulah_Delta Bobo_Crossing Darling_Plantation Egypt_Landing Glendora_Bend Itta_Bena_Ferry Lula_Crossing Merigold_Station
  Money_Bayou Nitta_Yuma Panther_Burn Rena_Lara Shaw_Crossing Sunflower_Landing Tchula_Bend Tunica_Cutoff Tutwiler_Station Vance_Delta
  Helena_Bottoms Lake_Village_Ark Marvell_Crossing Turkey_Scratch Snow_Lake_Delta Lexa_Junction
  Beattyville_Fork Bourbon_Furnace Clay_Lick Dry_Ridge_Pike Elkhorn_Mill Gratz_Landing Keene_Crossroads Midway_Pike Millersburg_Fork Nonesuch
  Paint_Lick Pleasureville Sadieville_Pike Troy_Pike Versailles_Pike_Station Wilmore_Junction Peytona Hinton_Pike Switzer_Covered_Bridge Stamping_Ground_Fork
  Bell_Buckle_Station Bucksnort Chapel_Hill_Tenn College_Grove_Pike Eagleville_Station Fosterville Leiper's_Fork_Mill Nolensville_Pike_Station Rover_Junction Wartrace_Station
  Normandy_Dam Shelbyville_Pike Unionville_Tenn Thompson's_Station_Mill Fly_Tenn Pinewood_Mill
  Chateaugay_Lake Cranberry_Lake_Station Faust_Junction Gabriels Loon_Lake_Landing Malone_Junction Massena_Point Newton_Falls_Mill Ogdensburg_Ferry Paul_Smiths_Crossing
  Rainbow_Lake_Landing Santa_Clara_NY Saranac_Inlet Star_Lake_Station Tupper_Narrows Vermontville Wanakena_Mill Brasher_Falls_Landing Chazy_Lake_Station Owls_Head_NY
`);

/** Invented neighbourhoods, care homes, rehab centres, companies and schools: the rest of a Location's pool. */
export const OTHER_PLACES_13: readonly string[] = words(`
  Kalihi_Uka_Terrace Moanalua_Care_Home Hale_Malama_Rehab Ocean_View_Kupuna_Home Pineapple_Camp_Housing
  Hogar_Santa_Ana Residencial_Los_Almendros Urbanización_Villa_Caribe Egida_Monte_Flores Ponce_Coffee_Roasters
  Hill_Country_Nursing_Haven Pecan_Bottom_Rehab Valley_Citrus_Packers Colonia_Nueva_Clinica Cotton_Gin_Apartments
  Delta_Catfish_Processors Sunflower_County_Gin Bluegrass_Thoroughbred_Farm Tobacco_Barn_Apartments Limestone_Distillery
  Adirondack_Pines_Care North_Country_Dairy_Co-op St._Lawrence_Seaway_Lock_Works Mohawk_Valley_Paper Pahala_Elementary Llano_River_Middle
`);

/** Invented hospital and health-centre stems; the facility word ("Medical Center", "Hospital") is the original's. */
export const HOSPITAL_STEMS_13: readonly string[] = words(`
  Kohala_Coast Hamakua_Coast Ka'u_District Molokai_Ranch Kauai_North_Shore Marianas_Islands Guam_Northern
  Cordillera_Central Puerto_Nuevo_Costa Valle_de_Lajas Caribe_Oriental Virgin_Islands_East
  Pedernales_Valley Guadalupe_River Frio_Canyon Edwards_Plateau Rio_Grande_Citrus Lower_Valley_Regional
  Yazoo_Delta Sunflower_River Coahoma_Delta Tallahatchie_Valley Bluegrass_Pike Kentucky_River_Palisades
  Duck_River_Valley Harpeth_Valley Elk_River_Tenn Adirondack_North St._Lawrence_Valley Saranac_Lakes Chateaugay_Valley
`);

/** Invented street stems; the suffix word ("St", "Avenue") is the original's. */
export const STREET_STEMS_13: readonly string[] = words(`
  Plumeria Kiawe Lilikoi Ulu_Tree Koa_Ridge Banyan_Grove Flamboyan Ceiba Quenepa Coqui Tamarindo Bougainvillea
  Prickly_Pear Mesquite_Flat Pecan_Orchard Live_Oak_Bend Cotton_Gin Catfish_Pond Levee_Road Crop_Duster
  Bourbon_Barrel Thoroughbred Stone_Fence Walking_Stick Moon_Pie Maple_Sugar Snowshoe Lean-to Balsam_Fir
`);

/** Invented ward, pod and unit names, for a Location that names a unit ("Tremont 6"). */
export const UNIT_STEMS_13: readonly string[] = words(`
  Haleakala_West Mauna_Kea_Tower Luquillo El_Yunque_Wing Guánica Pedernales_North Guadalupe_Pod Sabinal Yazoo_East
  Tallahatchie Coahoma_West Licking_River Cumberland_Pod Harpeth_South Saranac_Wing Raquette Oswegatchie Grasse_River Ausable_North
`);

/** Area codes of the regions above: a phone's first three-digit run draws from these. */
export const AREA_CODES_13: readonly string[] = words('808 671 670 787 939 340 830 956 859 502 615 629 931 315 518');

export const VOCABULARY_13: ResurrogateVocabulary = {
  name: 's13',
  surnames: SURNAMES_13,
  particleSurnames: PARTICLE_SURNAMES_13,
  givenNames: GIVEN_NAMES_13,
  towns: TOWNS_13,
  hospitalStems: HOSPITAL_STEMS_13,
  streetStems: STREET_STEMS_13,
  unitStems: UNIT_STEMS_13,
  otherPlaces: OTHER_PLACES_13,
  areaCodes: AREA_CODES_13,
  yearRange: [1921, 2031],
};
