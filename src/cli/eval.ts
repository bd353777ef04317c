// Owns `npm run eval`: runs the engine on labelled notes (PHI spans, ICD codes, NegEx annotations),
// prints the metrics defined by the evaluation README and writes the full JSON report.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ClinicalEngine } from '../engine';
import { redact } from '../engine/phi';
import { evaluatePhi, evaluatePhiMode } from '../eval/phi';
import { DEFAULT_RESURROGATE_COPIES, DEFAULT_RESURROGATE_SEED, DEFAULT_RESURROGATE_VOCABULARY, formatResurrogateReport, resurrogateRecords, resurrogateVocabulary, withTypeAsKind } from '../eval/deidResurrogate';
import { DEFAULT_EVAL_SEED, DEFAULT_NOTE_COUNT, generateCorpus, toDeidRecord } from '../eval/synthetic';
import { formatSyntheticReport } from '../eval/synthetic/report';
import { DEFAULT_HOLDOUT_NOTES, DEFAULT_HOLDOUT_SEED, generateHoldoutCorpus } from '../eval/synthetic/holdout';
import { DEFAULT_HOLDOUT2_NOTES, DEFAULT_HOLDOUT2_SEED, generateHoldout2Corpus } from '../eval/synthetic/holdout2';
import { DEFAULT_HOLDOUT3_NOTES, DEFAULT_HOLDOUT3_SEED, generateHoldout3Corpus } from '../eval/synthetic/holdout3';
import { DEFAULT_HOLDOUT4_NOTES, DEFAULT_HOLDOUT4_SEED, generateHoldout4Corpus } from '../eval/synthetic/holdout4';
import { DEFAULT_HOLDOUT5_NOTES, DEFAULT_HOLDOUT5_SEED, generateHoldout5Corpus } from '../eval/synthetic/holdout5';
import { DEFAULT_STRESS7_NOTES, DEFAULT_STRESS7_SEED, generateStress7Corpus } from '../eval/synthetic/stress7';
import { DEFAULT_HOLDOUT6_NOTES, DEFAULT_HOLDOUT6_SEED, generateHoldout6Corpus } from '../eval/synthetic/holdout6';
import { DEFAULT_HOLDOUT7_NOTES, DEFAULT_HOLDOUT7_SEED, generateHoldout7Corpus } from '../eval/synthetic/holdout7';
import { DEFAULT_HOLDOUT8_NOTES, DEFAULT_HOLDOUT8_SEED, generateHoldout8Corpus } from '../eval/synthetic/holdout8';
import { DEFAULT_HOLDOUT9_NOTES, DEFAULT_HOLDOUT9_SEED, generateHoldout9Corpus } from '../eval/synthetic/holdout9';
import { DEFAULT_HOLDOUT10_NOTES, DEFAULT_HOLDOUT10_SEED, generateHoldout10Corpus } from '../eval/synthetic/holdout10';
import { DEFAULT_HOLDOUT11_NOTES, DEFAULT_HOLDOUT11_SEED, generateHoldout11Corpus } from '../eval/synthetic/holdout11';
import { DEFAULT_HOLDOUT12_NOTES, DEFAULT_HOLDOUT12_SEED, generateHoldout12Corpus } from '../eval/synthetic/holdout12';
import { DEFAULT_HOLDOUT13_NOTES, DEFAULT_HOLDOUT13_SEED, generateHoldout13Corpus } from '../eval/synthetic/holdout13';
import { DEFAULT_HOLDOUT14_NOTES, DEFAULT_HOLDOUT14_SEED, generateHoldout14Corpus } from '../eval/synthetic/holdout14';
import { DEFAULT_HOLDOUT15_NOTES, DEFAULT_HOLDOUT15_SEED, generateHoldout15Corpus } from '../eval/synthetic/holdout15';
import { DEFAULT_NAME_CONTEXT_NOTES, DEFAULT_NAME_CONTEXT_SEED, generateNameContextCorpus } from '../eval/synthetic/nameContexts';
import { DEFAULT_SPLIT_SEED, HELDBACK_SPLIT_SEED, evaluateIcd, selectPart, selectSplit, type IcdPart, type SplitHalf } from '../eval/icd';
import { evaluateNegex } from '../eval/negex';
import { codeTrapNote, formatAcceptance, readDump, readTrapBatches, writeDump, type AcceptanceDump } from '../eval/codeAcceptance';
import { CANDIDATE_RULES } from '../eval/codeAcceptanceRules';
import { DEFAULT_VOTER_TRAINING, formatVoterFolds, formatVoterWeightsFile, trainVoter, voterLeaveOneBatchOut } from '../eval/acceptanceVoter';
import { evaluateTraps, formatTrapReport, readTrapSuite, type TrapNote } from '../eval/icdTraps';
import { missReason } from '../eval/icdMisses';
import { matchPath } from '../eval/icdPaths';
import { readJsonl } from './bench';
import { DEFAULT_INJECTION_NOTES, DEFAULT_INJECTION_SEEDS, evaluateInjection, formatInjectionReport, generateInjectionCorpus } from '../eval/injection';
import { analyzeText } from '../engine/text';
import { evaluateSummaries, parseSummarySplit, type SummaryGoldRecord } from '../eval/summary';
import { DEFAULT_SUMMARY_SYNTHETIC_NOTES_PER_LAYOUT, DEFAULT_SUMMARY_SYNTHETIC_SEED, S7_LAYOUTS, S7_SUMMARY_SYNTHETIC_SEED, S8_LAYOUTS, S8_SUMMARY_SYNTHETIC_SEED, S9_LAYOUTS, S9_SUMMARY_SYNTHETIC_SEED, S9_UNSEEN_LAYOUTS, S10_LAYOUTS, S10_SUMMARY_SYNTHETIC_SEED, S10_UNSEEN_LAYOUTS, S11_SUMMARY_SYNTHETIC_SEED, S11_UNSEEN_LAYOUTS, evaluateSummarySynthetic } from '../eval/summarySynthetic';

