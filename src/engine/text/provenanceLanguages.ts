// Owns the coding, billing, record and request vocabulary of the languages a request is pasted into an English note
// in: the words that name the claim's machinery or ask for something, so the statement tests read a request by what it
// is addressed to in any of them. Session 9 wrote nine (Spanish, French, German, Portuguese, Italian, Polish, Dutch,
// Tagalog, Vietnamese); session 10 added seventeen more with their common romanisations (Russian, Ukrainian, Chinese
// with pinyin, Japanese with romaji, Korean, Arabic with Arabizi, Hebrew, Hindi with Hinglish, Turkish, Swedish,
// Danish/Norwegian, Romanian, Indonesian/Malay, Czech/Slovak, Greek, Thai, Swahili); session 12 added Hungarian,
// Bengali, Tamil, Armenian and Georgian, and the finance-department and coder words Swedish and Indonesian lacked;
// session 13 added Amharic, Gujarati, Punjabi, Khmer, Sinhala, Telugu, Finnish and Croatian, and Norwegian's finance
// department; session 14 added Slovak (beside Czech), Lithuanian, Estonian, Icelandic, Lao, Burmese, Kannada, Malayalam
// and Odia; session 15 Latvian, Slovenian, Welsh, Maltese, Albanian, Basque, Tibetan, Dhivehi (Thaana) and Inuktitut
// (syllabics). Entries are read through the tests' normalisation (NFKC, joiners removed): Sinhala and Khmer words are
// written here without the zero-width joiner their conjuncts take in running text.
// Provenance: written for this project from general bilingual knowledge of everyday administrative and
// health-insurance usage (no corpus, no copied list); each word is common dictionary vocabulary, not a phrase of any
// note. Words with a clinical sense in English or in their own language ("lista", "registro", "karta", "status",
// "seguro" as "safe", Swahili "bili" beside English "bili" for bilirubin, Hindi "dawa" for medicine) and words that are
// also names or places (Swahili "ankara", the surname "Strakhov", "Bima", "Sila") are left out of the unambiguous lists
// or kept only where a request word must accompany them: the redactor's replaced names are read against these lists.
// Spelling conventions: an entry ending in "*" is a stem (Turkish, Slavic, Greek and Nordic words take suffixes:
// "fatura*" reads "faturaya"); an entry in a script written without spaces between words or with attached particles
// and prefixes (Han, kana, Thai, Hangul, Arabic, Hebrew) matches inside a longer run of letters.
/** Words of one language by what they name. Lower case; Vietnamese and Tagalog entries may be two-word phrases. */
export interface LanguageVocabulary {
  /** Codes and coding: "codificar", "Kodierung", "kod". */
  coding: readonly string[];
  /** The claim, billing, payment and the payer: "factura", "Abrechnung", "rozliczenie", "thanh toán". */
  billing: readonly string[];
  /** The record as an object to write on: "expediente", "dossier", "hồ sơ". */
  record: readonly string[];
  /** Asking words and verbs of adding: "por favor", "bitte", "proszę", "graag", "vui lòng", "paki-". */
  request: readonly string[];
  /** A model, an AI or an automated system as a reader (session 10): "inteligencia artificial", "языковая модель". */
  reader?: readonly string[];
}

/**
 * Override words by language (session 10, second wave): what says the text above is void or wrong ("vervalt",
 * "отменены", "galat hai"), tells the reader to ignore it ("puuza", "무시", "تجاهل") or names the "correct" or "real"
 * diagnosis (English RECORD_TALK's "the real diagnosis"). A clinician revising their own assessment writes it in the
 * note's language; in another language's words it is a message replacing the clinician's. "Final diagnosis" is left
 * out in every language (a discharge summary heads its diagnoses so), and so are bare ignore verbs that patient
 * instructions use ("no ignore el dolor").
 */
