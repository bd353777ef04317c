// Owns the recognition of a medication change in one unit of the note: a change verb ("start", "increase",
// "discontinue", "place him on") with a drug, the drug known by the ICD-10-CM Table of Drugs and Chemicals,
// by its dose or dosing words, by a pharmacological stem (WHO INN stems: -pril, -sartan, -olol, -statin …),
// or as a capitalised brand name right after the change verb.
import { loadDrugTable, substancesIn } from '../coding/drugs';
import { phraseTokens } from '../coding/phrase';
import { defaultLexicon } from '../phi/lexicon';
import { DOSE, MED_CHANGE_CUE } from './cues';

/** INN stems of common drug classes (WHO "The use of stems in the selection of INN"), as word endings. */
const INN_STEM = /\b[a-z]{2,}(pril|sartan|olol|alol|statin|prazole|tidine|cillin|mycin|floxacin|cycline|cef\w+|parin|xaban|gatran|grel|grelor|gliflozin|gliptin|glutide|dipine|triptan|lukast|azepam|azolam|oxetine|afil|semide|thiazide|idone|apine|etine|profen|coxib|vir|mab|nib|sone|olone|asone|terol|tropium|dronate|caine|icam|azole|setron|pramine|triptyline)\b/i;
/**
 * "start Keflex", "place him on Keflex", "prescribe some Mobic", "prescriptions provided for Naprosyn", "will discontinue
 * Ditropan", "samples of Nasonex": a capitalised name after a change verb (not an acronym such as CPAP or MRI).
 */
const BRAND_AFTER_VERB = /\b([Ss]tart(ed)?|[Tt]ry|[Tt]rial of|[Pp]rescrib\w*|[Ii]nitiat\w*|[Aa]dd(ed)?|[Ss]witch\w* to|on|off( the)?|[Rr]esume|[Rr]estart|[Pp]roceed with|[Dd]iscontinu\w*|[Ss]top(ped)?|[Hh]old|[Hh]eld|[Ii]ncreas\w*|[Dd]ecreas\w*|[Rr]educ\w*|[Tt]aper\w*|[Ww]ean\w*|[Pp]rescriptions? (provided |given |sent |written )?(for|of)|[Ss]amples? of|[Rr]efill\w*( of| on)?)\s+(the patient on\s+|him on\s+|her on\s+)?(some |a |an |the |his |her )?(IV |oral |PO |topical )?[A-Z][a-z][A-Za-z-]{2,}\b/;
/** A change verb whose clause makes it conditional ("stop if eGFR falls below 30", "increase when tolerated"). */
const CONDITIONAL_CHANGE = /\b(increas|decreas|reduc|stop|discontinu|switch|start|add|chang)\w*(\s+[\w-]+){0,3}?\s+(if|when|should|once|unless|in case)\b[^;.]*/gi;
/**
 * "switch to clopidogrel when apixaban starts", "stop aspirin once warfarin is started": a change timed by another change of
 * the same plan is a step of a sequence the plan makes now, not one waiting on an uncertain outcome.
 */
const SEQUENCED_CLAUSE = /^\s*(when|once)\s+(the\s+|his\s+|her\s+)?[a-z][\w-]+\s+(is\s+|has\s+been\s+)?(start|begin|began|begun|stop|initiat|restart|resum)\w*\s*$/i;
/** A sentence whose first clause is its condition ("If positive, start ...", "Should the rash recur, stop ..."). */
const LEADING_CONDITION = /^\W*(if|should|in case|unless)\b[^,;.]{1,60},/i;
/**
 * Shorthand for a dose change: an arrow before the drug ("↑ lisinopril to 20 mg", "↓ metoprolol") or between two doses
 * ("lisinopril 10 mg → 20 mg daily", "10 mg -> 20 mg").
 */