/** The committed guideline trap suite, relative to the package root (where npm runs scripts). */
/** The held-out PHI corpora by flag, newest first: when several flags are given, the newest corpus is scored. */
const PHI_HOLDOUTS = [
  { flag: 'holdout15', label: 'HELD-OUT #15', seed: DEFAULT_HOLDOUT15_SEED, notes: DEFAULT_HOLDOUT15_NOTES, generate: generateHoldout15Corpus },
  { flag: 'holdout14', label: 'HELD-OUT #14', seed: DEFAULT_HOLDOUT14_SEED, notes: DEFAULT_HOLDOUT14_NOTES, generate: generateHoldout14Corpus },
  { flag: 'holdout13', label: 'HELD-OUT #13', seed: DEFAULT_HOLDOUT13_SEED, notes: DEFAULT_HOLDOUT13_NOTES, generate: generateHoldout13Corpus },
  { flag: 'holdout12', label: 'HELD-OUT #12', seed: DEFAULT_HOLDOUT12_SEED, notes: DEFAULT_HOLDOUT12_NOTES, generate: generateHoldout12Corpus },
  { flag: 'holdout11', label: 'HELD-OUT #11', seed: DEFAULT_HOLDOUT11_SEED, notes: DEFAULT_HOLDOUT11_NOTES, generate: generateHoldout11Corpus },
  { flag: 'holdout10', label: 'HELD-OUT #10', seed: DEFAULT_HOLDOUT10_SEED, notes: DEFAULT_HOLDOUT10_NOTES, generate: generateHoldout10Corpus },
  { flag: 'holdout9', label: 'HELD-OUT #9', seed: DEFAULT_HOLDOUT9_SEED, notes: DEFAULT_HOLDOUT9_NOTES, generate: generateHoldout9Corpus },
  { flag: 'holdout8', label: 'HELD-OUT #8', seed: DEFAULT_HOLDOUT8_SEED, notes: DEFAULT_HOLDOUT8_NOTES, generate: generateHoldout8Corpus },
  { flag: 'holdout7', label: 'HELD-OUT #7', seed: DEFAULT_HOLDOUT7_SEED, notes: DEFAULT_HOLDOUT7_NOTES, generate: generateHoldout7Corpus },
  { flag: 'holdout6', label: 'HELD-OUT #6', seed: DEFAULT_HOLDOUT6_SEED, notes: DEFAULT_HOLDOUT6_NOTES, generate: generateHoldout6Corpus },
  // stress7 scores its score half; stress7-tune is the half fixes were written against.
  { flag: 'stress7', label: 'STRESS7 (score half)', seed: DEFAULT_STRESS7_SEED, notes: DEFAULT_STRESS7_NOTES, generate: (o: { seed: number; notes: number }) => generateStress7Corpus({ ...o, half: 1 }) },
  { flag: 'stress7-tune', label: 'STRESS7 (tune half)', seed: DEFAULT_STRESS7_SEED, notes: DEFAULT_STRESS7_NOTES, generate: (o: { seed: number; notes: number }) => generateStress7Corpus({ ...o, half: 0 }) },
  { flag: 'holdout5', label: 'HELD-OUT #5', seed: DEFAULT_HOLDOUT5_SEED, notes: DEFAULT_HOLDOUT5_NOTES, generate: generateHoldout5Corpus },
  { flag: 'holdout4', label: 'HELD-OUT #4', seed: DEFAULT_HOLDOUT4_SEED, notes: DEFAULT_HOLDOUT4_NOTES, generate: generateHoldout4Corpus },
  { flag: 'holdout3', label: 'HELD-OUT #3', seed: DEFAULT_HOLDOUT3_SEED, notes: DEFAULT_HOLDOUT3_NOTES, generate: generateHoldout3Corpus },
  { flag: 'holdout2', label: 'HELD-OUT #2', seed: DEFAULT_HOLDOUT2_SEED, notes: DEFAULT_HOLDOUT2_NOTES, generate: generateHoldout2Corpus },
  { flag: 'holdout', label: 'HELD-OUT', seed: DEFAULT_HOLDOUT_SEED, notes: DEFAULT_HOLDOUT_NOTES, generate: generateHoldoutCorpus },
] as const;

export const DEFAULT_TRAPS_PATH = path.join('test', 'fixtures', 'icd-traps');