const OVERRIDE_WORDS: Readonly<Record<string, readonly string[]>> = {
  es: ['ignore lo anterior', 'ignorar lo anterior', 'diagnóstico correcto', 'diagnóstico verdadero', 'queda sin efecto', 'queda anulad*'],
  fr: ['ignorez ce qui précède', 'diagnostic correct', 'vrai diagnostic', 'diagnostic réel', 'est caduque', 'annule et remplace'],
  de: ['ignorieren sie', 'ignoriere', 'richtige diagnose', 'tatsächliche diagnose', 'hinfällig', 'gilt nicht mehr'],
  pt: ['ignore o acima', 'ignorar o acima', 'diagnóstico correto', 'diagnóstico verdadeiro', 'fica sem efeito', 'fica anulad*'],
  it: ['ignora quanto sopra', 'ignorate quanto sopra', 'diagnosi corretta', 'diagnosi reale', 'diagnosi vera', 'non è più valid*'],
  pl: ['zignoruj', 'prawidłowe rozpoznanie', 'właściwe rozpoznanie', 'jest nieważn*'],
  nl: ['negeer', 'vervalt', 'komt te vervallen', 'juiste diagnose', 'echte diagnose', 'is ongeldig'],
  tl: ['huwag pansinin', 'balewalain', 'tamang diagnosis', 'tunay na diagnosis'],
  vi: ['bỏ qua đánh giá', 'chẩn đoán đúng', 'không còn hiệu lực'],
  ru: ['игнорируй*', 'проигнорируй*', 'отменен*', 'отменён*', 'правильный диагноз', 'настоящий диагноз', 'недействител*', 'ignoriruy*'],
  uk: ['ігноруй*', 'скасован*', 'правильний діагноз', 'недійсн*'],
  zh: ['忽略', '忽视', '正确诊断', '正確診斷', '真正的诊断', '作废', '作廢'],
  ja: ['無視', '正しい診断', '本当の診断', '無効'],
  ko: ['무시', '올바른 진단', '정확한 진단', '실제 진단', '무효'],
  ar: ['تجاهل', 'التشخيص الصحيح', 'التشخيص الحقيقي', 'ملغى', 'ملغي'],
  he: ['התעלם', 'התעלמו', 'האבחנה הנכונה', 'האבחנה האמיתית', 'מבוטל'],
  hi: ['नज़रअंदाज़', 'अनदेखा', 'गलत है', 'असली निदान', 'सही निदान', 'galat hai', 'galat tha', 'asli diagnosis', 'sahi diagnosis', 'nazarandaaz'],
  tr: ['yok say*', 'görmezden gel*', 'doğru tanı', 'gerçek tanı', 'geçersiz*'],
  sv: ['ignorera', 'bortse från', 'korrekt diagnos', 'riktig diagnos', 'är ogiltig*'],
  da: ['ignorer', 'se bort fra', 'korrekt diagnose', 'rigtig diagnose', 'er ugyldig'],
  ro: ['ignorați', 'ignorati', 'diagnosticul corect', 'diagnosticul real'],
  id: ['abaikan', 'diagnosis yang benar', 'diagnosis sebenarnya', 'tidak berlaku lagi'],
  cs: ['ignorujte', 'ignoruj', 'správná diagnóza', 'skutečná diagnóza', 'neplatn*'],
  el: ['αγνοήστε', 'αγνόησε', 'σωστή διάγνωση', 'πραγματική διάγνωση', 'ακυρώνεται'],
  th: ['ไม่ต้องสนใจ', 'เพิกเฉย', 'การวินิจฉัยที่ถูกต้อง'],
  sw: ['puuza', 'usijali', 'utambuzi sahihi', 'utambuzi halisi', 'imefutwa'],
  // Session 12. Hungarian "ignore the above" (not a bare "figyelmen kívül": "ne hagyja figyelmen kívül a tüneteket"
  // tells the patient not to ignore symptoms); Bengali, Tamil, Armenian and Georgian "ignore"/"the assessment is void".
  hu: ['figyelmen kívül a fenti', 'helyes diagnózis', 'valódi diagnózis', 'érvénytelen*'],
  bn: ['মূল্যায়ন বাতিল', 'উপেক্ষা করুন', 'সঠিক রোগনির্ণয়'],
  ta: ['புறக்கணிக்கவும்', 'புறக்கணியுங்கள்', 'சரியான நோயறிதல்'],
  hy: ['անտեսեք', 'անտեսիր', 'ճիշտ ախտորոշում'],
  ka: ['უგულებელყავით', 'უგულებელყავი', 'სწორი დიაგნოზ'],
  // Session 13. "Ignore the assessment (above)" and "the correct diagnosis": the assessment is named, since a bare
  // "ignore"/"disregard" is also what a patient instruction says of a symptom.
  am: ['ግምገማ ችላ', 'ግምገማውን ችላ', 'ትክክለኛው ምርመራ', 'ትክክለኛ ምርመራ'],
  gu: ['મૂલ્યાંકનને અવગણો', 'મૂલ્યાંકન અવગણો', 'ઉપરનું અવગણો', 'સાચું નિદાન'],
  pa: ['ਮੁਲਾਂਕਣ ਨੂੰ ਅਣਡਿੱਠਾ', 'ਮੁਲਾਂਕਣ ਨੂੰ ਨਜ਼ਰਅੰਦਾਜ਼', 'ਸਹੀ ਨਿਦਾਨ'],
  km: ['មិនអើពើការវាយតម្លៃ', 'រោគវិនិច្ឆ័យត្រឹមត្រូវ'],
  si: ['තක්සේරුව නොසලකා', 'නිවැරදි රෝග විනිශ්චය'],
  te: ['అంచనాను పట్టించుకోవద్దు', 'అంచనాను విస్మరించండి', 'సరైన నిర్ధారణ'],
  fi: ['ohita yllä oleva', 'jätä huomiotta yllä', 'oikea diagnoosi', 'todellinen diagnoosi', 'on mitätön'],
  hr: ['zanemarite gornj*', 'zanemari gornj*', 'ispravna dijagnoza', 'prava dijagnoza', 'nevažeć*'],
  // Session 14. "Ignore the (above) assessment" and "the correct diagnosis" in Slovak, Lithuanian, Estonian and
  // Icelandic, and in Lao, Burmese, Kannada, Malayalam and Odia (the assessment named, as in session 13).
  sk: ['ignorujte vyššie', 'ignorujte predchádzajúc*', 'správna diagnóza', 'skutočná diagnóza', 'neplatí'],
  lt: ['nepaisykite aukščiau*', 'nepaisyk aukščiau*', 'ignoruokite aukščiau*', 'teisinga diagnozė', 'tikroji diagnozė', 'nebegalioja'],
  et: ['eirake ülaltoodu*', 'eira ülaltoodu*', 'ignoreerige ülaltoodu*', 'õige diagnoos', 'tegelik diagnoos', 'on kehtetu'],
  is: ['hunsið ofangreint', 'hunsaðu ofangreint', 'hunsið matið', 'rétt greining', 'raunveruleg greining', 'er ógilt', 'er ógild'],
  lo: ['ບໍ່ຕ້ອງສົນໃຈການປະເມີນ', 'ບໍ່ສົນໃຈການປະເມີນ', 'ການວິນິດໄສທີ່ຖືກຕ້ອງ'],
  my: ['အကဲဖြတ်ချက်ကို လျစ်လျူရှု', 'အကဲဖြတ်ချက်ကိုလျစ်လျူရှု', 'မှန်ကန်သော ရောဂါ', 'မှန်ကန်သောရောဂါ'],
  kn: ['ಮೌಲ್ಯಮಾಪನವನ್ನು ನಿರ್ಲಕ್ಷಿಸಿ', 'ಮೌಲ್ಯಮಾಪನ ನಿರ್ಲಕ್ಷಿಸಿ', 'ಸರಿಯಾದ ರೋಗನಿರ್ಣಯ'],
  ml: ['വിലയിരുത്തൽ അവഗണിക്കുക', 'വിലയിരുത്തലിനെ അവഗണിക്കുക', 'ശരിയായ രോഗനിർണയം'],
  or: ['ମୂଲ୍ୟାଙ୍କନକୁ ଅଣଦେଖା', 'ମୂଲ୍ୟାଙ୍କନ ଅଣଦେଖା', 'ସଠିକ୍ ନିଦାନ', 'ସଠିକ ନିଦାନ'],
  // Session 15. "Disregard the (above) assessment" and "the correct diagnosis" in Latvian, Slovenian, Welsh, Maltese,
  // Albanian and Basque, and in Tibetan and Dhivehi (Thaana); the assessment or "the above" is named, as in session 13.
  lv: ['neņemt vērā iepriekšēj*', 'neņemiet vērā iepriekšēj*', 'ignorēt iepriekšēj*', 'ignorējiet iepriekšēj*', 'pareizā diagnoze', 'īstā diagnoze'],
  sl: ['ne upoštevajte zgornj*', 'ne upoštevaj zgornj*', 'prezrite zgornj*', 'pravilna diagnoza', 'prava diagnoza', 'ni več veljav*'],
  cy: ['anwybyddwch yr asesiad', "anwybyddu'r asesiad", 'y diagnosis cywir', 'y gwir ddiagnosis'],
  mt: ['injora l-valutazzjoni', 'injoraw il-valutazzjoni', 'id-dijanjosi korretta', 'id-dijanjosi vera'],
  sq: ['injoroni vlerësimin', 'mos merrni parasysh vlerësimin', 'diagnoza e saktë', 'diagnoza e vërtetë'],
  eu: ['ez hartu kontuan goiko', 'ez kontuan hartu goiko', 'diagnostiko zuzena', 'benetako diagnostikoa'],
  bo: ['དཔྱད་ཞིབ་ལ་མ་བལྟ', 'ནད་ངོས་འཛིན་ངོ་མ'],
  dv: ['ވަޒަން ދޫކޮށްލާ', 'ރަނގަޅު ޑައިގްނޯސިސ'],
};

/**
 * Medication-taking and care words of instructions to the patient in scripts other than Latin ("Продолжайте принимать",
 * "استمر في تناول", "계속 복용하세요", "लेते रहिए"): a line in another script that tells the patient to take a drug is
 * the clinician's instruction, as it is in English, unless it also names the claim, the record, a reader or an override.
 */
