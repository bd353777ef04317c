// Owns the curated ConText trigger table (negation, uncertainty, hypothetical, historical, family,
// pseudo-triggers and scope terminators).
//
// Provenance: curated and extended from
//   - NegEx trigger list and ConText history/hypothetical/experiencer lists, Chapman et al.
//     (github.com/chapmanbe/negex), MIT licence;
//   - pyConTextNLP lexical KB 05/04/2016 (github.com/chapmanbe/pyConTextNLP), MIT licence;
//   - medspaCy context rules (github.com/medspacy/medspacy), MIT licence, Copyright (c) medSpaCy authors;
//   - negspacy termsets (github.com/jenojp/negspacy), MIT licence, Copyright (c) 2019 Jeno Pizarro.
// MIT permits copying with the notice above; entries were re-categorised for coding use
// (e.g. "rule out" = uncertain, "prophylaxis" = hypothetical, "unlikely" = negated).
//
// Phrases are matched on tokens (see matcher.ts): case-insensitive, any whitespace between words,
// hyphens ignored ("gram-negative" = "gram negative"), "/" and "?" are tokens of their own.

export type ContextCategory = 'negated' | 'uncertain' | 'hypothetical' | 'historical' | 'family' | 'other';
/**
 * pre: scopes forward over the following words; post: scopes backward over the preceding words;
 * both: either; pseudo: looks like a trigger but is not one (consumes its words so a shorter
 * trigger inside it cannot fire); terminate: ends the scope of triggers of `category` ('all' = every one);
 * request: a request to a colleague for a care action ("could you see her about ..."): its "?" asks for the
 * action, so it hedges nothing (context/index.ts), and its modal ("would", "could") is consumed.
 */
export type TriggerRole = 'pre' | 'post' | 'both' | 'pseudo' | 'terminate' | 'request';

export interface TriggerRule {
  category: ContextCategory | 'all';
  role: TriggerRole;
  /** Scope in words for this trigger, when it differs from its category's window (see context/index.ts). */
  windowWords?: number;
}

/** Category, role, phrases, and optionally the scope in words of these phrases. */
type Group = readonly [ContextCategory | 'all', TriggerRole, readonly string[], number?];

/** Laboratory words that name a test of a disease ("HIV antibody", "hepatitis C screen"), not the disease. */
const TEST_WORDS = ['test', 'tests', 'testing', 'screen', 'serology', 'serologies', 'antibody', 'antibodies', 'antigen',
  'titer', 'titre', 'titers', 'pcr', 'naat', 'panel', 'assay', 'swab', 'rapid test', 'screening test'];
/** A test reported positive names the disease after all: these consume the test word (pseudo-triggers). */
const POSITIVE_RESULTS = ['positive', 'reactive', 'detected', 'was positive', 'is positive', 'were positive',
  'came back positive', 'returned positive', ': positive', ': reactive', ': detected', '+'];

const RULE_OUT_OBJECTS = ['', ' him', ' her', ' the patient', ' patient', ' pt', ' them'];
function ruleOut(prefixes: readonly string[], verb: string, suffixes: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of prefixes) for (const o of RULE_OUT_OBJECTS) for (const s of suffixes) out.push(`${p}${verb}${o} out${s}`.trim());
  return out;
}