const ARROW_CHANGE = /(^|[\s(])[↑↓⬆⬇]\s*[A-Za-z]|\d\s?(mg|mcg|g|units?|mL|mEq)\b[^.;\n]{0,20}?(→|->|⟶)\s*\d/i;
/** A drug merely continued is not a change. */
const ONLY_CONTINUED = /^(\W*\w+\W+){0,4}?(continue|continuing|remain on|stay on|keep (him|her|them) on|keep(ing)?(?= [a-z]+ \d))\b/i;
/** Prescribing words without a change verb; an offer the patient accepted ('Offered nicotine patch 14 mg; she accepted.') is a prescription. */
const PLACE_ON = /\b(place[ds]?|put|keep) ((him|her|the patient|them) )?on\b|\bwill try\b|\bprescriptions? ((were |was )?(provided|given|sent|written) )?(for|of)\b|\bsamples? of\b|\bsent (in )?(a )?prescription\b|\bsamples? (are|were|was|is )?(provided|given)\b|\b(wean\w*|taper\w*) off\b|\boffered\b[^;]*?[;,]\s*(she|he|they|the patient|patient)\s+(accepted|agreed|accepts|agrees)\b/i;

/**
 * "hold donepezil", "stopped her sertraline", "switched to escitalopram": the object of a change verb. Drug names are coined
 * words (INN), so an object that no English dictionary, ICD-10-CM description or Index holds is a drug whatever its stem;
 * "stop the solvent", "increase activity", "start physical therapy" name ordinary words.
 */
const VERB_OBJECT = /\b(?:start(?:s|ed|ing)?|begin|initiat\w*|add(?:ed|ing)?|increas\w*|decreas\w*|reduc\w*|(?:up-?)?titrat\w*|stop(?:s|ped|ping)?|discontinu\w*|hold(?:ing)?|held|switch\w*(?: \w+)? to|chang\w* to|resum\w*|restart\w*|taper\w*|wean\w*|d\/c)\s+(?:(?:his|her|their|the|home|oral|IV|PO|topical)\s+)?([A-Za-z][a-z-]{5,})\b/g;

function coinedObjects(text: string): string[] {
  const out: string[] = [];
  let lex: ReturnType<typeof defaultLexicon> | undefined;
  for (const m of text.matchAll(VERB_OBJECT)) {
    const word = m[1].toLowerCase();
    lex ??= defaultLexicon();
    if (!lex.common.has(word) && !lex.indexClinical.has(word) && !lex.common.has(word.replace(/-.*$/, ''))) out.push(word);
  }
  return out;
}

export function namesDrug(text: string): boolean {
  if (DOSE.test(text) || INN_STEM.test(text) || BRAND_AFTER_VERB.test(text)) return true;
  if (coinedObjects(text).length) return true;
  return substancesIn(loadDrugTable(), new Set(phraseTokens(text))).length > 0;
}

const DOSE_AMOUNT = /\b\d+(\.\d+)?\s?(mg|mcg|g|units?|mL|mEq)\b/i;
/**
 * A row of a medication table whose cells give the dose before and a different dose after ("hydrochlorothiazide | 12.5 mg
 * daily | 25 mg daily | renal function"): the table's columns are the verb.
 */
function tableDoseChange(text: string): boolean {
  const cells = text.split('|').map((c) => c.trim());
  if (cells.length < 3) return false;
  const doses = cells.slice(1).filter((c) => DOSE_AMOUNT.test(c)).map((c) => c.replace(/\s+/g, ' ').toLowerCase());
  return doses.length >= 2 && doses[0] !== doses[1];
}

/** "No antipsychotic started.", "No new medicines added today.": a sentence stating that no change was made. */
/** A drug stated as kept as it is ("no change to", "no dose adjustment of", "unchanged"). */
// "Not changed: metformin, amlodipine", "donepezil ... was not started": a clause denying the change (the verb negated).
const NO_CHANGE_TO_SOURCE = String.raw`\bno (dose )?(change|changes|adjustments?) (to|in|of)\b|\bunchanged\b|\bnot (been |yet )?(changed|started|begun|initiated|added|prescribed)\b`;
const NO_CHANGE_TO = new RegExp(NO_CHANGE_TO_SOURCE, 'i');
const NO_CHANGE_TO_ALL = new RegExp(NO_CHANGE_TO_SOURCE, 'gi');
const NO_CHANGE_MADE = /^\W*no\b[^;.,:]{0,40}\b(started|added|prescribed|initiated|changed|given)\b(\s+(today|now|at this (time|visit)))?\W*$/i;
/**
 * "Weight up 4 kg since quetiapine was added.", "rash after amoxicillin was started": an earlier change named as the time
 * of a finding, in a clause with the change in the passive past; what it dates is history, not a change made now.
 */
const DATING_CLAUSE = /\b(since|after|when|before|until)\s+(his |her |their |the )?[\w-]+(\s+[\w-]+)?\s+(was|were|had been|has been)\s+(added|started|begun|initiated|increased|decreased|stopped|changed|switched)\b/gi;

/** A unit that states a medication being started, stopped or changed (or, in an order list, a drug with its dose). */
export function isMedicationChange(text: string, orderList: boolean): boolean {
  // "If suspicious, hold the hormone therapy.": a sentence opening on its condition makes a change only if it is met.
  if (LEADING_CONDITION.test(text) || NO_CHANGE_MADE.test(text)) return false;
  // "No change to trazodone.", "Prednisone unchanged.": the drug is kept as it is, unless another clause changes one.
  if (NO_CHANGE_TO.test(text) && !MED_CHANGE_CUE.test(text.replace(NO_CHANGE_TO_ALL, ' '))) return false;
  if (DATING_CLAUSE.test(text)) {
    DATING_CLAUSE.lastIndex = 0;
    const rest = text.replace(DATING_CLAUSE, '');
    if (!MED_CHANGE_CUE.test(rest) && !PLACE_ON.test(rest) && !ARROW_CHANGE.test(rest)) return false;
  }
  const verb = MED_CHANGE_CUE.test(text) || PLACE_ON.test(text) || ARROW_CHANGE.test(text) || tableDoseChange(text);
  if (!verb && !(orderList && DOSE.test(text))) return false;
  if (!verb && ONLY_CONTINUED.test(text)) return false;
  // "continue metformin while creatinine is stable; stop if eGFR falls below 30": a change made only on a condition is
  // not one made now.
  const conditionalOnly = (m: string) => {
    const clause = /\b(when|once)\b[^;.]*$/i.exec(m);
    return clause && SEQUENCED_CLAUSE.test(clause[0]) && namesDrug(clause[0].replace(/^\s*(when|once)\s+/i, 'start ')) ? m.slice(0, clause.index) : '';
  };
  if (ONLY_CONTINUED.test(text) && !/\b(increas|decreas|reduc|stop|discontinu|switch|start|add|chang)\w*/i.test(text.replace(ONLY_CONTINUED, '').replace(CONDITIONAL_CHANGE, conditionalOnly))) return false;
  return namesDrug(text);
}

const INN_WORD = new RegExp(INN_STEM.source, 'gi');
/** A word right before a dose ("Keflex 500 mg"): the drug of an order, whatever its name. */
const BEFORE_DOSE = /\b([A-Za-z][A-Za-z-]{2,})\s+\d+(\.\d+)?\s?(mg|mcg|g|units?|mL|mEq|meq)\b/gi;

/** The drugs a unit names, as lower-case keys (Table of Drugs substances, INN-stem words, the word before a dose). */
export function drugsNamed(text: string): Set<string> {
  const out = new Set<string>();
  for (const s of substancesIn(loadDrugTable(), new Set(phraseTokens(text)))) out.add(s.tokens.join(' '));
  for (const m of text.matchAll(INN_WORD)) out.add(m[0].toLowerCase());
  for (const m of text.matchAll(BEFORE_DOSE)) out.add(m[1].toLowerCase());
  for (const w of coinedObjects(text)) out.add(w);
  return out;
}
