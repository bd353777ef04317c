// Owns the order of the free-text name and place recognizers over the token stream: the cue-driven name rules
// (names/cueRules.ts), the cue-driven place rules (places/cueRules.ts), then the grammar units and the
// default-deny pass that read what those found. Case is only a hint: nursing notes are often all upper or all
// lower case, so every unit works from word lists plus cues first.
import type { PhiType } from '../types';
import { denyCaselessWords, denyUnknownWords } from './deny/unknownWord';
import { denyLowerCaseRuns } from './deny/lowerCaseRuns';
import type { Lexicon, NoteWords } from './lexicon';
import { NameContext } from './nameContext';
import { detectAddressees } from './names/addressee';
import { detectCuedNames } from './names/cueRules';
import { detectBranchTowns } from './places/branchTown';
import { detectGeneralShort } from './places/generalHospital';
import { detectCapsInvertedBeforeCredential, detectIdentityLines } from './names/identityLine';
import { detectHandoffNames, detectLowerNamesAfterKin, detectNamesAfterKinOrContact, detectPossessiveGivenNames, detectQuotedKinAndFamilyLists, detectSubjectNames, HANDOFF_CUES } from './names/documentNames';
import {
  detectInitials, detectInitialsBeforeAge, detectInitialsBeforeCredential, detectInitialsInTimedEntries, detectInitialsOnly, detectMiddleInitialNames,
} from './names/initials';
import { detectCoordinatedNames, detectInitialSurnameLists, detectLabelledPeopleLists } from './names/coordination';
import { detectMessageNames } from './names/messageNames';
import { detectCareRoleSubjects, detectKinAppositionAndServiceNames, KIN_APPOSITION_CUES, detectModalNameParts, detectCaselessBeforeCredential, detectCaselessFamilyOf, detectCaselessLineInitials, detectCaselessWorkWith, detectCaselessTaskSubjects, detectCaselessPatientHeader, detectCaselessPer, detectCaselessPossessiveSubjects, detectCaselessPredicateSubjects, detectCaselessSignoffLine, detectCaselessTitleAndKinSlots, CARE_ROLE_SUBJECT_CUES, FAMILY_OF_CUES, PATIENT_HEADER_CUES, PER_CUES, PREDICATE_SUBJECT_CUES, TASK_SUBJECT_CUES, WORK_WITH_CUES } from './names/caselessSlots';
import { detectFacilityCodes, detectNumberedWards, detectSaintPossessives, detectTownsOfResidence, detectUniversityShort, detectUnlistedAfterMovement, NUMBERED_WARD_CUES, SAINT_POSSESSIVE_CUES } from './places/caselessPlaceSlots';
import { detectFacilityTails, FACILITY_TAIL_CUES } from './places/facilityTails';
import { detectRankTitles, RANK_TITLE_CUES } from './names/rankTitles';
import { detectCongregations, detectFloorWards, detectResidenceHistory, detectWorkplaces, AT_CUES, FLOOR_WARD_CUES } from './places/sourceSlots';
import { detectSignoffInitials } from './names/signoffInitials';
import { detectStaffInitialPairs } from './names/staffInitialPairs';
import { detectWordNameMentions } from './names/wordNameConsistency';
import { detectPerWordNames, detectPossessiveOfPerson, detectSignoffWithCredential, detectTaskSubjectWordNames, detectWordNameSubjects } from './names/wordNameSlots';
import { detectWordLikeHospitalCodes } from './places/wordCodeSlots';
import { detectNicknames } from './names/nickname';
import { detectParticleNames } from './names/particles';
import { detectAliasNames, detectConsentAndCredentialLines, detectCoordinatedSubjects, detectCourtCaptions, detectEmailDisplayNames, detectFinderNames, detectInvertedEntries, detectLowerNamesInRoleSlots, detectNamesBeforeBracketedRole, detectPatientBeforeAge, detectPersonSlotFields, COURT_CAPTION_CUES, FINDER_CUES } from './names/personSlots';
import { range } from './names/nameShapes';
import {
  detectInvertedNames, detectNamesAfterCues, detectPossessiveOwners, detectPreferredNames, detectQuotedNicknames, extendFoundNames,
} from './names/roleGrammar';
import { detectPlaces } from './places/cueRules';
import { detectAreas } from './places/areaGrammar';
import { detectFacilities } from './places/facilityGrammar';
import { detectOrgsAfterCue } from './places/orgAfterCue';
import { detectHeadClassPlaces, detectNamedDepartments, detectTownsOfPlaces } from './places/headClasses';
import { detectInstitutionTails, detectLandmarks, detectPersonOfTown, detectPracticeLines } from './places/placePhrases';
import { detectTownGrammar, detectTowns } from './places/townCue';
import { detectTownsBeforeAddresses } from './places/townBeforeAddress';
import { propagate, propagateNewFinds } from './propagate';
import type { Emit } from './recognizer';
import { firstWordEndingAfter, type Word } from './tokens';
import type { CueSet } from './triggerIndex';
import { WordMarks } from './wordMarks';

