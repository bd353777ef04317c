// Owns the second (session 10) re-surrogation vocabulary: names and invented places written by the session-10
// examiner alone, disjoint from vocabulary.ts (tuned on in session 9) and with no place from src/eval/synthetic or
// data/phi, so `--resurrogate-vocabulary s10` scores the redactor on values nobody has tuned on. Names are ordinary
// names of many cultures, many of them also English words; multi-word entries are written with "_" for a space.
import type { ResurrogateVocabulary } from './vocabulary';

const words = (s: string): string[] => s.trim().split(/\s+/).map((w) => w.replace(/_/g, ' '));

/** Surnames by culture (one or two lines each); hyphenated and particle surnames included; the last block are English words. */
export const SURNAMES_10: readonly string[] = words(`
  Ahearn Buckley Cahill Coughlin Daly Deasy Egan Fahey Finnegan Garrity Hegarty Hennessy Keane Kinsella Mulcahy
  Nolan Phelan Quinlan Reardon Scanlon Sheehan Tierney Walsh Brennan Dunphy Geraghty Kearney Mulvey Hanrahan Cronin
  Albanese Bellini Caruso Ferraro Gallo Iannucci Lombardo Mancini Napolitano Orsini Palumbo Pagliuca Ricci Russo
  Scarpelli Tedesco Vitale Zanetti Cicciarelli Amato Conti Fiore Greco Marino Parisi Sorrentino Valente Puglisi
  Amaral Brito Cabral Correia Duarte Fortes Gomes Lopes Medeiros Monteiro Pina Semedo Varela Sousa Pires Furtado
  Mendes Barros Lima Moniz Arruda Figueiredo Cardoso Resendes Tavira Rebelo
  Augustin Beauvoir Dorvil Estime Fleurimond Jean-Baptiste Louissaint Lafortune Metellus Pierre-Louis Saint-Fleur
  Toussaint Valcourt Desir Exantus Jeune Dorsainvil Belizaire Celestin Noel
  Nguyen Tran Phan Vu Dang Bui Ngo Truong Dinh Trinh Quach Huynh Lam Ly Vo
  Wang Zhang Liu Yang Zhao Wu Xu Sun Zhu Guo Lin Luo Gao Zheng Feng Tang Deng Cao Yuan Jiang Lau Chan Wong Leung Yip Kwok
  Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Ahn Song Yoo Hong Jeon Baek
  Iyer Nair Reddy Pillai Menon Banerjee Chatterjee Joshi Kulkarni Deshpande Patil Rao Bose Trivedi Pandey Saxena
  Ahuja Bhandari Chopra Sethi Sandhu Dhillon Grewal Mathur Venugopal
  Adeleke Balogun Chukwu Ogundipe Okoro Okeke Adebisi Oladipo Akinola Ibekwe Nwachukwu Obiora Ugwu Anyanwu Ezeani
  Afolabi Olaniyan Ayodele Adewale Onuoha
  Abdi Ahmed Farah Hassan Mohamed Osman Warsame Aden Dualeh Egal Hirsi Jama Nur Samatar Guled Abdullahi Mohamud
  Belov Volkov Lebedev Kozlov Novikov Orlov Pavlov Popov Semenov Smirnov Sorokin Zaitsev Fedorov Gusev Karpov
  Medvedev Nikitin Yegorov Zhukov Stepanova
  Adamczyk Baran Chmielewski Dudek Gorski Kaminski Kowalski Krawczyk Lewandowski Nowak Pawlak Sikora Walczak
  Wrobel Zajac Malinowski Jasinski Szymanski Wozniak Kwiatkowski
  Alexopoulos Christodoulou Georgiou Karagiannis Konstantinidis Mavros Pappas Panagiotou Stavrou Theodorou
  Vlachos Zervas Kouris Demetriou Loukas Economou Galanis Antoniou Spanos Xenakis
  Abboud Aziz Bakri Darwish Fadel Ghanem Habib Hamdan Issa Jaber Kassem Mansour Nasser Qureshi Rizk Saleh Shaheen
  Tannous Zaher Yassin
  Acevedo Barrios Cardenas Cintron Colon Echevarria Fuentes Galarza Hidalgo Irizarry Lugo Maldonado Nieves Ocasio
  Pagan Quinones Rivera Santiago Toledo Vazquez Arroyo Burgos Montalvo Ortiz Serrano Rivera-Colon Ortiz-Nieves
  Abramowitz Birnbaum Eisenberg Feldman Goldfarb Greenbaum Halpern Kaplan Katz Levine Lieberman Margolis
  Rabinowitz Rosenthal Schwartz Silverstein Weinstein Zuckerman Blum Adler
  Avakian Bedrosian Gregorian Hagopian Kasparian Manoogian Nazarian Papazian Sarkisian Tashjian Vartanian
  Yeghiayan Zakarian Boyajian Karapetyan Hovhannisyan Mardirosian
  Aldrich Bradstreet Coffin Dwight Endicott Hathaway Lowell Peabody Saltonstall Thayer Winthrop Whitcomb
  Prescott Cabot Sargent Chadwick Hollister Pickering Standish Alden
  Bergeron Cote Gagnon Gauthier Lavoie Lemieux Ouellette Pelletier Poirier Thibault Boucher Levesque Gagne Dion
  Chhay Sok Keo Chea Phommachanh Vongsavath Bautista Macapagal Santos Villareal Tolentino
  Whitfield-Lopes Sandoval-Park Chen-Okafor Kelly-Nguyen Murphy-Asante Bernstein-Ruiz
  de_la_Cruz van_der_Linde van_Houten de_Souza da_Silva dos_Santos di_Stefano Del_Vecchio De_Angelis Van_Buren
  O'Sullivan O'Brien O'Neill O'Rourke McCarthy McNamara McLaughlin MacDonald MacKenzie D'Alessandro
  Gray Green White Brown Silver Golden Shoemaker Mercer Thatcher Cooper Fletcher Chandler Draper Glover Sawyer
  Porter Tanner Turner Bishop Parsons Deacon Church Bush Heath Meadows Brooks Woods Forest Ridge Dale Ford
  Bridges Waters Rivers Lake Pond Birch Ash Oak Thorn Berry Finch Sparrow Crow Swan Hawk Peacock Lyon Bull Wren
  Young Long Short Wise Noble Rich Merry Free Major Marshall Sterling Steel Booth Hall Steward Chancellor Money Worthy
`);

