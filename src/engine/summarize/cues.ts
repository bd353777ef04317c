// Owns the word cues the summarizer chooses units by, as data: which section kinds assess problems, what
// a status, a plan, a medication change, a follow-up or an abnormal finding sounds like. Cues only rank
// whole units of the note; they never produce text.
import type { SectionKind } from '../types';

/** Sections where a clinician assesses problems (a "PLAN" section often lists them too, as in ACI-Bench notes). */
export const ASSESSMENT_KINDS: ReadonlySet<SectionKind> = new Set(['assessment', 'assessment_plan', 'impression', 'diagnoses', 'plan']);
/** Of those, the ones whose first sentence of a paragraph is the problem itself (a plan paragraph starts with an action). */
export const PROBLEM_PARAGRAPH_KINDS: ReadonlySet<SectionKind> = new Set(['assessment', 'assessment_plan', 'impression', 'diagnoses']);
/** Sections never summarised as the patient's current state (their context is history or another person). */
export const NEVER_KINDS: ReadonlySet<SectionKind> = new Set(['family_history', 'social_history', 'pmh', 'psh', 'ros', 'medications']);
export const FINDING_KINDS: ReadonlySet<SectionKind> = new Set(['exam', 'results', 'vitals']);
export const FOLLOW_UP_KINDS: ReadonlySet<SectionKind> = new Set(['plan', 'assessment_plan', 'assessment', 'impression', 'discharge', 'other', 'hospital_course']);

/** How a problem is doing. */
export const STATUS_CUE = /\b(controlled|uncontrolled|stable|unstable|improv\w*|worse\w*|worsen\w*|resolv\w*|resolved|progress\w*|at goal|not at goal|above goal|doing (well|better|worse)|well[- ]managed|flar\w+|exacerbat\w*|remission|recurren\w*|persist\w*|suspect\w*|likely|possible|probable|consistent with|concerning for|new(ly)? diagnos\w*|partial\w*|undertreated|decompensated|asymptomatic|no evidence of|quiescent|untreated|over-?replaced|refractory|compensated)\b/i;

/** What will be done. */
export const PLAN_CUE = /\b(start\w*|begin|initiat\w*|continu\w*|increas\w*|decreas\w*|reduc\w*|add\w*|stop\w*|discontinu\w*|hold|held|switch\w*|taper\w*|prescrib\w*|order\w*|obtain\w*|refer\w*|schedul\w*|recommend\w*|plan\w*|check\w*|repeat\w*|monitor\w*|will|proceed\w*|perform\w*|consult\w*|avoid\w*|given|placed|treat\w*)\b/i;

/**
 * A medication change (not a medication merely continued). "hold off on medication" defers a start and is not a change;
 * "d/c", "dc'd" are the charting abbreviations of discontinue.
 */