const USAGE = `Usage: npm run eval -- [--phi deid.jsonl] [--phi-resurrogate deid.jsonl [--seed N] [--copies K] [--resurrogate-vocabulary s9|s10|s11|s12|s13|s14|s15]] [--phi-synthetic [--seed N] [--notes N] [--dump corpus.jsonl]]
                       [--icd codiesp.jsonl [--icd-split tune|heldback] [--split A|B [--split-seed S]] [--explain-misses] [--by-path]] [--negex annotations.txt] [--icd-traps [file.jsonl|dir] [--setting-from-note]]
                       [--summary gold.jsonl|dir [--notes-file notes.jsonl] [--summary-split tune|holdout|holdout2|holdout3|holdout4|holdout5|holdout6|holdout7|holdout8|holdout9|holdout10|holdout11|holdout12|holdout13|holdout14|s5]]
                       [--summary-synthetic [--s7-layouts | --s8-layouts | --s9-layouts | --s9-unseen | --s10-layouts | --s10-unseen | --s11-unseen] [--seed N] [--notes N]]
                       [--injection [--holdout|--holdout2|--holdout3|--holdout4|--holdout5|--holdout6|--holdout7|--holdout8|--holdout9|--holdout10|--holdout11|--selfcheck7 [--holdout]|--selfcheck11] [--seed N] [--notes N]]
                       [--out report.json] [--fiscal-year 2027]
  --phi        JSON Lines {id, text, phi:[{start,end,type}]}   (token-level PHI recall/precision, per type, leaks)
  --phi-resurrogate  the same deid file scored twice: as given, and with every gold span replaced by a fresh value of
               its type and shape from src/eval/deidResurrogate's own vocabulary (seeded, default seed ${DEFAULT_RESURROGATE_SEED};
               --copies K draws per note, default ${DEFAULT_RESURROGATE_COPIES}); recall, precision, leaks and per type side by side
  --resurrogate-vocabulary  which vocabulary the fresh values come from: s9 (session 9's, tuned on since; default ${DEFAULT_RESURROGATE_VOCABULARY}), s10 (session 10's held-out names and places), s11
                            (session 11's held-out names and places, outside New England), s12 (session 12's, outside New England and s11's regions)
                            s13 (session 13's: Hawaii and the Pacific territories, Puerto Rico and the Virgin Islands, Texas Hill Country and
                            Rio Grande Valley, Mississippi Delta, Bluegrass and Middle Tennessee, New York's North Country)
                            s14 (session 14's: lower Ohio River and Wabash valleys, central Illinois, Iowa and northern Missouri, the
                            Missouri Bootheel, Virginia's Shenandoah Valley and Southside)
                            or s15 (session 15's: southwest Georgia's Wiregrass and Flint River, Alabama's Black Belt and Tennessee Valley,
                            New York's Catskills and mid-Hudson Valley, New Jersey's Skylands)
  --phi-synthetic  generate the synthetic PHI corpus (11 note styles, gold by construction) and score redact()
               on it: recall (bare years excluded), precision, leaks, per style and per kind, and
               protected clinical terms redacted
  --holdout    with --phi-synthetic: score the held-out corpus instead (other generators and 7 other note
               styles, default seed ${DEFAULT_HOLDOUT_SEED}, ${DEFAULT_HOLDOUT_NOTES} notes); its gaps have since been fixed, so it is no
               longer an estimate
  --holdout2   with --phi-synthetic: score the second held-out corpus (8 more styles and formats, default seed
               ${DEFAULT_HOLDOUT2_SEED}, ${DEFAULT_HOLDOUT2_NOTES} notes), written before those fixes; session 4 fixed its gaps, so it is tuned on
  --holdout3   with --phi-synthetic: score the third held-out corpus (8 more styles: portal, home care, dental, eye,
               behavioral health, EOB, genetics, case management; HL7 and lower-case forms; default seed
               ${DEFAULT_HOLDOUT3_SEED}, ${DEFAULT_HOLDOUT3_NOTES} notes), written before those fixes; session 5 fixed its gaps, so it is tuned on
  --holdout4   with --phi-synthetic: score the fourth held-out corpus (12 more styles with their own vocabulary, written by an
               examiner who never read the recognizers; default seed ${DEFAULT_HOLDOUT4_SEED}, ${DEFAULT_HOLDOUT4_NOTES} notes); scored before
               session 5's fixes (0.879) and after them (0.885), then tuned on
  --holdout5   with --phi-synthetic: score the fifth held-out corpus (12 more styles: antenatal, well-child, travel, sleep,
               device clinic, MDS, trial log, forensic exam, appeal, refill, IME, telehealth; its own vocabulary; default seed
               ${DEFAULT_HOLDOUT5_SEED}, ${DEFAULT_HOLDOUT5_NOTES} notes), written in session 6 by an examiner who never read the recognizers
  --stress7    with --phi-synthetic: score the session-7 stress corpus's score half (given-only and word names, document-level
               propagation, word towns, schools/employers/pharmacies, loose dates; src/eval/synthetic/stress7); --stress7-tune: its tune half
  --holdout6   with --phi-synthetic: score the sixth held-out corpus (13 more styles: surgical consent, transfusion record,
               psychosocial assessment, death-certificate worksheet, interpreter visit, jail intake, veterans' nexus letter,
               ICU family meeting, poison-centre call, equipment CMN, release authorization, adverse-event report, I-PASS
               hand-off; its own vocabulary; default seed ${DEFAULT_HOLDOUT6_SEED}, ${DEFAULT_HOLDOUT6_NOTES} notes), written in session 7 by an
               examiner who never read the recognizers
  --holdout7   with --phi-synthetic: score the seventh held-out corpus (10 more styles: school health centre, sports
               clearance, tele-dermatology e-consult, germline report, dental referral, street medicine, addiction
               intake, ophthalmology referral, court-ordered evaluation, photo log; its own vocabulary; default seed
               ${DEFAULT_HOLDOUT7_SEED}, ${DEFAULT_HOLDOUT7_NOTES} notes), written at the end of session 7 by an examiner who never read the recognizers
  --holdout8   with --phi-synthetic: score the eighth held-out corpus (12 more styles: NICU family update, farmworker
               clinic, tribal clinic, military sick call, FMLA certification, donor deferral, organ-procurement referral,
               cardiac rehab, audiology, POLST, radiation-oncology summary, mandated child-protection report; its own
               vocabulary; default seed ${DEFAULT_HOLDOUT8_SEED}, ${DEFAULT_HOLDOUT8_NOTES} notes), written in session 8 by an examiner who never read the recognizers
  --holdout9   with --phi-synthetic: score the ninth held-out corpus in two halves (style names h9_src_*: five ICU styles of the
               development set's source — nursing shift, resident progress, respiratory care, social work, discharge planning;
               h9_new_*: ten more styles — ambulance hand-over, IVF cycle log, hospice visit, correctional clinic, school-nurse
               incident, work-injury claim, genetic counselling letter, transplant call log, home infusion, foster-care form; its own
               vocabulary; default seed ${DEFAULT_HOLDOUT9_SEED}, ${DEFAULT_HOLDOUT9_NOTES} notes), written in session 9 by an examiner who never read the recognizers
  --holdout10  with --phi-synthetic: score the tenth held-out corpus in two halves (style names h10_src_*: five ICU styles of the
               development set's source — nursing shift progress, night-float cross-cover, ICU physical therapy, case management,
               family meeting; h10_new_*: nine more styles — cruise-ship infirmary log, chiropractic SOAP, air-medical transport,
               hyperbaric oxygen log, anticoagulation INR log, prosthetics fitting, lactation consult, refugee health screening,
               allergy patch-test log; its own vocabulary; default seed ${DEFAULT_HOLDOUT10_SEED}, ${DEFAULT_HOLDOUT10_NOTES} notes), written in session 10 by an
               examiner who never read the recognizers
  --holdout11  with --phi-synthetic: score the eleventh held-out corpus in two halves (style names h11_src_*: five ICU-era styles
               of the development set's source — cardiac surgery recovery nursing, neonatal ICU nursing, nutrition support, nursing
               admission, chaplaincy; h11_new_*: nine more styles — laser dermatology log, search-and-rescue medical report,
               fitness-to-dive certificate, pilot aeromedical exam, wheelchair seating assessment, endoscopy report, mass-casualty
               triage tag, diabetic foot exam, CPAP compliance download; its own vocabulary; default seed ${DEFAULT_HOLDOUT11_SEED},
               ${DEFAULT_HOLDOUT11_NOTES} notes), written in session 11 by an examiner who never read the recognizers
  --holdout12  with --phi-synthetic: score the twelfth held-out corpus in two halves (style names h12_src_*: five ICU-era styles
               of the development set's source — trauma/surgical ICU nursing, coronary care unit nursing, neuro ICU nursing,
               ICU transfer-out nursing, ICU pharmacist dosing; h12_new_*: nine more styles — TB directly-observed therapy log,
               STI partner-services record, vaccine administration record, driver rehabilitation evaluation, apheresis
               collection record, ostomy teaching record, mobile crisis dispatch, compounding pharmacy worksheet, device field
               safety notice; its own vocabulary; default seed ${DEFAULT_HOLDOUT12_SEED}, ${DEFAULT_HOLDOUT12_NOTES} notes), written in session 12 by an
               examiner who never read the recognizers
  --holdout13  with --phi-synthetic: score the thirteenth held-out corpus in two halves (style names h13_src_*: five ICU-era
               styles of the development set's source — code blue event note, CRRT nursing, burn unit dressing, ICU family
               phone log, ICU speech-swallow; h13_new_*: ten more styles — cochlear implant programming, marrow donor work-up,
               death scene investigation, ambulatory EEG, respirator surveillance exam, eye bank donor record, lead case
               investigation, animal bite / rabies PEP, hemophilia infusion diary, marathon medical tent log; its own
               vocabulary; default seed ${DEFAULT_HOLDOUT13_SEED}, ${DEFAULT_HOLDOUT13_NOTES} notes), written in session 13 by an examiner who
               never read the recognizers
  --holdout14  with --phi-synthetic: score the fourteenth held-out corpus in two halves (style names h14_src_*: five ICU-era
               styles of the development set's source — IABP nursing, restraint/sedation monitoring, femoral sheath removal,
               isolation precautions, bedside percutaneous tracheostomy; h14_new_*: ten more styles — lithotripsy treatment
               record, andrology semen analysis, midwife home birth record, immigration medical exam, allergen immunotherapy
               injection log, nuclear stress test, hand therapy splint record, pulmonary function test, mammography recall
               letter, gastric band adjustment log; its own vocabulary; default seed ${DEFAULT_HOLDOUT14_SEED}, ${DEFAULT_HOLDOUT14_NOTES} notes),
               written in session 14 by an examiner who never read the recognizers
  --holdout15  with --phi-synthetic: score the fifteenth held-out corpus in two halves (style names h15_src_*: five ICU-era
               styles of the development set's source — DKA insulin drip, SICU epidural pain, ventilator weaning trial,
               admission in transfer, upper GI bleed transfusion; h15_new_*: ten more styles — methadone dosing card, DXA
               report, cremation authorization, contact lens fitting, growth hormone log, first-trimester nuchal screen, remote
               monitoring alert log, inpatient fall incident report, medical repatriation case, ketogenic diet clinic log; its
               own vocabulary; default seed ${DEFAULT_HOLDOUT15_SEED}, ${DEFAULT_HOLDOUT15_NOTES} notes), written in session 15 by an examiner
               who never read the recognizers
  --name-contexts tune|score  with --phi-synthetic: score the name-context corpus (src/eval/synthetic/nameContexts: names
               after kinship words, staff roles, contact verbs, greetings, in lists, headers; tune or score half)
  --seed       corpus seed (default ${DEFAULT_EVAL_SEED}, the evaluation seed; a training corpus must use another)
  --notes      number of synthetic notes (default ${DEFAULT_NOTE_COUNT})
  --dump       write the synthetic corpus as JSON Lines {id, text, phi:[{start,end,type}]} (deid-dev format);
               without --phi-synthetic only the corpus is written
  --icd        JSON Lines {id, text, codes:["E11.22", ...]}    (micro P/R/F1, exact and 3-character category)
  --icd-split  score only the tune part or the held-back part of --icd: a seeded FNV-1a hash of each note id
               (seed ${HELDBACK_SPLIT_SEED}) mod 3 == 0 is held back (about a third). Study errors on tune only;
               heldback is the estimate for unseen cases
  --split      (older, session 5) score only half A or B of --icd, by a seeded hash of each note id: study errors on A only,
               report B as the held-out estimate (and the whole file without --split)
  --by-path    precision of the accepted codes by the path that found them (match kind / term source)
  --split-seed seed of that hash (default ${DEFAULT_SPLIT_SEED})
  --explain-misses  count missed gold codes by cause (not in the code set, no mention, negated/uncertain/…
               mention, covered by a more specific mention, guideline rule, validator, below threshold)
  --negex      NegEx annotation TSV (concept, sentence, Affirmed/Negated)
  --icd-traps  guideline trap suite (default ${DEFAULT_TRAPS_PATH}): micro P/R, must-not hits, per rule family,
               codes supported only by instructions in the injection family
  --summary    summary gold problem lists (a file or a folder of .jsonl, e.g. test/fixtures/summary-gold): problem,
               medication-change, allergy and follow-up coverage, truncated statements, context contradictions,
               median length ratio, per split (tune / holdout) and per source
  --notes-file JSON Lines {id, text} giving the text of gold records that carry only an id (../shared/eval/notes/notes.jsonl)
  --summary-split  score only the tuned, the held-out, the second (holdout2*.jsonl), the third (holdout3*.jsonl), the fourth
                   (holdout4*.jsonl), the fifth (holdout5*.jsonl), the sixth (holdout6*.jsonl), the seventh (holdout7*.jsonl), the eighth (holdout8*.jsonl) the ninth (holdout9*.jsonl), the tenth (holdout10*.jsonl) the eleventh (holdout11*.jsonl), the twelfth (holdout12*.jsonl) or the thirteenth (holdout13*.jsonl) held-out notes, or the
                   session-5 notes (s5)
  --summary-synthetic  generate long multi-problem notes in 9 layouts (numbered A/P, # problem blocks, problem-oriented
               SOAP, prose assessment, hospital course by system, result tables, telehealth, consult letter, discharge
               summary with reconciliation), gold by construction, and score the summaries per layout (default seed
               ${DEFAULT_SUMMARY_SYNTHETIC_SEED}, --notes per layout, default ${DEFAULT_SUMMARY_SYNTHETIC_NOTES_PER_LAYOUT}); --s7-layouts scores the 6 session-7 layouts alone (default
               seed ${S7_SUMMARY_SYNTHETIC_SEED}), apart from the tuned ones; --s8-layouts the 6 session-8 layouts (heart-failure
               titration, geriatric deprescribing, transplant clinic, post-op day note, "Dx 1:" items, "->" plans; default
               seed ${S8_SUMMARY_SYNTHETIC_SEED}); --s9-layouts the session-9 layouts (EHR "Visit Diagnoses" with ICD codes and
               PRESCRIPTIONS/Discontinued blocks, dictated prose without headings, prescription blocks, problem heads in caps or
               bold; default seed ${S9_SUMMARY_SYNTHETIC_SEED}); --s9-unseen the 2 session-9 layouts written after the summarizer's
               changes and scored once before tuning (lettered diagnoses with a before/after medication table, "#" problems with
               "(ICD-10: …)" and hedges; same seed); --s10-layouts the 5 session-10 layouts (hospitalist day note with overnight
               events, SOAP with problems only in plan items, transitional care, polypharmacy review by drug, telephone
               encounter; default seed ${S10_SUMMARY_SYNTHETIC_SEED}); --s10-unseen the 3 written last and scored once before
               tuning (markdown problem table, speech-recognition run-ons, addendum-heavy note; same seed); --s11-unseen 5
               short 2-4 problem clinic layouts written in session 11 before its summarizer changes (NP "Condition — status"
               impressions, short consult letter, "Dx / status / plan" grid, SBAR, wellness run; seed ${S11_SUMMARY_SYNTHETIC_SEED})
  --injection  generate the adversarial injection corpus (instructions to a coder, biller or model in 10 carrier
               forms, with clinicians' imperative sentences as hard negatives; notes default ${DEFAULT_INJECTION_NOTES}) and
               print instruction-only codes, clinical codes lost, per form; --holdout / --holdout2 use the held-out
               phrase inventories (src/eval/injection/holdoutInventory.ts) instead of the tuned one; --holdout3 the
               third (holdout3Inventory.ts: worksheets, JSON/YAML, other languages, emoji, e-mail chains; seed ${DEFAULT_INJECTION_SEEDS.holdout3}); --holdout4 the
               fourth (holdout4Inventory.ts: disguised problem lists and code tables, chat-template tokens, signature
               blocks, patient quotes, CDI replies, auto-approval banners, homoglyphs; seed ${DEFAULT_INJECTION_SEEDS.holdout4}); --holdout5
               the fifth (holdout5Inventory.ts: oblique requests, Portuguese, Italian, Polish, Tagalog, Vietnamese, lab
               comments, radiology addenda, sigs, e-mail chains, JSON/XML, coding-summary footers, appeal letters; seed
               ${DEFAULT_INJECTION_SEEDS.holdout5}); --holdout6 the sixth (holdout6Inventory.ts: passive and third-person
               requests, role-play, Russian, Hindi, Korean, Arabic, Dutch, Swahili, HL7/FHIR, CSV, markdown tables,
               footnotes, portal messages, fax OCR headers, bracket macros, prior-authorisation forms; seed
               ${DEFAULT_INJECTION_SEEDS.holdout6}); --holdout7 the seventh (holdout7Inventory.ts: vitals-table and
               allergy-list entries, signature/attestation blocks, OCR-garbled scans, reply-all chains, CDA XML and JSON
               payloads, interpreter translations, bullet plans, "Addendum by" lines, Japanese, Chinese, Greek, Hebrew,
               Turkish, Devanagari Hindi; seed ${DEFAULT_INJECTION_SEEDS.holdout7}); --holdout8 the eighth
               (holdout8Inventory.ts: MAR rows, order comments, dictation corrections, team-chat exports, ambient-scribe
               speaker lines, DICOM tags, alt text, PDF metadata, barcode payloads, immunization and I&O flowsheet rows,
               smart-phrase macros, problem-list comments, portal uploads, Thai, Bengali, Tamil, Armenian, Georgian,
               Hungarian, Indonesian, Swedish, Romanian; seed ${DEFAULT_INJECTION_SEEDS.holdout8}); --holdout9 the ninth
               (holdout9Inventory.ts: HL7 NTE segments, I-PASS lines, appointment reasons, consent and requisition fields,
               EXIF, pasted URLs, med-rec rows, spreadsheet comments, ERA remarks, sticky notes, alert overrides, diff
               lines, wristbands, pharmacy rejects, checklists, dropdown defaults, margin notes, voice-assistant
               transcripts, CDI responses, Amharic, Gujarati, Punjabi, Khmer, Sinhala, Telugu, Czech, Finnish,
               Norwegian, Croatian; seed ${DEFAULT_INJECTION_SEEDS.holdout9}); --holdout10 the tenth (holdout10Inventory.ts:
               whiteboards, bottle labels, insurance-card OCR, kiosk screens, transport and tray tickets, SQL and LaTeX
               comments, Markdown rows, help-desk tickets, DME forms, attorney and return-to-work letters, telemetry
               annotations, glucometer comments, autocomplete, chatbot, interpreter invoices, envelope labels, QR payloads,
               vendor release notes, Lao, Burmese, Kannada, Malayalam, Odia, Slovak, Lithuanian, Estonian, Icelandic;
               seed ${DEFAULT_INJECTION_SEEDS.holdout10}); --holdout11 the eleventh (holdout11Inventory.ts: iCalendar and
               vCard fields, auto-replies, machine-translation banners, photo captions, track-changes balloons, TOML and
               front-matter blocks, pager and SMS texts, refill requests, run sheets, crossmatch comments, smart-speaker
               transcripts, spell-checker balloons, specimen manifests, tooltips, regex macros, Tibetan, Dhivehi,
               Inuktitut, Latvian, Slovenian, Welsh, Maltese, Albanian, Basque; seed ${DEFAULT_INJECTION_SEEDS.holdout11}); --selfcheck7
               the session-7 inventory's tuning half (selfcheck7Inventory.ts), with --holdout its held-back half;
               --selfcheck11 session 11's own unseen check (selfcheck11Inventory.ts, seed ${DEFAULT_INJECTION_SEEDS.selfcheck11})
  --icd-traps-signals out.jsonl  with --icd-traps: dump every reported code's signals, group the examiner batches'
               false positives by mechanism and run the leave-one-batch-out check of the acceptance rules
  --acceptance-from out.jsonl  re-run that analysis on a dump (no engine run)
  --acceptance-voter out.jsonl  leave-one-batch-out check of the learned acceptance voter on a dump (per examiner batch A-K:
               P, R, must-not, instruction-only codes with and without it); --voter-out file.ts writes the voter trained on
               every batch of the dump (the engine's src/engine/coding/acceptanceVoterWeights.ts)
  --setting-from-note  give the engine each trap note's setting and note type (default: the text alone)
`;

