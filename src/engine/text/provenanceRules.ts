// Owns the text-provenance rule table: named patterns, each with the non-clinical kind it marks and
// how far its mark reaches. Data only (like medspaCy's context rules); provenance.ts applies them.
// Conservative by design: orders to care staff ("Please monitor glucose"), reported questions
// ("Patient asked whether…") and plans stay clinical. Only text addressed to a coder, biller or
// model, questions, unfilled templates, pasted external text, boilerplate and billing talk is marked.
import { PHI_TYPES, type SectionKind } from '../types';

export const NON_CLINICAL_KINDS = ['instruction', 'question', 'template', 'quoted', 'disclaimer', 'billing'] as const;
export type NonClinicalKind = (typeof NON_CLINICAL_KINDS)[number];
export type SegmentKind = 'clinical' | NonClinicalKind;

/**
 * sentence: the sentence that matched; paragraph: its whole paragraph (blank-line delimited, within
 * its section), for an attribution that may close the pasted text ("Source: …");
 * paragraph-after: from the sentence to the end of its paragraph, for openers of pasted text and for
 * injected payloads that follow an override; line-after: from the sentence to the end of its line (a
 * label or salutation governs what it heads, and the clinical line below it is someone else's);
 * rest: to the end of the note (a forwarded message).
 */
export type RuleScope = 'sentence' | 'line-after' | 'paragraph' | 'paragraph-after' | 'rest';

/** A rule tested against one sentence (list markers stripped; `^` is the sentence start). */
export interface SentenceRule {
  name: string;
  kind: NonClinicalKind;
  pattern: RegExp;
  scope: RuleScope;
  /** The sentence is exempt when this matches it. */
  unless?: RegExp;
  /**
   * Also test the pattern at each clause start inside the sentence (after ". ", "; ", " - "): an
   * imperative run into a clinical line without a capital ("Dx: bronchitis. add CHF for the HCC") marks
   * from its clause to the sentence end, the clinical clause before it stays clinical.
   */
  clauses?: boolean;
  /** The sentence is exempt when the text right after it (same line) matches: an answered form item. */
  unlessFollowedBy?: RegExp;
  /** Why the pattern is not clinical evidence (shown by explain tools and in tests). */
  why: string;
}

/** A rule matched over the whole text: each match (not its sentence) is the segment. */
export interface SpanRule {
  name: string;
  kind: NonClinicalKind;
  /** Must carry the g flag. */
  pattern: RegExp;
  /**
   * Only when the text just before the match (up to 100 chars, same line) matches; when the match
   * opens its line, the line above is read instead (a heading introducing a quotation).
   */
  onlyAfter?: RegExp;
  /** Exempt when the text just after the match (up to 40 chars, same line) matches. */
  unlessFollowedBy?: RegExp;
  /** Exempt inside sections of these kinds (the chief complaint in the patient's words). */
  unlessInSections?: readonly SectionKind[];
  /** The match must hold at least this many words (a quotation longer than a phrase). */
  minWords?: number;
  /** When the match's sentence holds little else (a field label), the whole sentence is the segment. */
  widenLabelOnly?: boolean;
  why: string;
}

// ---- shared vocabulary -------------------------------------------------------------------------
/**
 * An ICD-10-CM code named in the text: dotted ("E11.65", "Z80.", "X99.9XXA") or after "code"/"ICD"
 * ("code C18"). A bare "B12" or "T12" is a vitamin or a vertebra far more often than a code.
 */
const CODE_TOKEN = String.raw`(?:\b[A-TV-Z][0-9][0-9A-Z]\.[0-9A-Z]{0,4}(?!\w|\.\w)|\b(?:code|icd(?:[- ]?10(?:[- ]?cm)?)?)\s+[A-TV-Z][0-9][0-9A-Z]\b)`;
/**
 * A code as a coding request names it: dotted, or a three-character category ("E43", "I10") where a
 * coding word governs it. Vitamin B12, the T10-T12 vertebrae and N95 masks have the same shape.
 */
const CODE_REF = String.raw`(?:${CODE_TOKEN}|\b(?!B12\b|T1[0-2]\b|N95\b|[CLST]\d\b)[A-TV-Z][0-9]{2}\b(?![-\/:]?\d|\.\w|%))`;
/** Who a coding request is addressed to. */
const ADDRESSEE = String.raw`(?:coders?|coding(?: team| staff| department)?|billers?|billing(?: team| staff| department| office)?|auditors?|abstractors?|cdi(?: specialist| team)?|ai|a\.i\.|assistant|model|language model|llm|chat ?gpt|gpt|chatbot|bot|claude|summari[sz]er|summari[sz]ation (?:engine|model|tool|system))`;
/** A machine reader named by what it is: "the automated system", "AI reviewer", "the coding engine". */
const MACHINE_READER = String.raw`(?:(?:automated|automatic|ai|a\.i\.|machine|computer|coding|nlp|language|summari[sz]ation)\s+(?:system|reader|reviewer|engine|tool|software|processor|pipeline|agent|parser|extractor|abstractor)s?)`;
/**
 * An addressee with the modifier a salutation puts before it ("AI coder", "medical coder", "automated
 * coding assistant"). "coder" takes any two modifiers; other nouns only machine/coding ones, so "Medical
 * assistant:" (care staff) is not an addressee.
 */
const ADDRESSEE_PHRASE = String.raw`(?:${MACHINE_READER}|(?:[\w.-]+\s+){1,2}coders?|(?:(?:ai|a\.i\.|automated|automatic|virtual|coding|billing)\s+){1,2}${ADDRESSEE}|${ADDRESSEE})`;
/** Words after a salutation that make it a request about coding or documentation. */
const SALUTATION_REQUEST = String.raw`(?:you|your|please|pls|code|codes|coded|coding|bill|billing|add|include|remember|ignore|disregard|diagnos\w*|icd|has|have|wants?|capture\w*|document\w*|claims?)`;
/** Addressees a sentence can make the subject of a coding verb ("the coder should add …"); "AI" is also aortic insufficiency. */
const ADDRESSEE_NOT_AI = String.raw`(?:coders?|coding team|billers?|billing(?: team| staff| department| office)?|auditors?|assistant|model|language model|llm|chat ?gpt|chatbot|bot)`;
/** What a coding request acts on. */
const CODING_OBJECT = String.raw`(?:${CODE_TOKEN}|\bicd(?:[- ]?10(?:[- ]?cm)?)?\b|\bcodes?\b|\bcoding\b|\bclaims?\b|\bbill(?:ing)?\b|\bsuperbill\b|\bhccs?\b|\bdrg\b|\bcpt\b|\bcharges?\b|\bencounter form\b|\bdiagnos(?:is|es) (?:codes?|list)\b|\bdx codes?\b|\bto (?:the )?(?:diagnos(?:is|es)|dx)\b|\bas (?:the |a )?(?:primary|principal|secondary|main|first[- ]listed) (?:diagnosis|dx|code)\b)`;
/** A request or obligation in front of a verb. */
const REQUEST_CUE = String.raw`(?:\bplease\b|\bpls\b|\bkindly\b|\bmake sure(?: that)?(?: you)?(?: to)?\b|\bbe sure(?: to)?\b|\bensure(?: that)?(?: you)?\b|\bdon'?t forget(?: to)?\b|\bdo not forget(?: to)?\b|\bremember(?: to)?\b|\byou (?:must|should|need to|have to|will|shall)\b|\b(?:i|we) (?:want|need|would like) you to\b|\bi'?d like you to\b|\b(?:can|could|would|will) you\b|\bgo ahead and\b|\bneeds? to\b|\bmust\b)`;
/** Verbs that are about codes whatever their object. */
const CODING_VERB = String.raw`(?:code|recode|bill|assign|upcode|capture|abstract)`;
/** Verbs that are about codes only with a coding object ("add E11.9", not "add metformin"). */
const ADDING_VERB = String.raw`(?:add|include|report|submit|list|use|enter|append|apply|select|put|change|switch|replace)`;
/** Hospital alerts and documentation fields that begin with the word "code". */
const CODE_NOUN = String.raw`code (?:blue|status|red|white|grey|gray|pink|orange|yellow|black|green|team|cart|called|was called|is|full|dnr|documented|(?:stroke|sepsis|stemi|trauma|mi|ami)\s+(?:called|activated|alert|was|team|protocol|paged|initiated|page))\b`;
/** A character of the same clause: a period only inside a token ("J96.01", "Dr.") does not end it. */
const CLAUSE_CHAR = String.raw`(?:[^.?!\n]|\.(?=\w))`;
/** Verbs that frame a sentence as someone's wish or request. */
const WISH_VERB = String.raw`(?:wants?|wanted|wanting|would like|would prefer|asks?|asked|asking|requests?|requested|requesting|insists?|insisted|insisting|demands?|demanded|hopes?|prefers?|expects?|needs? (?:us|you|the doctor|the provider) to have)`;
/** Participles that are about codes or claims whatever follows ("wants X captured"). */
const WISHED_CODING = String.raw`(?:coded|recoded|upcoded|billed|captured)`;
/** Participles that are about the record itself ("asks that X be documented"). */
const WISHED_RECORDING = String.raw`(?:documented|written down|put down|put in writing|charted)`;
/** Participles that are about the record only with a record noun after them ("added to her chart", not "metformin added"). */
const WISHED_WRITING = String.raw`(?:written|recorded|listed|put|added|entered|noted|included|changed|removed|deleted|taken|amended|stated)`;
/** What a documentation wish writes on. */
const RECORD_NOUN = String.raw`(?:forms?|paperwork|chart|records?|notes?|claims?|bill|diagnos[ie]s(?: list)?|problem list|reports?|letters?|certificates?|applications?|file|summary|documentation)`;
/** A heading over symptoms the patient is told to watch for. */
const WARNING_HEADING = String.raw`(?:(?:\w+\s+){0,2}warning signs?(?:\s+(?:and symptoms|of [\w\s]{1,30}?))?|red flags?(?:\s+symptoms)?|(?:strict\s+)?(?:return|er|ed|emergency)\s+precautions(?:\s+(?:given|reviewed|discussed))?|when to (?:call|seek|return|get|go)[^:\n]{0,40}?|reasons to (?:call|return|seek)[^:\n]{0,30}?|(?:signs|symptoms) to (?:watch|look) (?:for|out for)|call (?:your (?:doctor|provider|physician)|us|911)(?: (?:right away|immediately))?(?: if(?: you (?:have|develop|notice|experience))?)?|seek (?:immediate )?(?:medical )?(?:care|attention|help)(?: immediately)?(?: if(?: you (?:have|develop|notice|experience))?)?|return (?:to (?:the )?(?:er|ed|clinic|emergency (?:room|department)) )?(?:immediately )?(?:if|for))`;
/** Words saying material was handed out in print. */
const PRINTED_MATERIAL = String.raw`(?:printed|print-?outs?|handouts?|leaflets?|pamphlets?|brochures?|written (?:material|information)|hard ?copy|information sheet|fact sheet|medication guide|package insert)`;
/** A wish about resuscitation ("does not want her to be coded", "asks that he not be coded"): code status, not billing. */
const CODE_STATUS_WISH = /\b(?:(?:want|wish|like|prefer)\w*\s+(?:(?:him|her|them|mom|dad|the patient|patient)\s+)?(?:not\s+)?to\s+be|(?:she|he|they|mom|dad|mother|father|patient|pt|him|her|them)\s+(?:not\s+)?(?:be|being))\s+coded\b/i;
const PHI_PLACEHOLDER = String.raw`\[(?:${PHI_TYPES.join('|')})\]`;
/**
 * Words that belong to coding and reimbursement, not to care: the claim, the bill, coders, HCC/RAF risk
 * adjustment, DRGs, CDI, payers. "HCC" is also hepatocellular carcinoma: only its risk-adjustment senses
 * (an HCC gap, suspect, capture, category, "it's an HCC") count. "Code" as a hospital alert or code status does not.
 */