const PATIENT_CARE_WORDS: Readonly<Record<string, readonly string[]>> = {
  ru: ['принима*', 'продолжайте', 'пейте', 'применяйте', 'используйте'],
  uk: ['приймайте', 'продовжуйте', 'пийте', 'застосовуйте'],
  zh: ['服用', '继续服用', '繼續服用', '每天服', '按时服'],
  ja: ['服用', '飲み続け', '飲んで', '内服', 'お飲みください'],
  ko: ['복용', '드세요', '바르세요'],
  ar: ['تناول', 'استمر في', 'استمري في', 'خذ ', 'خذي '],
  he: ['ליטול', 'המשך ליטול', 'המשיכו ליטול', 'קח ', 'קחי '],
  hi: ['लेते रहिए', 'लेते रहें', 'लीजिए', 'खाते रहें', 'दवा लें'],
  el: ['συνεχίστε', 'παίρνετε', 'λαμβάνετε'],
  th: ['รับประทาน', 'ทานยา', 'กินยา'],
  // Session 12: "keep taking", "take", "continue" in Bengali, Tamil, Armenian and Georgian.
  bn: ['খেতে থাকুন', 'খাবেন', 'সেবন করুন', 'চালিয়ে যান'],
  ta: ['எடுத்துக்கொள்ளுங்கள்', 'எடுத்துக் கொள்ளுங்கள்', 'சாப்பிடுங்கள்', 'தொடர்ந்து எடு'],
  hy: ['ընդունել', 'ընդունեք', 'շարունակեք'],
  ka: ['განაგრძეთ', 'მიიღეთ', 'მიღება'],
  // Session 13: "keep taking", "take", "continue" in Amharic, Gujarati, Punjabi, Khmer ("លេប", to take a pill),
  // Sinhala and Telugu.
  am: ['መውሰድ', 'ይውሰዱ', 'ይቀጥሉ'],
  gu: ['લેવાનું ચાલુ', 'લેતા રહો', 'ચાલુ રાખો', 'દવા લો'],
  pa: ['ਲੈਂਦੇ ਰਹੋ', 'ਲੈਣਾ ਜਾਰੀ', 'ਜਾਰੀ ਰੱਖੋ', 'ਦਵਾਈ ਲਓ'],
  km: ['លេប', 'ប្រើថ្នាំ'],
  si: ['දිගටම ගන්න', 'ගන්න', 'පානය කරන්න'],
  te: ['తీసుకోవడం కొనసాగించండి', 'తీసుకోండి', 'కొనసాగించండి'],
  // Session 14: "keep taking", "take", "continue" in Lao ("ກິນ", to take by mouth), Burmese ("သောက်", to take a drink
  // or a pill), Kannada, Malayalam and Odia.
  lo: ['ກິນຢາ', 'ກິນ', 'ສືບຕໍ່'],
  my: ['ဆက်သောက်', 'သောက်ပါ', 'ဆေးသောက်'],
  kn: ['ತೆಗೆದುಕೊಳ್ಳುವುದನ್ನು ಮುಂದುವರಿಸಿ', 'ತೆಗೆದುಕೊಳ್ಳಿ', 'ಮುಂದುವರಿಸಿ'],
  ml: ['കഴിക്കുന്നത് തുടരുക', 'കഴിക്കുക', 'തുടരുക'],
  or: ['ଜାରି ରଖନ୍ତୁ', 'ସେବନ କରନ୍ତୁ', 'ଖାଆନ୍ତୁ'],
  // Session 15: "take (eat) the medicine", "continue", "every day" in Tibetan ("བཟའ", to eat; "མུ་མཐུད", to continue),
  // Dhivehi ("ބޭސް", medicine; "ކެއުން", eating; "ކުރިއަށް ގެންދ", to carry on) and Inuktitut syllabics ("ᐃᓗᐊᕈᓯᖅ",
  // medicine; "ᐊᑐᕐᓗᒍ", use it; "ᐅᓪᓗᑕᒫᑦ", every day).
  bo: ['སྨན་ཟ', 'སྨན་འཐུང', 'བཟའ', 'མུ་མཐུད', 'ཉིན་རེ་བཞིན'],
  dv: ['ބޭސް', 'ކެއުން', 'ކުރިއަށް ގެންދ', 'ކޮންމެ ދުވަހަކު'],
  iu: ['ᐃᓗᐊᕈᓯ', 'ᐊᑐᕐᓗᒍ', 'ᐅᓪᓗᑕᒫᑦ'],
};

/**
 * AI, language-model and automated-system words by language (session 10). An English note names "AI" in its own words;
 * in another language's words, it is a message to a machine reader pasted into the note.
 */
const READER_WORDS: Readonly<Record<string, readonly string[]>> = {
  es: ['inteligencia artificial', 'modelo de lenguaje', 'asistente virtual', 'sistema automático'],
  fr: ['intelligence artificielle', 'modèle de langage', 'assistant virtuel', 'système automatique'],
  de: ['künstliche intelligenz', 'sprachmodell', 'ki-system', 'ki-assistent'],
  pt: ['inteligência artificial', 'modelo de linguagem', 'assistente virtual'],
  it: ['intelligenza artificiale', 'modello linguistico', 'assistente virtuale'],
  pl: ['sztuczna inteligencja', 'sztucznej inteligencji', 'model językowy', 'modelu językowego'],
  nl: ['kunstmatige intelligentie', 'taalmodel', 'ai-systeem'],
  tl: ['artipisyal na intelihensiya'],
  vi: ['trí tuệ nhân tạo', 'mô hình ngôn ngữ'],
  ru: ['искусственный интеллект', 'нейросет*', 'языков* модел*', 'ии-ассистент*', 'iskusstvennyy intellekt', 'neyroset*'],
  uk: ['штучний інтелект', 'мовна модель', 'нейромереж*'],
  zh: ['人工智能', '语言模型', '語言模型', '大模型', 'ai助手', 'rengong zhineng'],
  ja: ['人工知能', '言語モデル', 'aiアシスタント', 'aiモデル', 'ai モデル', 'チャットボット'],
  ko: ['인공지능', '언어 모델', '언어모델', '챗봇', '코딩 모델', '코딩모델', 'ai 모델'],
  ar: ['الذكاء الاصطناعي', 'نموذج لغوي', 'النموذج اللغوي'],
  he: ['בינה מלאכותית', 'מודל שפה'],
  hi: ['कृत्रिम बुद्धिमत्ता', 'भाषा मॉडल', 'एआई'],
  tr: ['yapay zeka', 'yapay zekâ', 'dil modeli'],
  sv: ['artificiell intelligens', 'språkmodell*'],
  da: ['kunstig intelligens', 'sprogmodel*', 'språkmodell*'],
  ro: ['inteligență artificială', 'inteligenta artificiala', 'model lingvistic'],
  id: ['kecerdasan buatan', 'model bahasa'],
  cs: ['umělá inteligence', 'umělé inteligence', 'jazykový model'],
  el: ['τεχνητή νοημοσύνη', 'γλωσσικό μοντέλο'],
  th: ['ปัญญาประดิษฐ์', 'โมเดลภาษา'],
  sw: ['akili bandia', 'akili mnemba'],
  hu: ['mesterséges intelligencia', 'nyelvi modell*', 'ai-modell*'],
  bn: ['কৃত্রিম বুদ্ধিমত্তা', 'এআই মডেল', 'ভাষা মডেল'],
  ta: ['செயற்கை நுண்ணறிவு', 'ai மாதிரி', 'மொழி மாதிரி'],
  hy: ['արհեստական բանականություն', 'աբ մոդել', 'ai մոդել', 'լեզվական մոդել'],
  ka: ['ხელოვნური ინტელექტ', 'ai მოდელ', 'ენობრივი მოდელ'],
  // Session 13. "AI model" with the language's own noun (English "AI model" is READER_ADDRESS's); Croatian and Czech
  // "AI modelu" is the dative ("instruction to the AI model").
  am: ['ሰው ሰራሽ አስተውሎት', 'ai ሞዴል', 'የቋንቋ ሞዴል'],
  gu: ['કૃત્રિમ બુદ્ધિ', 'ai મોડેલ', 'ભાષા મોડેલ'],
  pa: ['ਨਕਲੀ ਬੁੱਧੀ', 'ai ਮਾਡਲ', 'ਭਾਸ਼ਾ ਮਾਡਲ'],
  km: ['បញ្ញាសិប្បនិម្មិត', 'ម៉ូដែល ai', 'ai ម៉ូដែល', 'ម៉ូដែលភាសា'],
  si: ['ai ආකෘති', 'භාෂා ආකෘති'],
  te: ['కృత్రిమ మేధ', 'ai మోడల్', 'భాషా మోడల్'],
  fi: ['tekoäly*', 'kielimalli*', 'ai-malli*'],
  hr: ['umjetn* inteligencij*', 'jezičn* model*', 'ai modelu', 'ai modela'],
  // Session 14. Lithuanian "DI" is "dirbtinis intelektas"; Icelandic compounds the model onto "gervigreind".
  sk: ['umel* inteligenci*', 'jazykov* model*', 'ai modelu', 'ai model'],
  lt: ['dirbtin* intelekt*', 'di modeli*', 'kalbos model*', 'ai modeli*'],
  et: ['tehisintellekt*', 'keelemudel*', 'ti mudel*', 'ai mudel*'],
  is: ['gervigreind*', 'mállíkan*'],
  lo: ['ປັນຍາປະດິດ', 'ໂມເດລ', 'ແບບຈຳລອງ ai', 'ແບບຈຳລອງai'],
  my: ['ဉာဏ်ရည်တု', 'မော်ဒယ်'],
  kn: ['ಕೃತಕ ಬುದ್ಧಿಮತ್ತೆ', 'ai ಮಾದರಿ', 'ai ಮಾಡೆಲ'],
  ml: ['നിർമ്മിത ബുദ്ധി', 'ai മോഡൽ', 'ai മോഡലി'],
  or: ['କୃତ୍ରିମ ବୁଦ୍ଧିମତ୍ତା', 'ai ମଡେଲ', 'ai ମଡ଼େଲ'],
  // Session 15. Latvian "MI" is "mākslīgais intelekts", Slovenian "UI" "umetna inteligenca", Albanian "IA"
  // "inteligjenca artificiale", Basque "AA" "adimen artifiziala"; Tibetan "མི་བཟོས་བློ་རིག" and Dhivehi "އޭއައި" (AI).
  lv: ['mākslīg* intelekt*', 'mi model*', 'valodas model*', 'ai model*'],
  sl: ['umetn* inteligenc*', 'jezikovn* model*', 'model* ui', 'ui model*', 'model* ai'],
  cy: ['deallusrwydd artiffisial', 'model iaith', 'model ai'],
  mt: ['intelliġenza artifiċjali', 'mudell lingwistiku', 'mudell tal-ia', 'mudell ai'],
  sq: ['inteligjenc* artificial*', 'modelin e ia', 'modeli i ia', 'model* gjuhësor*'],
  eu: ['adimen artifizial*', 'hizkuntza-eredu*', 'ai eredu*', 'aa eredu*'],
  bo: ['མི་བཟོས་བློ་རིག', 'བློ་རིག་མ་དཔེ'],
  dv: ['އޭއައި', 'އާޓިފިޝަލް އިންޓެލިޖެންސ'],
};

