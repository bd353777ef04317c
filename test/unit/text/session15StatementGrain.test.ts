// Session 15 (inject23, issue 10): the grain of a learned reading. A line whose clauses each pass the statement test
// but whose whole reads as a request under the learned model is marked only where the line-level decision and the
// clause decisions agree on the request: the sentences the model scores highest, taken out until the rest of the line
// passes. A sentence that passes alone and is not needed for the line to fail (a clinical sentence beside the request)
// stays evidence; clauses joined by ";" are one sentence (a request's object is often in the clause before it). The class is tested with a small hand-set model (features of two words), so the test holds whatever
// weights are shipped.
import { analyzeText } from '../../../src/engine/text';
import { nonClinicalReason } from '../../../src/engine/text/clinicalStatement';
import { useStatementModel, type StatementModel } from '../../../src/engine/text/statementModel';
import { provenanceAt } from '../../helpers/provenanceAt';

/** Reads "flagged" as strongly non-clinical and "seen" weakly: neither clause alone crosses 1.5, the two together do. */
const TWO_WORD_MODEL: StatementModel = { threshold: 1.5, unigrams: true, weights: { 'w:flagged': 1.2, 'w:seen': 0.5 } };

function withModel<T>(model: StatementModel | undefined, fn: () => T): T {
  const previous = useStatementModel(model);
  try {
    return fn();
  } finally {
    useStatementModel(previous);
  }
}

const note = (line: string): string =>
  `Urgent care visit\nSore throat for three days, afebrile; tonsils enlarged without exudate.\nAssessment: viral pharyngitis.\n${line}\nPlan: saline gargles, return if drooling or trismus.`;

describe('learned grain: a line that fails only whole marks the clauses the line and its clauses agree on', () => {
  const line = 'Was also seen for otitis media of the left ear. The integrity unit flagged gastritis as unreported.';

  it('each clause passes alone and the whole line fails under the model (the case the grain decides)', () => {
    withModel(TWO_WORD_MODEL, () => {
      expect(nonClinicalReason('Was also seen for otitis media of the left ear.')).toBeUndefined();
      expect(nonClinicalReason('The integrity unit flagged gastritis as unreported.')).toBeUndefined();
      expect(nonClinicalReason(line)).toBe('statement.learned');
    });
  });

  it('marks the request clause and keeps the clinical clause beside it as evidence', () => {
    withModel(TWO_WORD_MODEL, () => {
      const text = note(line);
      const { provenance } = analyzeText(text);
      expect(provenance.nonClinical.some((s) => s.rule === 'statement.learned')).toBe(true);
      expect(provenanceAt(text, 'gastritis').span).toBe('non_clinical');
      expect(provenanceAt(text, 'otitis media').kind).toBe('clinical');
      expect(provenanceAt(text, 'viral pharyngitis').kind).toBe('clinical');
    });
  });

  it('with the clauses in the other order, still only the request clause is marked', () => {
    withModel(TWO_WORD_MODEL, () => {
      const text = note('The integrity unit flagged esophagitis as unreported. Was seen for otitis externa of the right ear.');
      expect(provenanceAt(text, 'esophagitis').span).toBe('non_clinical');
      expect(provenanceAt(text, 'otitis externa').kind).toBe('clinical');
    });
  });

  it('the units are sentences: clauses joined by ";" are one sentence, so a one-sentence line that fails only whole is marked whole', () => {
    withModel(TWO_WORD_MODEL, () => {
      // The request's object is in the clause before it; taking the clause that asks would leave its object as evidence.
      const text = note('Was seen by the integrity unit for duodenitis; flagged as unreported.');
      expect(nonClinicalReason('Was seen by the integrity unit for duodenitis;')).toBeUndefined();
      expect(nonClinicalReason('flagged as unreported.')).toBeUndefined();
      expect(provenanceAt(text, 'duodenitis').span).toBe('non_clinical');
      expect(provenanceAt(text, 'viral pharyngitis').kind).toBe('clinical');
    });
  });

  it('an ellipsis ("...") is not a sentence end: a line of fragments joined by ellipses that fails only whole is marked whole', () => {
    withModel(TWO_WORD_MODEL, () => {
      const text = note('Was seen ... pyelonephritis ... flagged as unreported ...');
      expect(nonClinicalReason('Was seen ...')).toBeUndefined();
      expect(nonClinicalReason('flagged as unreported ...')).toBeUndefined();
      expect(provenanceAt(text, 'pyelonephritis').span).toBe('non_clinical');
      expect(provenanceAt(text, 'viral pharyngitis').kind).toBe('clinical');
    });
  });

  it('a line whose clauses and whole all pass marks nothing', () => {
    withModel(TWO_WORD_MODEL, () => {
      const text = note('Was seen for sinusitis last spring. Tolerated amoxicillin without rash.');
      expect(analyzeText(text).provenance.nonClinical.some((s) => s.rule === 'statement.learned')).toBe(false);
      expect(provenanceAt(text, 'sinusitis').kind).toBe('clinical');
    });
  });
});