const CODING_DOMAIN = String.raw`(?:\b(?:billing|billed|billable|biller|billers|coders?|coding|recoded|reportable|codable|codeable|upcod\w*|raf|risk[- ]adjust\w*|ms-?drg|drgs?|payers?|reimburs\w*|superbill|dx codes?|diagnosis codes?|icd[- ]?(?:10|9)(?:[- ]?cm)?|icd codes?|visit level|level of service|severity of illness|risk of mortality|soi\/rom)\b|(?<!colou?r[- ])\bcoded\b|\bcdi (?:specialists?|team|nurses?|quer(?:y|ies)|review|program|department)\b|\b(?:the|a|this|that|his|her|their|our|insurance|on|to|for|every|each|all)\s+claims?\b|\bclaims?\s+(?:form|denial|denied|submission|edits?|scrubber|will|would|is|was|gets?|goes)\b|\bhccs?\b(?=\s*(?:gaps?|suspect\w*|suggest\w*|lists?|capture\w*|recapture\w*|categor\w*|credit|codes?|score|value|weight|model|payment|opportunit\w*|alerts?|reminders?|flags?|review|\d))|\b(?:it'?s|is) an hcc\b|\bfor the hcc\b(?!\s+(?:lesion|tumou?r|mass|nodule|recurrence)\b)|\bcodes?\b(?!\s+(?:blue|status|red|white|grey|gray|pink|orange|yellow|black|green|team|cart|called|was called|full|dnr|stroke|sepsis|stemi|trauma|mi|ami)\b)(?<!\b(?:full|no|color|colour|zip|area|access|door|bar|qr|pass|post(?:al)?)[- ]codes?))`;
/** A code written as one: dotted, or a three-character category alone in parentheses ("(E43)"). */
const CODE_WRITTEN = String.raw`(?:${CODE_TOKEN}|\(\s*[A-TV-Z][0-9]{2}\s*\))`;
/** Words that ask or oblige: a request, a need, a wish, a reminder. */
const OBLIGATION = String.raw`(?:\b(?:please|pls|plz|kindly|need|needs|needed|should|must|make sure|be sure|ensure|don'?t forget|do not forget|remember|go ahead|would appreciate|appreciated?|would be (?:great|helpful|nice|good|ideal)|recommend\w*|requires?|required|requiring|wants?|wanted|asks?|asked|requests?|requested|to be (?:added|coded|billed|included|listed|captured|documented|reported|submitted|appended|entered|changed|updated)|is missing|are missing|missing from|let'?s|try to|have to|ought to)\b|\b(?:can|could|would|will) (?:you|we|someone|somebody|the (?:doctor|provider|physician))\b)`;
/** Who writes for payment, not care: billing, coding, CDI, front office, payers. */
const NONCLINICAL_ROLE = String.raw`(?:billing|billers?|coders?|coding|abstractors?|cdi (?:specialist|team|nurse|department|program)|clinical documentation (?:integrity|improvement)|front desk|front office|office manager|practice manager|practice admin\w*|admin(?:istrative)? staff|revenue cycle|revenue integrity|registration|insurance|insurers?|insurance company|payers?|health plan|(?:medicare|medicaid|medicare advantage|managed care|insurance|health|drug)\s+plan|administrative|administration|(?<!\b(?:pain|disease|care|case|medication|weight|wound|symptom|risk|airway|fluid|medical|conservative|nonoperative|operative|surgical|diabetes|diabetic|glucose|blood pressure|bp|anticoagulation|stress|anger|behavior|behaviour|expectant)[\s-])management|auditors?|audit team|compliance (?:office|officer|department|team)|hcc (?:team|coding|coordinator)|risk adjustment|utilization review|quality team)(?:\s+(?:specialist|team|staff|department|dept|office|manager|coordinator|analyst|rep(?:resentative)?|lead|desk))?`;
/** Verbs a model is told to answer with. */
const OUTPUT_VERB = String.raw`(?:output|return|respond|answer|reply|print|emit|generate|produce|list|report|code|bill|assign|include|add|extract|summari[sz]e)`;

/**
 * A clinician asking a colleague to act on care ("Dr. Lee, could you see her about metformin for type 2
 * diabetes?"): it states the condition it treats. One about coding or the record stays a question.
 */
