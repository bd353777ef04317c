// Owns the hand-curated word lists of the PHI detector: eponyms and clinical abbreviations that must
// never be taken for names or places, and the context cues (titles, credentials, relatives, movement
// verbs) that make a neighbouring word PHI. Large frequency lists live in data/phi (see lexicon.ts).

const words = (s: string): string[] => s.trim().split(/\s+/).map((w) => w.toLowerCase());

/**
 * Eponyms used as clinical terms. They are surnames, but in "Parkinson's disease", "Foley" or "Apgar"
 * they name a disease, sign, device or score, not a person in the note. A title ("Dr. Foley") still wins.
 */
export const EPONYMS: readonly string[] = words(`
  Addison Adson Alzheimer Apgar Asperger Babinski Barrett Bartter Bell Bence Brudzinski Budd Chiari Burkitt
  Chagas Charcot Cheyne Stokes Chvostek Colles Crohn Cullen Cushing Creutzfeldt Jakob DeBakey Quervain
  Dressler Dubin Duchenne Dupuytren Ebstein Ehlers Danlos Eisenmenger Epstein Barr Ewing Fallot Fanconi
  Foley Glasgow Goodpasture Graves Guillain Barre Barré Hartmann Hashimoto Heberden Heimlich Henoch
  Schonlein Hirschsprung Hodgkin Hodgkin's Holter Homan Homans Horner Huntington Kaposi Kawasaki Kernig Kerley
  Klinefelter Korsakoff Kussmaul Lachman Legionnaire Gehrig Lyme Mallory Marfan McBurney McMurray Meckel
  Meniere Ménière Murphy Nissen Osler Paget Parkinson Pancoast Phalen Prinzmetal Quincke Raynaud Reiter Reye
  Romberg Rovsing Schatzki Sengstaken Blakemore Sheehan Sjogren Sjögren Takayasu Tinel Tourette
  Trendelenburg Trousseau Virchow Willebrand Waldenstrom Wallenberg Wegener Wenckebach Wernicke Whipple Wilms
  Zenker Zollinger Ellison Down Kocher Pfannenstiel Hickman Groshong Broviac Mediport Tenckhoff Quinton
  Penrose Dobhoff Corpak Cortrak Bivona Shiley Portex Passy Muir Yankauer Ambu Doppler Impella Heartmate
  Jarvik Abiomed Fick Starling Laplace Bernoulli Poiseuille Nernst Hasselbalch Mifflin Braden Ramsay
  Karnofsky Ranson Pugh Killip Spetzler Gleason Breslow Dukes Bismuth Hinchey Mallampati Cormack Lehane
  Seldinger Valsalva Korotkoff Duroziez Traube Corrigan Musset Blumberg Courvoisier Troisier Schamroth
  Janeway Argyll Tensilon Jacksonian Lennox Gastaut Rett Angelman Prader Willi Noonan Patau Hurler Gaucher
  Niemann Fabry Pompe McArdle Wolman Krabbe Canavan Zellweger Refsum Menkes Lesch Nyhan Peutz Jeghers Cowden
  Fraumeni Cockayne Dandy Sturge Osgood Schlatter Legg Calve Perthes Scheuermann Kienbock Monteggia
  Galeazzi Rolando Maisonneuve Lisfranc Chopart Salter Boutonniere Volkmann Bankart Tietze Mondor Buerger
  Behcet Behçet Churg Strauss Felty Caplan Loeffler Löffler Lutembacher Brugada Jervell Ganong Mobitz
  Bachmann Purkinje Mahaim Hering Breuer Bainbridge Bezold Jarisch Windkessel Waldeyer Kupffer Langerhans
  Leydig Sertoli Paneth Auerbach Meissner Schwann Nissl Golgi Broca Sylvius Monro Luschka Magendie Willis
  Heschl Brodmann Hoffmann Rinne Schirmer Snellen Ishihara Amsler Tzanck Giemsa Papanicolaou Coombs
  Schilling Widal Mantoux Kveim Lancefield Petri Thayer Epley Hallpike Halstead Billroth Puestow Kasai
  Ramstedt Soave Duhamel Fontan Norwood Blalock Taussig Rastelli Senning Jatene Konno Bentall Yacoub
  Watchman Mitraclip Sellick Esmarch Stryker Bovie Dacron Guedel Magill Venturi Posey Kerlix Coban Tegaderm
  Duoderm Mepilex Allevyn Aquacel Xeroform Betadine Hibiclens Peridex Biotene Desitin Criticaid Sween
`);

/**
 * Eponyms that are also common surnames (Wilson, Turner, Smith...). They are only protected in an eponym
 * phrase ("Wilson's disease", "Turner syndrome"), never on their own, so "Dr Wilson" and "Jan Wilson, RN" stay names.
 */
export const EPONYM_HEAD_NOUNS: ReadonlySet<string> = new Set(words(`
  disease diseases syndrome syndromes sign signs palsy test tests maneuver manoeuvre manoeuver fracture
  procedure operation repair catheter cath tube tubes drain score scale criteria classification stage
  staging phenomenon reflex triad law lymphoma sarcoma tumor tumour ulcer ulcers esophagus oesophagus
  node nodes nodule nodules disorder anomaly lesion lesions body bodies cell cells node's fundoplication
  respiration respirations breathing solution position grade murmur gallop line lines
`));