export const LANGUAGE_VOCABULARY: Readonly<Record<string, LanguageVocabulary>> = {
  es: {
    coding: ['codificar', 'codifique', 'codifiquen', 'codificación', 'código', 'códigos', 'cie-10', 'cie10'],
    billing: ['factura', 'facturar', 'facture', 'facturación', 'cobro', 'cobrar', 'aseguradora', 'reembolso', 'reclamación', 'reclamo', 'autorización', 'pagador'],
    record: ['expediente', 'historial', 'resumen de diagnósticos', 'lista de diagnósticos', 'lista de problemas'],
    request: ['por favor', 'favor de', 'agregue', 'agreguen', 'agregar', 'añada', 'añadir', 'incluya', 'incluir', 'anote', 'registre', 'sería útil', 'sería bueno', 'se ruega', 'necesita ver'],
  },
  fr: {
    coding: ['coder', 'codez', 'codage', 'codifier', 'cim-10', 'cim10'],
    billing: ['facture', 'facturer', 'facturez', 'facturation', 'remboursement', 'rembourser', 'assureur', 'mutuelle', 'cotation', 'coter'],
    record: ['dossier', 'liste des diagnostics', 'compte rendu'],
    request: ['merci de', "merci d'", 'veuillez', "s'il vous plaît", 'ajouter', 'ajoutez', 'rajouter', 'indiquer', 'indiquez', 'mentionner', 'pourriez-vous', 'il faudrait'],
  },
  de: {
    coding: ['kodieren', 'kodierung', 'kodiert', 'kodierer', 'verschlüsseln', 'diagnoseschlüssel', 'icd-kode'],
    billing: ['abrechnung', 'abrechnen', 'abgerechnet', 'krankenkasse', 'kostenträger', 'versicherung', 'erstattung', 'rechnung', 'vergütung'],
    record: ['akte', 'diagnoseliste', 'dokumentation', 'arztbrief'],
    request: ['bitte', 'ergänzen', 'hinzufügen', 'aufnehmen', 'nachtragen', 'übernehmen', 'eintragen', 'wäre hilfreich'],
  },
  pt: {
    coding: ['codificar', 'codificação', 'código', 'códigos', 'cid-10', 'cid10'],
    billing: ['faturamento', 'faturar', 'fatura', 'convênio', 'seguradora', 'reembolso', 'cobrança', 'operadora', 'glosa'],
    record: ['prontuário', 'registo', 'processo clínico', 'lista de diagnósticos', 'lista de problemas'],
    request: ['por favor', 'favor', 'incluir', 'inclua', 'acrescente', 'acrescentar', 'adicione', 'adicionar', 'registre', 'registe', 'solicito', 'solicita-se', 'seria útil'],
  },
  it: {
    coding: ['codifica', 'codificare', 'codificato', 'codice', 'codici', 'codificazione'],
    billing: ['fatturazione', 'fatturare', 'fattura', 'fatture', 'amministrativa', 'amministrativo', 'amministrativi', 'amministrative', 'rimborso', 'assicurazione', 'pagatore', 'tariffazione', 'drg'],
    record: ['cartella', 'cartella clinica', 'documentazione', 'elenco delle diagnosi', 'lista delle diagnosi', 'sdo'],
    request: ['per favore', 'si prega', 'prego', 'aggiungere', 'aggiunga', 'aggiungi', 'inserire', 'inserisca', 'includere', 'includa', 'sarebbe utile'],
  },
  pl: {
    coding: ['kod', 'kodu', 'kody', 'kodów', 'kodowanie', 'zakodować', 'zakodowanie', 'zakoduj'],
    billing: ['rozliczenie', 'rozliczenia', 'rozliczeniu', 'rozliczyć', 'faktura', 'faktury', 'fakturze', 'fakturę', 'fakturach', 'rozliczeń', 'rozliczeniowa', 'rozliczeniowy', 'rozliczeniowe', 'rozliczeniowej', 'nfz', 'ubezpieczyciel', 'ubezpieczyciela', 'refundacja', 'refundacji', 'płatnik', 'płatnika'],
    record: ['dokumentacja', 'dokumentacji', 'historia choroby', 'lista rozpoznań'],
    request: ['proszę', 'prosimy', 'uprzejmie', 'dopisać', 'dopisz', 'dodać', 'dodaj', 'uwzględnić', 'wpisać', 'wpisz'],
  },
  nl: {
    coding: ['coderen', 'codeer', 'codering', 'gecodeerd'],
    // Dutch writes compounds as one word ("declaratiemedewerker", "declaratiecode", "declaratiediagnose"): the stem
    // reads them; the whole word stays for the statement model's token table (a stem is no token it reads).
    billing: ['declaratie', 'declaratie*', 'declareren', 'gedeclareerd', 'factuur', 'facturatie', 'verzekeraar', 'zorgverzekeraar', 'vergoeding', 'dbc'],
    record: ['dossier', 'documentatie', 'probleemlijst', 'diagnoselijst'],
    request: ['graag', 'gelieve', 'alstublieft', 'toevoegen', 'voeg', 'opnemen', 'vermelden', 'zou fijn zijn'],
  },
  tl: {
    coding: ['i-code', 'icode', 'kodigo'],
    billing: ['singil', 'bayarin', 'philhealth', 'seguro', 'billing'],
    record: ['talaan', 'rekord', 'listahan'],
    // "paki-" opens a polite request verb ("pakidagdag", "pakilagay", "pakisama"): matched as a prefix.
    request: ['paki', 'idagdag', 'ilagay', 'isama', 'isulat', 'dagdagan'],
  },
  vi: {
    coding: ['mã', 'mã bệnh', 'mã icd', 'mã hóa'],
    billing: ['thanh toán', 'bảo hiểm', 'hóa đơn', 'viện phí', 'bhyt'],
    record: ['hồ sơ', 'bệnh án', 'danh sách chẩn đoán'],
    request: ['vui lòng', 'xin', 'thêm', 'bổ sung', 'ghi thêm', 'đề nghị'],
  },
  ru: {
    coding: ['кодир*', 'код мкб', 'мкб-10', 'мкб10', 'kodirovanie', 'kodirovat'],
    billing: ['счёт*', 'счет*', 'биллинг*', 'оплат*', 'страховк*', 'страховой', 'страховая', 'страховую', 'страхового', 'страхование', 'омс', 'дмс', 'возмещени*', 'schet', 'scheta', 'strakhovka', 'strakhovki', 'strakhovku', 'strakhovoy', 'strakhovaya', 'oplata', 'oplaty'],
    record: ['медицинскую карту', 'медицинская карта', 'история болезни', 'историю болезни', 'список диагнозов', 'istoriya bolezni', 'medkarta'],
    request: ['пожалуйста', 'добавьте', 'добавить', 'внесите', 'внести', 'укажите', 'допишите', 'прошу', 'pozhaluysta', 'pozhalujsta', 'pozhaluista', 'dobavte', 'dobavit', 'vnesite', 'ukazhite'],
  },
  uk: {
    coding: ['кодуван*', 'мкх-10', 'код мкх'],
    billing: ['рахун*', 'білінг*', 'оплат*', 'страховк*', 'страхова', 'страхову', 'страхування', 'відшкодуван*'],
    record: ['медична карта', 'медичну карту', 'список діагнозів'],
    request: ['будь ласка', 'додайте', 'додати', 'внесіть', 'вкажіть', 'прошу'],
  },
  zh: {
    coding: ['编码', '诊断代码', '疾病代码', '国际疾病分类', '編碼', 'bianma'],
    billing: ['医保', '報銷', '报销', '计费', '計費', '收费', '账单', '帳單', '结算', '保险', '保險', '理赔', 'yibao', 'baoxiao', 'jifei', 'shoufei', 'zhangdan', 'jiesuan'],
    record: ['诊断列表', '診斷列表', '病历', '病歷', '诊断清单', 'zhenduan liebiao', 'bingli'],
    request: ['请', '請', '加入', '添加', '补充', '麻烦', 'qing', 'tianjia', 'jiaru', 'buchong'],
  },
  ja: {
    coding: ['コード', 'コーダー', 'コーディング', '傷病名コード'],
    billing: ['レセプト', '請求', '保険', '診療報酬', '算定', '医事課', 'rezeputo', 'seikyu', 'seikyuu'],
    record: ['カルテ', '病名リスト', '診断名リスト', '傷病名'],
    request: ['ください', '下さい', 'お願い', '追加', '記載', '登録', 'onegaishimasu', 'tsuika'],
  },
  ko: {
    coding: ['코드', '코딩', '상병코드', '질병코드'],
    billing: ['청구', '보험', '수가', '진료비', '환급', '원무과'],
    record: ['차트', '진단 목록', '의무기록', '진단명'],
    request: ['주세요', '부탁', '추가', '기재', '입력', '요청'],
  },
  ar: {
    coding: ['ترميز', 'رمز', 'كود'],
    billing: ['فاتورة', 'الفاتورة', 'تأمين', 'التأمين', 'مطالبة', 'المطالبة', 'الفوترة', 'تعويض', 'السداد', 'fatoura'],
    record: ['الملف الطبي', 'ملف المريض', 'قائمة التشخيص'],
    request: ['يرجى', 'الرجاء', 'من فضلك', 'أضف', 'إضافة', 'اضافة', 'min fadlak', 'law samaht'],
  },
  he: {
    coding: ['קידוד', 'קוד'],
    billing: ['חשבון', 'חשבונית', 'ביטוח', 'החזר', 'קופת חולים', 'גבייה', 'תשלום', 'לחיוב', 'של החיוב', 'מחלקת החיוב'],
    record: ['תיק רפואי', 'רשימת אבחנות', 'רשומה'],
    request: ['בבקשה', 'להוסיף', 'הוסף', 'הוסיפו', 'לרשום', 'נא '],
  },
  hi: {
    coding: ['कोड', 'कोडिंग'],
    billing: ['बिल', 'बीमा', 'दावा', 'दावे', 'भुगतान', 'प्रतिपूर्ति', 'bima', 'beema', 'daawa', 'bhugtan'],
    record: ['रिकॉर्ड', 'निदान सूची', 'फ़ाइल'],
    request: ['कृपया', 'जोड़ें', 'जोड़ दें', 'जोड़िए', 'शामिल करें', 'kripya', 'kripaya', 'krupya', 'jod dijiye', 'jodiye', 'jod do', 'jod dein', 'shamil karein', 'daal dijiye'],
  },
  tr: {
    coding: ['kodla*', 'icd kodu', 'tanı kodu'],
    billing: ['fatura*', 'sigorta*', 'sgk', 'ödeme*', 'geri ödeme', 'provizyon'],
    record: ['tanı listesi*', 'hasta dosyası', 'epikriz'],
    request: ['lütfen', 'ekleyin', 'ekleyiniz', 'eklenmesi', 'rica ederim'],
  },
  sv: {
    coding: ['kodning*', 'kodare*', 'diagnoskod*'],
    billing: ['fakturer*', 'faktura*', 'ersättning*', 'försäkring*', 'debiter*', 'ekonomiavdelning*'],
    record: ['journalen', 'diagnoslista*', 'patientjournal*'],
    request: ['vänligen', 'var god', 'lägg till', 'lägga till'],
  },
  da: {
    coding: ['diagnosekode*'],
    billing: ['afregning*', 'regning*', 'forsikring*', 'refusion*', 'oppgjør*', 'økonomiavdeling*', 'økonomiafdeling*', 'fakturer*'],
    record: ['diagnoseliste*', 'journalnotat*'],
    request: ['venligst', 'vennligst', 'tilføj', 'tilføje', 'tilføy', 'legg til'],
  },
  ro: {
    coding: ['codificare', 'codul icd', 'cod icd'],
    billing: ['factur*', 'decontare*', 'asigurar*', 'asigurăr*', 'rambursare*'],
    record: ['foaia de observație', 'lista de diagnostice'],
    request: ['vă rugăm', 'va rugam', 'vă rog', 'adăugați', 'adaugati', 'includeți'],
  },
  id: {
    coding: ['kode icd', 'pengkodean', 'koding', 'koder', 'pengode'],
    billing: ['klaim', 'asuransi', 'tagihan', 'bpjs', 'penagihan', 'insurans', 'tuntutan'],
    record: ['rekam medis', 'daftar diagnosis', 'rekod perubatan'],
    request: ['mohon', 'tolong', 'tambahkan', 'menambahkan', 'masukkan', 'sila', 'tuliskan', 'tulis'],
  },
  cs: {
    coding: ['kódování', 'kódovat', 'kód diagnózy'],
    billing: ['vyúčtován*', 'faktur*', 'pojišťovn*', 'pojistovn*', 'úhrad*', 'poisťovň*'],
    record: ['zdravotnická dokumentace', 'seznam diagnóz'],
    request: ['prosím', 'doplňte', 'doplnit', 'přidejte', 'přidat', 'uveďte'],
  },
  el: {
    coding: ['κωδικοποίηση', 'κωδικό', 'κωδικός'],
    billing: ['αποζημίωσ*', 'τιμολόγ*', 'ασφάλει*', 'ασφαλιστ*', 'χρέωσ*', 'εοπυυ'],
    record: ['φάκελο*', 'λίστα διαγνώσεων'],
    request: ['παρακαλώ', 'προσθέστε', 'προσθέσετε'],
  },
  th: {
    coding: ['รหัส', 'ลงรหัส'],
    billing: ['ใบแจ้งหนี้', 'เบิก', 'ประกัน', 'ค่าใช้จ่าย', 'เรียกเก็บ'],
    record: ['เวชระเบียน', 'รายการวินิจฉัย'],
    // "ช่วยเขียน"/"เขียนว่า": "please write (that)", the family's ask that the record say a diagnosis (session 12).
    request: ['กรุณา', 'โปรด', 'เพิ่ม', 'ช่วยเขียน', 'เขียนว่า'],
  },
  sw: {
    coding: ['msimbo'],
    // "Bima" alone is also a name; "for the insurance" is not.
    billing: ['kwenye bili', 'bima', 'malipo', 'ajili ya bima', 'kwenye dai', 'dai hili', 'dai la bima'],
    record: ['rekodi', 'faili la mgonjwa'],
    request: ['tafadhali', 'ongeza', 'ingiza'],
  },
  // Session 12. Hungarian takes suffixes ("kódolót", "számlázási"): stems.
  hu: {
    coding: ['kódoló*', 'kódolás*', 'kódolni', 'bno-kód*', 'diagnóziskód*'],
    billing: ['számlázás*', 'számlázási', 'számlá*', 'elszámolás*', 'finanszírozás*', 'biztosító*', 'térítés*'],
    record: ['kórlap*', 'diagnózislistá*'],
    request: ['kérem', 'kérjük', 'vegye fel', 'vegyék fel', 'adja hozzá', 'rögzítse'],
  },
  // Bengali, Tamil, Armenian and Georgian attach postpositions and case endings to the word ("বীমার", "காப்பீட்டுக்காக",
  // "ბილინგის"): their entries match inside a run of letters, as the unbounded scripts' do.
  bn: {
    coding: ['কোডার', 'কোডিং', 'কোড'],
    billing: ['বিলিং', 'বিল করা', 'বীমা', 'দাবি'],
    record: ['রেকর্ডে', 'মেডিকেল রেকর্ড'],
    request: ['অনুগ্রহ করে', 'যোগ করুন', 'যোগ করা হবে', 'লিখে দিন', 'দয়া করে'],
  },
  ta: {
    coding: ['குறியீட்டாளர', 'குறியீட்டுப்', 'குறியீடு', 'குறியீட்டு'],
    billing: ['பில்லிங்', 'பில் செய்', 'காப்பீட்டு', 'காப்பீடு'],
    record: ['மருத்துவப் பதிவ', 'மருத்துவ பதிவ'],
    request: ['சேர்க்கவும்', 'சேர்க்கப்படும்', 'தயவுசெய்து', 'எழுதுங்கள்'],
  },
  hy: {
    coding: ['կոդավոր', 'կոդը', 'կոդ՝'],
    billing: ['վճարման', 'վճարում', 'հաշվարկային', 'հաշվապահ', 'ապահովագր'],
    record: ['բժշկական քարտ', 'ախտորոշումների ցանկ'],
    request: ['խնդրում ենք', 'ավելացնել', 'ավելացրեք', 'գրեք'],
  },
  ka: {
    coding: ['კოდირ', 'კოდი'],
    billing: ['ბილინგ', 'ანგარიშსწორ', 'დაზღვევ'],
    record: ['სამედიცინო ბარათ', 'დიაგნოზების სია'],
    request: ['გთხოვთ', 'დაამატეთ', 'დაამატოთ', 'დაემატოს'],
  },
  // Session 13. Amharic attaches prepositions and the genitive ("የክፍያ", "ለኢንሹራንስ"), Gujarati, Punjabi, Sinhala and
  // Telugu case endings ("વીમા માટે", "కోడర్‌కు", "කේතකරුට"), and Khmer writes no spaces between words: all match
  // inside a run. "Bill" alone is left out in the Indic scripts (Gujarati "બિલકુલ" is "at all"); the "-ing" loanword is kept.
  am: {
    coding: ['ኮደር', 'ኮድ'],
    billing: ['ክፍያ', 'ኢንሹራንስ', 'መድን', 'ሂሳብ'],
    record: ['የሕክምና መዝገብ'],
    request: ['እባክዎ', 'እባክዎን', 'ይጨምሩ', 'ያክሉ', 'ይጻፉ', 'ተጨምሯል'],
  },
  gu: {
    coding: ['કોડર', 'કોડિંગ', 'કોડ'],
    billing: ['બિલિંગ', 'વીમા', 'વીમો', 'દાવો', 'ચુકવણી'],
    record: ['તબીબી રેકોર્ડ'],
    request: ['કૃપા કરીને', 'ઉમેરો', 'ઉમેરવામાં', 'લખી આપો', 'લખો', 'સામેલ કરો'],
  },
  pa: {
    coding: ['ਕੋਡਰ', 'ਕੋਡਿੰਗ', 'ਕੋਡ'],
    billing: ['ਬਿਲਿੰਗ', 'ਬੀਮਾ', 'ਬੀਮੇ', 'ਦਾਅਵਾ', 'ਭੁਗਤਾਨ'],
    record: ['ਮੈਡੀਕਲ ਰਿਕਾਰਡ'],
    request: ['ਕਿਰਪਾ ਕਰਕੇ', 'ਜੋੜੋ', 'ਜੋੜ ਦਿੱਤਾ', 'ਸ਼ਾਮਲ ਕਰੋ', 'ਲਿਖ ਦਿਓ', 'ਲਿਖੋ'],
  },
  km: {
    coding: ['អ្នកដាក់កូដ', 'កូដ'],
    billing: ['វិក្កយបត្រ', 'ធានារ៉ាប់រង', 'ការទូទាត់'],
    record: ['កំណត់ត្រាវេជ្ជសាស្ត្រ'],
    request: ['សូមបន្ថែម', 'សូមសរសេរ', 'បានបន្ថែម'],
  },
  si: {
    coding: ['කේතකරු', 'කේතය', 'කේත'],
    billing: ['බිල්පත්', 'රක්ෂණ', 'ගෙවීම'],
    record: ['වෛද්ය වාර්තා'],
    request: ['කරුණාකර', 'එකතු කරන්න', 'එකතු කරන ලදී', 'ලියන්න', 'ඇතුළත් කරන්න'],
  },
  te: {
    coding: ['కోడర్', 'కోడింగ్', 'కోడ్'],
    billing: ['బిల్లింగ్', 'బీమా', 'చెల్లింపు', 'క్లెయిమ్'],
    record: ['వైద్య రికార్డు'],
    request: ['దయచేసి', 'జోడించండి', 'జోడించబడింది', 'చేర్చండి', 'రాయండి'],
  },
  // Finnish and Croatian take case endings ("koodaajaa", "laskutukseen", "osiguranja"): stems.
  fi: {
    coding: ['koodaaja*', 'koodaus*', 'diagnoosikoodi*', 'icd-koodi*'],
    billing: ['laskutu*', 'vakuutus', 'vakuutukse*', 'vakuutusyhtiö*', 'korvaus*', 'kela'],
    record: ['potilaskertomu*', 'sairauskertomu*', 'diagnoosilista*'],
    request: ['pyydän', 'pyydämme', 'olkaa hyvä', 'lisätkää', 'lisäämään', 'kirjoittakaa', 'merkitkää'],
  },
  hr: {
    coding: ['kodiranj*', 'šifr* dijagnoz*', 'mkb-10'],
    billing: ['osiguranj*', 'osiguravatelj*', 'naplat*', 'obračun*', 'fakturiranj*', 'hzzo'],
    record: ['medicinsk* dokumentacij*', 'popis dijagnoza'],
    request: ['molim vas', 'molimo vas', 'dodajte', 'napišite', 'upišite', 'navedite'],
  },
  // Session 14. Slovak, Lithuanian, Estonian and Icelandic take case endings and compound ("Arveldusdiagnoos",
  // "reikningsdeild", "poisťovni"): stems. Lao, Burmese, Kannada, Malayalam and Odia attach endings or write no spaces
  // between words: their entries match inside a run (Malayalam and Odia written without the final virama, which an
  // attached ending replaces: "ഇൻഷുറൻസിനായി").
  sk: {
    coding: ['kódovan*', 'kódovač*', 'zakódova*', 'kód diagnózy'],
    billing: ['vyúčtovan*', 'účtovníctv*', 'poisťovn*', 'poisťovň*', 'fakturáci*', 'úhrad*'],
    record: ['zdravotn* dokumentáci*', 'zoznam diagnóz'],
    request: ['prosíme', 'doplniť', 'doplňte', 'pridajte', 'pridať', 'napíšte', 'uveďte'],
  },
  lt: {
    coding: ['koduotoj*', 'kodavim*', 'ligos kod*', 'tlk-10'],
    billing: ['atsiskaitym*', 'apskaitos', 'draudim*', 'sąskait*', 'ligonių kas*', 'apmokėjim*'],
    record: ['ligos istorij*', 'medicinos dokument*', 'diagnozių sąraš*'],
    request: ['prašome', 'prašau', 'pridėkite', 'pridėti', 'pridėta', 'parašykite', 'įrašykite', 'nurodykite'],
  },
  et: {
    coding: ['kodeerija*', 'kodeerimi*', 'diagnoosikood*', 'rhk-10'],
    billing: ['arveldus*', 'raamatupidami*', 'kindlustus*', 'haigekass*', 'arve', 'arvele'],
    record: ['haiguslug*', 'terviselug*', 'diagnooside nimekir*'],
    request: ['palun', 'lisage', 'lisada', 'lisatud', 'kirjutage', 'märkige'],
  },
  is: {
    coding: ['kóðar*', 'kóðun*', 'sjúkdómskóð*'],
    billing: ['reikningsdeild*', 'reikning*', 'trygging*', 'sjúkratrygging*', 'greiðsl*'],
    record: ['sjúkraskr*', 'greiningalist*'],
    request: ['vinsamlegast', 'bætið við', 'bæta við', 'bætt við', 'skrifið', 'skráið'],
  },
  lo: {
    coding: ['ລະຫັດ'],
    billing: ['ໃບບິນ', 'ປະກັນໄພ', 'ການຊຳລະ', 'ການເງິນ', 'ພະແນກບັນຊີ'],
    record: ['ບັນທຶກການແພດ'],
    request: ['ກະລຸນາ', 'ເພີ່ມ'],
  },
  my: {
    coding: ['ကုဒ်'],
    billing: ['ငွေတောင်းခံ', 'ငွေစာရင်း', 'အာမခံ', 'ငွေပေးချေ'],
    record: ['ဆေးမှတ်တမ်း'],
    request: ['ကျေးဇူးပြု၍', 'ထည့်ပါ', 'ထည့်ပြီး', 'ရေးပေးပါ'],
  },
  kn: {
    coding: ['ಕೋಡರ', 'ಕೋಡಿಂಗ', 'ಕೋಡ'],
    billing: ['ಬಿಲ್ಲಿಂಗ', 'ವಿಮೆ', 'ಪಾವತಿ'],
    record: ['ವೈದ್ಯಕೀಯ ದಾಖಲೆ'],
    request: ['ದಯವಿಟ್ಟು', 'ಸೇರಿಸಿ', 'ಸೇರಿಸಲಾಗಿದೆ', 'ಬರೆಯಿರಿ'],
  },
  ml: {
    coding: ['കോഡർ', 'കോഡിംഗ', 'കോഡ'],
    billing: ['ബില്ലിംഗ', 'ഇൻഷുറൻസ', 'പണമടയ്ക്കൽ'],
    record: ['മെഡിക്കൽ റെക്കോർഡ'],
    request: ['ദയവായി', 'ചേർക്കുക', 'ചേർത്തു', 'എഴുതുക'],
  },
  or: {
    coding: ['କୋଡର', 'କୋଡିଂ', 'କୋଡ'],
    billing: ['ବିଲିଂ', 'ବୀମା'],
    record: ['ମେଡିକାଲ ରେକର୍ଡ'],
    request: ['ଦୟାକରି', 'ଯୋଗ କରନ୍ତୁ', 'ଲେଖନ୍ତୁ', 'ଅନ୍ତର୍ଭୁକ୍ତ କରନ୍ତୁ'],
  },
  // Session 15. Latvian, Slovenian, Albanian and Basque take case endings and compound: stems. Welsh mutates an
  // initial consonant ("codio" after "adran" is "godio", "bilio" is "filio"): both forms. Maltese joins the article
  // with a hyphen ("tal-kodifikazzjoni"), which is a word boundary here. Tibetan is written with syllable marks, not
  // spaces, Dhivehi (Thaana) attaches endings, and Inuktitut syllabics build one long word: their entries match
  // inside a run. English-looking stems are left out ("pages" for Albanian "pagesë", "bil" for Welsh).
  lv: {
    coding: ['kodētāj*', 'kodēšan*', 'slimības kod*', 'ssk-10'],
    billing: ['rēķin*', 'apdrošināšan*', 'apdrošinātāj*', 'grāmatvedīb*', 'norēķin*', 'apmaksa*'],
    record: ['medicīnisk* dokumentācij*', 'slimības vēstur*', 'diagnožu sarakst*'],
    request: ['lūdzu', 'pievienot', 'pievienojiet', 'pievienots', 'pievienota', 'uzrakstiet', 'norādiet', 'ierakstiet'],
  },
  sl: {
    coding: ['kodirnik*', 'kodiran*', 'kodirn*', 'šifr* diagnoz*'],
    billing: ['obračun*', 'zavarovaln*', 'zavarovanj*', 'računovodstv*', 'plačnik*'],
    record: ['zdravstven* dokumentacij*', 'seznam diagnoz'],
    request: ['prosimo', 'dodajte', 'dodati', 'dodano', 'doda', 'napišite', 'vpišite', 'navedite'],
  },
  cy: {
    coding: ['codydd', 'codyddion', 'godydd', 'codio', 'godio', 'chodio'],
    billing: ['bilio', 'filio', 'cyfrifon', 'gyfrifon', 'yswiriant', 'hyswiriant', 'taliad', 'taliadau'],
    record: ['cofnod meddygol', 'cofnodion meddygol', 'rhestr diagnosau'],
    request: ['byddwch cystal', 'os gwelwch yn dda', 'ychwanegwch', 'ychwanegu', 'ychwanegwyd', 'ysgrifennwch', 'nodwch'],
  },
  mt: {
    coding: ['kodifikatur*', 'kodifikazzjoni', 'kodiċi'],
    billing: ['fattura', 'fatturi', 'nibbillaw', 'ibbilla*', 'assigurazzjoni', 'kontijiet'],
    record: ['rekord mediku', 'lista tad-dijanjosi'],
    request: ['jekk jogħġbok', 'jekk jogħgbok', 'żid', 'żidu', 'jżid', 'żżid', 'miżjud*', 'ikteb', 'iktbu'],
  },
  sq: {
    coding: ['kodues*', 'kodim*', 'kodi i diagnoz*'],
    billing: ['faturim*', 'faturë', 'faturën', 'sigurim*', 'kontabilitet*', 'pagesën', 'pagesë'],
    record: ['kartel* mjekësor*', 'dokumentacion* mjekësor*', 'lista e diagnozave'],
    request: ['ju lutem', 'ju lutemi', 'shtoni', 'shtuar', 'shkruani', 'shënoni'],
  },
  eu: {
    coding: ['kodetzaile*', 'kodeketa*', 'kodifikazio*'],
    billing: ['fakturazio*', 'faktura*', 'aseguru*', 'ordainketa*', 'kontabilitate*'],
    record: ['historia kliniko*', 'diagnostiko zerrend*'],
    request: ['mesedez', 'gehitu', 'idatzi', 'adierazi'],
  },
  bo: {
    coding: ['ཨང་རྟགས'],
    billing: ['འགན་ལེན', 'རིན་འབབ', 'དངུལ་རྩིས', 'འཇལ་འཁོར', 'རྩིས་ཁང', 'རྩིས་འགོད'],
    record: ['ནད་ཐོ'],
    request: ['སྣོན་རོགས', 'འབྲི་རོགས', 'བཅུག་རོགས', 'འགོད་རོགས', 'བསྣན་ཟིན'],
  },
  dv: {
    coding: ['ކޯޑް', 'ކޯޑަރ', 'ކޯޑިންގ'],
    billing: ['ބިލް', 'ބިލިންގ', 'އިންޝުއަރެންސ', 'ފައިސާ ދެއްކުމ'],
    record: ['މެޑިކަލް ރެކޯޑ'],
    request: ['އިތުރުކޮށްދެއްވާ', 'އިތުރުކުރަން', 'އިތުރުކުރައްވާ', 'ލިޔުއްވާ', 'ލިޔެދީ', 'ހިމަނާ'],
  },
  iu: {
    coding: [],
    billing: ['ᐊᑭᓕᖅ', 'ᐊᑭᓕᐅᑎ', 'ᐊᑭᓕᕆ'],
    record: [],
    request: ['ᐃᓚᓕᐅᑎ', 'ᑎᑎᕋᕐᓗᒍ'],
  },
};