/**
 * Runs every name and place unit; returns the note's view, whose `protectedTerm` marks per word the protected clinical
 * terms ("Norton scale", "Keppra") so later voters (the learned classifier) and the closure pass leave them alone too.
 */
export function detectNamesAndPlaces(text: string, words: readonly Word[], lex: Lexicon, emitOut: Emit, noteWords?: NoteWords): NameContext {
  const c = new NameContext(text, words, lex, noteWords);
  // The cue rules report into `found` too, so the grammar units and the default-deny pass read their results.
  const found: { start: number; end: number; type: PhiType }[] = [];
  const emit: Emit = (start, end, type, recognizer) => {
    found.push({ start, end, type });
    emitOut(start, end, type, recognizer);
  };
  const names = detectCuedNames(c);
  for (const s of names.spans) emit(words[s.i].start, words[s.k].baseEnd, 'NAME', s.recognizer);

  detectPlaces(c, names.taken, emit);

  // Whatever was found once is PHI everywhere in the note ("Dr. Nicholson" ... "Nicholson aware").
  propagate(c, names.spans.flatMap((s) => range(s.i, s.k)), 'NAME', emit);

  runGrammarUnits(c, WordMarks.fromSpans(words, found, emitOut), emitOut);
  return c;
}

/** Wraps an emitter so spans touching a protected clinical term are dropped (for voters that do not know the terms). */
export function vetoProtected(words: readonly Word[], protectedTerm: Uint8Array, emit: Emit): Emit {
  return (start, end, type, recognizer) => {
    const lo = firstWordEndingAfter(words, start);
    for (let i = lo; i < words.length && words[i].start < end; i++) if (protectedTerm[i]) return;
    emit(start, end, type, recognizer);
  };
}

interface GrammarUnit {
  name: string;
  run: (c: NameContext, marks: WordMarks) => void;
  /**
   * The cue words at which the unit can fire (declared beside the unit, triggerIndex.ts): it walks only their positions,
   * and a note without any of them skips it. A unit without cues reads every word.
   */
  cues?: CueSet;
}

/**
 * The name and place units that read what the cue rules found, in order: each only takes words still free.
 * The default-deny pass runs last, so every grammar unit has had its chance to type a word first.
 */