/** Surnames with a particle or prefix: an O'/D'/Mc/Mac/van/de original draws from these. */
export const PARTICLE_SURNAMES_10: readonly string[] = words(`
  O'Sullivan O'Brien O'Neill O'Rourke O'Callaghan O'Grady O'Mara O'Dea D'Alessandro D'Onofrio D'Arcy D'Ambrosio
  McCarthy McNamara McLaughlin McGovern McDermott McKenna MacDonald MacKenzie MacNeil MacIsaac
  DeMarco DiPietro DaCosta DeSousa LaPointe LeBlanc
`);

/** Given names by culture; the last block are names that are also English words (nature, virtues, colours). */
export const GIVEN_NAMES_10: readonly string[] = words(`
  Aoife Brigid Ciaran Declan Fionnuala Niamh Padraig Roisin Cormac Oisin Deirdre Colm Maeve Orla Tadhg
  Annunziata Carmela Concetta Domenico Filomena Gennaro Giuseppe Luca Marcello Nunzio Pasquale Rocco Salvatore
  Teresa Vincenzo
  Adelino Conceicao Fatima Graciete Joaquim Manuel Odete Rui Telmo Zulmira Djamila Nilton Edmilson Ivone Arlindo
  Guerline Jocelyne Wilner Fritzner Marie-Claude Jean-Robert Rosemene Wisline Marjorie Lesly Frantz Yolette
  Dieuseul Nadege Ketly
  Anh Binh Cuong Dung Hanh Hoa Huong Khanh Lan Linh Minh Ngoc Phuong Quang Thanh Thao Thuy Trung Vinh Xuan
  Bao Chun Fang Guang Hui Jian Junhao Lei Qiang Shu Wei Xiao Yan Ying Zhen Zhiwei Xiuying
  Min-jun Seo-yeon Ji-hoon Hye-jin Sung-min Young-ho Eun-ji Dong-hyun Soo-ah Jae-won
  Aarav Deepa Gaurav Harpreet Kavita Manish Meenakshi Nikhil Pooja Rajesh Sanjay Shalini Sunil Usha Venkat Anjali
  Gurpreet Ramesh Sneha Vijay
  Chukwuemeka Ngozi Oluwaseun Funmilayo Ikechukwu Adaobi Tolulope Uchenna Yetunde Chinedu Nnamdi Oluwadamilare Adunni
  Abdirahman Fadumo Hodan Ismail Khadra Mahad Nimco Sahra Liban Hamdi Warsan Ayaan Deeqa Mustafe
  Anatoly Boris Galina Irina Lyudmila Natalya Olga Pyotr Svetlana Tatiana Vladimir Yuri Sergei Alexei
  Bozena Grzegorz Jerzy Krzysztof Marek Piotr Stanislawa Wojciech Zofia Halina Mieczyslaw Janina Ryszard Wieslawa Jacek
  Athanasios Dimitra Eleni Georgios Konstantinos Panagiota Spyros Stavroula Vasiliki Christos Evangelia Ioannis
  Kyriaki Theodoros Anastasia
  Fadi Ghada Hala Karim Layla Nabil Rania Samir Walid Yousef Zaid Mona Rami Lina Khalid
  Alejandra Consuelo Dolores Ernesto Fernanda Guadalupe Heriberto Inmaculada Jesus Lourdes Maribel Nestor Osvaldo
  Remedios Yesenia Wilfredo Xavier Araceli Reinaldo
  Avraham Chaim Esther Miriam Moshe Rivka Shlomo Tova Yael Zev Menachem Devorah Yitzhak Shoshana Baruch
  Anahid Aram Arpi Garabed Hagop Krikor Lusine Nareh Sevan Vahe Taline Armen Ani Hovsep Siran
  Abigail Bradford Clarence Edna Elmer Eugene Florence Gertrude Harold Irene Lorraine Mildred Norman Phyllis
  Russell Shirley Thelma Walter Wilbur Brandon Tyler Kayla Madison Dustin
  Willow Sage Meadow Brooklyn_Rae Dusty Clay Rocky Stormy Misty Candy Ginger Honey Cherry Melody Harmony Liberty Patience
  Prudence Mercy Charity Constance Blossom Poppy Lily Laurel Fern Jasmine Crystal Star Sky Rain Ocean Cash Colt
  Ace Duke Earnest Justice Royal Sonny Lucky Bliss Destiny Journey Marina Coral Jade Opal Garnet Rowan Glen Cliff
  Robin Jay Lark Hunter_Lee
`);