/** Languages whose words are read (English is the notes' own). */
export const REQUEST_LANGUAGES: readonly string[] = Object.keys(LANGUAGE_VOCABULARY);

/**
 * The languages the learned statement model's features read (statementModel.ts): pinned to those it was trained with,
 * so its shipped weights reproduce; the named tests read every language above.
 */
export const MODEL_LANGUAGES: readonly string[] = ['es', 'fr', 'de', 'pt', 'it', 'pl', 'nl', 'tl', 'vi'];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Scripts written without spaces between words or with attached particles and prefixes: an entry matches inside a run. */
const UNBOUNDED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Ethiopic}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Khmer}\p{Script=Sinhala}\p{Script=Telugu}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Oriya}\p{Script=Tibetan}\p{Script=Thaana}\p{Script=Canadian_Aboriginal}]/u;

/** One pattern matching any entry of the lists, as a whole word (Unicode letters), longest entries first. */
export function vocabularyPattern(pick: (v: LanguageVocabulary) => readonly string[], flags = 'iu', languages = REQUEST_LANGUAGES): RegExp {
  return vocabularyPatternOf(LANGUAGE_VOCABULARY, pick, flags, languages);
}

function vocabularyPatternOf(
  vocabulary: Readonly<Record<string, LanguageVocabulary>>, pick: (v: LanguageVocabulary) => readonly string[], flags: string, languages: readonly string[],
): RegExp {
  const words = [...new Set(languages.flatMap((l) => pick(vocabulary[l])).map((w) => w.normalize('NFKC')))].sort((a, b) => b.length - a.length);
  const prefixes = words.filter((w) => w === 'paki').map(() => String.raw`paki(?=\p{L}{3})`);
  const unbounded = words.filter((w) => UNBOUNDED_SCRIPT.test(w)).map((w) => escape(w.trim()) + (w.endsWith(' ') ? String.raw`(?=\s)` : ''));
  const stems = words.filter((w) => w.includes('*') && !UNBOUNDED_SCRIPT.test(w)).map((w) => escape(w).replace(/\\\*/g, String.raw`\p{L}*`));
  const whole = words.filter((w) => w !== 'paki' && !w.includes('*') && !UNBOUNDED_SCRIPT.test(w)).map(escape);
  const bounded = [...stems, ...whole];
  const parts = [...prefixes];
  if (bounded.length) parts.push(String.raw`(?:${bounded.join('|')})(?![\p{L}\p{N}])`);
  const head = String.raw`(?<![\p{L}\p{N}])(?:${parts.join('|')})`;
  return new RegExp(unbounded.length ? String.raw`${head}|(?:${unbounded.join('|')})` : head, flags);
}