const GRAMMAR_UNITS: readonly GrammarUnit[] = [
  { name: 'name.particle', run: detectParticleNames },
  { name: 'name.nickname', run: detectNicknames },
  { name: 'name.middle-initial', run: detectMiddleInitialNames },
  { name: 'name.initials-only', run: detectInitialsOnly },
  { name: 'name.initials-before-age', run: detectInitialsBeforeAge },
  { name: 'name.initials-timed-entry', run: detectInitialsInTimedEntries },
  { name: 'name.initials-before-credential', run: detectInitialsBeforeCredential },
  // A person's box, alias, court caption or bracketed role names the person whatever the words (names/personSlots.ts).
  { name: 'name.person-slot', run: detectPersonSlotFields },
  { name: 'name.alias', run: detectAliasNames },
  { name: 'name.court-caption', run: detectCourtCaptions, cues: COURT_CAPTION_CUES },
  { name: 'name.patient-before-age', run: detectPatientBeforeAge },
  { name: 'name.consent-and-credential-lines', run: detectConsentAndCredentialLines },
  { name: 'name.before-bracketed-role', run: detectNamesBeforeBracketedRole },
  // Names by the role of the words around them (names/roleGrammar.ts, names/messageNames.ts).
  { name: 'name.message', run: detectMessageNames },
  { name: 'name.people-list', run: detectLabelledPeopleLists },
  { name: 'name.role-grammar', run: detectNamesAfterCues },
  { name: 'name.preferred', run: detectPreferredNames },
  { name: 'name.possessive-kin', run: detectPossessiveOwners },
  { name: 'name.inverted-running', run: detectInvertedNames },
  { name: 'name.quoted-nickname', run: detectQuotedNicknames },
  { name: 'name.run-extended', run: extendFoundNames },
  { name: 'facility.grammar', run: detectFacilities },
  { name: 'location.town-cue', run: detectTowns },
  { name: 'location.town-grammar', run: detectTownGrammar },
  { name: 'location.town-before-address', run: detectTownsBeforeAddresses },
  { name: 'location.area-grammar', run: detectAreas },
  { name: 'facility.general-short', run: detectGeneralShort },
  { name: 'location.branch-town', run: detectBranchTowns },
  { name: 'location.org-after-cue', run: detectOrgsAfterCue },
  { name: 'location.head-class', run: detectHeadClassPlaces },
  { name: 'location.named-department', run: detectNamedDepartments },
  { name: 'location.landmark', run: detectLandmarks },
  { name: 'location.person-of-town', run: detectPersonOfTown },
  { name: 'location.institution-tail', run: detectInstitutionTails },
  { name: 'location.town-of-place', run: detectTownsOfPlaces },
  { name: 'location.practice-line', run: detectPracticeLines },
  { name: 'name.addressee', run: detectAddressees },
  // A given name alone by its role in the sentence (names/documentNames.ts), before default deny types the word.
  { name: 'name.subject-predicate', run: detectSubjectNames },
  { name: 'name.after-kin-or-contact', run: detectNamesAfterKinOrContact },
  { name: 'name.quoted-kin-and-family-lists', run: detectQuotedKinAndFamilyLists },
  { name: 'name.lower-after-kin', run: detectLowerNamesAfterKin },
  { name: 'name.lower-role-slot', run: detectLowerNamesInRoleSlots },
  { name: 'name.coordinated-subject', run: detectCoordinatedSubjects },
  { name: 'name.inverted-entry', run: detectInvertedEntries },
  { name: 'name.found-by', run: detectFinderNames, cues: FINDER_CUES },
  { name: 'name.email-display', run: detectEmailDisplayNames },
  { name: 'name.possessive-given', run: detectPossessiveGivenNames },
  { name: 'name.handoff-from-to', run: detectHandoffNames, cues: HANDOFF_CUES },
  { name: 'name.identity-line', run: detectIdentityLines },
  { name: 'name.caps-inverted-credential', run: detectCapsInvertedBeforeCredential },
  // Staff initials by the grammar of sign-off lines, before default deny types the letters (names/signoffInitials.ts).
  { name: 'name.signoff-initials', run: detectSignoffInitials },
  { name: 'name.staff-initial-pair', run: detectStaffInitialPairs },
  // Slots where case says nothing (ALL-CAPS and all-lower notes): a person or a place by the words around it, before
  // default deny (names/caselessSlots.ts, places/caselessPlaceSlots.ts).
  { name: 'facility.saint-possessive', run: detectSaintPossessives, cues: SAINT_POSSESSIVE_CUES },
  { name: 'facility.tail', run: detectFacilityTails, cues: FACILITY_TAIL_CUES },
  { name: 'location.university-short', run: detectUniversityShort },
  { name: 'location.facility-code', run: detectFacilityCodes },
  { name: 'location.numbered-ward', run: detectNumberedWards, cues: NUMBERED_WARD_CUES },
  { name: 'location.floor-ward', run: detectFloorWards, cues: FLOOR_WARD_CUES },
  { name: 'location.congregation-apposition', run: detectCongregations },
  { name: 'location.workplace-after-work', run: detectWorkplaces, cues: AT_CUES },
  { name: 'location.residence-history', run: detectResidenceHistory, cues: AT_CUES },
  { name: 'location.town-of-residence', run: detectTownsOfResidence },
  { name: 'location.unlisted-after-movement', run: detectUnlistedAfterMovement },
  { name: 'name.caseless-title-kin-slot', run: detectCaselessTitleAndKinSlots },
  { name: 'name.rank-title', run: detectRankTitles, cues: RANK_TITLE_CUES },
  { name: 'location.word-like-code', run: detectWordLikeHospitalCodes },
  { name: 'name.word-name-slots', run: (c, m) => { detectPerWordNames(c, m); detectWordNameSubjects(c, m); detectPossessiveOfPerson(c, m); detectTaskSubjectWordNames(c, m); detectSignoffWithCredential(c, m); } },
  { name: 'deny.unknown-word', run: denyUnknownWords },
  { name: 'deny.lower-case-run', run: denyLowerCaseRuns },
  // After default deny, so its finds keep their name; these take what it leaves in caseless slots.
  { name: 'name.caseless-predicate-subject', run: detectCaselessPredicateSubjects, cues: PREDICATE_SUBJECT_CUES },
  { name: 'name.caseless-per', run: detectCaselessPer, cues: PER_CUES },
  { name: 'name.caseless-signoff-line', run: detectCaselessSignoffLine },
  { name: 'name.caseless-line-initials', run: detectCaselessLineInitials },
  { name: 'name.caseless-before-credential', run: detectCaselessBeforeCredential },
  { name: 'name.caseless-patient-header', run: detectCaselessPatientHeader, cues: PATIENT_HEADER_CUES },
  { name: 'name.caseless-possessive-subject', run: detectCaselessPossessiveSubjects },
  { name: 'name.caseless-work-with', run: detectCaselessWorkWith, cues: WORK_WITH_CUES },
  { name: 'name.caseless-task-subject', run: detectCaselessTaskSubjects, cues: TASK_SUBJECT_CUES },
  { name: 'name.caseless-family-of', run: detectCaselessFamilyOf, cues: FAMILY_OF_CUES },
  { name: 'name.initial-surname-list', run: detectInitialSurnameLists },
  { name: 'name.role-copula-subject', run: detectCareRoleSubjects, cues: CARE_ROLE_SUBJECT_CUES },
  { name: 'name.modal-name-part', run: detectModalNameParts },
  { name: 'name.before-kin-apposition', run: detectKinAppositionAndServiceNames, cues: KIN_APPOSITION_CUES },
  { name: 'name.initials', run: detectInitials },
  // Caps-only and lower-case notes: every unknown word spelt like a name, after every caseless slot has typed its words.
  { name: 'deny.caseless-word', run: denyCaselessWords },
  // A word-name found once is that person where it stands as a person elsewhere, not in its ordinary uses.
  { name: 'name.word-name-consistency', run: detectWordNameMentions },
  // Last: a list with one person in it makes its other members people, whichever unit found the first.
  { name: 'name.coordination', run: detectCoordinatedNames },
];

function runGrammarUnits(c: NameContext, marks: WordMarks, emit: Emit): void {
  const before = marks.kind.slice();
  for (const unit of GRAMMAR_UNITS) if (unit.cues === undefined || c.triggers.any(unit.cues)) unit.run(c, marks);
  // Words these units found are PHI everywhere in the note, like the cue rules' ("Marchetti called" ... "Marchetti aware").
  propagateNewFinds(c, before, marks, emit);
}