/** Invented towns and villages in the style of eastern Massachusetts and Rhode Island. */
export const TOWNS_10: readonly string[] = words(`
  Pemberhill Scituck Mattacheag Wampanset Ossipaug Chicopauk Naumkesset Assonquit Mashpanee Pocassetuck
  Hollisford Greavesport Tewkesfield Amberwick Lindsborough Coldbrook_Falls Marlow_Centre Eastbridge Westerlow
  Dunsquit Hatchfield Brewsterton Hallowmere Fennick Quabbinsett Nashaway_Mills Sudleigh_Mills Oxmoor Kettleport Pinewick
  Shawmont Redgarth Fallmouth_Neck Sandham Mossford Tarrowby Weymount Abbotsbury Cranleigh Dovermill Elmsworth
  Foxboro_Landing Grantsfield Harwick_Port Islington_Ridge Jessamount Kingsreach Lowtherby Merrimount Northbury
  Onsett Pellmarsh Quincey_Point Rowley_Falls Sturbrook Tillmarsh Uxton Varnholt Wickford_Hollow Yarmount
  Abington_Flats Bellmere Cotuitt_Bay Dracott Essenfield Fitchmoor Grovesett Hadleigh Ipsley Jamesquit
`);

/** Invented neighbourhoods, nursing homes, rehab centres, companies and schools: the rest of a Location's pool. */
export const OTHER_PLACES_10: readonly string[] = words(`
  Mission_Flats Dorrance_Square Fenwick_Corner Harrow_Landing Lower_Tillson Upper_Briar Codman_Hill Eagle_Rock_Park
  Savin_Hollow Ashmont_Heights Kittredge_Square Mattapoisett_Row
  Bayberry_Court Whitestone_Manor Elm_Hollow_Care Larchmere_Rest Sheltering_Pines Briarcliff_Gardens
  Seacove_Manor Hearthside_Commons Maple_Terrace_Care Willowbend_Living
  Harborview_Rehab Granite_Ledge_Rehab Beacon_Pointe_Recovery Northshore_Restorative Keystone_Rehabilitation
  Ridgeline_Recovery
  Aldous_Fabricating Pemberton_Freight Coastline_Mutual Tri-Town_Paving Kessington_Labs Quarrystone_Builders
  Mayhew_Textiles Bluefin_Seafoods Corliss_Electric Harbormaster_Logistics
  Tewkesfield_Academy Hollisford_Regional_High Merrimount_Day_School Ossipaug_Elementary
`);