/** `--icd-traps` takes an optional path: a bare flag (last, or followed by another flag) means the committed suite. */
function withDefaultTrapsPath(argv: string[]): string[] {
  const out: string[] = [];
  argv.forEach((arg, i) => {
    out.push(arg);
    if (arg === '--icd-traps' && (i + 1 >= argv.length || argv[i + 1].startsWith('--'))) out.push(DEFAULT_TRAPS_PATH);
  });
  return out;
}

/** What the trap run hands the engine besides the text when --setting-from-note is given. */
export interface TrapProcessOptions {
  setting: TrapNote['setting'];
  noteType: string;
}

function printReport(title: string, report: unknown): void {
  console.log(`\n== ${title}`);
  const walk = (value: unknown, prefix: string): void => {
    if (value === null || value === undefined) return;
    if (typeof value === 'number') {
      console.log(`${prefix.padEnd(48)} ${Number.isInteger(value) ? value : value.toFixed(4)}`);
    } else if (typeof value === 'string' || typeof value === 'boolean') {
      console.log(`${prefix.padEnd(48)} ${value}`);
    } else if (Array.isArray(value)) {
      // Long lists (errors, per-note details) go to the JSON report only.
      if (value.length && value.length <= 10 && value.every((v) => typeof v !== 'object')) console.log(`${prefix.padEnd(48)} ${value.join(', ')}`);
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, prefix ? `${prefix}.${k}` : k);
    }
  };
  walk(report, '');
}