export const MED_CHANGE_CUE = /\b(start(s|ed|ing)?|begin|initiat\w*|prescri(be|bed|bing|ptions?)|add(ed|ing)?|increas\w*|decreas\w*|reduc\w*|titrat\w*|stop(s|ped|ping)?|discontinu\w*|hold(?! off)|held|switch\w*|chang(e|ed|ing)(?!s)|taper\w*|wean\w*|resum\w*|restart\w*|new|refill\w*|instead of|dispense|d\/c(['’]?d)?|dc['’]d|in place of|up-?titrat\w*|down-?titrat\w*)(?![\w/])/i;
/**
 * An order line: a drug name and its dose open the unit ("Prednisone 30 mg daily for 5 days."), in an assessment as in a
 * plan; a bullet of a plan may open on the drug in lower case ("- potassium chloride 40 mEq orally x 2 today"). Not a past
 * administration told as the course ("Received 30 mL/kg fluids and ceftriaxone"): that is what was done, not an order.
 */
export const ORDER_LINE = /^(?!([Rr]eceived|[Gg]iven|[Gg]ave|[Gg]ot|[Tt]ook|[Aa]dministered|[Ww]as|[Ww]ere)\b)[A-Za-z][A-Za-z-]+(\s[A-Za-z-]+)?\s\d+(\.\d+)?\s?(mg|mcg|g|units?|mL|mEq|meq)\b(?!\/(dL|L\b|min|24))/;
/** A dose or a dosing form: one of the signs a unit names a drug. */
export const DOSE = /\b\d+(\.\d+)?\s?(mg|mcg|g|units?|mL|meq|IU|%)\b(?!\/(dL|L\b|min|24))|\b(tablets?|capsules?|inhal\w+|ointment|cream|gel|solution|patch|injection|(once|twice|three times|four times) (a|per) day|(one|two|three|four|\d) times (a |per )?(day|daily|week)|twice daily|once daily|daily|b\.?i\.?d|t\.?i\.?d|q\.?\d+h|as needed|prn|at bedtime|nightly)\b/i;

/**
 * Follow-up grammar: "return in", "follow up with", "RTC", "recheck", "pending", "see her again in", "come back in", "review in clinic", "next infusion" (a scheduled treatment session);
 * a visit noun with its interval or booking ("clinic visit at 4 weeks", "review in 10 days", "visit booked for 3 months",
 * "review in the CF clinic"). (A companion bringing the patient back is a return visit, RETURN_VISIT_CUE, kept after the
 * changes: it is told in a sentence about the family, often long, and must not push a change out of the budget.)
 */
export const FOLLOW_UP_CUE = /\b(follow[- ]?up|followup|f\/u|return(s|ing)?( here| back)? (to|in|for)|return visit|RTC|recheck\w*|re-?evaluat\w* in|pending|see (him|her|them|you|the patient|me|us) (back|again|in)|(come|coming) back|next (\w+ )?(visit|appointment|infusion|cycle|session)|(visit|review|appointment|clinic|office) (in|at) (about |approximately )?(\d|one|two|three|four|five|six|a )|(visit|appointment|review) (is |was )?(booked|scheduled|arranged) (for|in)|review in (the )?([\w-]+ )?clinic|(is|are|was|be|been|will be) scheduled|scheduled (for|in|with|to)|appointment|call (if|with|for)|revisit|review (in|at) (clinic|\d+|one|two|three|four|six))\b/i;

export const ALLERGY_CUE = /\b(allerg(y|ies)|NKDA|NKA|no known (drug |medicine |medical )?allergies)\b/i;

/** A finding that is not normal. */
export const ABNORMAL_CUE = /\b(elevated|high|low|decreased|increased|reduced|abnormal|positive|enlarged|tender\w*|swelling|swollen|edema|effusion|erythema\w*|crackles|wheez\w*|rhonchi|murmur|fracture|mass|nodule|stenosis|consolidation|opacit\w*|deformity|bulging|purulent|ulcer|hypokinesis|thrombus|lesion|revealed|showed|shows|demonstrat\w*|consistent with|concerning for|suspicious|irregular\w*|rigidity|tremor|hematoma|deficit)\b/i;
export const NORMAL_ONLY = /^(no |negative|normal|unremarkable|clear|within normal|noncontributory)/i;

/**
 * A sign-off line: an optional role label ("Signed:", "Surgeon:", "Hematologist:"), a person's name or its redaction
 * placeholder, and credentials or a specialty after commas ("Surgeon: [NAME], MD, FACS", "Dr. [NAME]"). It says who wrote
 * the note, never a problem or a plan. Only a line marked as a signature by a title ("Dr."), a credential or a name
 * placeholder counts, so a bare label and word ("Diabetes: Stable") is never one.
 */
const SIGN_OFF_NAME = String.raw`(\[[A-Z][A-Z_ 0-9]*\]|[A-Z][\p{L}'.-]+(\s+[A-Z][\p{L}'.-]+){0,3})`;
const CREDENTIAL = String.raw`(MD|M\.D\.|DO|D\.O\.|MBBS|MBChB|PhD|NP|FNP(-[BC]{1,2})?|APRN|DNP|PA(-C)?|RN|CNM|PharmD|DPM|MPH|FACS|FACP|FACC|FACOG|FAAP|FRCP\w*|FRCS\w*)`;
export const SIGN_OFF = new RegExp(String.raw`^([A-Z][\p{L} ]{1,40}:\s*)?(?=(Dr\.?\s|Doctor\s|\[[A-Z][A-Z_ 0-9]*\]|.*,\s*${CREDENTIAL}\b))((Dr\.?|Doctor)\s+)?${SIGN_OFF_NAME}(\s*,\s*(${CREDENTIAL}|\[[A-Z][A-Z_ 0-9]*\]|[A-Z][\p{L}-]+( [A-Z][\p{L}-]+)?))*\.?$`, 'u');

/** Boilerplate that carries nothing clinical. */
export const BOILERPLATE = /^(total )?time( spent)?\s*:\s*(\d+|about \d+|over \d+|more than \d+)\s*(minutes|mins?)\b|^(the )?(plan|treatment|management|care) (is )?as (above|discussed|outlined|noted)\.?$|^(sincerely|regards|kind regards|best regards|yours (sincerely|truly|faithfully)|with (kind|best) regards)\b|\b(understands and agrees|all (of (his|her|their) )?questions (were )?answered|questions were answered|risks?,? benefits|informed consent|verbalized understanding|was seen and evaluated by|greater than \d+% of|time was spent|total (face-to-face |visit |encounter )?time|thank you for (allowing|letting|the opportunity|referring|this( kind)? referral|involving|asking)|(participate|participating) in (his|her|their|the patient's) care|(please )?do not hesitate to (contact|call))\b/i;

/**
 * "Ms. X is a 28-year-old female ...", "She presents today with ...": an introduction, not a problem. "Present" as an
 * adjective ("preeclampsia not present today", "edema is present") is a finding, not the verb of a presentation.
 */
export const INTRODUCTION = /\b(\d+[- ](year|yr|month|week|day)s?[- ]old|y\/o|yo|\d{1,3}(M|F|yo|yF|yM))\b|\bpresent(s|ed|ing)\b.*\b(for|with|today)\b|\bseen (today|in clinic)\b/i;

/**
 * The sentence that opens the assessment of a letter or a narrative note with no assessment header ("My impression
 * is that ...", "In summary, ...", "I suspect that she has ..."): from it to the end of its paragraph the note assesses.
 */
export const IMPRESSION_LEAD = /^(my|our) (overall |clinical |working )?(impression|assessment|opinion|diagnosis|differential)\b|^in (summary|conclusion|short|my (opinion|assessment|view))\b|^to (summarize|summarise|sum up)\b|^(overall|on balance|all in all),? (i|we) (think|believe|feel|suspect)\b|^(i|we) (think|believe|suspect|feel) (that )?(he|she|they|the patient|this|her|his|mr|mrs|ms)\b|^(impression|assessment)\b/i;
/**
 * A line of its own naming the block under it as the problems this visit assessed, in words other than "assessment":
 * "Chronic conditions addressed today:", "Problems reviewed at this visit:", a family meeting's "Medical update given:",
 * an e-consult's "Answer and recommendations:". Not "Problems not addressed today:".
 */
export const ASSESSED_BLOCK_LEAD = /^(?![^:\n]*\bnot\b)[^:\n]{0,40}\b(conditions?|problems?|issues|diagnoses|concerns)\b[^:\n]{0,20}\b(addressed|assessed|reviewed|managed|discussed|evaluated|treated)\b[^:\n]{0,50}:\s*$|^(medical|clinical) (update|status)\b[^:\n]{0,30}:\s*$|^(answers?|responses?)\b[^:\n]{0,40}:\s*$/i;
/** A lead-in that announces the list after it ("My impression is as follows."): it names no problem itself. */
export const LIST_LEAD_IN = /\b(as follows|the following|below)\W*$/i;
/** "First, ...", "Secondly, ...", "Finally, ...": the sentence markers of a problem list written as prose. */
export const ORDINAL_OPENER = /^(first(ly)?|second(ly)?|third(ly)?|fourth(ly)?|fifth(ly)?|sixth(ly)?|seventh|lastly|finally|next|in addition|additionally|also)\s*,\s*/i;
/** A clause whose subject acts ("we will", "I have", "he is", "patient reports"): a sentence, not a noun-phrase problem heading. */
export const CLAUSE_VERB = /^(he|she|they|we|i|it|you|patient|pt|the patient|this|that|there)\b|\b(is|are|was|were|has|have|had|will|would|should|shall|can|could|may|might|must|did|does|do|discussed|reviewed|agrees?|agreed|understands?|denies|denied|reports?|reported|states?|stated|notes?|noted|wants?|wishes|prefers?|declines?|declined)\b/i;

/**
 * Pending and arranged items of a follow-up section beyond the return visit: a result awaited, a test or visit
 * arranged, a call promised ("Echo pending.", "MRI brain ordered.", "Will call with results.", "Awaiting biopsy.").
 */
export const PENDING_CUE = /\b(pending|awaiting|awaited|to be (scheduled|arranged|done|obtained)|(was |were |is |are |been |has been |have been )?(ordered|arranged|requested|booked)\b|will (call|contact|notify|phone|message) (him|her|them|you|the patient)?\s*(with|about|once|when)|results? will be (called|sent|forwarded|reviewed))/i;
/** The clinician deciding in their own voice: what an assessment paragraph of a note without headers does. */
export const DECIDES = /\b(I|we) (have |will |would |'ve |'ll )?(start|stopp?|chang|switch|increas|decreas|add|order|arrang|refer|recommend|prescrib|advis|suggest|plan|think|suspect|believe)\w*|\b(has|have) been (ordered|arranged|scheduled|requested|referred)\b|\bis scheduled\b|\bneeds? no further\b/i;
/**
 * The patient's own next visit (not a test's or another clinic's date): "follow up in", "return to clinic", "RTC", "see her back",
 * a companion bringing the patient back ("his daughter will bring him back to the clinic in 3 months"), a clinic visit or review
 * with its interval ("clinic review in 10 days").
 */
export const RETURN_VISIT_CUE = /^(follow[- ]?up|f\/u|return|rtc)\b|\b(follow[- ]?up|followup|f\/u) (in|with (me|us|primary care|pcp|(his|her|their) (pcp|primary care))|visit)\b|\breturn(s|ing)?( here| back)? (to (clinic|the clinic|the office|see)|in|for (a )?(follow|recheck|visit))|\bRTC\b|\bsee (him|her|them|you|the patient) (back|again|in)|\b(next|return) (\w+ )?(visit|appointment)\b|\b(video|telehealth|telephone|phone|in-person|office|clinic) (visit|follow[- ]?up) in\b|\b(come|coming) back\b|\b(bring|brings|bringing|drive|drives|driving|take|takes|taking) (him|her|them|the patient) back\b|\b(clinic|office|surgery|video|telephone) (visit|review) (at|in) (about |approximately )?(\d|one|two|three|four|five|six|a )/i;

/**
 * A body-system label opening a line of a hospital course or a plan written by system ("CV: Atrial fibrillation, rate
 * controlled ...", "Renal/Electrolytes: AKI ..."): the line assesses that system's problem.
 */
export const SYSTEM_LABEL = /^(neuro(logic(al)?)?|cv|cardio(vascular)?|cardiac|pulm(onary)?|resp(iratory)?|renal|nephro|gi|gastrointestinal|hepatic|liver|endo(crine)?|heme(\/onc)?|hem(atology|onc)|onc(ology)?|id|infectious( disease)?|psych(iatric)?|msk|musculoskeletal|skin|derm(atology)?|gu|genitourinary|electrolytes)(\s*\/\s*[a-z]+)*\s*:\s*(?=\S)/i;