/** Clinical abbreviations and nursing shorthand that are also census surnames or look like place codes. */
export const CLINICAL_ABBREVIATIONS: readonly string[] = words(`
  lcws clws cws acw asd vsd ofm reg lac
  a aa aaa ab abd abg abgs abx ac acls act adl adls af afib afl aflutter ag aicd aivr aka al alb alk alt am ama
  amb amp amt amts ams ant ao aox aoxo ap apap ar ards arf as asa asap ast av avb avr avrt ax bb bbb bc bcp bd
  bg bgs bid bilat bipap bivent bka bl ble bm bmp bmt bnp bp bph bpm br brbpr brb bs bsa bse bun bx ca cabg
  cad cap caps cath cbc cbi cc ccu cd cdiff chb chf chg chol ci ck cks cl cm cmo cmp cmv cn cns co co2 copd cp
  cpap cpk cpr cpt cr crp crrt crt csf csru ct cta cts ctx cv cva cvc cvp cvvh cvvhd cvicu cx cxr d5w dc dci
  dcd dd ddd dfn dhs di dic dka dm dmii dni dnr doa doe dp dr ds dsd dt dtr dvt dx ebl ecg echo ecmo ed ee eeg
  ef egd ekg el emg ems endo ent ep epi er esrd et etoh ett ew ex ext fa fb fem ffp fhp fhpa fi fio2 fl fm fob
  fs fsbs ft fu fx fyi ga gb gcs gen gerd gfr gi gib gj gs gt gtt gtts gu gyn h2o hb hbv hcp hct hctz hcv hd hdl
  he heent hep hgb hh hi hiv hob hoh hosp hpi hr hrs hs hsv ht htn hx ia iabp ibs icd icp icu id idcm iddm ie
  im imv in inr io ip ips ir is iso itp iv ivc ivdu ivf ivp jp jvd jvp ka kcl kg kub la lad lap lat lbbb lcx
  ld ldh ldl le lfts lg li liq ll lle lll lm lmp ln lnp loc lol lp lr ls lsb lt ltc lue lul lv lvad lvh ma
  mae map mcg md mdi mds med meds mets mg mgso4 mi micu ml mm mn mo mom mr mra mri mrsa ms mso4 mt mv mva mvo2
  mvr na nad nc neb nebs neg neuro nf ng ngt nh nicu niddm nif nkda nl nm nmb no np npn npo nr ns nsg nsicu nsr
  nstemi nsvt ntg nv oa ob obs oct od ogt oob op or os osh ot otc ou ox pa pab pac pacs pacu pad pads palp pap
  pcp pca pcn pcwp pe peep peg per pfo pft pg ph pi picc pip pm pmh pmhx pmicu pmn po pod pos post pr prbc prbcs
  prn ps psv pt pta ptca ptt pud pvc pvcs pvd pw qd qh qid qod qs ra rad rbbb rbc rca rcm re rf rhythm riss
  rl rle rll rlq rml rn rnai ro rom ros rr rrr rrt rsbi rt rtc rue rul rv rx sa sab sah sat sats sbp sc scd
  sd sem sh si sicu simv sl slp sm smi snf snp sob sp spo2 sq sr ss ssi st stat std stemi sts sub sv svg
  svr svt sx sys tb tbd tbi tcn td tee tf tfs tg th tia tid tips tko tlc tm tn tnk tpa tpn tr tsh tte tv
  tx ua uag ue ugib uo uop ur uri us usoh uti va vad vap vats vb vbg vc vd ve vea vf vfib vi vicu vna vo vq
  vs vss vt vte vtach wa wbc wc wd wfl wnl wo wt xrt yo
  careview carevue flowsheet flowsheets metavision lopressor levophed neo neosynephrine dobutamine dopamine
  milrinone primacor amiodarone amio natrecor nitro nipride propofol fentanyl versed ativan dilaudid morphine
  heparin coumadin lovenox insulin lantus humalog novolog levaquin levoflox vanco vancomycin zosyn flagyl
  cipro ceftriaxone kayexalate digoxin dig lasix bumex aldactone captopril lisinopril hydralazine labetalol
  esmolol diltiazem cardizem lopressor metoprolol atenolol coreg plavix aspirin asa integrilin reopro
  protonix pepcid carafate reglan zofran colace senna dulcolax lactulose ducolax mom fleet tylenol percocet
  oxycodone haldol seroquel zyprexa precedex ambien benadryl combivent atrovent albuterol xopenex flovent
  pulmicort solumedrol prednisone decadron hydrocortisone synthroid kcl kphos mag magnesium neutraphos
  riss nph regular tpn ppn dextrose d50 ns lr hespan albumin ffp plts plt cryo ddavp vit vitk nystatin
  duoderm criticaid allevyn aquacel xeroform bacitracin silvadene santyl mepilex tegaderm kerlix
  ccu micu sicu nsicu csru vicu pacu fmicu picu nicu tsicu cvicu ew ed er or osh ir cath lab ep
  qam qpm qhs qod tid bid qid prn noc nocs am pm hrs hr min mins wks wk yrs yr mos mo
  hob oob brp bsc dsg dsgs drsg trach ett ngt ogt peg picc cvl aline art swan tlc quinton hickman portacath
  pcxr cxr ct mri mra kub tee tte echo ekg eeg emg bx lp ercp egd mrcp vq cta
  lpm lnp nrb fm vm hhfm bipap cpap imv simv prvc prvc ac ps psv peep fio2 tv vt rr mv rsbi nif
  rt rrt rn lpn cna np pa md do mds hos ho intern interns resident residents fellow fellows attending
  nsg nurse nurses nursing pt pts pt's patient pts' family famliy fam
  ho hos rx dx tx sx fx hx px bx cx tmax tcurrent tc bair hugger birthdate birthdates dob
  ivpb ivp ivf gtt gtts infusing infused titrated titrate weaned wean weaning
  neuro resp cardiac cv gi gu heme id endo skin psych psychosocial social coping dispo disp plan assessment
  sedation pain comfort safety activity mobility integ integument lines access labs
  aox perrla perl mae nad ams lethargic obtunded somnolent arousable
  denies deny reports states c/o sob doe pnd orthopnea
  npn rnpn npnote addendum progress note nursing
  max min cont con't conts contd cont'd tol tol'd synch rij lij rsc lsc sb lws inc tng nbp nard maint gd ch lis
  lcs bld xray urbc raf poc cdb approx adeq supp qtc pnx ptx pda pcw pcwp om kvo guiac guaiac fla fent bsd wbcs
  txr tpp tof thn tele sxn svc sux ruq luq rlq llq ri rhonci perla perrl vols marg dia ami allegra ica circ freq
  flo stas carina candida adria quentin brady tachy tod vvi mai rvad lvad biv pacer rpp hemodynamics amts
  resp'd sm lg mod sl min mins lbs oz tbsp cath'd hep lytes lyte abd ext extrem exts sens tx'd ivp'd
  diff dif difficile coli aureus flu strep staph enterococcus klebsiella pseudomonas
  occ pcu imc stepdown okay eps derm opthamology ophthalmology spb btb osms mb cath'd permacath xerofoam
  ccu micu sicu picu nicu tsicu ccu's pmicu fmicu smicu p-micu f-micu cvicu msicu cticu pacu ed ew er
`);