/** People who are not the patient and no blood relative, and blood relatives, as a relative clause's antecedent. */
const OTHER_PERSONS = ['husband', 'wife', 'spouse', 'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'roommate', 'caregiver', 'friend'];
const RELATIVES = ['mother', 'father', 'mom', 'dad', 'son', 'daughter', 'sister', 'brother', 'grandmother', 'grandfather', 'child', 'grandson', 'granddaughter'];
const WHOSE_PREFIXES = ['', 'her ', 'his ', 'their ', 'with her ', 'with his ', 'by her ', 'by his ', 'with ', 'by '];

export const TRIGGER_GROUPS: readonly Group[] = [
  // ---- negation -------------------------------------------------------------------------------
  ['negated', 'pre', [
    'no', 'not', 'nor', 'neither', 'never', 'without', 'w/o', 'with no', 'denies', 'denied', 'deny', 'denying',
    'declines', 'declined', 'negative for', 'neg for',
    // Longer than the post-trigger "was negative", so leftmost-longest matching lets them win.
    'was negative for', 'is negative for', 'were negative for', 'are negative for', 'been negative for',
    'tested negative for', 'came back negative for', 'returned negative for', 'negative examination for', 'negative study for',
    'negative exam for', 'negative evaluation for', 'free of', 'absence of', 'absent', 'lack of', 'lacks', 'lacked',
    'no evidence', 'no evidence of', 'no evidence for', 'no new evidence', 'no other evidence', 'no evidence to suggest',
    'without evidence', 'without evidence of', 'without any evidence of', 'no findings of', 'no findings to indicate',
    'no radiographic evidence of', 'no sign of', 'no signs of', 'no suggestion of', 'without sign of', 'without signs of',
    'without indication of', 'never had', 'never developed', 'fails to reveal', 'failed to reveal', 'fail to reveal',
    'did not reveal', 'does not reveal', 'not demonstrate', 'not exhibit', 'not have', 'not had', 'not see',
    'not reveal', 'not appreciate', 'not associated with', 'not complain of', 'not feel', 'not known to have',
    'no complaints of', 'no complaint of', 'not consistent with', 'inconsistent with', 'low suspicion for',
    'low suspicion of', 'low probability of', 'low likelihood of', 've for', 'is ve for', 'not suggestive of', 'no history of', 'no h/o', 'no hx of', 'no known', 'no further',
    'no longer', 'patient was not', 'rather than', 'unremarkable for', 'clear of', 'ruled out', 'rules out',
    'ruled out for', 'rules out for', 'resolution of', 'nothing', 'negative', 'doesn\'t have', 'don\'t have',
    'didn\'t have', 'isn\'t', 'wasn\'t', 'aren\'t', 'weren\'t', 'doesn\'t', 'didn\'t', 'don\'t', 'cannot see',
    ...ruleOut(['', 'did ', 'can ', 'adequate to ', 'sufficient to '], 'rule', [' for', ' against', '']).filter(
      (p) => !p.startsWith('rule'),
    ),
    ...ruleOut([''], 'ruled', [' for', ' against', '']),
    ...ruleOut([''], 'rules', [' for', '']),
  ]],
  // "seizure free", "pain-free", "symptom free": "free" after a word negates that word only, never the
  // diagnosis before it ("Epilepsy, seizure free for 2 years on levetiracetam" is controlled epilepsy, G40.-).
  ['negated', 'post', ['free'], 0],
  // A list after a colon: "Denies: fever, chills, cough or chest pain" (the colon would end any scope).
  ['negated', 'pre', ['denies:', 'denied:', 'denies any:', 'negative for:', 'neg for:', 'no history of:', 'pt denies:', 'patient denies:'], 12],
  // Template answers after the item: "fever - no; chills - no", "fever: N, chills: N", "chest pain - denies."
  // The answer word is followed by punctuation (the hyphen is not a token), so prose ("no chills") is untouched;
  // none starts with a word that is itself a forward trigger after a colon ("Eyes: Denies vision changes").
  ['negated', 'post', ['no ,', 'no ;', 'no .', ': no ,', ': no ;', ': no .', ': n', ': n ,', ': n ;', ': n .', 'denies ,', 'denies ;',
    'denies .', ': neg ,', ': neg ;', 'absent ,', 'absent ;', 'absent .'], 1],
  ['negated', 'pre', ['pertinent negatives', 'pertinent negatives:', 'pertinent negative:', 'pertinent negatives include',
    'pertinent negatives are', 'pertinent negatives of', 'negatives:', 'negatives include'], 12],
  // Criteria language: "sepsis criteria not met", "does not meet criteria for major depressive disorder".
  ['negated', 'pre', ['does not meet criteria for', 'did not meet criteria for', 'not meeting criteria for', 'does not meet the criteria for',
    'did not meet the criteria for', 'does not fulfill criteria for', 'did not fulfill criteria for', 'not meet criteria for',
    'insufficient criteria for', 'no criteria for', 'does not meet diagnostic criteria for', 'not consistent with a diagnosis of']],
  ['negated', 'post', ['criteria not met', 'criteria were not met', 'criteria are not met', 'criteria was not met', 'criteria is not met',
    'criteria not fulfilled', 'criteria were not fulfilled', 'criteria not satisfied',
    'is not supported', 'was not supported', 'was not confirmed', 'is not present', 'was not present', 'were not present',
    // A condition named and then denied as a diagnosis ("Heart failure is not diagnosed."): the clinician says it is absent.
    'is not diagnosed', 'was not diagnosed', 'has not been diagnosed', 'have not been diagnosed'], 4],
  ['negated', 'post', [
    'unlikely', 'was ruled out', 'is ruled out', 'are ruled out', 'were ruled out', 'has been ruled out',
    'have been ruled out', 'been ruled out', 'ruled out', 'is negative', 'was negative', 'were negative',
    'are negative', 'has been negative', 'negative', 'not seen', 'not present', 'not identified', 'not detected',
    'not demonstrated', 'not noted', 'not appreciated', 'not visualized', 'not found', 'not evident', 'are not evident',
    'is absent', 'are absent', 'was absent', 'absent', 'no longer present', 'no longer seen', 'not significant',
    'excluded', 'was excluded', 'is excluded', 'has resolved', 'resolved', 'now resolved', 'is resolved',
    'have resolved', 'is denied', 'was denied', 'were denied', 'are denied', 'not likely', 'negative on', 'none', ': none', 'neg',
  ]],
  // Looks like negation, is not.
  ['negated', 'pseudo', [
    'no increase', 'no suspicious change', 'no significant change', 'no change', 'no interval change',
    'no definite change', 'no significant interval change', 'not extend', 'not cause', 'not drain', 'not certain if',
    'not certain whether', 'gram negative', 'without difficulty', 'not necessarily', 'not only', 'not just',
    'whether or not', 'not ruled out', 'did not rule out', 'not been ruled out', 'cannot rule out',
    'cannot be ruled out', 'can not rule out', 'could not rule out', 'not excluded', 'cannot exclude',
    'cannot be excluded', 'not be excluded', 'no further workup', 'no changes', 'not changed',
    'without change', 'without interval change', 'without significant change', 'with negative',
    'not improved', 'not resolved', 'has not resolved', 'not completely resolved', 'not fully resolved',
    'not well controlled', 'not controlled', 'poorly controlled', 'not responding', 'not tolerate', 'not tolerating',
    'unable to tolerate', 'not compliant', 'noncompliant', 'no relief', 'not relieved', 'not improving',
    'no improvement', 'not respond', 'did not respond', 'not stable', 'no sooner', 'no matter', 'negative pressure',
    'rh negative', 'triple negative', 'er negative', 'pr negative', 'her2 negative', 'coag negative',
    'coagulase negative',
    // Tumour markers and staging results, not the tumour: "carcinoma, estrogen receptor negative" (I.C.2).
    'receptor negative', 'node negative', 'nodes negative', 'margins negative', 'margin negative', 'her2 neu negative',
    '+ve for', '+ve', 'not to exceed', 'no more than', 'not more than', 'no less than', 'not less than',
    // The agent of an infection left unknown, not the infection: "pneumonia, organism not identified" (J18.9).
    'organism not identified', 'organisms not identified', 'pathogen not identified', 'source not identified',
    'organism not isolated', 'organism not specified',
    // Serology named beside the disease, not the disease: "rheumatoid arthritis, RF negative" is seronegative RA (M06.0-).
    'rf negative', 'rheumatoid factor negative', 'ccp negative', 'anti ccp negative', 'anti-ccp negative',
    // An imperative to the patient about a drug ("Don't forget to take your metformin", "do not stop your
    // apixaban") says the drug continues; it negates nothing of the condition it treats.
    'don\'t forget', 'do not forget', 'don\'t stop', 'do not stop', 'don\'t skip', 'do not skip', 'don\'t miss', 'do not miss',
  ]],
  // A request to a colleague for a care action names the condition the action is for: "Could you set up a
  // pharmacist review of metformin for type 2 diabetes?", "Cardiology, would you see the patient about
  // asthma?". The "?" asks for the action, not about the diagnosis (II.H/IV.H concern a diagnosis the
  // provider is unsure of). Only care-action verbs: "could you evaluate for PE?" or "can you check for
  // anemia?" keep their hedge ("evaluate for", "check for" are longer than no phrase here), and "Could
  // this be pneumonia?" or "could you be pregnant?" name no action, so they stay uncertain.
  ['all', 'request', ['could you', 'can you', 'would you', 'will you', 'could we', 'can we', 'could someone', 'can someone',
    'would someone'].flatMap((ask) => ['', ' please', ' kindly'].map((p) => `${ask}${p}`)).flatMap((ask) => [
    'see', 'set up', 'arrange', 'schedule', 'book', 'refer', 'send', 'refill', 'renew', 'review', 'follow', 'follow up',
    'manage', 'co manage', 'comanage', 'take over', 'help with', 'help manage', 'adjust', 'titrate', 'start', 'restart',
    'continue', 'call', 'contact', 'teach', 'educate', 'counsel', 'talk to', 'speak with', 'touch base', 'reach out',
    'forward', 'fax', 'authorize', 'approve', 'enroll', 'add', 'switch', 'reconcile', 'help', 'take a look',
  ].map((verb) => `${ask} ${verb}`))],
  // ---- uncertainty ----------------------------------------------------------------------------
  ['uncertain', 'pre', [
    'possible', 'possibly', 'probable', 'probably', 'likely', 'suspected', 'suspect', 'suspicious for', 'suspicion for',
    'suspicion of', 'concerning for', 'concern for', 'worrisome for', 'worried about', 'concerned about',
    'question of', 'questionable', 'questionably', '?', 'r/o', 'ro', 'rule out', 'rule out for',
    'rule him out', 'rule her out', 'rule the patient out', 'rule him out for', 'rule her out for',
    'rule the patient out for', 'be ruled out for', 'should be ruled out for', 'may be ruled out for',
    'might be ruled out for', 'could be ruled out for', 'will be ruled out for', 'must be ruled out for',
    'is to be ruled out for', 'what must be ruled out is', 'cannot rule out', 'cannot be ruled out',
    'can not rule out', 'could not rule out', 'cannot exclude', 'can not exclude', 'cannot totally exclude',
    'may be', 'may have', 'might be', 'might have', 'could be', 'could have', 'may represent', 'might represent',
    'may reflect', 'could correspond to', 'may correspond to', 'might correspond to', 'could be compatible with',
    'may be compatible with', 'might be compatible with', 'suggestive of', 'suggests', 'suggesting', 'presumed', 'presumably', 'presumptive',
    'differential diagnosis', 'differential includes', 'differential diagnosis includes', 'ddx', 'vs', 'versus',
    'evaluate for', 'evaluation for', 'eval for', 'to evaluate for', 'assess for', 'assessment for',
    'workup for', 'work up for', 'w/u for', 'check for', 'checked for', 'test for', 'screen for', 'screening for',
    // The past participles of a screening name the test, not a finding ("screened for diabetes: HbA1c 5.3%").
    'screened for', 'tested for',
    'to exclude', 'to rule out', 'equivocal', 'borderline', 'indeterminate', 'uncertain', 'unclear',
    'doubt', 'doubtful', 'versus possible', 'cannot be excluded', 'not excluded',
    'consider', 'considered', 'considering', 'rather than', 'atypical for', 'low probability',
    'suggest', 'could suggest', 'may suggest', 'might suggest', 'would suggest', 'could indicate', 'may indicate',
    'might indicate', 'could signal', 'could mean',
  ]],
  // Uncertainty about the cause is not uncertainty about the diagnosis (II.H, IV.H speak of the diagnosis):
  // "CKD stage 4 of uncertain cause", "anemia of unclear etiology", "hyponatremia, etiology undetermined"
  // state the condition; only its origin is open. These consume the hedge word so it scopes over nothing.
  ['uncertain', 'pseudo', ['of', ''].flatMap((lead) => ['uncertain', 'unclear', 'unknown', 'undetermined', 'indeterminate', 'uncertain or unknown']
    .flatMap((hedge) => ['cause', 'etiology', 'aetiology', 'origin', 'source', 'mechanism', 'cause at this time', 'etiology at this time']
      .flatMap((what) => [`${lead} ${hedge} ${what}`.trim(), ...(lead ? [] : [`${what} ${hedge}`, `${what} is ${hedge}`, `${what} remains ${hedge}`, `${what} still ${hedge}`])])))],
  // The same holds for a hedge on an etiology adjective that trails a stated diagnosis and closes its clause:
  // "acute bronchitis, likely viral." states bronchitis and leaves only its agent open (IV.H concerns the
  // diagnosis). The clause end is part of the trigger, so "likely viral gastroenteritis" stays uncertain.
  ['uncertain', 'pseudo', ['likely', 'probably', 'possibly', 'presumably', 'presumed', 'suspected', 'probable', 'possible', 'most likely']
    .flatMap((hedge) => ['viral', 'bacterial', 'post viral', 'postviral', 'allergic', 'infectious', 'mechanical', 'musculoskeletal', 'idiopathic', 'benign', 'self limited', 'self limiting']
      .flatMap((what) => ['.', ';', ','].map((end) => `, ${hedge} ${what}${end}`)))],
  ['uncertain', 'post', [
    'suspected', 'is suspected', 'was suspected', 'possible', 'probable', 'likely', 'questionable', '?',
    'not ruled out', 'did not rule out', 'not been ruled out', 'being ruled out', 'be ruled out',
    'should be ruled out', 'ought to be ruled out', 'may be ruled out', 'might be ruled out',
    'could be ruled out', 'will be ruled out', 'can be ruled out', 'must be ruled out', 'is to be ruled out',
    'cannot be excluded', 'cannot be ruled out', 'not excluded', 'is not excluded', 'was not excluded',
    'is in the differential', 'vs', 'versus', 'less likely', 'not definitively seen', 'is possible',
    'is probable', 'is likely', 'is questionable', 'uncertain', 'unclear', 'cannot be completely excluded',
    'cannot be entirely excluded', 'not entirely excluded', 'may be present', 'is considered', 'considered',
    'suspicious', 'equivocal', 'indeterminate',
  ]],
  // A laboratory result after a colon or at the end of a test name scopes back over the test name
  // ("HIV-1/2 antigen/antibody: nonreactive", "RPR for syphilis nonreactive").
  ['negated', 'post', [
    ': negative', ': neg', ': nonreactive', ': non reactive', ': not reactive', ': not detected', ': none detected',
    ': both negative', ': both not detected', ': all negative', 'nonreactive', 'non reactive',
    'not reactive', 'both not detected', 'both negative',
  ], 6],
  // Longer than ": negative", so "Interpretation: negative for malignancy" still negates forward.
  ['negated', 'pre', [': negative for', ': neg for', ': negative for any', ': no evidence of']],
  // "Stroke and TIA are not considerations": a condition the clinician says is not in question.
  ['negated', 'post', ['not a consideration', 'not considerations', 'not a concern', 'not a diagnostic consideration']],
  // ---- look-alikes: a disease word naming a vaccine, a test, a measurement, a diet or a service ---------
  // (Guideline I.A.19 / I.B.4: only a condition the provider documents is coded.) The disease is the
  // object of prevention, testing or a name, never asserted: treated as hypothetical, like "prophylaxis".
  ['hypothetical', 'post', ['vaccine', 'vaccines', 'vaccination', 'vaccinations', 'immunization', 'immunizations',
    'immunisation', 'toxoid', 'booster', 'antitoxin', 'immune globulin'], 6],
  ['hypothetical', 'pre', ['vaccinated against', 'vaccine against', 'vaccine for', 'vaccines for', 'vaccination against',
    'vaccination for', 'immunization against', 'immunization for', 'immunized against', 'tdap', 'dtap', 'pcv13', 'pcv15',
    'pcv20', 'pcv21', 'ppsv23']],
  ['hypothetical', 'post', TEST_WORDS, 1],
  ['hypothetical', 'pseudo', TEST_WORDS.flatMap((w) => POSITIVE_RESULTS.map((r) => `${w} ${r}`))],
  // "stroke volume", "stroke scale", "diabetic diet", "diabetes education", "weight loss advice": the word modifies the next one.
  ['hypothetical', 'post', ['volume', 'volumes', 'work', 'index', 'scale', 'score', 'diet', 'education', 'educator', 'advice', 'counseling', 'counselling',
    'protocol', 'pathway', 'shot', 'shots', 'requirement', 'requirements', 'certificate', 'awareness', 'signs', 'warning signs',
    'warning symptoms'], 0],
  ['hypothetical', 'pseudo', ['diet controlled', 'diet alone', 'diet only', 'diet and exercise', 'diet treated',
    'diet managed', 'diet therapy', 'diet modification', 'work up', 'index finger', 'index case']],
  // A clinic's, centre's or society's name ("Heart Failure Clinic", "Diabetes & Endocrinology Associates").
  ['hypothetical', 'post', ['clinic', 'center', 'centre', 'institute', 'associates', 'foundation', 'society',
    'association', 'program', 'programme', 'service', 'specialists'], 2],
  ['hypothetical', 'pseudo', ['in clinic', 'to clinic', 'at clinic', 'from clinic', 'in the clinic', 'to the clinic',
    'at the clinic', 'in our clinic', 'clinic visit', 'clinic today', 'clinic follow up', 'in the center',
    'at the center', 'to the center', 'in service', 'program of']],
  // The topic of counselling or a recommendation is an intervention or a goal, not a finding (I.A.19):
  // "Counseled on weight loss and exercise", "encouraged weight loss", "recommended smoking cessation".
  // A short window: "counseled on diet for her type 2 diabetes" keeps the diabetes.
  ['hypothetical', 'pre', ['counseled on', 'counselled on', 'counseled about', 'counselled about', 'counseled regarding',
    'counselled regarding', 'counseling on', 'counselling on', 'counseling about', 'counselling about', 'counseling regarding',
    'education on', 'education about', 'educated on', 'educated about', 'educated regarding', 'advised on', 'advised about'], 1],
  // Only their direct object: "recommended to quit smoking" still says the patient smokes.
  ['hypothetical', 'pre', ['encouraged', 'encourage', 'recommended', 'recommend'], 0],
  // A procedure note's own removal ("polyp removed with cold snare") is this encounter's act, not a past one.
  ['historical', 'pseudo', ['removed with', 'removed by', 'removed using', 'removed en bloc', 'removed intact', 'removed in toto',
    'removed piecemeal', 'removed today', 'was removed with', 'were removed with']],
  // ---- hypothetical / future ------------------------------------------------------------------
  ['hypothetical', 'pre', [
    'if', 'should he', 'should she', 'should they', 'should there', 'should the', 'should the patient',
    'should you', 'return if', 'return for', 'return with', 'returning', 'return', 'come back for', 'come back if',
    'come back with', 'call if', 'call for', 'call with', 'in case of', 'in the event of', 'as needed for', 'as needed',
    'prn', 'p.r.n', 'look out for', 'watch for', 'monitor for', 'warning signs of', 'risk of', 'risks of',
    'at risk for', 'at risk of', 'risk for', 'high risk for', 'increased risk of', 'prevention of', 'prevent',
    'to prevent', 'preventing', 'prophylaxis for', 'prophylaxis against', 'prophylaxis of', 'precautions for',
    'precautions', 'seek medical attention for', 'seek care for', 'would', 'to avoid', 'avoid', 'unless',
    'whether', 'in order to prevent', 'predispose to', 'predisposes to', 'in the future',
    'to report', 'report any', 'to call with', 'to watch for', 'to look out for',
  ]],
  // Return precautions and patient handouts list the conditions to come back for, not the patient's (I.A.19,
  // IV.D: code only what the provider documents as the patient's condition): "When to come back -- signs of
  // appendicitis, bowel obstruction or severe dehydration", "Reasons to return: ...". A list needs a wide window.
  ['hypothetical', 'pre', ['when to come back', 'when to return', 'when to call', 'when to seek care', 'when to seek help',
    'when to seek medical attention', 'when to seek medical care', 'when to go to the er', 'when to go to the ed',
    'reasons to return', 'reasons to come back', 'reasons to call', 'return precautions', 'return precautions:',
    'return precautions given', 'return precautions for', 'warning signs:', 'red flags:', 'red flag symptoms',
    'signs to watch for', 'symptoms to watch for'], 14],
  // A condition the patient fears or may get in the future is not one she has (IV.D, I.A.19): "worried she will
  // get diabetes", "afraid of developing dementia". The modal future of another verb ("will follow up") is not here.
  ['hypothetical', 'pre', ['will get', 'will develop', 'would get', 'would develop', 'going to get', 'going to develop',
    'afraid of getting', 'afraid of developing', 'afraid of', 'fear of getting', 'fear of developing', 'fears getting',
    'fears developing', 'worried about getting', 'worried about developing', 'worried she will', 'worried he will',
    'worried that she will', 'worried that he will'], 6],
  // The patient's worry that she has it now is a question, not the provider's diagnosis (IV.H).
  ['uncertain', 'pre', ['worried she has', 'worried he has', 'worried she might', 'worried he might', 'worried that she has',
    'worried that he has', 'worried it is', 'worried this is', 'afraid she has', 'afraid he has']],
  // A consequence a condition can have, stated in general ("Diabetes can cause kidney disease, blindness"),
  // is counselling about a risk, not a finding (I.A.19).
  ['hypothetical', 'pre', ['can cause', 'may cause', 'could cause', 'might cause', 'can lead to', 'may lead to', 'could lead to',
    'might lead to', 'can result in', 'may result in', 'could result in', 'increases the risk of', 'increase the risk of',
    'raises the risk of', 'increases your risk of', 'increase your risk of', 'puts you at risk for', 'risks of untreated'], 10],
  ['hypothetical', 'post', [
    // "ppx" is the charting abbreviation of prophylaxis ("DVT ppx: heparin SC"): prevention of the condition, not the condition.
    'prophylaxis', 'ppx', 'precautions', 'prevention', 'if needed', 'if necessary', 'if present', 'if any',
    'if it occurs', 'if they occur', 'if develops', 'risk', 'screening',
  ]],
  // A risk group names how a tumour or a patient is classified, not a future event ("adenocarcinoma, intermediate risk").
  ['hypothetical', 'pseudo', ['if negative', 'know if', 'even if', 'as if', 'intermediate risk', 'average risk']],
  // A goal or target names an outcome aimed for, never a finding (I.A.19: only what the provider documents
  // as the patient's condition): "goal: weight loss of 7-10 percent", "goal BP < 130/80", "target A1c < 7".
  // A short window keeps the condition the target belongs to ("target INR 2-3 for atrial fibrillation").
  // "Goal:" is one trigger with its colon, which would otherwise end every scope.
  ['hypothetical', 'pre', ['goal', 'goals', 'goal of', 'goal is', 'goal:', 'goals:', 'goal is to', 'goal for', 'target',
    'targets', 'target of', 'target:', 'targeting', 'aim for', 'aiming for', 'aim of', 'aim:'], 2],
  // Status against a goal ("hypertension at goal", "A1c above target"), care goals and goal-directed therapy
  // are not the goal itself; "target organ" and "target lesion" are findings.
  ['hypothetical', 'pseudo', ['at goal', 'not at goal', 'to goal', 'above goal', 'below goal', 'near goal', 'off goal',
    'at target', 'above target', 'below target', 'on target', 'goal met', 'goals met', 'goals of care', 'goal of care',
    'goal directed', 'goal-directed', 'target organ', 'target lesion', 'target lesions', 'target sign']],
  // ---- historical -----------------------------------------------------------------------------
  ['historical', 'pre', [
    'history of', 'hx of', 'h/o', 'hx', 'pmhx', 'pmhx of', 'pmh of', 'past history of', 'past medical history of', 'past medical history significant for',
    'history significant for', 'history notable for', 'significant history of', 'remote history of',
    'known history of', 'prior history of', 'previous history of', 'personal history of', 'medical history of',
    'status post', 's/p', 'previous', 'previously', 'prior', 'prior to', 'past', 'remote', 'old', 'former',
    'resolved', 'healed', 'in the past', 'in the past for', 'formerly', 'pre-existing', 'preexisting',
    'childhood', 'as a child', 'years ago', 'recovered from',
  ]],
  // A course that ended: recovery, definitive treatment completed (I.C.21.c.4). A resection alone is not
  // (adjuvant treatment may still be under way, I.C.2.d); a completed course is stated a few words on.
  ['historical', 'post', [
    'with full recovery', 'with complete recovery', 'full recovery', 'fully recovered', 'without residual deficits',
    'without residual deficit', 'no residual deficits', 'with no residual deficits', 'without residual', 'no residual',
    'treated definitively', 'definitively treated', 'no treatment since', 'fully healed',
    // No episode since a date or a change ("kidney stones, none since 2019", "pancreatitis x2, no episodes since"):
    // the condition is a past episode (I.C.21.c.4), not a denied one; longer than the negating "none".
    'none since', 'none since then', 'no episodes since', 'no further episodes', 'no further episodes since',
    'no recurrence since', 'no recurrences since', 'no attacks since', 'no events since',
  ]],
  ['historical', 'post', [
    'completed treatment', 'completed therapy', 'completed chemotherapy', 'completed radiation', 'completed all treatment',
    'completed all therapy', 'completed all adjuvant therapy', 'completed adjuvant therapy', 'completed adjuvant chemotherapy',
    'therapy completed', 'treatment completed', 'chemotherapy completed', 'no recurrence', 'without recurrence',
    'no evidence of recurrence', 'no local recurrence', 'no recurrent disease', 'no evidence of disease', 'disease free',
    'cancer free',
  ], 8],
  // The same words still negate what follows them ("no recurrence of chest pain").
  ['negated', 'pre', ['no recurrence', 'no recurrence of', 'without recurrence', 'without recurrence of',
    'no evidence of recurrence', 'no evidence of recurrence of', 'no local recurrence', 'no recurrent',
    'no evidence of disease']],
  // "in remission" is not here: a chronic disease in remission is current (F10.21, K51.-, C91.-1 "in remission"),
  // so the condition is coded, not its history (I.C.21.c.4 history codes are for conditions that no longer exist).
  ['historical', 'post', [
    'resolved', 'has resolved', 'now resolved', 'have resolved', 'in the past', 'years ago', 'months ago',
    'weeks ago', 'last year', 'as a child', 'in childhood', 'previously', 'which resolved', 'resolved with',
    'healed', 'status post', 's/p', 'repaired', 'removed',
  ]],
  // A wound closed with sutures, staples or glue names today's repair ("laceration to left forearm, repaired with
  // sutures"), not a past one; consuming the words keeps the post-trigger "repaired" from making the injury history.
  ['historical', 'pseudo', ['sutures', 'suture', 'staples', 'dermabond', 'skin glue', 'skin adhesive', 'tissue adhesive',
    'steri strips', 'steristrips', 'simple interrupted', 'nylon', 'prolene', 'vicryl', 'ethilon', 'chromic', '3', '4', '5', '6']
    .flatMap((closure) => [`repaired with ${closure}`, `repaired using ${closure}`])],
  ['historical', 'pseudo', [
    'history and physical', 'history, physical', 'history taking', 'poor history', 'history and examination',
    'history of chief complaint', 'history of present illness', 'history of the present illness',
    'history of presenting illness', 'social history', 'clinical history', 'patient history', 'day history of',
    'history from', 'history obtained', 'detailed history', 'history was obtained', 'history is obtained',
    'history provided', 'history given', 'history limited', 'prior to admission', 'prior to arrival',
    'prior to presentation', 'past week', 'past few days', 'past several days', 'past month', 'past day',
    'past 24 hours', 'past two weeks', 'past 2 weeks', 'past few weeks', 'past year', 'past several weeks',
    'past few months', 'post op day', 'postop day', 'post operative day', 'week history of', 'month history of',
    'year history of', 'days history of', 'weeks history of', 'hour history of', 'minute history of',
    // "65-year-old" is an age, not an old condition.
    'year old', 'years old', 'yr old', 'yrs old', 'month old', 'months old', 'week old', 'weeks old', 'day old',
    'days old', 'y old', 'y/o', 'yo',
  ]],
  // ---- experiencer: family --------------------------------------------------------------------
  ['family', 'pre', [
    'family history of', 'family history', 'family hx', 'family h/o', 'fh', 'fhx', 'fh of', 'fhx of',
    'mother', 'father', 'mom', 'dad', 'sister', 'brother', 'sibling', 'siblings', 'aunt', 'uncle', 'cousin',
    'grandmother', 'grandfather', 'grandparent', 'grandparents', 'parent', 'parents', 'son', 'daughter', 'sons',
    'daughters', 'children', 'niece', 'nephew', 'twin', 'half brother', 'half sister', 'stepmother', 'stepfather',
    'mother\'s', 'father\'s', 'mom\'s', 'dad\'s', 'sister\'s', 'brother\'s', 'aunt\'s', 'uncle\'s',
    'grandmother\'s', 'grandfather\'s', 'maternal', 'paternal', 'family members', 'family member', 'relatives',
    'first degree relative', 'first-degree relative', 'first degree relatives', 'brothers', 'sisters',
    'aunts', 'uncles', 'cousins',
  ]],
  ['family', 'post', [
    'in his mother', 'in her mother', 'in mother', 'in his father', 'in her father', 'in father', 'in his sister',
    'in her sister', 'in his brother', 'in her brother', 'in the family', 'in family', 'runs in the family',
    'in a first degree relative', 'in his family', 'in her family', 'in mom', 'in dad', 'in siblings',
    'in maternal', 'in paternal', 'in grandmother', 'in grandfather',
  ]],
  ['family', 'pseudo', [
    'by his wife', 'by her husband', 'by his mother', 'by her mother', 'by his father', 'by her father',
    'by mother', 'by father', 'by mom', 'by dad', 'by his daughter', 'by her daughter', 'by his son', 'by her son',
    'with his wife', 'with her husband', 'with his mother', 'with her mother', 'lives with', 'accompanied by',
    'per mother', 'per father', 'per mom', 'per dad', 'per family', 'mother states', 'mother reports',
    'family history negative', 'family history noncontributory', 'family history non contributory',
    'family history unremarkable', 'family history unknown', 'son of a', 'grand mal',
  ]],
  // ---- experiencer: another person who is no blood relative (spouse, partner, caregiver) ------------
  // Their conditions are not the patient's and no family history either (I.A; Z80-Z84 name relatives).
  // A pronoun of the patient's own sex between trigger and mention ends the scope (context/index.ts).
  ['other', 'pre', [
    'husband', 'wife', 'spouse', 'domestic partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'roommate',
    'coworker', 'co-worker', 'colleague', 'neighbor', 'neighbour', 'husband\'s', 'wife\'s', 'spouse\'s',
    'boyfriend\'s', 'girlfriend\'s', 'roommate\'s', 'coworker\'s', 'neighbor\'s', 'her partner', 'his partner',
    'her partner\'s', 'his partner\'s', 'her caregiver', 'his caregiver',
  ]],
  // "Here with her husband, whose heart failure she manages": a relative clause on another person owns its
  // conditions even where the person's word was consumed as a companion ("with her husband" pseudo-trigger).
  ['other', 'pre', OTHER_PERSONS.flatMap((p) => WHOSE_PREFIXES.map((pre) => `${pre}${p}, whose`))],
  ['family', 'pre', RELATIVES.flatMap((p) => WHOSE_PREFIXES.map((pre) => `${pre}${p}, whose`))],
  ['other', 'post', [
    'in her husband', 'in his wife', 'in her spouse', 'in his spouse', 'in her partner', 'in his partner',
    'in his girlfriend', 'in her boyfriend', 'in a coworker', 'in a co-worker', 'in her roommate', 'in his roommate',
  ]],
  ['other', 'pseudo', [
    'by his wife', 'by her husband', 'with his wife', 'with her husband', 'by wife', 'by husband', 'with wife',
    'with husband', 'per wife', 'per husband', 'per spouse', 'per partner', 'wife states', 'husband states',
    'wife reports', 'husband reports', 'wife notes', 'husband notes', 'by his partner', 'by her partner',
    'with his partner', 'with her partner', 'sexual partner', 'sexual partners', 'new partner', 'partner notified',
  ]],
  // ---- scope terminators ----------------------------------------------------------------------
  ['all', 'terminate', [
    'but', 'however', 'although', 'though', 'nevertheless', 'nonetheless', 'yet', 'still', 'aside from',
    'apart from', 'except', 'except for', 'with the exception of', 'other than', 'besides', 'secondary to',
    'due to', 'because of', 'caused by', 'as the cause of', 'as the source of', 'as the reason of',
    'as the etiology of', 'as the origin of', 'as the cause for', 'as a cause of', 'as a cause for',
    'as a source of', 'as a source for', 'as the reason for', 'as a reason for', 'as an etiology of',
    'cause of', 'cause for', 'source of', 'source for', 'etiology of', 'etiology for', 'origin of', 'reason for',
    'reasons for', 'trigger event for', 'other possibilities of', 'which', 'whereas', 'while', 'instead',
    'presents', 'presented', 'presenting', 'presents with', 'presented with', 'complains of', 'complaining of',
    'complains', 'complaining', 'complained of', 'c/o', 'reports', 'reported', 'states', 'stated', 'endorses',
    'endorsed', 'admits to', 'admits', 'positive for', 'notable for', 'significant for', 'remarkable for',
    'consistent with', 'now has', 'now with', 'currently has',
    // The admission is the encounter's own event: "with no relevant history, was admitted for stroke".
    'was admitted', 'admitted for', 'admitted with', 'admitted to', 'was hospitalized', 'hospitalized for',
    'but has', 'now', 'since', 'then', 'subsequently', 'and then', 'until', 'thus',
    'therefore', 'hence', 'as well as', 'concerning', 'likely secondary', 'in setting of',
    'in the setting of', 'otherwise', 'also has', ';', '.', ':',
    // A new clause about the patient ends a negation's scope: "cultures negative for X and he has Y".
    'and he has', 'and she has', 'and the patient has', 'and he had', 'and she had', 'and the patient had',
    'and he was', 'and she was', 'and was', 'and has', 'and had',
  ]],
  // A diagnosis verb ends every scope but the experiencer's: "father diagnosed with colon cancer" is still
  // the father's (a relative's own course), "no fever; diagnosed with pneumonia" is affirmed.
  ...(['negated', 'uncertain', 'hypothetical', 'historical'] as const).map((category): Group => [category, 'terminate', [
    'found to have', 'was found', 'diagnosed with', 'has had', 'developed',
  ]]),
  // Terminators for temporal and experiencer scopes only: "history of MI, presents with chest pain".
  ['historical', 'terminate', [
    'today', 'currently', 'current', 'now', 'at this time', 'recent', 'recently', 'presentation', 'comes in with',
    'coming in with', 'came in with', 'sudden onset of', 'this admission', 'this visit',
    'ed', 'emergency department', 'on exam', 'this morning', 'tonight', 'yesterday',
  ]],
  ['hypothetical', 'terminate', ['because', 'since', 'today', 'currently', 'now']],
  ['family', 'terminate', [
    'patient', 'patient\'s', 'pt', 'pt\'s', 'the patient', 'he has', 'she has', 'he had', 'she had', 'he', 'she',
    'himself', 'herself', 'personal', 'personally',
  ]],
  ['other', 'terminate', ['patient', 'patient\'s', 'pt', 'pt\'s', 'the patient', 'personal', 'personally']],
];

/** Flattened phrase → rules table (one phrase can carry several roles, e.g. "resolved"). */
export function buildTriggerTable(groups: readonly Group[] = TRIGGER_GROUPS): Map<string, TriggerRule[]> {
  const table = new Map<string, TriggerRule[]>();
  for (const [category, role, phrases, windowWords] of groups) {
    for (const phrase of phrases) {
      const key = phrase.toLowerCase();
      const rules = table.get(key) ?? [];
      if (!rules.some((r) => r.category === category && r.role === role)) rules.push(windowWords === undefined ? { category, role } : { category, role, windowWords });
      table.set(key, rules);
    }
  }
  return table;
}