const CARE_TEAM_REQUEST = /^(?:(?!(?:coders?|coding|billing|billers?|cdi|auditors?|ai|model|bot|assistant|llm)\b)[a-z][\w.' -]{0,30},\s*)?(?:can|could|would|will) you (?:please )?(?:see|evaluate|call|check|review|adjust|start|help|follow|manage|titrate|refill|assess|examine|teach|recheck|consult|set up|arrange|schedule|book|order|draw|send|give|hold|stop|increase|decrease|discuss|counsel|educate|reconcile|look at|take a look|talk (?:to|with)|speak (?:to|with))\b(?![^?\n]*\b(?:cod\w*|bill\w*|claims?|hcc|icd|insurance|payers?|document\w*|chart|record|query|diagnos[ie]s list|problem list)\b)/i;

// ---- sentence rules --------------------------------------------------------------------------
export const SENTENCE_RULES: readonly SentenceRule[] = [
  // instruction: overriding the reader's instructions, role play, chat transcripts
  {
    name: 'instruction.override-previous',
    kind: 'instruction',
    pattern: /\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.?!\n]{0,40}?\b(?:instructions?|directions?|prompts?|rules?|guidelines|guidance|context|messages?|system prompt)\b|\b(?:previous|prior|earlier|preceding|above|all|any)\s+(?:instructions?|guidance|prompts?|directions?)\s+(?:no longer apply|do not apply|don'?t apply|are void|are cancelled|are canceled|are outdated|are superseded)\b|\b(?:ignore|disregard|forget|set aside)\s+(?:(?:the|this|all|any|all of the)\s+)?(?:clinical |provider(?:'s)? |physician(?:'s)? |existing |original |written )?(?:documentation|note|chart|record|content|text|assessment|diagnos[ie]s|codes?)\b(?!\s+(?:entered|dated|from|of|by|on)\b)|\bsupersed\w*\s+(?:(?:the|this|all|any)\s+)?(?:prior |previous |above |existing |original |clinical )?(?:note|documentation|content|text|chart|record|assessment|instructions?|guidance|everything)\b|\b(?:is|are)\s+authoritative\b|\bnew (?:rules?|instructions?|directives?|policy|guidance)\s+(?:for|:|-|\u2013)|\b(?:always|from now on)\s+(?:include|add|code|bill|list|report|output|return|capture|assign|append)\b|\b(?:ignore|disregard|forget)\s+(?:what(?:ever)?|anything)\s+(?:the|this|that)\s+(?:note|chart|record|documentation|assessment|provider|physician|doctor|clinician|text|report)\b|\bwhatever (?:the|this) (?:note|chart|record|documentation|assessment|provider|physician|doctor|clinician|text) (?:says|said|states|shows)\b|\bregardless of (?:the |what the |what is in the )?(?:documentation|note|chart|record|assessment|findings|clinical (?:text|content|findings|documentation)|content|text|above|evidence)\b|^(?:system\s+)?override\s*[:\-\u2013\u2014]|\b(?:assessment|diagnosis|note|documentation|plan|impression)\s+(?:above\s+)?(?:is|was)\s+(?:outdated|wrong|incorrect|obsolete|superseded|void)\b[^.?!\n]{0,40}?\b(?:report|code|bill|use|capture|submit|actual|real|correct|true)\b|\b(?:ignore|disregard|forget)\s+(?:all\s+(?:of\s+)?)?(?:the\s+|your\s+)?(?:above|foregoing|everything(?:\s+(?:above|else|before))?|(?:previous|prior|preceding|earlier)(?=\s*(?:[,.;:!]|and\b|$))|(?:(?:documented|written|stated|clinical)\s+)?(?:assessment|diagnos[ie]s|impression|note|documentation|findings?|plan|text|results?)\s+(?:above|below|as written|as documented))/i,
    scope: 'paragraph-after',
    why: 'An order to set aside the reader\'s instructions opens an injected block; what follows in its paragraph is the payload.',
  },
  {
    name: 'instruction.record-superseded',
    kind: 'instruction',
    pattern: /\b(?:prior|previous|preceding|earlier|above|foregoing)\s+(?:text|note|content|documentation|entry|entries|assessment|version)\s+(?:is|was|are|were)\s+(?:(?:only|just|merely)\s+)?(?:a\s+)?(?:draft|superseded|void|obsolete|outdated|replaced|not final)\b|\b(?:documented |written |original |provider'?s? |clinical )?(?:assessment|diagnos[ie]s|dx|impression|problem list|documentation)\s+(?:is|are|was|were|has been|have been)\s+(?:hereby\s+)?(?:replaced|superseded|overridden|overruled|voided|retracted)\s+by\b|\bauthoritative\s+(?:dx|diagnos[ie]s|codes?|list|problem list|assessment|version)\b|\b(?:supersedes?|overrides?|overrules?)\s+(?:the\s+)?(?:provider|physician|clinician|doctor|treating|documented|clinical|written)(?:'s)?\s+(?:assessment|diagnos[ie]s|documentation|note|impression)\b/i,
    scope: 'paragraph-after',
    why: 'A claim that the text above is a draft or replaced and that another ("authoritative") list follows is about the record, not the patient: what follows in its paragraph is the payload.',
  },
  {
    name: 'instruction.role-assignment',
    kind: 'instruction',
    pattern: /\byou are (?:now )?(?:an?|the|my)\s+(?:[\w-]+\s+){0,3}?(?:ai|assistant|model|coder|biller|chatbot|bot|expert|system|llm|gpt)\b|^(?:please\s+)?(?:act|behave|respond|answer|pretend) (?:as|like|to be)\b|\bpretend (?:to be|you are|that you)\b|\bfrom now on,? (?:you|always|only|respond)\b|\bas (?:an?|the) (?:ai|a\.i\.|language model|llm|(?:ai |coding |medical coding )?(?:model|assistant|chatbot|bot))\b|\byour (?:task|job|role|goal|instructions?|objective|purpose)\s+(?:is|are|will be)\s+(?:to\s+|simply to\s+|only to\s+)?(?:output|return|respond|answer|reply|print|emit|generate|produce|list|report|code|bill|assign|include|add|extract|summari[sz]e)\b/i,
    scope: 'paragraph-after',
    why: 'Telling the reader who it is addresses a model, not a clinician.',
  },
  {
    name: 'instruction.chat-role-marker',
    kind: 'instruction',
    pattern: /^(?:system|assistant|user|human|developer)\s*:\s*(?=.*\b(?:you|your|ignore|disregard|code|codes|coder|bill|billing|add|assign|include|respond|output|instructions?|icd)\b)|<\|?(?:im_start|im_end|system|endoftext)\|?>|<<\/?sys>>|^\[\s*(?:system(?: prompt| message)?|prompt|instructions?|assistant|developer|inst)\s*\]|\byou (?:will|shall|must|are to|are going to)\s+(?:now\s+)?(?:output|return|respond|answer|extract|list|generate|produce|emit|print|summari[sz]e|code|assign)\b|^prompt\s*:\s*(?=.*\b(?:you|your|respond|output|return|code|icd|list|answer)\b)|\[\/?INST\]|<\/?(?:system|instructions?|prompt)>|^#{2,}\s*(?:instruction|system|response)\b/i,
    scope: 'paragraph-after',
    why: 'Chat-transcript role markers carrying a request are a prompt, not documentation (an op note\'s "Assistant: [NAME]" is not).',
  },
  // instruction: requests to a coder, biller or model
  {
    name: 'instruction.addressed-to-coder',
    kind: 'instruction',
    pattern: new RegExp(String.raw`\b(?:note|message|attention|attn|instructions?|reminder|request|fyi|memo|p\.?s\.?)\s*(?:to|for)\s*(?:the\s+)?${ADDRESSEE_PHRASE}\b|^(?:for|to)\s+(?:the\s+)?${ADDRESSEE_PHRASE}\s*[:,\-\u2013\u2014]|\b(?:to|for)\s+(?:whoever|whomever|anyone|anybody|the person|the one|someone)\s+(?:who\s+)?(?:codes|bills|abstracts|processes|reads|reviews|summari[sz]es|audits)\b|\bwhen (?:you|u)\s+(?:process|read|review|summari[sz]e|code|analy[sz]e|parse|ingest|handle|abstract|extract)\b|\byour (?:output|completion|code list|final codes?|json)\b|\b(?:attention|attn)\s*:?\s*(?:the\s+)?${ADDRESSEE}\b|\b(?:to|for) (?:the|any|an?) ${ADDRESSEE}\b[^.\n]{0,20}?\b(?:reading|processing|reviewing|coding|summari[sz]ing)\b|\bif you are (?:an? |the )?(?:ai|language model|llm|assistant|chatbot|coder|coding|biller)\b|\b(?:the\s+)?${ADDRESSEE_NOT_AI}\s+(?:should|must|needs? to|has to|will|shall|is to|can|may)\s+(?:also\s+|always\s+)?(?:${CODING_VERB}|${ADDING_VERB})\b|^(?:dear|to|hey|hi|hello)?\s*(?:the\s+)?${ADDRESSEE}\s*[:,](?=[^\n]*\b${SALUTATION_REQUEST}\b)|^(?:dear|hey|hi|hello|greetings)\s+(?:the\s+)?(?:${MACHINE_READER}|(?:ai|a\.i\.)\s+\w+|model|language model|llm|chat ?gpt|gpt|chatbot|bot|claude)\s*(?:[:,!]|\s[-\u2013\u2014])|^(?:dear|to|hey|hi|hello)\s+(?:the\s+)?${ADDRESSEE_PHRASE}\s*(?:[:,]|\s[-\u2013\u2014])(?=[^\n]*(?:\b${SALUTATION_REQUEST}\b|${CODE_TOKEN}))`, 'i'),
    scope: 'line-after',
    why: 'A sentence addressed to the coder, biller or model ("Note to coder:", "Dear AI coder, …") is a request about coding, not a finding.',
  },
  {
    name: 'instruction.coding-request',
    kind: 'instruction',
    pattern: new RegExp(String.raw`${REQUEST_CUE}[\s:,]+(?:(?:also|just|always|then|now|definitely|still|go ahead and|to)\s+){0,3}(?:${CODING_VERB}\b|${ADDING_VERB}\b[^.?!\n]{0,80}?${CODING_OBJECT})`, 'i'),
    scope: 'sentence',
    why: 'A request to code, bill or add a code ("please add E11.9", "make sure to capture …") asks; it does not document.',
  },
  {
    name: 'instruction.imperative-coding',
    kind: 'instruction',
    pattern: new RegExp(String.raw`^(?:(?:also|now|then|and)\s+)?(?:${CODING_VERB}\s+(?:this|it|that|these|them|the (?:patient|encounter|visit|note|case|chart|claim)|as|for|under|with|${CODE_TOKEN})|${ADDING_VERB}\b[^.?!\n]{0,80}?${CODING_OBJECT})`, 'i'),
    unless: new RegExp(String.raw`^${CODE_NOUN}`, 'i'),
    clauses: true,
    scope: 'sentence',
    why: 'An imperative about coding ("Code this as sepsis", "Add Z99.89 to the claim") is an instruction; an order to care staff names no code.',
  },
  {
    name: 'instruction.trailing-coding-command',
    kind: 'instruction',
    pattern: /(?:[-\u2013\u2014;,:]|\band\b|\bso\b)\s*(?:please\s+|just\s+)?(?:code|bill|capture|report|submit)\s+(?:it|this|that|them|these)\b(?!\s+(?:(?:to|with|for)\s+(?:(?:the|your|his|her|our|my)\s+)?(?:nurse|patient|team|pharmacy|lab|me|us|him|her|them|office|clinic|doctor|physician|provider|pcp|cardiologist|(?:primary )?care (?:team|provider))|(?:via|through|daily|weekly)\b))|[-\u2013\u2014;,:]\s*(?:please\s+)?(?:code|bill|capture|recapture|add|include|append)\s*(?:it|this|that|them|these|too|also|as well|please)?\s*[.!]?\s*$/i,
    scope: 'sentence',
    why: 'A sentence that ends by telling the reader to code what it names ("the real diagnosis is X - code it") is an instruction, whatever comes before; "report them to me via the portal" asks the patient to report readings to a person.',
  },
  {
    name: 'instruction.documentation-wish',
    kind: 'instruction',
    pattern: new RegExp(
      String.raw`\b${WISH_VERB}\b(?:\s+that)?${CLAUSE_CHAR}{0,80}?\b(?:${WISHED_CODING}|${WISHED_RECORDING})\b(?=\s*(?:[.,;:!)]|$|\b(?:as|so|since|because|for|on|in|to|before|today|now|please|and|by|instead)\b))` +
        String.raw`|\b${WISH_VERB}\b(?:\s+that)?${CLAUSE_CHAR}{0,80}?\b${WISHED_WRITING}(?:\s+(?:down|back|in|up))?\s+(?:(?:on|in|into|onto|to|from|off(?: of)?)\s+(?:(?:his|her|their|my|our|your|the|a|this|that)\s+)?(?:[\w-]+\s+){0,2}?${RECORD_NOUN}|as\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?diagnos[ie]s)\b` +
        String.raw`|\b(?:make sure|ensure|see to it|be sure)(?:\s+that)?\s+(?:(?:the|her|his|my|our|your)\s+)?(?:doctors?|dr\.?|physicians?|providers?|attending|clinicians?|clinic|office|hospital|they|he|she|someone|somebody)\b[^.?!\n]{0,20}?\b(?:codes|coded|bills|billed|captures|captured|upcodes)\b`,
      'i',
    ),
    // "Does not want to be coded" / "asks that he not be coded" is code status (no CPR), not billing.
    unless: CODE_STATUS_WISH,
    scope: 'sentence',
    why: 'Someone\'s wish about what the record or the claim should say ("patient asks that X be written on her form", "the attending wants X captured", "make sure the doctor codes both") requests documentation; it documents nothing. A report of history by the patient or family names no coding or record verb and stays clinical.',
  },
  {
    name: 'instruction.code-assertion',
    kind: 'instruction',
    pattern: new RegExp(String.raw`\b(?:the )?(?:correct|right|proper|appropriate|best|accurate|only|primary|principal) (?:icd(?:[- ]?10(?:[- ]?cm)?)? )?(?:diagnosis )?codes? (?:is|are|would be|should be|must be|will be)\b|\b(?:should|must|needs? to|is to|has to|are to|ought to) be (?:coded|billed|captured|reported|assigned|upcoded)\b|\bcode[sd]?\b[^.?!\n]{0,60}?\bas (?:the |a |an )?(?:primary|principal|secondary|main|first[- ]listed)\b|\b(?:use|assign|apply|add|include|bill|code|report|capture|submit|append|enter)\s+(?:the\s+)?(?:code\s+|icd(?:[- ]?10(?:[- ]?cm)?)?\s+)?${CODE_TOKEN}`, 'i'),
    scope: 'sentence',
    why: 'A sentence telling the reader which code to report is a coding instruction, not clinical documentation.',
  },
  {
    name: 'instruction.coding-domain-request',
    kind: 'instruction',
    // Written as "A … B | B … A" (no lookaheads) so the literal prefilter can require a coding word first.
    // A written code counts only after the request ("the payer needs I50.9"): a problem-list line names its code
    // first and its plan after ("Type 2 diabetes (E11.65) - needs insulin titration").
    pattern: new RegExp(String.raw`${OBLIGATION}${CLAUSE_CHAR}*?(?:${CODING_DOMAIN}|${CODE_WRITTEN})|${CODING_DOMAIN}${CLAUSE_CHAR}*?${OBLIGATION}|\((?:for |per )?(?:billing|coding|coders?|the claim|claims?|raf|risk adjustment|payer|insurance|cdi|drg)(?: purposes| only)?\)`, 'i'),
    // Code status ("wants to remain full code", "does not want her to be coded") is a care decision.
    unless: new RegExp(String.raw`\b(?:full code|no code|code status|dnr|dni)\b|${CODE_STATUS_WISH.source}`, 'i'),
    scope: 'sentence',
    why: 'A sentence that asks, reminds or obliges ("please", "don\'t forget", "needs", "would appreciate") and speaks of the claim, the codes, billing, HCC/RAF risk adjustment, CDI or a payer, or names a code, is a request about coding; a clinician\'s order ("Please follow up for your hypertension") names none of them.',
  },
  {
    name: 'instruction.code-request',
    kind: 'instruction',
    pattern: new RegExp(String.raw`\b(?:${CODING_VERB}|${ADDING_VERB}|${OUTPUT_VERB}|carry|carries|gets?|pick up|requires?|needs?|wants?|supports?)\b${CLAUSE_CHAR}{0,50}?${CODE_REF}|\b(?:principal|primary|main|first[- ]listed|secondary)\s+(?:dx|diagnosis|code)\s*[:=]?\s*${CODE_TOKEN}|${CODE_TOKEN}${CLAUSE_CHAR}{0,30}?\b(?:appended|added|submitted|billed|coded|captured|entered|requested|needed|required|to be (?:added|coded|billed|used|reported))\b|\b(?:diagnos[ie]s|dx|codes?|icd(?:[- ]?10)?)\s+(?:to|we should|you should|I want you to)\s+(?:report|code|bill|capture|submit|use|list|add|assign|output|return)\b`, 'i'),
    // A problem-list line names its code beside the diagnosis and then its plan: "Hypertension (I10): add amlodipine".
    unless: new RegExp(String.raw`^[^.?!\n]{0,80}\(?${CODE_TOKEN}\)?\s*[:\-\u2013]\s*(?:continue|start|add|increase|decrease|stop|hold|check|recheck|refer|follow)\b(?![^.?!\n]*${CODE_REF}[^.?!\n]*$)`, 'i'),
    scope: 'sentence',
    why: 'A code governed by a verb of reporting ("Use F10.20", "respond with ICD-10 I21.4", "the payer needs I50.9", "N18.30 appended", "the diagnosis to report is …") is an order about the claim, not a finding.',
  },
  {
    name: 'instruction.record-placement',
    kind: 'instruction',
    // Asking that a condition appear in, be reflected on or be left off the record, list, claim or output.
    pattern: new RegExp(
      String.raw`(?:${OBLIGATION}|\bwould like\b|\bwish(?:es)?\b|\blet'?s\b|\bwe'?d like\b)${CLAUSE_CHAR}{0,80}?\b(?:appears?|appearing|reflected|shows? up|shown|goes|go|gets?|is|are|be|stays?|remains?|makes? it|included|listed|added|put)\s+(?:(?:in|on|onto|into|to|off|from)\s+)(?:(?:his|her|their|the|this|that|your|our|my|every|each|all|its)\s+)?(?:[\w-]+\s+){0,2}?(?:claims?|encounters?|records?|chart|output|code list|codes|diagnos[ie]s list|dx list|problem list|final list|list|bill|paperwork|summary|file|forms?|superbill)\b` +
        String.raw`|(?:${OBLIGATION}|\bwould like\b|\bwish(?:es)?\b)${CLAUSE_CHAR}{0,80}?\b(?:on|in|onto|into)\s+(?:his|her|their|the|my|our|this)\s+(?:[\w-]+\s+){0,2}?(?:records?|chart|claims?|paperwork|forms?|file|bill|superbill|problem list|diagnosis list)\b(?=${CLAUSE_CHAR}{0,40}?\b(?:for|so|because|since|to get|to make)\b|\s*[.!]?\s*$)` +
        String.raw`|\b(?:do not|don'?t|never)\s+(?:leave|drop|omit)\s+(?:off|out)\b|\b(?:do not|don'?t|never)\s+(?:leave|drop|omit|forget)\b${CLAUSE_CHAR}{0,60}?\b(?:off|out of|from) (?:the |this |his |her )?(?:list|claim|codes|chart|record|encounter|bill)\b` +
        String.raw`|\b(?:throw|tack|slip|sneak|toss)\s+in\b` +
        String.raw`|\bconsider (?:documenting|coding|capturing|billing|clarifying)\b` +
        String.raw`|\b(?:requested|asked|flagged|suggested|recommended|required|needed|wanted)\s+by\s+(?:the\s+)?${NONCLINICAL_ROLE}\b` +
        String.raw`|\b${NONCLINICAL_ROLE}\s+(?:asked|asks|requested|requests|wants|wanted|needs|needed|requires|required|flagged|suggested|suggests|recommends|recommended|wrote|called)\b`,
      'i',
    ),
    unless: CODE_STATUS_WISH,
    scope: 'sentence',
    why: 'A wish that a condition appear in, be reflected on or not be left off the record, list, claim or output, or a request relayed from billing, coding, a payer or an insurer, asks for a record; it is not one.',
  },
  {
    name: 'instruction.record-correction',
    kind: 'instruction',
    pattern: /\b(?:the\s+)?(?:diagnos[ie]s|dx|assessment|impression|problem list|final diagnos[ie]s)\s+(?:should|must|needs? to|has to|is to|ought to)\s+(?:now\s+|instead\s+)?(?:read|say|state|be changed|be updated|be corrected|be amended|be revised|be replaced|include|list)\b|\bchange (?:the |this )?(?:dx|diagnos[ie]s|codes?|primary|principal|assessment)\s+(?:to|from)\b|\b(?:should|must|needs? to|has to|ought to)\s+(?:also|still|now|definitely|really)\s+be\s+(?:coded|billed|captured|reported|listed|added)\b|^quer(?:y|ies)\s*(?:[:\-\u2013\u2014(#])(?=[^\n]*\b(?:supported|document\w*|clarif\w*|y\/n|yes\/no|agree|disagree|please|code\w*|bill\w*|confirm)\b)/i,
    scope: 'sentence',
    why: 'Telling the record what it should say ("the diagnosis should read …", "change the dx to …") or querying whether a condition is supported asks for documentation; the clinician\'s own revised assessment states the diagnosis instead.',
  },
  {
    name: 'instruction.non-clinical-author',
    kind: 'instruction',
    pattern: new RegExp(
      String.raw`^[\s\[(*#>_-]*(?:(?:pasted|forwarded|copied)\s+)?(?:addendum|late entry|entry|note|comments?|message|memo|e-?mail|portal message|mychart message|fax|update|reminder|alert|tip|request|feedback|edit|flag|correction|fwd?|forward(?:ed)?|voicemail|text|letter|notice)\b[^:\n]{0,40}?\b${NONCLINICAL_ROLE}\b[^:\n]{0,20}?(?:[:\-\u2013\u2014)\]]|$)` +
        String.raw`|^[\s\[(*#>_-]*(?:(?:encounter|visit|chart|claim)\s+)?${NONCLINICAL_ROLE}\s+(?:notes?|comments?|messages?|memo|addendum|reminders?|requests?|alerts?|tips?|updates?|footer|header|flags?|queries|query|suspect list|gaps?|opportunit(?:y|ies))\b`,
      'i',
    ),
    scope: 'line-after',
    why: 'A line written by billing, coding, CDI, the front office or a payer ("Addendum (billing specialist):", "Front desk note:", "Coding tip:") is not a clinician\'s documentation (Guidelines I.A.19: only the provider\'s documentation is evidence).',
  },
  {
    name: 'instruction.non-clinical-sender',
    kind: 'instruction',
    pattern: new RegExp(String.raw`^(?:from|sender)\s*:\s*(?:the\s+)?${NONCLINICAL_ROLE}\b`, 'i'),
    scope: 'paragraph-after',
    why: 'A message pasted from billing, coding or a payer ("From: billing office") runs to the end of its paragraph: its headers, body and sign-off are theirs.',
  },
  {
    name: 'billing.coding-label',
    kind: 'billing',
    // A line headed by a coding or risk-adjustment label: "HCC SUSPECT LIST:", "Risk gap:", "*** CODING ALERT: …",
    // "[Billing footer]". A problem list's own "ICD-10:" or "Dx:" label is the clinician's.
    pattern: /^[\s\[(*#>_=-]*(?:[\w/-]+\s+){0,3}?(?:coding|billing|coder|abstractor|hcc (?:suspect\w*|suggest\w*|gaps?|lists?|alerts?|reminders?|capture|opportunit\w+|recapture|flags?|review)|(?:auto(?:matically)?|machine|computer|system|ai)[- ]generated (?:\w+\s+){0,2}?(?:suggestions?|codes?|alerts?|flags?|recommendations?|diagnos[ie]s)|raf|risk[- ](?:gap|adjustment|review|score)s?|cdi|claim|payer|insurer|reimbursement|drg|documentation (?:opportunit\w+|quer(?:y|ies)|clarification|tip|gap|improvement)|utilization review|(?:final|suggested|suspected|proposed|recommended|missing|additional) (?:codes?|icd(?:[- ]?10)?(?: codes?)?|dx|diagnosis codes?)|(?:missing|suspected|suggested) (?:dx|diagnos[ie]s|conditions?)|dx (?:to add|missing|suggestions?)|revenue (?:cycle|integrity)|(?:quality|care)\s+(?:measure\s+)?gaps?|measure gaps?|gaps? in care|hedis|quality measures?)\b[^:\n\]]{0,40}(?::|=|\]|\s[-\u2013\u2014]\s|!)/i,
    // "Final dx:" / "Final diagnosis:" is the clinician's discharge or ED heading (sections.ts reads it as a diagnosis
    // section); "Final codes:" stays a coding label.
    unless: /^[\s\[(*#>_-]*(?:(?:billing|visit|encounter)\s+diagnos[ie]s|final\s+(?:dx|diagnos[ie]s))\s*:/i,
    scope: 'line-after',
    why: 'A line headed by a coding, billing or risk-adjustment label (an HCC suspect list, a coding alert, a billing footer) is a message to the coder; the clinician writes diagnoses under clinical headings.',
  },
  {
    name: 'instruction.documentation-query',
    kind: 'instruction',
    pattern: /\b(?:cdi|physician|provider|coding|clinical documentation|documentation)\s+quer(?:y|ies)\b|\bquery\s+(?:to|for|of)\s+(?:the\s+)?(?:provider|physician|doctor|attending|dr\b|md\b|clinician)|^[^\n]*?(?:\bcod(?:e|ed|ing)\b|\bbill(?:ed|ing)?\b|\bclaim\b|\bcapture\w*|\bhcc\b|\bicd\b|\bdocumented\b|\bdiagnosis list\b|\breportable\b|\bcod(?:e)?able\b|[A-TV-Z][0-9][0-9A-Z]\.\d)[^\n]*\?\s*["')\]\u201d]*$/i,
    // The clinician's own answer to a query ("My answer to the CDI query: yes, …") is documentation, not the query.
    // So is the answer after a label saying the treating clinician answered it ("CDI query answered by the attending in
    // her own words: yes, …"; session 13, guideline I.A.19).
    unless: /\b(?:code status|full code|no code|dnr)\b|^\s*(?:my|our) (?:answer|response|reply) to (?:the |this |your |a )?(?:[\w-]+ ){0,2}quer(?:y|ies)\s*[:\-\u2013]|^\s*(?:the |this |a )?(?:[\w-]+ ){0,2}query (?:answered|responded to) by (?:the |her |his )?(?:attending|treating|admitting|rendering)\b[^:?\n]{0,50}:\s*(?:yes|no)?[^?\n]*$/i,
    scope: 'sentence',
    why: 'A query from CDI or a coder, or a question about coding, billing or what to document, asks for documentation; it documents nothing (and must be flagged as steering, not just as a question).',
  },
  {
    name: 'instruction.record-request',
    kind: 'instruction',
    pattern: new RegExp(
      String.raw`(?:${REQUEST_CUE}|${OBLIGATION})${CLAUSE_CHAR}{0,40}?\b(?:put|write|add|list|note|enter|include|record|document|mark)\b${CLAUSE_CHAR}{0,40}?\b(?:in|on|into|onto|to)\s+(?:(?:his|her|their|my|our|your|the|this|that)\s+)?(?:[\w-]+\s+){0,2}?${RECORD_NOUN}\b` +
        String.raw`|\b(?:write|put|note|list|add|document|state)\s+(?:down\s+|in writing\s+)?(?:that|it)\b${CLAUSE_CHAR}{0,80}?\bfor\s+(?:(?:his|her|their|my|our|the|a)\s+)?(?:[\w-]+\s+){0,2}?(?:paperwork|forms?|claims?|applications?|insurance|employer|disability|fmla|lawyer|attorney|court|school)\b` +
        String.raw`|\b(?:need|want|add|put|get|include|list)\b${CLAUSE_CHAR}{0,60}?\bon (?:here|there|this (?:one|note|chart|claim|encounter|visit|bill|form|list|record))\b` +
        String.raw`|\b(?:get|have|want|need|like|see)\b${CLAUSE_CHAR}{0,80}?\b(?:coded|billed|captured|recaptured|upcoded)\b` +
        String.raw`|\b(?:list|listed|code|coded|bill|billed|add|added|report|reported|enter|entered|include|included|capture|captured|sequence|sequenced)\b${CLAUSE_CHAR}{0,60}?\bas\s+(?:the\s+|a\s+|an\s+)?(?:primary|principal|secondary|additional|main|first[- ]listed|chief)\s+(?:diagnosis|dx|code|problem|condition|issue)\b`,
      'i',
    ),
    unless: CODE_STATUS_WISH,
    scope: 'sentence',
    why: 'A request to write a condition into the chart or onto the claim ("please put it in his chart", "need X on here", "get X coded", "listed as a secondary diagnosis") asks for a record; it is not one.',
  },
  // question: asks rather than states
  {
    name: 'quoted.patient-education',
    kind: 'quoted',
    // Before the question rules: a heading joined to a leaflet's opening question is still the heading.
    // The heading names a handout, or marks itself pasted/copied: "--- Patient education (pasted) ---".
    // The sentence splitter joins a heading without a colon to the next line, so the heading may end at a line break.
    // A bare "Patient education:" heading stays clinical (it introduces counselling given, not pasted text);
    // "--- Patient education printout attached to visit ---" names the printed leaflet that follows, as does
    // "--- Patient education printed ---".
    pattern: /^(?:[-=*]{2,}\s*)?(?:begin(?:ning of)? |start of )?(?:patient (?:education|information)|education|health information)(?: (?:handout|leaflet|material|materials|sheet|text|article|print-?out|pamphlet|brochure)s?(?:\s*\((?:pasted|copied|printed|attached|reprinted|copy[- ]pasted)\))?(?: (?:attached|pasted|copied|printed|reprinted|included)(?: (?:to|in|into|with|from) (?:the |this )?(?:visit|note|chart|encounter|record|AVS|after[- ]visit summary))?)?|\s*\((?:pasted|copied|printed|attached|reprinted|copy[- ]pasted)\)| (?:printed|pasted|copied|reprinted|attached)(?: (?:and )?(?:given|provided|attached))?)[ \t]*(?:[:-]|[-=*]{2,})?[ \t]*(?:$|\r?\n)|^-{2,}\s*(?:begin|start) (?:pasted|copied|quoted|external)\b/i,
    scope: 'paragraph-after',
    why: 'The heading of a pasted patient-education leaflet introduces generic text about a disease, not findings.',
  },
  // Return precautions and warning-sign lists tell the patient what to watch for: generic text, never findings.
  {
    name: 'quoted.warning-signs-heading',
    kind: 'quoted',
    pattern: new RegExp(String.raw`^(?:[-=*]{2,}\s*)?${WARNING_HEADING}\s*[:\-\u2013\u2014]\s*$`, 'i'),
    // Alone on its line, the heading opens a list that runs to the next clinical heading or blank line.
    unlessFollowedBy: /\S/,
    scope: 'paragraph-after',
    why: 'A "Warning signs:" / "Return precautions:" / "When to call your doctor:" heading opens a list of symptoms the patient is told to watch for, not the patient\'s findings.',
  },
  {
    name: 'quoted.warning-signs-line',
    kind: 'quoted',
    pattern: new RegExp(String.raw`^(?:[-=*]{2,}\s*)?${WARNING_HEADING}\s*[:\-\u2013\u2014]`, 'i'),
    scope: 'line-after',
    why: 'A warning-sign or return-precaution heading with its list on the same line: the list is advice, not findings.',
  },
  {
    name: 'quoted.patient-advice',
    kind: 'quoted',
    pattern: /^(?:(?:patient |discharge |home |wound care |aftercare )?(?:instructions?|advice|education|handout|care)\s*:\s*)?(?:please\s+)?(?:call|contact|notify|phone)\s+(?:your|the|us|911|our)\b(?:\s+(?:doctor|provider|physician|clinic|office|care team|nurse|surgeon|pcp|team))?[^.\n]{0,30}?\b(?:if|for|with|should)\b|^(?:please\s+)?(?:seek|get)\s+(?:immediate\s+|emergency\s+|urgent\s+|prompt\s+)?(?:medical\s+)?(?:care|attention|help|treatment)\b[^.\n]{0,20}?\b(?:if|for|should)\b|^(?:please\s+)?(?:go|return|come back|come)\s+(?:straight\s+|directly\s+)?to\s+(?:the\s+)?(?:nearest\s+)?(?:er|ed|emergency(?:\s+(?:room|department))?|urgent care)\b[^.\n]{0,20}?\b(?:if|for|should|with)\b|^(?:[\w ]{0,40}:\s*)?if you (?:have|develop|notice|experience|get|feel|start)\b/i,
    scope: 'sentence',
    // Advice that names the treatment of the patient's own condition ("… after changes to sertraline for your
    // anxiety disorder") states what the patient has: that condition stays evidence.
    // So does advice presupposing it ("Call the clinic if your asthma gets worse while you are taking albuterol"): a
    // condition that can get worse, flare or fail to improve is one the patient has (session 14).
    unless: /\b(?:changes? to|dose of|doses of|taking|take|on|using|start(?:ing)?|stop(?:ping)?)\s+(?:your\s+)?[A-Za-z][\w-]*(?:\s+\d+(?:\.\d+)?\s*(?:mg|mcg|units?))?\s+for your\s+\w|\bif your\s+[a-z][\w\s,-]{1,60}?\s+(?:gets? worse|worsens|flares?(?: up)?|is not (?:improving|getting better)|does(?: not|n't) improve)\b/i,
    why: 'Advice addressed to the patient ("Call your doctor if you have chest pain, fever …", "If you develop …") lists what might happen, not what the patient has.',
  },
  {
    name: 'quoted.generic-description',
    kind: 'quoted',
    // A label may lead the sentence ("Wound care: Signs of infection include …", "Hypoglycemia handout: Symptoms … may include …").
    pattern: /^(?:[\w ]{0,40}:\s*)?(?:the\s+)?(?:(?:common|typical|early|possible|other|serious|warning|classic|usual)\s+)?(?:signs|symptoms|signs and symptoms|warning signs|side effects|adverse effects|complications|risks)\s+(?:(?:of|from)\s+(?!(?:his|her|their|the patient|this|pt)\b)(?:an?\s+|the\s+)?[a-z][\w\s-]{0,40}?\s+)?(?:(?:may|can|might|could|often|usually|commonly|generally)\s+)?(?:include|includes|including|are)\b(?=[^.\n]*,)|^(?:the\s+)?(?:(?:common|typical|early|possible|serious|warning|classic|usual)\s+)(?:signs|symptoms|signs and symptoms|side effects)\s+(?:may |can )?include\b/i,
    scope: 'sentence',
    why: 'A sentence describing a disease or drug in general ("Signs of infection include redness, fever, swelling") is leaflet text: the symptoms it lists are not the patient\'s.',
  },
  {
    name: 'question.interrogative',
    kind: 'question',
    pattern: /^(?:(?:so|and|but|also|ok|okay)\s*,?\s+)?(?:what|why|how|which|who|whom|whose|when|where|is|are|was|were|do|does|did|can|could|should|would|will|shall|may|might|has|have|had|isn't|aren't|doesn't|don't|didn't|wouldn't|shouldn't|couldn't)\b[^\n]*\?["')\]\u201d]*$|\b(?:you|your|we)\b[^\n]*\?["')\]\u201d]*$|^(?:\S+\s+){5,}\S*\?["')\]\u201d]*$/i,
    unlessFollowedBy: /^[ \t]*(?:[-:=>]\s*)?(?:yes\b|y\b|positive\b|endorses\b|\[x\]|\(x\)|x\b|\u2611|\u2612|true\b)/i,
    unless: CARE_TEAM_REQUEST,
    scope: 'sentence',
    why: 'A question ending in "?" asks (a short "Pneumonia?" stays an uncertainty cue for the context rules; a form item answered "yes" states).',
  },
  {
    name: 'question.indirect-request',
    kind: 'question',
    pattern: /^(?:(?:could|would|can|shall|may) (?:we|you|i|someone|somebody|the team|this|it|they)|should (?:we|i|someone|the team))\b(?! (?:not|never)\b)|^is it (?:possible|likely|reasonable|appropriate|ok|okay|necessary)\b|^(?:wondering|i wonder|we wonder) (?:if|whether)\b/i,
    scope: 'sentence',
    // A request to a colleague to act on care states the condition it treats ("Can you please call the patient about metformin for type 2 diabetes?").
    unless: CARE_TEAM_REQUEST,
    why: 'A sentence framed as a question ("Should we code …", "Is it possible that …") asks rather than states, even without "?"; a conditional "Should you develop …" does not ask.',
  },
  // template: unfilled form text
  {
    name: 'template.prompt-text',
    kind: 'template',
    pattern: /\b(?:click (?:here )?to (?:enter|add|select|type)|(?:enter|insert) (?:text|diagnosis|value|details|here)(?: here)?\b|type here|select (?:one|all that apply)|(?:circle|check|mark|tick|select|underline)\s+(?:any|all|each|those)(?:\s+(?:that|which))?\s+appl(?:y|ies)|fill in(?: the blanks?)?|lorem ipsum|\[?\s*(?:text|free text) here\s*\]?)\b/i,
    scope: 'sentence',
    why: 'Template prompt wording is part of the form, not of the patient\'s record.',
  },
  // quoted: pasted external text
  {
    name: 'quoted.source-attribution',
    kind: 'quoted',
    pattern: /^(?:(?:text |content )?(?:copied|pasted|excerpted|reproduced|adapted|quoted|taken|cut and pasted|copy[- ]pasted)(?: directly| verbatim)? from\b|(?:source|sources|reference|references|citation|retrieved from|accessed from|adapted from)\s*:|(?:from|per|via|according to) (?:uptodate|up to date|medlineplus|mayo clinic|webmd|wikipedia|dynamed|medscape|lexicomp|epocrates|the (?:cdc|nih|fda|who) (?:website|site|guidance)))/i,
    // "Source: urinary tract infection" in a sepsis note names the focus of the infection, not a reference (I.C.1.d).
    unless: /^(?:copied|pasted|taken|carried forward) from (?:(?:my|the|a|his|her|this patient's|patient's) )?(?:previous|prior|last|earlier|yesterday'?s|today'?s|admission|initial|original)?\s*(?:note|h&p|h and p|progress note|discharge summary|visit|encounter|consult(?:ation)?)\b|^(?:source|sources) of (?:history|information|referral)|^(?:source|sources|reference)\s*:\s*(?:the )?(?:patient|pt|family|mother|father|daughter|son|wife|husband|spouse|partner|caregiver|chart|ems|records?|medical records?|\[NAME\])|^(?:source|sources)\s*:\s*(?:(?:likely|probable|presumed|possible|suspected|most likely)\s+)?(?:urinary|uti\b|urine|renal|kidney|pulmonary|lungs?|pneumonia|respiratory|chest|skin|soft[- ]tissue|cellulitis|wound|abdominal|intra-?abdominal|biliary|gallbladder|bowel|gi\b|gu\b|line|catheter|central line|picc|bone|joint|dental|endocarditis|unknown|unclear|undetermined|not (?:yet )?(?:found|identified|determined))/i,
    scope: 'paragraph',
    why: 'Text attributed to an external source (UpToDate, a leaflet, a website) is reference material, not this patient\'s findings.',
  },
  {
    name: 'quoted.printed-material-heading',
    kind: 'quoted',
    // A heading (the sentence ends at its colon) that names material handed out in print, and a
    // bracketed attachment tag at the head of pasted text ("[Patient handout attached] Metformin: …").
    pattern: new RegExp(
      String.raw`^(?=[^\n:]{0,80}\b${PRINTED_MATERIAL}\b)(?=[^\n:]{0,80}\b(?:education(?:al)?|information|info|handouts?|leaflets?|pamphlets?|brochures?|sheets?|guides?|inserts?|materials?)\b)[^\n:]{0,80}:\s*$` +
        String.raw`|^\[\s*(?:(?:patient|drug|medication|health|educational?|printed)\s+){0,2}(?:education(?:al)? (?:material|handout|sheet|leaflet)s?|handouts?|leaflets?|pamphlets?|brochures?|information sheets?|fact sheets?|medication guides?|package inserts?|print-?outs?)\b[^\]\n]{0,30}\]`,
      'i',
    ),
    scope: 'paragraph-after',
    why: 'A heading or tag introducing printed material given to the patient (a handout, leaflet, package insert) opens generic text about a disease or drug, not this patient\'s findings; "Patient education provided: discussed low-salt diet" (no print, text on the line) stays clinical.',
  },
  {
    name: 'quoted.forwarded-message',
    kind: 'quoted',
    pattern: /^-{2,}\s*(?:original message|forwarded message)\b|^(?:begin forwarded message|forwarded message)\b|\bwrote:\s*$/i,
    scope: 'rest',
    why: 'A forwarded or replied-to message runs to the end of the note and is someone else\'s text.',
  },
  // disclaimer: boilerplate
  {
    name: 'disclaimer.confidentiality',
    kind: 'disclaimer',
    pattern: /\bconfidentiality notice\b|\bthis (?:e-?mail|message|communication|document|fax|transmission|report)(?: and any attachments?)? (?:is|are|contains|may contain) (?:confidential|privileged|intended)|\bintended (?:solely |only )?for the (?:use of the )?(?:individual|addressee|recipient|named)|\bif you (?:are not|have received this)\b[^.\n]{0,40}(?:intended recipient|in error)|\bunauthori[sz]ed (?:review|use|disclosure|distribution|copying)\b/i,
    scope: 'sentence',
    why: 'Confidentiality notices are transmission boilerplate.',
  },
  {
    name: 'disclaimer.generated-note',
    kind: 'disclaimer',
    pattern: /\bthis (?:note|report|document|summary|letter|record|text)\b[^.\n]{0,30}\b(?:was|is|has been|were) (?:partially |partly |automatically )?(?:generated|created|dictated|transcribed|prepared|produced|drafted|written)\b|\b(?:dictated|transcribed|generated) (?:using|with|by|via) (?:voice|speech|dragon|ai\b|artificial|an? (?:ai|language model|ambient))|\b(?:voice|speech) recognition (?:software|technology|system|errors?)\b|\bmay contain (?:transcription|typographical|dictation|grammatical|voice recognition) errors\b|\belectronically signed\b|\bambient (?:ai|listening|scribe)\b/i,
    scope: 'sentence',
    why: 'Statements about how the note was produced are boilerplate, not findings.',
  },
  {
    name: 'disclaimer.legal',
    kind: 'disclaimer',
    pattern: /\ball rights reserved\b|\bcopyright\b|\u00a9|\bnot (?:intended )?(?:as )?a substitute for (?:professional )?(?:medical )?advice\b|\bfor (?:general )?informational (?:and educational )?purposes only\b|\bdoes not constitute (?:medical|legal) advice\b|\bterms of (?:use|service)\b|\bprivacy policy\b/i,
    scope: 'sentence',
    why: 'Legal boilerplate (copyright, not-medical-advice) is never about the patient.',
  },
  // billing: coding and reimbursement talk
  {
    name: 'billing.purpose',
    kind: 'billing',
    pattern: /\bfor (?:billing|coding|reimbursement|insurance|claims?|hcc|risk[- ]adjustment|audit|compliance|documentation) (?:purposes?|reasons?|only)\b|\b(?:for|per) (?:the )?(?:billing|coding|coders?|billing (?:office|team|department)|coding (?:team|department)|payers?|the claim|claims? (?:purposes|submission)|raf|risk[- ]adjustment|cdi)\b(?! (?:questions?|inquiries|office hours))|\bfor (?:the )?(?:[\w-]+\s+){0,2}?(?:payment|reimbursement|payout|incentive)\b|\bfor risk\s*[.!]?\s*$/i,
    scope: 'sentence',
    why: '"For billing purposes" marks a statement made for payment, not a clinical finding.',
  },
  {
    name: 'billing.reimbursement-talk',
    kind: 'billing',
    pattern: /\bhcc (?:capture|captured|coding|codes?|category|categories|gaps?|recapture|score|model|v2[48])\b|\bhccs\b|\braf (?:score|value)\b|\brisk[- ]adjust(?:ment|ed)\b|\bms-?drg\b|\bdrg (?:assignment|code|weight|optimi[sz]ation|shift)\b|\bcc\/mcc\b|\bcase[- ]mix\b|\bupcod(?:e|ed|ing)\b|\bdown-?cod(?:e|ed|ing)\b|\bmaximi[sz]e (?:the )?(?:reimbursement|revenue|payment|billing)\b|\breimbursement\b|\bbillable (?:diagnosis|diagnoses|code|codes|condition)\b|\be\/m level\b|\blevel of service\b|\bcharge capture\b|\bsuperbill\b|\bclaim (?:denial|denied|submission|form|scrubber)\b|\b(?:payer|insurer|insurance) (?:requires?|wants?|needs?) (?:the )?(?:code|diagnosis|documentation)\b/i,
    scope: 'sentence',
    why: 'Risk-adjustment, DRG and reimbursement talk is about payment, not the patient.',
  },
];

// ---- span rules --------------------------------------------------------------------------------
export const SPAN_RULES: readonly SpanRule[] = [
  {
    name: 'template.blank',
    kind: 'template',
    pattern: /_{3,}|\*{3,}/g,
    widenLabelOnly: true,
    why: 'Blanks ("___", Epic "***") mark unfilled fields; a field label with only a blank says nothing.',
  },
  {
    name: 'template.bracket-placeholder',
    kind: 'template',
    pattern: new RegExp(String.raw`(?!${PHI_PLACEHOLDER})\[\s*(?:(?:enter|insert|type|select|choose|specify|add|fill(?: in)?|click|describe|list|document)\b[^\[\]\n]{0,40}|(?:diagnosis|diagnoses|dx|condition|problem|complaint|symptoms?|medications?|findings?|text|value|details?|reason|assessment|plan|history|comments?|icd[- ]?10(?: code)?|code|other|x{2,}|\?+|\.{3}|…)\s*)\]|<\s*(?:enter|insert|type|select|fill|add|specify|click)[^<>\n]{0,40}>|\{[^{}\n]{0,60}(?::\d{3,}|\*\*\*)[^{}\n]{0,60}\}`, 'gi'),
    widenLabelOnly: true,
    why: 'Placeholders ("[Diagnosis]", "<enter text>", Epic SmartList "{…:12345}") are unfilled template fields; PHI tags such as [NAME] are not.',
  },
  {
    name: 'template.bracket-example',
    kind: 'template',
    // "[DIAGNOSIS, e.g. M06.9 rheumatoid arthritis or L40.50 psoriatic arthritis]", "[e.g. metformin]":
    // a field label (at most four words) then an example marker, inside square brackets. Clinical
    // asides use parentheses ("NSAIDs (e.g. ibuprofen)"), which this leaves alone.
    pattern: /\[\s*(?:[A-Za-z][A-Za-z0-9\/&' -]{0,40}?\s*[,:;(-]?\s*)?(?:e\.\s?g\.?|eg\.|for example|for instance|such as|examples?\s*:|ex\.|ex:|i\.e\.)[^\[\]\n]{0,200}\]/gi,
    widenLabelOnly: true,
    why: 'Examples inside a template placeholder are the form\'s illustration of what to type, not the patient\'s diagnoses.',
  },
  {
    name: 'template.unchecked-box',
    kind: 'template',
    pattern: /(?:\[ ?\]|\( \)|\u2610|\u25a1)[^\[\]()\u2610\u25a1\u2611\u2612\n]{0,80}/g,
    why: 'An unchecked box and its label ("[ ] Diabetes") is an option not chosen; a checked one ("[x]") is documentation.',
  },
  {
    name: 'instruction.hidden-markup',
    kind: 'instruction',
    pattern: /<!--[\s\S]{0,4000}?-->|<(span|div|p|font)\b[^<>]{0,200}?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em)?\b|\bhidden\b)[^<>]{0,200}>[\s\S]{0,4000}?<\/\1>|\[[^\]\n]{1,40}\]:\s*(?:<>|#)\s*\([^)\n]{0,2000}\)|\/\*[\s\S]{0,2000}?\*\/|<([a-z][\w:-]{0,30}(?:coder|coding|billing|biller|instruction|system|prompt|assistant|llm|hidden|comment|hcc|admin|internal|todo|meta)[\w:-]{0,30}|(?:coder|coding|billing|biller|instruction|system|prompt|assistant|llm|hidden|comment|hcc|admin|internal|todo|meta|ai|model)[\w:-]{0,30})\b[^<>\n]{0,200}>[\s\S]{0,2000}?<\/\2>/gim,
    why: 'Markup the signer never sees (an HTML comment, an invisible element, a markdown comment) is not documentation; hidden text in a note is a carrier for instructions to a machine reader.',
  },
  {
    name: 'instruction.meta-bracket',
    kind: 'instruction',
    // Wiki/template double brackets and braces, LLM tags, and a bracket opened by a coding or machine label,
    // when what they hold is about codes or asks for something.
    pattern: new RegExp(
      String.raw`(?:\[\[|\{\{|<<)(?=[^\n]{0,300}?(?:${CODING_DOMAIN}|${CODE_REF}|\b${ADDRESSEE_NOT_AI}\b|\bplease\b|\b(?:${CODING_VERB}|${ADDING_VERB}|${OUTPUT_VERB})\b|dx|diag|icd))[^\[\]{}<>\n]{1,300}(?:\]\]|\}\}|>>)` +
        String.raw`|[\[({<]\s*(?:internal|coders?|coding|billing|billers?|cdi|hcc|admin|office|front desk|payers?|insurance|model|llm|note (?:to|for) (?:the )?(?:coders?|billing|billers?))\b\s*(?:[:\-\u2013]|only\b)(?=[^\])}>\n]{0,300}?(?:${CODING_DOMAIN}|${CODE_REF}|\bplease\b|\b(?:${CODING_VERB}|${ADDING_VERB}|${OUTPUT_VERB})\b))[^\[\](){}<>\n]{1,300}[\])}>]`,
      'gi',
    ),
    why: 'Text in template braces or an internal/coder/billing-labelled bracket ("[[coder: …]]", "{{billing: E11.65}}", "[Internal: … for claim]", "(coding: add COPD)") is a note to whoever processes the chart, never the clinician\'s statement.',
  },
  {
    name: 'instruction.structured-payload',
    kind: 'instruction',
    // A JSON object ({"codes": […]}) in a note is machine text: a clinician does not document in key-value syntax.
    pattern: /\{\s*"[^"\n]{1,60}"\s*:\s*(?:"|\[|\{|-?\d|true\b|false\b|null\b)[^\n]{0,2000}\}/g,
    why: 'A JSON payload in a note (codes, diagnoses, confidences as key-value pairs) is an answer written for a machine reader to copy, never a clinical statement.',
  },
  {
    name: 'quoted.long-quotation',
    kind: 'quoted',
    pattern: /"[^"]{20,2000}"|\u201c[^\u201c\u201d]{20,2000}\u201d/g,
    minWords: 8,
    // Case reports quote their own radiology, pathology and diagnosis reports ("the diagnosis was:
    // \"…\""): those are this patient's findings. Only a quotation attributed to outside material is.
    onlyAfter: /\b(?:uptodate|up to date|website|web ?site|internet|online|google|wikipedia|article|literature|textbook|leaflet|handout|pamphlet|brochure|print-?out|printed|(?:patient |health )?education(?:al)?(?: material| sheet| handout)?|guidelines?|journal|pubmed|medlineplus|webmd|chat ?gpt|the ai\b|(?:an? |the )?ai (?:tool|model|assistant)|language model|insurer|payer|insurance company|template|macro|smartphrase|dot ?phrase)\b[^"\u201c]{0,60}$/i,
    unlessFollowedBy: /^[,.]?\s*(?:(?:she|he|they|the patient|patient|pt|mother|father|family)\s+)?(?:says|said|states|stated|reports|reported|explains|explained|per (?:patient|pt))\b/i,
    unlessInSections: ['chief_complaint', 'hpi'],
    why: 'A long passage in quotation marks attributed to outside material (a website, leaflet, guideline, an AI tool) is not this patient\'s record; quoted reports and the patient\'s own words stay clinical.',
  },
];