/** Words that are never a name even right after a title ("Dr. aware", "NP in to see pt"). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(words(`
  a an the and or but nor of in on at to for from by with without into onto upon over under about after before
  since until till via per as is was were be been being am are has have had do does did will would shall should
  can could may might must not no yes this that these those it its he she they them his her hers their him
  we us our you your i me my who whom whose which what when where why how all any some each every both either
  neither also too very just only then than so if else there here now today tonight tomorrow yesterday
  aware notified called paged updated informed made in into up down out off back again still already
  see seen saw said says told asked spoke speak spoken talked talk discussed discuss met meet visited visit
  ordered order orders wrote writes order note notes came come comes went go goes going gone left leaving
  arrived arrive examined exam evaluated eval assessed assess consulted consult following follow followed
  plan plans team teams service office unit floor bedside room staff on-call oncall covering
  pt pts patient patients family md mds rn rns np nps pa pas
  re regarding about per w wo w/o s/p s p x q h d c
  mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday
  am pm noc hr hrs min mins day days night nights week weeks month months year years
`));

/** Titles after which the next word is a name unless it is a function word. */
export const PERSON_TITLES: ReadonlySet<string> = new Set(words(`
  dr drs dr's drs' doctor doctors mr mrs ms miss mister mrs's mr's madam dra prof professor
  rev revd reverend fr officer ofc sgt sergeant detective deputy trooper judge atty attorney
`));

/** Titles that are also units or abbreviations after a number ("14 Fr Foley", "Sgt" rarely): not a title there. */
export const TITLES_NOT_AFTER_NUMBER: ReadonlySet<string> = new Set(words(`fr`));

/**
 * Languages, nationalities and religions: capitalised, in no English word list (SCOWL leaves out proper
 * nouns), yet never PHI ("speaks Cantonese", "Iranian", "Catholic"). Allow-listed for the default-deny pass.
 */
export const LANGUAGES_AND_NATIONALITIES: readonly string[] = words(`
  english spanish french german italian portuguese russian chinese mandarin cantonese japanese korean vietnamese
  tagalog filipino hindi urdu bengali punjabi gujarati tamil telugu arabic hebrew persian farsi iranian turkish
  greek polish ukrainian romanian hungarian czech slovak serbian croatian bosnian albanian armenian amharic somali
  swahili yoruba igbo hausa haitian creole kreyol thai lao laotian khmer cambodian burmese hmong nepali tibetan
  mongolian indonesian malay dutch swedish norwegian danish finnish icelandic irish scottish welsh british american
  canadian mexican cuban puerto rican dominican salvadoran guatemalan honduran nicaraguan colombian venezuelan peruvian
  ecuadorian brazilian argentine argentinian chilean bolivian jamaican trinidadian nigerian ghanaian ethiopian eritrean
  kenyan egyptian moroccan algerian syrian lebanese iraqi afghan pakistani indian bangladeshi sri lankan
  african asian european hispanic latino latina latinx caucasian
  catholic protestant baptist methodist lutheran presbyterian episcopalian pentecostal evangelical mormon jewish muslim
  islamic hindu buddhist sikh jehovah's jehovah christian orthodox quaker amish atheist agnostic
  asl braille medicare medicaid tricare
`);

/** Role words after which a name often follows ("NP Carol", "caseworker Leona ..."); weaker than titles. */
export const ROLE_CUES: ReadonlySet<string> = new Set(words(`
  np nps pa rn md attending resident intern fellow nurse caseworker casemanager sw chaplain
  therapist pharmacist dietician dietitian interpreter translator surgeon cardiologist physician
  pcp hcp proxy spokesperson guardian docter doc psychiatrist psychologist oncologist neurologist
  nephrologist pulmonologist hepatologist gastroenterologist intensivist hospitalist neurosurgeon urologist
  coordinator counselor counsellor priest rabbi pastor minister clergy
`));

/**
 * More role words of the care team a name follows ("Provider Markum", "aide Boynton", "client Zananoglu"), read by the
 * role rule only: kept out of ROLE_CUES, whose membership is a feature of the committed learned model.
 */
export const CARE_TEAM_ROLE_CUES: ReadonlySet<string> = new Set(words(`
  provider aide client hygienist dentist optometrist ophthalmologist audiologist technician navigator advocate
  midwife doula podiatrist chiropractor radiologist pathologist anesthesiologist dermatologist pediatrician
  obstetrician endocrinologist rheumatologist geneticist orthodontist periodontist endodontist
`));

/** Credentials written after a name in signatures ("Mary Jones, RN", "Q. Lander RRT", "J. Yi, MD"). */
export const CREDENTIALS: ReadonlySet<string> = new Set(words(`
  rn rrt crt md np pa pac pa-c lpn lvn cna licsw licws lcsw msw do phd rph pharmd otr ot pt dpt slp ccc rd
  cnm crna cns aprn fnp acnp anp arnp bsn msn dnp mba mph facc facs facp cma emt paramedic mbbs mbchb frcp frcs
  ma mt mls mlt ascp cpht ctr rdms rvt rcp
`));

/** Dental, counselling and genetics credentials ("Markum DT DDS"), read by the name rules only (not a model feature list). */
export const ALLIED_CREDENTIALS: ReadonlySet<string> = new Set(words(`
  dds dmd rdh cgc lmft lpc lpcc psyd aud bcba cde cdces
`));

/** Relatives and proxies: the next word is likely a family member's name ("daughter Veronica"). */
export const RELATIVE_CUES: ReadonlySet<string> = new Set(words(`
  husband hsb hus wife son sons daughter daughters dtr dtrs dau sister sisters sis brother brothers bro
  niece nieces nephew nephews aunt aunts uncle uncles mother mom mum father dad parents grandson grandsons
  granddaughter granddaughters grandaughter grandaughters grandchild grandmother grandfather cousin cousins
  friend friends neighbor neighbour boyfriend girlfriend fiance fiancee fiancé fiancée partner spouse
  stepson stepdaughter step-son step-daughter in-law son-in-law daughter-in-law dtr-in-law sibling siblings
  proxy hcp spokesperson guardian companion caregiver significant nep neph gdtr gdau gson
`));