/** Invented hospital and health-centre stems; the facility word ("Medical Center", "Hospital") is the original's. */
export const HOSPITAL_STEMS_10: readonly string[] = words(`
  Pemberwell Ashburnleigh Fairlowe Whitcombe Graniteview Harbourcrest Kitterage Lanesborough Mayfleet Norcrest
  Oakmarrow Pilgrave Quarryhurst Saltmerrow Tremarsh Wellquay Bayhead Cranmoor Dunmarket Emmerleigh Fallriver Gatehouse
  Holmvale Ipswitch Jerrowby Kendrow Lyndmere Moorsett Nantasket Overmarsh Ploverdale Rivermoss Sconset Thornbrae
  Wachuset Beaconfield Charlesgate Deerholm Elmhurst_Park
`);

/** Invented street stems; the suffix word ("St", "Avenue") is the original's. */
export const STREET_STEMS_10: readonly string[] = words(`
  Adelmoor Brambleberry Cordwainer Dewmarsh Eldermill Foundrywell Gristmill Hawsley Ironmast Jewelmoor Kinnicutt Lampwick
  Marlholt Nauquit Orchardmoss Pequot Quahogsett Ropewalk Shipsmead Tidemill Uphams Vinalholt Wharfmeade Yardlea Canal_Landing
  Bosmarten Cedarcrest Dorchester_Brook
`);

/** Invented ward, pod and unit names, for a Location that names a unit ("Tremont 6"). */
export const UNIT_STEMS_10: readonly string[] = words(`
  Ashgarth Bulfinch Coolbrae Dexholm Elleray Farnsby Gardwell Hanmere Ingerby Jeffmoor Kimbrae Lowell_West
  Matherby Nickmoor Otisbrae Phillips_North Reverdale Sewbrae Thornlea Warren_East
`);

/** New England area codes: a phone's first three-digit run draws from these. */
export const AREA_CODES_10: readonly string[] = words('617 857 508 774 781 339 978 351 413 401 603 802 207 860 203');

export const VOCABULARY_10: ResurrogateVocabulary = {
  name: 's10',
  surnames: SURNAMES_10,
  particleSurnames: PARTICLE_SURNAMES_10,
  givenNames: GIVEN_NAMES_10,
  towns: TOWNS_10,
  hospitalStems: HOSPITAL_STEMS_10,
  streetStems: STREET_STEMS_10,
  unitStems: UNIT_STEMS_10,
  otherPlaces: OTHER_PLACES_10,
  areaCodes: AREA_CODES_10,
  yearRange: [1921, 2031],
};