export async function runEval(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: withDefaultTrapsPath(argv),
    options: {
      phi: { type: 'string' },
      'phi-resurrogate': { type: 'string' },
      copies: { type: 'string' },
      'resurrogate-vocabulary': { type: 'string' },
      'phi-synthetic': { type: 'boolean' },
      holdout: { type: 'boolean' },
      holdout2: { type: 'boolean' },
      selfcheck7: { type: 'boolean' },
      selfcheck11: { type: 'boolean' },
      holdout3: { type: 'boolean' },
      holdout4: { type: 'boolean' },
      holdout5: { type: 'boolean' },
      stress7: { type: 'boolean' },
      'stress7-tune': { type: 'boolean' },
      holdout6: { type: 'boolean' },
      holdout7: { type: 'boolean' },
      holdout8: { type: 'boolean' },
      holdout9: { type: 'boolean' },
      holdout10: { type: 'boolean' },
      holdout11: { type: 'boolean' },
      holdout12: { type: 'boolean' },
      holdout13: { type: 'boolean' },
      holdout14: { type: 'boolean' },
      holdout15: { type: 'boolean' },
      'name-contexts': { type: 'string' },
      seed: { type: 'string' },
      notes: { type: 'string' },
      dump: { type: 'string' },
      icd: { type: 'string' },
      split: { type: 'string' },
      'icd-split': { type: 'string' },
      'split-seed': { type: 'string' },
      'explain-misses': { type: 'boolean' },
      'by-path': { type: 'boolean' },
      negex: { type: 'string' },
      'icd-traps': { type: 'string' },
      'setting-from-note': { type: 'boolean' },
      'icd-traps-signals': { type: 'string' },
      'acceptance-from': { type: 'string' },
      'acceptance-voter': { type: 'string' },
      'voter-out': { type: 'string' },
      injection: { type: 'boolean' },
      summary: { type: 'string' },
      'notes-file': { type: 'string' },
      'summary-split': { type: 'string' },
      'summary-synthetic': { type: 'boolean' },
      's7-layouts': { type: 'boolean' },
      's8-layouts': { type: 'boolean' },
      's9-layouts': { type: 'boolean' },
      's9-unseen': { type: 'boolean' },
      's10-layouts': { type: 'boolean' },
      's10-unseen': { type: 'boolean' },
      's11-unseen': { type: 'boolean' },
      out: { type: 'string' },
      'fiscal-year': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const synthetic = values['phi-synthetic'] || values.dump !== undefined;
  if (values.help || (!values.phi && !values['phi-resurrogate'] && !values.icd && !values.negex && !synthetic && !values['icd-traps'] && !values.summary && !values['summary-synthetic'] && !values.injection && !values['acceptance-from'] && !values['acceptance-voter'])) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const report: Record<string, unknown> = { createdAt: new Date().toISOString() };
  if (values.phi) {
    const records = readJsonl(values.phi) as unknown as Parameters<typeof evaluatePhi>[0];
    report.phi = evaluatePhi(records, (text, options) => redact(text, options));
    printReport(`PHI (${values.phi})`, report.phi);
  }
  if (values['phi-resurrogate']) {
    const file = values['phi-resurrogate'];
    const seed = parseIntArg('--seed', values.seed, DEFAULT_RESURROGATE_SEED);
    const copies = parseIntArg('--copies', values.copies, DEFAULT_RESURROGATE_COPIES);
    if (copies < 1) throw new Error(`--copies expects a positive integer, got "${values.copies}"`);
    const records = withTypeAsKind(readJsonl(file) as unknown as Parameters<typeof evaluatePhi>[0]);
    const original = evaluatePhi(records, (text, options) => redact(text, options));
    const vocabulary = resurrogateVocabulary(values['resurrogate-vocabulary'] ?? DEFAULT_RESURROGATE_VOCABULARY);
    // Every gold value in the re-surrogated copy is drawn from the vocabulary, so its leaks (type, shape, five words either
    // side) may be kept in the report; the original pass keeps none.
    const resurrogated = evaluatePhi(resurrogateRecords(records, { seed, copies, vocabulary }), (text, options) => redact(text, options), { collectLeaks: true });
    report.phiResurrogate = { file, seed, copies, vocabulary: vocabulary.name, original, resurrogated };
    console.log('\n' + formatResurrogateReport(original, resurrogated, `PHI re-surrogated (${file}, seed ${seed}, ${copies} copies, vocabulary ${vocabulary.name})`));
  }
  if (synthetic) {
    const held = PHI_HOLDOUTS.find((h) => values[h.flag] === true);
    const seed = parseIntArg('--seed', values.seed, held?.seed ?? DEFAULT_EVAL_SEED);
    const notes = parseIntArg('--notes', values.notes, held?.notes ?? DEFAULT_NOTE_COUNT);
    const nameHalf = values['name-contexts'] === undefined ? undefined : values['name-contexts'] === 'tune' ? 0 : values['name-contexts'] === 'score' ? 1 : undefined;
    if (values['name-contexts'] !== undefined && nameHalf === undefined) throw new Error(`--name-contexts: expected tune or score, got ${values['name-contexts']}`);
    const corpus = nameHalf !== undefined ? generateNameContextCorpus({ half: nameHalf, seed: parseIntArg('--seed', values.seed, DEFAULT_NAME_CONTEXT_SEED), notes: parseIntArg('--notes', values.notes, DEFAULT_NAME_CONTEXT_NOTES) }) : (held?.generate ?? generateCorpus)({ seed, notes });
    if (values.dump) {
      fs.mkdirSync(path.dirname(path.resolve(values.dump)), { recursive: true });
      fs.writeFileSync(values.dump, corpus.map((n) => JSON.stringify(toDeidRecord(n))).join('\n') + '\n');
      console.log(`synthetic corpus: ${corpus.length} notes (seed ${seed}) written to ${values.dump}`);
    }
    if (values['phi-synthetic']) {
      const phi = evaluatePhiMode(corpus, (text) => redact(text, { keepYears: true }), undefined, { collectLeaks: true });
      // The corpus is invented, so its leaked spans may be kept in the report for debugging.
      report.phiSynthetic = { ...(held ? { [held.flag]: true } : {}), seed, notes: corpus.length, styles: Object.keys(phi.perStyle ?? {}).length, ...phi };
      console.log('\n' + formatSyntheticReport(phi, `PHI synthetic${nameHalf !== undefined ? ` NAME CONTEXTS (${values['name-contexts']} half)` : held ? ` ${held.label}` : ''} (seed ${seed}, ${corpus.length} notes, ${Object.keys(phi.perStyle ?? {}).length} styles)`));
    }
  }
  if (values.icd) {
    const engine = new ClinicalEngine({ fiscalYear: values['fiscal-year'] ? Number(values['fiscal-year']) : undefined });
    const half = parseSplit(values.split);
    const seed = values['split-seed'] ?? DEFAULT_SPLIT_SEED;
    const all = readJsonl(values.icd) as unknown as Parameters<typeof evaluateIcd>[0];
    const part = parseIcdPart(values['icd-split']);
    const records = selectPart(selectSplit(all, half, seed), part);
    // The explainer re-reads the engine's own analysis of the note just coded (cached by redacted text).
    let last: { text: string; result: ReturnType<ClinicalEngine['process']> } | undefined;
    const codeFn = (text: string) => {
      last = { text, result: engine.process(text) };
      return last.result.codes.map((c) => c.code);
    };
    // Re-coded in the setting the engine chose for the note (its form decides when nothing else does).
    const codingOf = (text: string) => {
      const result = last?.text === text ? last.result : engine.process(text);
      const analysis = engine.analyze(result.redactedText);
      return { result, coding: engine.coder.codeWithMentions(analysis.text, analysis, { setting: engine.settingFor({}, analysis.text) }) };
    };
    const explain = values['explain-misses']
      ? (text: string, gold: string) => {
          const { result, coding } = codingOf(text);
          return missReason(gold, engine.codeSet, { coding, rejected: result.rejectedCodes });
        }
      : undefined;
    const pathOf = values['by-path']
      ? (text: string, code: string) => {
          const candidate = codingOf(text).coding.candidates.find((c) => c.code.replace('.', '') === code);
          return candidate ? matchPath(candidate, engine.coder.lexicon) : 'validator';
        }
      : undefined;
    report.icd = { ...(half ? { split: { half, seed, of: all.length } } : {}), ...(part ? { part: { part, seed: HELDBACK_SPLIT_SEED, of: all.length } } : {}), ...evaluateIcd(records, codeFn, engine.codeSet, undefined, explain, pathOf) };
    printReport(`ICD-10-CM (${values.icd}${half ? `, half ${half} of ${all.length} by seed ${seed}` : ''}${part ? `, ${part} part (${records.length} of ${all.length})` : ''}, ${engine.codeSet.version})`, report.icd);
  }
  if (values['acceptance-voter']) {
    // The learned acceptance voter: leave-one-batch-out over the examiner batches, then (with --voter-out) the
    // model trained on every batch of the dump, written as the engine's weights file.
    const file = values['acceptance-voter'];
    const dump = readDump(file);
    console.log(`\n== Acceptance voter, leave-one-batch-out (${file})`);
    console.log(formatVoterFolds(voterLeaveOneBatchOut(dump)));
    if (values['voter-out']) {
      const batches = [...new Set(dump.notes.map((n) => n.batch))].sort();
      const model = trainVoter(dump.rows, DEFAULT_VOTER_TRAINING, `trained by \`npm run eval -- --acceptance-voter <dump> --voter-out <this file>\` on ${dump.rows.length} reported codes of ${batches.length} trap files (${batches.join(', ')}), options ${JSON.stringify(DEFAULT_VOTER_TRAINING)}`);
      fs.writeFileSync(values['voter-out'], formatVoterWeightsFile(model));
      console.log(`voter: ${Object.keys(model.weights).length} weights, threshold ${model.threshold} -> ${values['voter-out']}`);
    }
    return 0;
  }
  if (values['acceptance-from']) {
    console.log(`\n== Code acceptance (${values['acceptance-from']})`);
    console.log(formatAcceptance(readDump(values['acceptance-from']), CANDIDATE_RULES));
    return 0;
  }
  if (values['icd-traps'] && values['icd-traps-signals']) {
    // Every reported code with its signals, for the acceptance analysis; coded as `process` codes (no summary).
    const file = values['icd-traps'];
    const engine = new ClinicalEngine({ fiscalYear: values['fiscal-year'] ? Number(values['fiscal-year']) : undefined });
    const notes = readTrapBatches(file, readTrapSuite);
    const withSetting = values['setting-from-note'] === true;
    const dump: AcceptanceDump = { rows: [], notes: [] };
    const byId = new Map(notes.map((n) => [n.id, n]));
    const traps = evaluateTraps(notes, (note) => {
      const coded = codeTrapNote(engine, byId.get(note.id)!, withSetting);
      dump.rows.push(...coded.rows);
      dump.notes.push({ batch: byId.get(note.id)!.batch, id: note.id, gold: note.gold.length, tp: coded.rows.filter((r) => r.label === 'gold').length });
      return { codes: coded.codes };
    }, engine.codeSet.version);
    writeDump(values['icd-traps-signals'], dump);
    report.icdTraps = { file, settingFromNote: withSetting, ...traps };
    console.log(`\n== ICD-10-CM guideline traps (${file}${withSetting ? ', setting from note' : ', text only'}; rows in ${values['icd-traps-signals']})`);
    console.log(formatTrapReport(traps));
    console.log(`\n== Code acceptance`);
    console.log(formatAcceptance(dump, CANDIDATE_RULES));
  } else if (values['icd-traps']) {
    const file = values['icd-traps'];
    const engine = new ClinicalEngine({ fiscalYear: values['fiscal-year'] ? Number(values['fiscal-year']) : undefined });
    const notes = readTrapSuite(file);
    const withSetting = values['setting-from-note'] === true;
    // ClinicalEngine's process options carry no setting or note type yet (only redaction); with --setting-from-note
    // the note's setting and type ride along in those options, so an engine that reads them uses them and one that
    // does not ignores them.
    const processWith = engine.process as (text: string, options?: TrapProcessOptions) => ReturnType<ClinicalEngine['process']>;
    const traps = evaluateTraps(
      notes,
      (note) => ({
        codes: (withSetting ? processWith.call(engine, note.text, { setting: note.setting, noteType: note.noteType }) : engine.process(note.text)).codes.map((c) => c.code),
      }),
      engine.codeSet.version,
    );
    report.icdTraps = { file, settingFromNote: withSetting, ...traps };
    console.log(`\n== ICD-10-CM guideline traps (${file}${withSetting ? ', setting from note' : ', text only'})`);
    console.log(formatTrapReport(traps));
  }
  if (values.injection) {
    const engine = new ClinicalEngine({ fiscalYear: values['fiscal-year'] ? Number(values['fiscal-year']) : undefined });
    const inventory = values.selfcheck11 ? 'selfcheck11' : values.selfcheck7 ? (values.holdout ? 'selfcheck7-heldout' : 'selfcheck7') : values.holdout11 ? 'holdout11' : values.holdout10 ? 'holdout10' : values.holdout9 ? 'holdout9' : values.holdout8 ? 'holdout8' : values.holdout7 ? 'holdout7' : values.holdout6 ? 'holdout6' : values.holdout5 ? 'holdout5' : values.holdout4 ? 'holdout4' : values.holdout3 ? 'holdout3' : values.holdout2 ? 'holdout2' : values.holdout ? 'holdout' : 'tune';
    const seed = parseIntArg('--seed', values.seed, DEFAULT_INJECTION_SEEDS[inventory]);
    const corpus = generateInjectionCorpus({ seed, inventory, notes: parseIntArg('--notes', values.notes, DEFAULT_INJECTION_NOTES) });
    const injection = evaluateInjection(
      corpus,
      {
        process: (text) => {
          const r = engine.process(text);
          return { codes: r.codes.map((c) => c.code), reviewReasons: r.reviewReasons };
        },
        provenance: (text) => analyzeText(text).provenance,
        // The Bedrock coder's path: its proposals are verified against the redacted note's analysis.
        // The analysis the engine hands it: provenance of the redacted text with stripped request lines re-read as written.
        verify: (text, proposals) => {
          const redaction = engine.redact(text);
          return engine.validate(engine.analyze(redaction.text, { text, redaction }), proposals).accepted.map((c) => c.code);
        },
      },
      seed,
    );
    report.injection = { inventory, ...injection };
    console.log(`\n== Injection corpus (${inventory === 'tune' ? '' : `HELD-OUT inventory ${inventory}, `}seed ${seed}, ${corpus.length} notes)`);
    console.log(formatInjectionReport(injection));
  }
  if (values.negex) {
    report.negex = evaluateNegex(fs.readFileSync(values.negex, 'utf8'));
    printReport(`Negation (${values.negex})`, report.negex);
  }
  if (values.summary) {
    const engine = new ClinicalEngine({ fiscalYear: values['fiscal-year'] ? Number(values['fiscal-year']) : undefined });
    const split = parseSummarySplit(values['summary-split']);
    const records = readGoldFiles(values.summary);
    const notesById = new Map<string, string>();
    if (values['notes-file']) for (const r of readJsonl(values['notes-file'])) notesById.set(String(r.id), String(r.text));
    const summary = evaluateSummaries(records, notesById, engine, { split });
    report.summary = { file: values.summary, ...summary };
    const { notes: _perNote, ...figures } = summary;
    printReport(`Summary (${values.summary}${split ? `, ${split} split` : ''})`, figures);
  }
  if (values['summary-synthetic']) {
    const engine = new ClinicalEngine({ fiscalYear: values['fiscal-year'] ? Number(values['fiscal-year']) : undefined });
    // --s7-layouts: the session-7 layouts alone, under their own seed, scored apart from the tuned ones.
    // --s8-layouts, --s9-layouts: the session-8 or session-9 layouts alone, likewise.
    const s7 = values['s7-layouts'] === true;
    const s8 = values['s8-layouts'] === true;
    const s9u = values['s9-unseen'] === true;
    const s9 = values['s9-layouts'] === true || s9u;
    const s10u = values['s10-unseen'] === true;
    const s10 = values['s10-layouts'] === true || s10u;
    const s11u = values['s11-unseen'] === true;
    const seed = parseIntArg('--seed', values.seed, s11u ? S11_SUMMARY_SYNTHETIC_SEED : s10 ? S10_SUMMARY_SYNTHETIC_SEED : s9 ? S9_SUMMARY_SYNTHETIC_SEED : s8 ? S8_SUMMARY_SYNTHETIC_SEED : s7 ? S7_SUMMARY_SYNTHETIC_SEED : DEFAULT_SUMMARY_SYNTHETIC_SEED);
    const notesPerLayout = parseIntArg('--notes', values.notes, DEFAULT_SUMMARY_SYNTHETIC_NOTES_PER_LAYOUT);
    const synthetic = evaluateSummarySynthetic(engine, { seed, notesPerLayout, layouts: s11u ? S11_UNSEEN_LAYOUTS : s10u ? S10_UNSEEN_LAYOUTS : s10 ? S10_LAYOUTS : s9u ? S9_UNSEEN_LAYOUTS : s9 ? S9_LAYOUTS : s8 ? S8_LAYOUTS : s7 ? S7_LAYOUTS : undefined });
    report.summarySynthetic = synthetic;
    const { notes: _perNote, ...figures } = synthetic;
    printReport(`Summary synthetic (seed ${seed}, ${notesPerLayout} notes per layout)`, figures);
  }
  // --dump alone only writes the corpus: there is no report to write.
  if (!values.phi && !values['phi-resurrogate'] && !values['phi-synthetic'] && !values.icd && !values.negex && !values['icd-traps'] && !values.summary && !values['summary-synthetic'] && !values.injection) return 0;
  const out = values.out ?? path.join('reports', `eval-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nfull report: ${out}`);
  return 0;
}

/** Gold records from one JSON Lines file or every .jsonl file of a folder (sorted by name). */
function readGoldFiles(fileOrDir: string): SummaryGoldRecord[] {
  const files = fs.statSync(fileOrDir).isDirectory()
    ? fs.readdirSync(fileOrDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(fileOrDir, f))
    : [fileOrDir];
  return files.flatMap((f) => readJsonl(f) as unknown as SummaryGoldRecord[]);
}

function parseSplit(raw: string | undefined): SplitHalf | undefined {
  if (raw === undefined) return undefined;
  const half = raw.toUpperCase();
  if (half !== 'A' && half !== 'B') throw new Error(`--split expects A or B, got "${raw}"`);
  return half;
}

function parseIcdPart(raw: string | undefined): IcdPart | undefined {
  if (raw === undefined) return undefined;
  if (raw !== 'tune' && raw !== 'heldback') throw new Error(`--icd-split expects tune or heldback, got "${raw}"`);
  return raw;
}

function parseIntArg(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${flag} expects a non-negative integer, got "${raw}"`);
  return n;
}

if (require.main === module) {
  runEval(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