/** Verbs of contact: "spoke with Helen", "page Suzette", "per David". */
export const CONTACT_CUES: ReadonlySet<string> = new Set(words(`
  with to by per page paged contact contacts contacted meet met call called phone phoned notify notified
  accompanied informed update updated reached tell told ask asked aware
`));

/** Verbs that follow a person's name in nursing notes ("bill called", "George visited"). */
export const PERSON_VERBS: ReadonlySet<string> = new Set(words(`
  called calls phoned visited visits visiting aware notified updated informed consented spoke talked
  reports reported states stated says said agrees agreed wants wishes requests requested
`));

/** Verbs of a patient's history ("D.B. Hopper denies fever"): a person's verb for the protected-run rule (not a model feature list). */
export const HISTORY_VERBS: ReadonlySet<string> = new Set(words(`
  denies denied endorses endorsed complains complained reports reported states stated
`));

/** Nouns heading an institution name; the words before them are the PHI ("Calvert Hospital"). */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(words(`
  hospital hospitals hosp hospiatal hospitol center centre ctr clinic clinics infirmary rehab
  rehabilitation house nh snf campus manor lodge hospice sanatorium pavilion
`));

/** Heads only when followed by "center"/"ctr" ("Greater Baltimore Med Ctr"). */
export const HEADS_BEFORE_CENTER: ReadonlySet<string> = new Set(words(`medical med health`));

/** Institution heads that are usually part of the name itself ("Sacred Heart Memorial", "Laurel Regional"). */
export const NAMED_HEADS: ReadonlySet<string> = new Set(words(`memorial regional adventist baptist methodist presbyterian lutheran rehab`));

/** Words that start an institution phrase but are not part of the proper name ("the outside hospital"). */
export const GENERIC_PLACE_WORDS: ReadonlySet<string> = new Set(words(`
  outside other another previous prior referring local community area nearby nursing mental psychiatric
  state county city va our your his her their this that same rehab rehabilitation acute chronic long term
  private public teaching children's childrens veterans sending receiving home osh facility
  cardiac pulmonary cardiopulmonary physical inpatient outpatient subacute day psych detox medical surgical
  trauma cancer heart lung kidney dialysis transplant eye burn stroke spine wound pain sleep sub short
  cardiology neurology oncology urology dermatology gastroenterology pulmonology pulmonary nephrology endocrinology
  rheumatology hematology orthopedics orthopaedics orthopedic pediatrics pediatric ophthalmology optometry ent obgyn
  gynecology obstetrics psychiatry psychology podiatry audiology allergy immunology infectious anticoagulation
  coumadin diabetes vascular renal surgery surgical medicine internal primary urgent walk-in women's womens
`));

/** Verbs of moving a patient: the place that follows is PHI ("transferred to Quartermain 2"). */
export const MOVEMENT_CUES: ReadonlySet<string> = new Set(words(`
  transfer transfered transferred transfering transferring trans tx'd txd transported admitted admit adm
  sent taken went go goes going return returned returning discharged arrived arriving
  brought presented presenting referred came coming medflight medflighted flown accepted screened
  lives living lived resides residing moved vacationing seen followed evaluated
`));

export const SAINT_NAMES: ReadonlySet<string> = new Set(words(`
  mary mary's marys agnes joseph joseph's josephs john john's johns luke luke's lukes francis vincent vincent's
  elizabeth elizabeth's anthony anthony's jude jude's michael michael's catherine catherine's clare ann anne
  anne's anns paul paul's peter peter's mark mark's james james' barnabas raphael margaret margaret's louis
  patrick patrick's thomas thomas' joseph's rita rita's david david's andrew andrew's charles
`));

export const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
    ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
    ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
  ],
);

