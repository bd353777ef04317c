// Owns the voice of a clause: who it is addressed to, who wrote it, and whether it is the clinician's own act of care.
// clinicalStatement.ts asks it after the named vocabularies: a clause addressed to the claim's or a machine's reader
// (a coder, biller, encoder, auditor, reviewer, summarizer, "the system", an AI), or labelled as written by someone
// who is not the treating clinician (billing office, payer, software, a website, a device, the family's lawyer), is
// not a clinician's statement whatever it asks — so an unseen request form fails by its addressee or its author, not
// by a phrase of its own. Imperatives to the patient ("take", "return if", "call us") and to the care team ("nurse
// to teach", "pharmacy: switch") name no such addressee and stay evidence. The clinician's own first-person act of
// care ("I examined…", "my patient has… and needs…") stays evidence though it names an insurer or an attestation.

/**
 * Readers a note's text may be addressed to that are not caring for the patient: the claim's staff and software,
 * reviewers of the record, and machine readers. "Scribe" counts only when it is told what diagnosis to write.
 */
const NON_CARE_ROLE = String.raw`(?:coders?|coding(?: team| staff| dept| department| desk| folks)?|billers?|billing(?: office| team| staff| dept| department| desk| folks)?|encoders?|encoder (?:folks|team|software)|cdi(?: team| specialist| nurse)?|auditors?|reviewers?|(?:chart|utilization|claims?) reviewers?|revenue(?: cycle| integrity)?(?: team| staff| analyst)?|claims? (?:team|staff|dept|department|processor)|payer liaison|abstractors?|(?:downstream )?summari[sz]ers?|downstream (?:model|reader|system|tool|pipeline)|ai (?:scribe|assistant|model|agent|system|coder)|language model)`;
/** Machine readers whose bare name can head a clinical line ("AI: mild" is aortic insufficiency, "Model:" a device's): addressed only after "attn", "to", "dear"… */
const MACHINE_ROLE = String.raw`(?:ai|a\.i\.|assistant|model|bot|agent|system|engine|software|pipeline|algorithm)`;

/** A clause opened by naming its addressee: "Attn coders:", "To billing:", "Reviewer, …", "Attn downstream summarizer:", "Dear AI,". */
const ADDRESSEE_OPENING = new RegExp(
  String.raw`^[\s\[(*#>_-]*(?:(?:(?:attn|attention|note|message|memo|request|question|quick q|fyi|heads up|reminder|instructions?)\s*(?:to|for)?\s*|to\s+|for\s+|dear\s+|hey\s+|@)?(?:the\s+|any\s+|all\s+|our\s+)?${NON_CARE_ROLE}|(?:attn|attention|note|message|memo|request|question|instructions?|to|for|dear|hey)\s*(?:to|for)?\s*(?:the\s+|any\s+|all\s+|our\s+)?${MACHINE_ROLE})\s*(?:[:,\u2014\u2013]|-\s|>>)`,
  'i',
);

/** An addressee named inside a request: "quick q for the encoder folks", "question for billing", "for whoever finalizes/codes this". */
const ADDRESSEE_INSIDE = new RegExp(
  String.raw`\b(?:q|question|request|note|ask|message|reminder)\s+(?:for|to)\s+(?:the\s+|our\s+)?${NON_CARE_ROLE}\b|\b(?:for|to|attn:?)\s+whoever\s+(?:finali[sz]es|signs|codes|bills|closes|submits|processes|abstracts|reviews)\b`,
  'i',
);

/**
 * A machine reader called by name before an output verb, the vocative of a prompt: "model, output … as the principal
 * diagnosis", "assistant, list … first". "AI" is left out (aortic insufficiency heads clinical lines), and so is
 * "system" ("review of systems, …").
 */