/**
 * Billing and coding words of the other languages, for the named test of an English note: a sentence holding one
 * of them with a request word or a code is a request about the claim, however its grammar runs. "Seguro" (also
 * "sure"/"safe") and "billing" (English) are read by the learned model only.
 */
export const FOREIGN_PAYMENT_WORD = vocabularyPattern((v) => [...v.coding, ...v.billing].filter((w) => !['seguro', 'billing', 'kod', 'mã', 'drg', 'codice', 'bima', 'koding', 'rezeputo'].includes(w)));
/** Record words of the other languages (the chart or record as something to write on). */
export const FOREIGN_RECORD_WORD = vocabularyPattern((v) => v.record.filter((w) => !['dossier', 'documentation', 'rekodi'].includes(w)));
/** Asking and adding words of the other languages. */
export const FOREIGN_REQUEST_WORD = vocabularyPattern((v) => v.request.filter((w) => !['favor', 'xin', 'thêm', 'prego', 'qing', 'sila', 'tolong'].includes(w)));
/** AI and language-model words of the other languages: a line naming one in an English note addresses a machine reader. */
export const FOREIGN_READER_WORD = readerPattern();

function readerPattern(): RegExp {
  const all: Record<string, LanguageVocabulary> = {};
  for (const [lang, words] of Object.entries(READER_WORDS)) all[lang] = { coding: [], billing: [], record: [], request: [], reader: words };
  return vocabularyPatternOf(all, (v) => v.reader ?? [], 'iu', Object.keys(READER_WORDS));
}

/** Override words of the other languages (OVERRIDE_WORDS): in an English note, a line holding one replaces the clinician's words. */
export const FOREIGN_OVERRIDE_WORD = wordsPattern(OVERRIDE_WORDS);
/** Patient medication-taking words of the languages written in other scripts (PATIENT_CARE_WORDS). */
export const FOREIGN_PATIENT_CARE_WORD = wordsPattern(PATIENT_CARE_WORDS);

function wordsPattern(table: Readonly<Record<string, readonly string[]>>): RegExp {
  const all: Record<string, LanguageVocabulary> = {};
  for (const [lang, words] of Object.entries(table)) all[lang] = { coding: [], billing: [], record: [], request: [], reader: words };
  return vocabularyPatternOf(all, (v) => v.reader ?? [], 'iu', Object.keys(table));
}