/** US postal state codes (and DC), lower case: a state is above the Safe Harbor limit, so a code naming one is no PHI. */
export const US_STATE_CODES: ReadonlySet<string> = new Set(
  'al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy'.split(' '),
);
export const US_STATES: ReadonlySet<string> = new Set(words(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
  mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
  vermont virginia washington wisconsin wyoming
`));

/** Form labels followed by a colon and a name ("Patient: ...", "NOK: ..."). */
export const HEADER_CUES: ReadonlySet<string> = new Set(words(`
  name patient pt resident guarantor subscriber insured contact emergency nok
`));

/**
 * Multi-word institution and region names built from ordinary words ("Holy Cross", "Sacred Heart"): generic
 * hospital-naming patterns across the US, not any corpus's list. Matched as whole phrases in any case.
 */
export const INSTITUTION_PHRASES: readonly string[] = [
  'holy cross', 'sacred heart', 'good samaritan', 'holy family', 'holy name', 'holy redeemer', 'holy spirit', 'holy trinity',
  'mount sinai', 'mt sinai', 'beth israel', 'johns hopkins', 'mass general', 'cedars sinai', 'cleveland clinic', 'mayo clinic',
  'kaiser permanente', 'good shepherd', 'our lady', 'divine providence', 'christ hospital', 'shriners hospital',
  'eastern shore', 'western shore', 'north shore', 'south shore', 'upper peninsula', 'gulf coast', 'east coast', 'west coast',
  'upstate new york', 'northern virginia', 'southern maryland', 'western maryland', 'central florida',
];

/**
 * Single institutional words that name a hospital on their own after a place cue ("transferred from Harbor",
 * "at Mercy", "to Union"): generic US hospital-name words. Only taken right after a cue, never alone.
 */
export const INSTITUTION_NAME_WORDS: ReadonlySet<string> = new Set(words(`
  harbor harbour mercy providence baptist methodist presbyterian adventist lutheran kaiser sinai hopkins union memorial
  shriners veterans samaritan shepherd deaconess episcopal covenant trinity bayview bayfront lakeside lakeview riverside
  hillcrest fairview parkview northside southside westside eastside northwest northeast southwest southeast
`));

/** Hospital units written after an institution code ("GH EW", "BCH ER"): the code before them is a place. */
export const UNIT_AFTER_PLACE: ReadonlySet<string> = new Set(words(`er ew ed micu ccu sicu icu csru cvicu nicu picu`));

/** Employer cues: the organisation that follows is identifying ("CEO of X", "works at X"). */
export const EMPLOYER_CUES: ReadonlySet<string> = new Set(words(`ceo cfo president owner employee works worked employed retired`));

/**
 * Clinical head nouns: a capitalised word or run of words right before one of these names a disease, sign,
 * scale, test or system after a person or place ("Denver Developmental Screening Test", "Bethesda system",
 * "Wells score", "West Nile virus"), not a person or place in the note. A title before the run still wins.
 * The last two lines are the non-anatomical nouns that follow a possessive eponym in the ICD-10-CM FY2027 code
 * descriptions (data/icd10cm: "Zenker's diverticulum", "Wegener's granulomatosis", "Charcot's arthropathy",
 * "Bitot's spots", "Bouchard's nodes") plus "cyst" from the ICD-10-CM Index ("Cyst, Baker's"); anatomical nouns
 * from that list (joint, gland, membrane, elbow) are left out because "Mary's elbow" is a person's elbow.
 */
export const CLINICAL_HEAD_NOUNS: ReadonlySet<string> = new Set(words(`
  disease diseases syndrome syndromes sign signs palsy phenomenon reflex triad maneuver manoeuvre test tests testing
  scale scales score scores criteria classification system staging stage grade grading index questionnaire inventory
  equation formula calculator rule rules risk virus fever encephalitis lymphoma sarcoma tumor tumour disorder anomaly
  procedure operation fracture stain category categories class pattern guidelines assessment type
  cyst cysts diverticulum diverticula granulomatosis arthropathy encephalopathy pneumoconiosis impetigo prurigo papules
  paralysis spot spots nodes
  valve valves shunt shunts catheter catheters reservoir reservoirs implant implants stent stents drain drains pump pumps
  graft grafts clip clips filter filters cannula cannulae sheath splint splints brace braces lift lifts pupil pupils
  teeth tooth dystrophy angina macroglobulinemia thyroiditis aneurysm ulcer ulcers node nodule nodules
  membrane ring rings incision position tube tubes battery device devices chart`));

/**
 * Protected clinical terms named after people or places that occur without a head noun ("negative for Ebola",
 * "Epworth 14"): never a name or a place. Ambiguous place names (Bethesda, Columbia, Denver) are protected only
 * by the head-noun rule, because they are also towns a patient lives in.
 */
export const PROTECTED_TERMS: readonly string[] = words(`
  Epworth Framingham Ebola Zika Lassa Marburg Hantavirus Coxsackie Norwalk Norovirus Chikungunya Nipah Lyme
  Glasgow Apgar Braden Karnofsky Mallampati Gleason Breslow Ranson Killip Spetzler Hinchey Gustilo Schatzker
  Dubowitz Wechsler Folstein Barthel Tinetti Ortolani Lhermitte Lasegue Finkelstein Epley Hallpike Snellen
  Ishihara Amsler Rinne Romberg Kernig Brudzinski Rovsing Chvostek Trousseau Kussmaul Homans Babinski Apgars
`);

/**
 * US brand drug names that are in no English or clinical word list: protected clinical vocabulary, never
 * taken for a name by the default-deny pass ("Keppra 500 mg", "resume Eliquis"). Brands that are plain words
 * (Advil is not, "Plan B" is) need no entry.
 */
export const BRAND_DRUGS: readonly string[] = words(`
  Abilify Accupril Accutane Aciphex Actos Adderall Advair Advil Afrin Aggrenox Aldactone Aleve Allegra Altace Amaryl
  Ambien Amoxil Anoro Antivert Apresoline Aricept Arimidex Aristada Arixtra Atacand Ativan Atrovent Augmentin Avapro
  Avelox Azor Bactrim Bactroban Benadryl Benicar Bentyl Biaxin Boniva Brilinta Buspar Bystolic Caduet Calan Cardizem
  Cardura Catapres Celebrex Celexa Cialis Cipro Claritin Cleocin Clinoril Clozaril Cogentin Colace Combivent Compazine
  Concerta Coreg Cozaar Crestor Cymbalta Decadron Deltasone Depakote Desyrel Diflucan Dilantin Dilaudid Diovan Ditropan
  Dulcolax Duragesic Effexor Elavil Eliquis Enbrel Entresto Epipen Epogen Farxiga Feldene Fioricet Flagyl Flexeril Flomax
  Flonase Flovent Fosamax Glucophage Glucotrol Haldol Humalog Humira Hydrea Hytrin Imdur Imitrex Imodium Inderal Invokana
  Isordil Jakafi Januvia Jardiance Kayexalate Keflex Keppra Klonopin Lamictal Lantus Lasix Levaquin Levemir Levitra
  Levophed Lexapro Lipitor Lomotil Lopressor Lotensin Lovenox Lyrica Macrobid Maxzide Medrol Mestinon Methergine Miralax
  Mobic Motrin Mucinex Multaq Myrbetriq Namenda Naprosyn Narcan Neurontin Nexium Norco Norvasc Novolin Novolog Ocrevus
  Opdivo Ozempic Paxil Pepcid Percocet Phenergan Plaquenil Plavix Pradaxa Pravachol Premarin Prilosec Pristiq Procardia
  Prograf Protonix Provera Prozac Pulmicort Reglan Relpax Remeron Remicade Requip Restoril Risperdal Ritalin Robaxin
  Rocephin Seroquel Sinemet Singulair Soma Spiriva Suboxone Sudafed Symbicort Synthroid Tamiflu Tegretol Tenormin Topamax
  Toprol Tradjenta Trelegy Tricor Trulicity Tylenol Ultram Valium Valtrex Vasotec Ventolin Verapamil Vesicare Viagra
  Vicodin Victoza Vimpat Vistaril Voltaren Vyvanse Wellbutrin Xanax Xarelto Xeljanz Xifaxan Xopenex Yaz Zantac Zestril
  Zetia Zithromax Zocor Zofran Zoloft Zometa Zosyn Zovirax Zyprexa Zyrtec Zyvox Keytruda Herceptin Avastin Rituxan
  Stelara Dupixent Skyrizi Tremfya Cosentyx Otezla Rinvoq Biktarvy Genvoya Truvada Descovy Triumeq Harvoni Epclusa
  Mavyret Sovaldi Linzess Amitiza Movantik Relistor Belsomra Lunesta Sonata Rozerem Nuvigil Provigil Strattera Intuniv
  Focalin Daytrana Latuda Rexulti Vraylar Invega Saphris Geodon Trintellix Viibryd Fetzima Savella Horizant Gralise
  Xtampza Oxycontin Nucynta Belbuca Butrans Subutex Zubsolv Sublocade Vivitrol Chantix Nicorette Narcan Kloxxado
  Prolia Evenity Forteo Tymlos Reclast Aranesp Procrit Neupogen Neulasta Granix Zarxio Tresiba Toujeo Basaglar Admelog
  Apidra Fiasp Lyumjev Humulin Soliqua Xultophy Rybelsus Mounjaro Wegovy Saxenda Bydureon Byetta Steglatro Glyxambi
  Synjardy Janumet Jentadueto Kombiglyze Onglyza Nesina Actoplus Avandia Welchol Praluent Repatha Leqvio Nexletol Vascepa
  Lovaza Ranexa Corlanor Verquvo Camzyos Tikosyn Multaq Pacerone Cordarone Betapace Rythmol Tambocor Digitek Lanoxin
  Demadex Bumex Zaroxolyn Microzide Inspra Kerendia Veltassa Lokelma Renvela Phoslo Velphoro Auryxia Sensipar Zemplar
  Hectorol Rocaltrol Epogen Venofer Feraheme Injectafer Ferrlecit Infed
  Ancef Toradol Fortaz Nasonex Unithroid Microgestin Alvesco Wixela Excedrin Nuvaring Mirena Nexplanon Depo Provera
  Dermabond Vicryl Prolene Monocryl Ethilon Nurolon PDS Steri Strips Aircast Metzenbaum Adson DeBakey Weitlaner Gelpi
  Hemoclip Ligaclip Endoloop
  Endo GIA Tisseel Surgicel Gelfoam Floseal Avitene Arista Cavermap Ioban Duraprep Chloraprep Marcaine Sensorcaine
  Xylocaine Exparel Optifast Medifast Ensure Glucerna Boost Jevity Osmolite Peptamen Nepro Promote Vivonex Pedialyte
  Oxepa Pulmocare Neosure Enfacare Similac Enfamil Isolette Omnibed
  Persa Proventil Qvar Asmanex Breo Ellipta Incruse Tudorza Stiolto Bevespi Dulera Arnuity Respimat Handihaler Diskus
`);

/**
 * Pairs of inventors joined by a hyphen that name a device or a score alone, without its head noun ("Jackson-Pratt and
 * Hemovac drains", "Silverman-Andersen 3", the neonatal retraction score), like 'Swan-Ganz' and 'Mallory-Weiss' above.
 * Matched only with the hyphen: the two words with a space are a person's first name and surname ("her son Jackson Pratt").
 */
export const PROTECTED_HYPHEN_PAIRS: readonly string[] = ['Jackson-Pratt', 'Silverman-Andersen', 'Sengstaken-Blakemore', 'Minnesota-Blakemore'];

/**
 * Protected clinical phrases that the head-noun rule cannot keep because their eponym is a first name and a
 * surname ("Jackson-Pratt drain", "Marcus Gunn"), a relative or title word ("Sister Mary Joseph nodule") or a
 * place with a saint ("St Louis encephalitis", ICD-10-CM FY2027 A83.3), or because the word is a brand that no
 * list has. Matched as whole word sequences, whatever the case and punctuation between the words. Sources:
 * ICD-10-CM FY2027 code descriptions (place-named infections, eponymous syndromes written with a first name),
 * standard eponymous signs and surgical devices of clinical references, and US brand names of reversal agents
 * and biologics from FDA labelling. Read by the protected-term rule only, not by the learned voter's features.
 */
export const PROTECTED_PHRASES: readonly string[] = [
  // ICD-10-CM FY2027 descriptions: place-named infections and eponyms that open with a saint, a title or a first name.
  'St Louis encephalitis', 'Saint Louis encephalitis', 'Murray Valley encephalitis', 'Rocky Mountain spotted fever', 'West Nile',
  'Ross River disease', 'Rift Valley fever', 'Kyasanur Forest disease', 'Omsk hemorrhagic fever', 'Crimean-Congo hemorrhagic fever',
  'Lassa fever', 'Pontiac fever', 'Oroya fever', 'Colorado tick fever', 'Mayaro virus disease', 'Oropouche virus disease',
  'Jakob-Creutzfeldt disease', 'Creutzfeldt-Jakob disease', 'Guillain-Barre syndrome', 'Stevens-Johnson syndrome', 'Mallory-Weiss',
  'Wolff-Parkinson-White syndrome', 'Lennox-Gastaut syndrome', 'Arnold-Chiari', 'Dandy-Walker', 'Charcot-Marie-Tooth', 'Hand-Schuller-Christian',
  'Peutz-Jeghers', 'Zollinger-Ellison', 'Budd-Chiari', 'Legg-Calve-Perthes', 'Waterhouse-Friderichsen', 'Ehlers-Danlos', 'Klippel-Feil',
  // Eponymous signs and lesions of the physical examination, where the eponym is a full person's name.
  'Sister Mary Joseph nodule', 'Sister Mary Joseph node', 'Sister Joseph nodule', 'Grey Turner sign', "Grey Turner's sign", 'Hill-Sachs lesion',
  'Hill-Sachs deformity', 'Janeway lesion', 'Janeway lesions', 'Osler nodes', "Osler's nodes", 'Roth spots',
  'Austin Flint murmur', 'Graham Steell murmur', 'Carey Coombs murmur', 'Kerley B lines', 'Bence Jones protein', 'Charcot triad',
  'Mohs surgery', 'Mohs micrographic surgery', 'Mohs procedure', 'Lisch nodules', 'Heberden nodes', 'Bouchard nodes', 'Koebner phenomenon',
  // Surgical drains, catheters, tubes and fixation devices named after their inventors.
  'Jackson-Pratt drain', 'Jackson Pratt drain', 'JP drain', 'Penrose drain', 'Hemovac', 'Blake drain', 'Hickman catheter', 'Broviac catheter',
  'Tenckhoff catheter', 'Quinton catheter', 'Swan-Ganz', 'Sengstaken-Blakemore tube', 'Dobhoff tube', 'Salem sump', 'Greenfield filter',
  'Harrington rod', 'Steinmann pin', 'Kirschner wire', 'Ilizarov frame', 'Pavlik harness', 'Miami J collar', 'Philadelphia collar',
  'Thomas splint', 'Yankauer', 'Bovie', 'Ambu bag', 'Montgomery straps', 'Mayfield head holder', 'Gardner-Wells tongs', 'Palmaz stent',
  'Impella', 'LifeVest', 'Zio patch', 'Tegaderm', 'Kerlix', 'Coban', 'Mepilex', 'Aquacel',
  // Patient-handling and transfer aids whose product names read as a person (manufacturers' catalogues).
  'Sara Stedy', 'Sara Plus', 'Sara Flex', 'Sara Combilizer', 'Sara 3000', 'Maxi Move', 'Maxi Sky', 'EZ Way', 'Hoyer lift',
  // Brand names of reversal agents, blood products and biologics (FDA labelling) that no word list has.
  'Kcentra', 'Praxbind', 'Andexxa', 'Balfaxar', 'Feiba', 'NovoSeven', 'Humate-P', 'Amicar', 'Cyklokapron', 'Versed', 'Precedex',
  'Diprivan', 'Nimbex', 'Zemuron', 'Anectine', 'Bridion', 'Xeomin', 'Botox', 'Dysport', 'Prevnar', 'Shingrix', 'Gardasil',
  'Ocrevus', 'Tysabri', 'Kesimpta', 'Entyvio', 'Simponi', 'Cimzia', 'Orencia', 'Actemra', 'Benlysta', 'Saphnelo', 'Nucala', 'Fasenra',
  'Xolair', 'Tezspire', 'Leqembi', 'Kisunla', 'Aimovig', 'Ajovy', 'Emgality', 'Nurtec', 'Ubrelvy', 'Qulipta', 'Paxlovid', 'Lagevrio',
  // Two-word brand names whose first word is a state code or initials (FDA Orange Book): "MS" is morphine sulfate here.
  'MS Contin', 'MS IR',
  // Eponymous laboratory methods written without a head noun (CLSI M02 disk diffusion).
  'Kirby-Bauer', 'Kirby Bauer',
  // National mutual-help fellowships a note refers a patient or a relative to, by the names the fellowships publish
  // themselves: programmes, not places or people. "Al-Anon", "Nar-Anon" and "... Anonymous"
  // are kept by the protected-term grammar; these have neither form.
  'Alateen', 'SMART Recovery', 'Celebrate Recovery', 'Women for Sobriety', 'LifeRing Secular Recovery', 'LifeRing',
];

/**
 * Surname particles written before a family name ("van der Berg", "de la Cruz", "di Stefano", "bin Said"):
 * lower-case words that would otherwise end a name, part of it when a capitalised name follows.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(words(`
  van von der den de del della dela di da das dos du la le les ter ten bin ibn bint al el y zu st
`));

/**
 * Head nouns of organisation names: the capitalised run before one is the organisation's proper name when it
 * holds a distinctive word ("Lakeshore Family Practice", "Hollins Pharmacy", "Westbrook Elementary School",
 * "Tessaract Tool Inc", "Northgate Neurology Associates").
 */
export const FACILITY_HEADS: ReadonlySet<string> = new Set(words(`
  practice practices medicine associates pharmacy diagnostics laboratories elementary living pharmacies drugstore apothecary school schools academy college university
  church chapel temple synagogue mosque cathedral parish ministries congregation inc incorporated llc llp ltd corp
  corporation company group partners physicians pediatrics clinic clinics hospital hospitals center centre ctr
  institute foundation manor village residence residences lodge hospice infirmary sanitarium sanatorium cboc
  healthcare health medical care surgery dental orthodontics dermatology cardiology neurology oncology orthopedics
  orthopaedics radiology urology gastroenterology obgyn gynecology obstetrics rehabilitation rehab therapy therapies
  services agency shelter mission prison jail penitentiary facility home homes imaging
  suite works trust daycare preschool pantry system network middle
  dentistry optometry authority house
`));

/**
 * Words of organisation names that say what kind of place it is, not which one: a run made only of these
 * ("Family Practice", "Urgent Care Clinic", "High School") is generic, not PHI.
 */
export const FACILITY_GENERIC_WORDS: ReadonlySet<string> = new Set(words(`
  family internal medicine medical health healthcare care primary urgent emergency community regional general county
  state city national university college school elementary middle high junior senior academy church the and of
  children's childrens children women's womens pediatric pediatrics neurology cardiology oncology orthopedic
  orthopedics surgical surgery surgeons dental eye skin dermatology behavioral mental rehabilitation rehab physical
  occupational speech therapy nursing home assisted living adult day memory residential treatment recovery
  outpatient inpatient ambulatory specialty specialists physicians doctors associates group partners practice
  clinic clinics center centre hospital medical pharmacy services service department dept unit ward floor
  inc llc corp co company main north south east west northern southern eastern western central new
  va veterans affairs public private local outside other our your his her their this that same
  cancer heart lung kidney dialysis transplant sleep pain wound spine stroke vein vascular imaging radiology lab
  laboratory diagnostics diagnostic urgent walk-in walk convenient retail student campus infirmary
  baptist methodist catholic lutheran presbyterian episcopal adventist christian evangelical pentecostal
  first second third united community grace faith hope
  kids learning vision housing food counseling counselling dentistry optometry day
`));

/** Words before "home" that make it an institution ("Sunny Acres Nursing Home"), not a patient's house. */
export const HOME_INSTITUTION_WORDS: ReadonlySet<string> = new Set(words(`nursing care group funeral rest foster retirement boarding children's`));

/** Words before "house" that make it an institution ("Linden Park Recovery House", "Ronald McDonald House" aside). */
export const HOUSE_INSTITUTION_WORDS: ReadonlySet<string> = new Set(words(`recovery halfway sober transitional group boarding`));

/** Words before "living" that make it an institution ("Maple Grove Assisted Living"). */
export const LIVING_INSTITUTION_WORDS: ReadonlySet<string> = new Set(words(`assisted senior independent supportive`));

/** Cues after which a town or city follows ("lives in", "moved to", "resident of", "transferred from"). */
export const TOWN_CUES: readonly string[] = [
  'lives in', 'living in', 'lived in', 'resides in', 'residing in', 'resident of', 'native of', 'born in', 'raised in',
  'grew up in', 'moved to', 'moved from', 'relocated to', 'relocated from', 'visiting from', 'transferred from',
  'transferred to', 'is from', 'was from', 'originally from', 'home in', 'house in', 'works in', 'worked in',
  'travelled to', 'traveled to', 'trip to', 'returned from', 'vacation in', 'vacationing in',
  'moving to', 'moving from', 'relocating to', 'staying in', 'stays in', 'drove from', 'driving from', 'commutes from',
  // Where a remote participant joins from: "by speakerphone from Tonopah", "on video from Climax".
  // Where a person the patient relies on lives: "dog is with neighbor in Loyal".
  'neighbor in', 'neighbour in', 'neighbors in', 'neighbours in',
  'speakerphone from', 'video from', 'videoconference from', 'zoom from', 'facetime from', 'joining from', 'joined from', 'calling in from', 'dialed in from',
];

/**
 * Word endings of medical vocabulary (specialties, diseases, procedures, drug stems): a word with one of these
 * endings and in no name list is clinical by its form ("Otolaryngology", "Neuroblastoma", "Meropenem"), so the
 * default-deny pass leaves it. Surnames with such endings are in the census lists and stay unsafe.
 */
export const CLINICAL_SUFFIXES: readonly string[] = words(`
  ology ologic ological ologist ologists itis itides oma omas omata osis oses ectomy ectomies otomy ostomy ostomies
  oscopy oscopic plasty plasties pexy rrhaphy emia aemia uria algia algias pathy pathies pathic plasia plastic trophy
  ocele cele cyte cytes cytic cytosis penia philia phobia plegia plegic paresis rrhea rrhoea rrhage lysis lytic
  genic genesis gram grams graphy graphic scope scopes sclerosis stenosis megaly ptosis tripsy desis
  mycin micin cillin cycline floxacin oxacin penem azole azoles conazole vir virs mab mabs nib nibs
  statin statins pril prils sartan sartans olol olols dipine dipines tidine prazole zepam zolam azepam barbital
  triptan setron parin parinux xaban gatran gliptin gliflozin glitazone glutide afil lukast terol sonide
  caine curium curonium dronate tinib zumab ximab umab
`);

/** First words of the town cues that speak of where a person lives, not where they were sent ("transferred to"). */
export const RESIDENCE_CUES: ReadonlySet<string> = new Set(words(`
  lives living lived resides residing resident native born raised grew moved relocated visiting originally home house
  speakerphone video videoconference zoom facetime joining joined calling dialed
`));

/** Countries (and a few regions): above the Safe Harbor geographic limit, never redacted as a town. */
export const COUNTRIES: ReadonlySet<string> = new Set([
  ...`afghanistan albania algeria angola argentina armenia australia austria bangladesh belarus belgium belize bolivia
  bosnia brazil bulgaria cambodia cameroon canada chile china colombia congo croatia cuba cyprus czechia denmark
  ecuador egypt eritrea estonia ethiopia fiji finland france gambia georgia germany ghana greece guatemala guinea
  guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
  kazakhstan kenya korea kosovo kuwait laos latvia lebanon liberia libya lithuania luxembourg madagascar malawi
  malaysia mali malta mauritania mexico moldova mongolia montenegro morocco mozambique myanmar burma namibia nepal
  netherlands holland nicaragua niger nigeria norway oman pakistan panama paraguay peru philippines poland portugal
  qatar romania russia rwanda senegal serbia singapore slovakia slovenia somalia spain sudan suriname sweden
  switzerland syria taiwan tajikistan tanzania thailand togo tunisia turkey uganda ukraine uruguay uzbekistan
  venezuela vietnam yemen zambia zimbabwe england scotland wales britain europe asia africa america`.trim().split(/\s+/),
  'united states', 'united kingdom', 'sierra leone', 'costa rica', 'puerto rico', 'el salvador', 'south africa',
  'south korea', 'north korea', 'new zealand', 'saudi arabia', 'sri lanka', 'dominican republic', 'ivory coast',
  'south america', 'north america', 'central america', 'latin america', 'middle east', 'great britain',
]);

/**
 * Town-name grammar (US gazetteer patterns): a capitalised word before one of these ("Selahaven Falls",
 * "Adlleydale Junction") or after one ("Mount Brileystead", "Lake Norermouth", "Port Thalenfield") is a town.
 */
export const TOWN_SUFFIX_WORDS: ReadonlySet<string> = new Set(words(`
  falls springs junction heights village beach harbor harbour hills park valley ridge creek crossing landing mills
  station grove township city town
  ferry neck shoals cove bend slough gulch hollow crossroads borough forge furnace
`));
export const TOWN_PREFIX_WORDS: ReadonlySet<string> = new Set(words(`mount mt lake port fort ft glen east west north south`));

/** Endings of invented or rare town names in no list ("Treingwick", "Tavleyfield", "Falenmouth"): a place by its form. */
export const TOWN_NAME_ENDINGS: readonly string[] = words(`
  ville ton town burg burgh borough boro port field fields wood woods dale mouth haven ford land view wick stead
  chester minster bury ham ley worth cliff brook ridge mont shire
`);

/** Organisation head nouns of employers (trades and businesses): "Cedar Creek Steel", "Hitchings Diner". */
export const EMPLOYER_HEADS: readonly string[] = words(`
  manufacturing industries steel foods logistics diner restaurant cafe bakery grocery grocers market
  markets supermarket farms farm construction contractors motors trucking transport transportation freight
  realty bank bancorp drugs montessori daycare preschool mills works plumbing electric roofing landscaping
  dairy brewery winery hotel inn motel casino mart outlet hardware poultry lumber
`);