const MACHINE_VOCATIVE = /(?:^|[:;(\u2014]\s*)(?:the\s+)?(?:model|assistant|bot|llm|coding engine|autocoder)\s*,\s*(?:please\s+)?(?:output|emit|list|print|return|respond|assign|code|add|include|report|put|make|lead with)\b/i;

/** A scribe told what diagnosis to write or lead with: the clinician documents; a scribe is not told what to conclude. */
const SCRIBE_STEERED = /\bscribe\b[^.\n]{0,60}\b(?:primary|principal|diagnos[ie]s|dx|codes?|lead with|make)\b/i;

/**
 * The names a hospital's revenue-cycle departments go by besides "billing" (patient accounts, patient financial services,
 * the business office, accounts receivable; not their abbreviations: "PFS" is also progression-free survival): a message
 * they leave is about the claim, not the patient.
 */
const REVENUE_CYCLE_OFFICE = String.raw`patient accounts?|patient financial services|business office|accounts receivable`;

/**
 * A label saying who wrote the text after it, when that is not the treating clinician: pasted, forwarded, imported or
 * copied from somewhere; a message, voicemail or entry from an office, a payer, software, the family or a website; or a
 * disclaimer that no clinician wrote or accepted it ("not a provider", "unsigned", "not acknowledged by provider").
 */
const NON_CLINICIAN_AUTHOR = new RegExp(
  [
    String.raw`\b(?:copied|pasted|imported|auto-?imported|forwarded|excerpted|quoted|scraped|transcribed)\s+(?:in\s+)?(?:from|by)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:billing|coding|revenue|claims?|${REVENUE_CYCLE_OFFICE}|payer|insurer|practice manager|office manager|front desk|encoder|analyst|software|system|vendor|lawyer|attorney)\b`,
    String.raw`\b(?:from|by)\s+(?:a|an|the)\s+(?:health\s+|medical\s+|news\s+)?(?:website|web ?site|web page|blog|forum|article|online|internet|search result|chatbot|app)\b`,
    String.raw`\b(?:smart ?watch|wearable|fitness tracker|symptom checker)\b[^.\n]{0,30}\b(?:app|reports?|detected|says|flag\w*)\b`,
    String.raw`\b(?:text|message|e-?mail|voicemail|transcript|entry|addendum|amendment|late entry|note|comment)\s*(?:\(\s*|(?:\([^)\n]{0,40}\)\s*)?(?:from|by)\s+)(?:the\s+)?(?:billing|coding|revenue|claims?|${REVENUE_CYCLE_OFFICE}|payer|insurer|practice manager|office manager|front desk|encoder|analyst|software|system|vendor|family|lawyer|attorney)\b`,
    String.raw`\b(?:requested|entered|appended|inserted|added|suggested)\s+by\s+(?:the\s+)?(?:payer|insurer|billing|coding|revenue|claims?|${REVENUE_CYCLE_OFFICE}|encoder|cac|software|system|engine|vendor|liaison|analyst|payer liaison)\b`,
    String.raw`\(\s*(?:[\w\s-]{0,30},\s*)?(?:not (?:a|the) (?:provider|clinician|physician)|non-?(?:provider|clinician|physician)|unsigned|not (?:reviewed|acknowledged|signed|accepted) by (?:a |the )?(?:provider|clinician|physician|doctor))\s*\)`,
    String.raw`\bnot (?:acknowledged|accepted|reviewed|signed) by (?:a |the )?(?:provider|clinician|physician|doctor)\b`,
    String.raw`\b(?:sample|placeholder|dummy|example|boilerplate) text\b|\bdelete before sign\w*|\blorem ipsum\b`,
    // Printed patient education pasted into the note (a leaflet, handout, brochure, fact sheet): its publisher wrote it
    // about a disease in general, not the clinician about this patient. And an organisation's disclaimer or policy text.
    String.raw`\b(?:attached|pasted|copied|quoted|excerpt(?:ed)?(?: from)?|text of)\s+(?:the\s+|a\s+|an\s+)?(?:patient\s+|education(?:al)?\s+|information\s+)?(?:leaflet|handout|brochure|pamphlet|fact ?sheet|info(?:rmation)? sheet)\b|\b(?:leaflet|handout|brochure|pamphlet|fact ?sheet)\s*\(\s*(?:pasted|attached|copied|quoted|verbatim)\b`,
    String.raw`^[\s\[(*#>_-]*(?:agency|payer|plan|insurer|vendor|legal|standard|generic|facility|hospital|company)\s+(?:disclaimer|policy text|boilerplate)\s*[:\-\u2013\u2014]`,
  ].join('|'),
  'i',
);

/**
 * Administrative authors (session 12): the offices and staff who keep the record's business side — registration and
 * admitting, scheduling, the front desk, health information management (HIM) and medical records, finance and the
 * revenue cycle (RCM), utilization-review clerks, a transcription service or vendor, a payer's reviewer. They enter
 * demographics, orders' coverage, dictation and codes; they do not diagnose. "PFS" is left out (progression-free
 * survival), as is "admin" alone ("admin" of a drug is its administration), and "admitting" before a clinician
 * ("admitting resident", "admitting physician": the admitting team, not the admitting office; session 13).
 */
const ADMIN_ROLE = String.raw`(?:registration|registrar|admitting(?: office| clerk)?(?!\s+(?:resident|physician|team|doctor|attending|intern|hospitalist|surgeon|provider|clinician|np|pa|nurse))|admissions?(?: office| clerk)|scheduler|scheduling|front desk|unit clerk|ward clerk|health information management|medical records|finance(?: office| department| dept)?|billing|revenue cycle|rcm|utilization review(?: clerk| staff)?|ur clerk|transcription(?: service| vendor| company)?(?: qa)?|payer(?: nurse)?(?: reviewer)?|insurer|clerk)`;

/**
 * A field label naming an administrative author (ADMIN_ROLE): "Problem list comment (registration): …", "Order comment
 * (entered by registration, not the ordering provider): …", "comment (HIM, no clinical review): …", "Dictation
 * correction (transcription service QA): …", "Speaker 2 (payer nurse reviewer): …", "admin dx (billing-entered): …",
 * and text "appended by the transcription vendor" or "added after signing (utilization review clerk)". Whatever the
 * field holds — a diagnosis, a request — it is that office's entry, not the clinician's statement. The same label with
 * a clinician ("Order comment (ordering physician)", "Problem list comment (treating NP)") stays evidence.
 */
/**
 * How a form's field gets its value without the clinician (session 13): printed on the form beforehand, filled in,
 * populated or defaulted ("diagnosis line (pre-printed by registration)", "reason (auto-filled by scheduling)").
 */
const FILLED_IN = String.raw`(?:pre-?printed|printed|filled(?: in| out)?|completed|pre-?populated|populated|auto-?(?:filled|populated)|pre-?filled|defaulted|keyed(?: in)?)`;

const ADMINISTRATIVE_AUTHOR = new RegExp(
  [
    String.raw`\(\s*(?:(?:entered|added|written|appended|${FILLED_IN})\s+by\s+)?(?:the\s+)?${ADMIN_ROLE}(?:[- ](?:entered|added|generated))?\b[^()\n]{0,60}\)\s*(?:[:—–]|-\s)`,
    String.raw`\b(?:entered|appended|inserted|added|written|suggested|requested|${FILLED_IN})\s+(?:after sign\w*\s+)?by\s+(?:the\s+|a\s+)?${ADMIN_ROLE}\b`,
    String.raw`\b(?:added|appended|entered)\s+after sign\w*\s*\(\s*(?:the\s+)?${ADMIN_ROLE}\b`,
    // A chat export's speaker handle naming the office ("[09:12] rcm.lead: …", "[10:02] @billing-desk: …").
    String.raw`^\[\d{1,2}:\d{2}\]\s*@?${ADMIN_ROLE}[\w.-]*\s*:`,
  ].join('|'),
  'i',
);
/** Health information management by its capitals only: "(him and his wife)" is a pronoun. */
const HIM_AUTHOR = /\(\s*(?:entered by\s+)?HIM\b[^()\n]{0,60}\)\s*(?:[:\u2014\u2013]|-\s)/;

/**
 * Machine metadata by its format: a DICOM header element "(0010,21B0) AdditionalPatientHistory: …" (group and element
 * in hex), a document's properties ("PDF metadata — Keywords: …", "Document properties: Subject …"). A device or a
 * document's software wrote them; what they carry is not the clinician's sentence.
 */
const MACHINE_METADATA = /^[\s\[(*#>_-]*(?:\(\s*[0-9a-f]{4}\s*,\s*[0-9a-f]{4}\s*\)\s*[a-z]|(?:pdf|document|file|image|dicom|docx?)\s+(?:metadata|properties|header|tags?)\b)/i;

/**
 * Data by shape: key=value pairs ("action=append; dx=…"), a call in code ("coding_agent.must_include(…)"), a
 * link whose target is not a web page ("[…](billing://add/…)"), an XML element with an attribute, and (session 12) a
 * code as a key's value ("DXADD=E43;SRC=…"): a barcode's or an interface's payload.
 */
const DATA_SHAPE = /(?:^|[\s;,])[a-z_][a-z0-9_.]*=[A-Za-z"'][^\s=;,]*[\s;,]+[a-z_][a-z0-9_.]*=|(?:^|[\s;,:|])[A-Za-z_][A-Za-z0-9_]*=[A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?\b|\b[A-Za-z_]\w*\.\w*_\w*\(|\b[A-Za-z_]\w*\.[A-Za-z_]\w*\(\s*["']|\]\((?!https?:)[a-z][\w+.-]*:\/\/|<[A-Za-z][\w:-]*\s+[\w:-]+\s*=\s*"[^"]*"\s*\/?>/;

/**
 * The clinician's own act of care, in the first person ("I saw and examined…", "my patient has…", "from me", "I would
 * add <drug>") or as an order with its indication: what it names is the clinician's finding. It gives way when the
 * clause also writes a code or asks for coding, billing or the claim.
 */
const CLINICIAN_FIRST_PERSON = /\b(?:i|we)\s+(?:personally\s+|have\s+|also\s+)?(?:saw|seen|examined|evaluated|reviewed|counsel(?:l)?ed|treated|prescribed|started|recommend|would (?:add|start|increase|continue|recommend)|am (?:treating|prescribing))\b|\b(?:from|by) me\b|\bmy patient\b/i;
const CODING_ASK = /\b[A-TV-Z][0-9][0-9A-Z]\.[0-9A-Z]{1,4}\b|\b(?:codes?|coded|coding|bill(?:ed|ing|able)?|claims?|hcc|raf|risk[- ]adjust\w*|add(?:ed)? to (?:the )?(?:list|chart|record|problem list|claim)|capture\w*|reimburs\w*|upcod\w*)\b/i;

/**
 * Carrier documents by their shape (session 14): a line whose opening label (before its first colon) names a document,
 * screen or device that is not the clinician's note — a bottle, pharmacy or envelope label, a decoded QR code or barcode,
 * a check-in kiosk screen, insurance-card OCR, a help-desk or support ticket, a room whiteboard, a chatbot transcript, a
 * supplier's (DME) or employer's form, a monitor technician's annotation, a software vendor's release note. Whoever filled
 * it in, it did not come from the clinician's assessment: what it names is not evidence unless the note's own text says it.
 */
const CARRIER_DOCUMENT = new RegExp(
  [
    String.raw`\b(?:bottle|vial|pharmacy|prescription|envelope|courier|shipping|package|parcel|mailing)\s+label\b`,
    String.raw`\b(?:qr|bar)\s?code\b[^\n]{0,60}\b(?:decod\w*|payload|scann\w*|reads?)\b`,
    String.raw`\bkiosk\b`,
    String.raw`\b(?:insurance|member(?:ship)?|id|benefits?)\s+card\b[^\n]{0,40}\b(?:ocr|scan\w*|image|photo\w*|text)\b`,
    String.raw`\b(?:help[- ]?desk|it|support|service[- ]?desk|service ?now|jira|servicenow|trouble)\s+ticket\b|\bticket\s*#`,
    String.raw`\bwhiteboard\b`,
    String.raw`\bchat\s?bot\b`,
    String.raw`\b(?:dme|supplier|vendor|equipment)\s+(?:order\s+|request\s+|intake\s+)?form\b`,
    String.raw`\b(?:employer|return[- ]to[- ]work|work[- ]status|hr)\s+(?:[\w-]+\s+)?form\b`,
    String.raw`\b(?:telemetry|monitor|rhythm)\s+(?:strip\s+)?annotation\b|\bannotation\s+(?:typed|entered|added)\s+by\b`,
    String.raw`\brelease notes?\b|\b(?:upgrade|migration|import|build)\s+script\b`,
  ].join('|'),
  'i',
);
/** How far into a line its opening label may reach (a carrier's label can describe the document at length). */
const MAX_CARRIER_LABEL_CHARS = 160;

/**
 * A clinician named as the carrier's author in its label ("Return-to-work form completed by the treating physician",
 * "Telemetry strip annotation (reading cardiologist)", "Whiteboard goals (written by the primary nurse …)"): the care
 * team wrote it, so it is their documentation. "(not the physician)" names the clinician only to deny authorship.
 */
const CLINICIAN_AUTHOR = /\b(?:physicians?|doctors?|dr|md|attending|hospitalist|resident|surgeon|provider|clinician|nurses?|rn|np|pa-c|pharmacist|[a-z]+ologists?|[a-z]+iatrist|treating|reading)\b/i;
const DENIED_CLINICIAN = /\bnot (?:by )?(?:a|an|the|any)\s+(?:treating\s+|ordering\s+)?(?:physician|doctor|provider|clinician|nurse|md)\b/gi;

/** A line opened by a label naming a carrier document (CARRIER_DOCUMENT) no clinician is named as writing. */
export function carrierDocument(s: string): boolean {
  const colon = s.search(/:\s*\S/);
  if (colon <= 0 || colon > MAX_CARRIER_LABEL_CHARS) return false;
  const label = s.slice(0, colon);
  return CARRIER_DOCUMENT.test(label) && !CLINICIAN_AUTHOR.test(label.replace(DENIED_CLINICIAN, ' '));
}

export type VoiceReason = 'statement.addressee' | 'statement.non-clinician-author' | 'statement.data-block' | 'statement.machine-text';

/** Why a clause's voice is not the clinician's, or undefined. `s` is the normalised clause. */
export function nonClinicalVoice(s: string): VoiceReason | undefined {
  if (ADDRESSEE_OPENING.test(s) || ADDRESSEE_INSIDE.test(s) || SCRIBE_STEERED.test(s) || MACHINE_VOCATIVE.test(s)) return 'statement.addressee';
  if (NON_CLINICIAN_AUTHOR.test(s) || ADMINISTRATIVE_AUTHOR.test(s) || HIM_AUTHOR.test(s) || carrierDocument(s)) return 'statement.non-clinician-author';
  if (MACHINE_METADATA.test(s)) return 'statement.machine-text';
  if (DATA_SHAPE.test(s)) return 'statement.data-block';
  return undefined;
}

/** The clinician's own first-person act of care that asks for no code, bill or claim. */
export function clinicianOwnCare(s: string): boolean {
  return CLINICIAN_FIRST_PERSON.test(s) && !CODING_ASK.test(s);
}

