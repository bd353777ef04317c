// Owns the command line of the learned candidate-acceptance model (eval/candidateAcceptance.ts):
//   node dist/src/cli/trainCandidates.js dump --icd codiesp/dev.jsonl --icd-traps test/fixtures/icd-traps --out /tmp/pool.jsonl
//   node dist/src/cli/trainCandidates.js train /tmp/pool.jsonl [--weights-out data/coding/candidateAcceptance.json]
// Keep the session's check trap batch out of the --icd-traps folder given to `dump` (data/coding/PROVENANCE.md).
// `dump` codes every CodiEsp case (tune and held-back parts) and trap note with the engine alone and writes every
// candidate the coder scored; `train` prints case-grouped 5-fold CV on the tune part, the held-back check and
// leave-one-batch-out on the trap batches, then (with --weights-out) writes the model trained on tune + all traps.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ClinicalEngine } from '../engine';
import type { PoolCandidate, PoolSource } from '../engine/coding/candidateAcceptance';
import {
  DEFAULT_CANDIDATE_TRAINING, formatCandidateFolds, heldbackCheck, poolOfNote, readPoolDump, trainCandidateModel, trapLeaveOneBatchOut, tuneCrossValidation, writePoolDump, type PoolDump,
} from '../eval/candidateAcceptance';
import { readTrapBatches } from '../eval/codeAcceptance';
import { icdPart } from '../eval/icd';
import { readTrapSuite } from '../eval/icdTraps';
import { readJsonl } from './bench';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      icd: { type: 'string' },
      'icd-traps': { type: 'string' },
      out: { type: 'string' },
      'weights-out': { type: 'string' },
      'no-traps': { type: 'boolean' },
      'trap-weight': { type: 'string' },
      sources: { type: 'string' },
      'setting-thresholds': { type: 'boolean' },
    },
  });
  const [command, ...files] = positionals;
  if (command === 'dump') {
    const sink: { pool: PoolCandidate[] } = { pool: [] };
    const engine = new ClinicalEngine({ coder: { candidateModel: false, onPool: (pool) => { sink.pool = pool; } } });
    const dump: PoolDump = { notes: [], rows: [] };
    if (values.icd) {
      for (const r of readJsonl(values.icd) as unknown as Array<{ id: string; text: string; codes: string[] }>) {
        const note = { set: 'codiesp', batch: icdPart(String(r.id)), id: String(r.id), gold: r.codes, mustNot: [] as string[] };
        dump.notes.push(note);
        dump.rows.push(...poolOfNote(engine, sink, { ...note, text: r.text }));
      }
    }
    if (values['icd-traps']) {
      for (const n of readTrapBatches(values['icd-traps'], readTrapSuite)) {
        const note = { set: 'traps', batch: n.batch, id: n.id, gold: n.gold, mustNot: n.mustNot };
        dump.notes.push(note);
        dump.rows.push(...poolOfNote(engine, sink, { ...note, text: n.text }, { setting: n.setting, noteType: n.noteType }));
      }
    }
    if (!values.out) throw new Error('dump needs --out file.jsonl');
    writePoolDump(values.out, dump);
    console.log(`${dump.notes.length} notes, ${dump.rows.length} candidates (${dump.rows.filter((r) => r.reported).length} reported) -> ${values.out}`);
    return 0;
  }
  if (command === 'train' && files.length) {
    const dump = readPoolDump(...files);
    const withTraps = values['no-traps'] !== true;
    const options = { ...DEFAULT_CANDIDATE_TRAINING, ...(values['trap-weight'] ? { trapWeight: Number(values['trap-weight']) } : {}), ...(values.sources ? { sources: values.sources.split(',') as PoolSource[] } : {}), ...(values['setting-thresholds'] ? { settingThresholds: true } : {}) };
    console.log(formatCandidateFolds(`CodiEsp tune, case-grouped 5-fold CV${withTraps ? ' (trap batches in every training fold)' : ''}`, tuneCrossValidation(dump, 5, withTraps, options)));
    console.log(formatCandidateFolds('CodiEsp held-back part (trained on all tune cases)', [heldbackCheck(dump, withTraps, options)]));
    console.log(formatCandidateFolds('Trap batches, leave-one-batch-out (trained on CodiEsp tune + the other batches)', trapLeaveOneBatchOut(dump, undefined, options)));
    if (values['weights-out']) {
      const train = dump.notes.filter((n) => (n.set === 'codiesp' && n.batch === 'tune') || (withTraps && n.set === 'traps'));
      const batches = [...new Set(train.filter((n) => n.set === 'traps').map((n) => n.batch))].sort();
      const model = trainCandidateModel(dump, train, options,
        `trained by \`node dist/src/cli/trainCandidates.js train <pool dump> --weights-out <this file>\` on ${train.filter((n) => n.set === 'codiesp').length} CodiEsp tune cases (part by HELDBACK_SPLIT_SEED; held-back cases never used) and ${batches.length} trap files (${batches.join(', ')}), options ${JSON.stringify(options)}`);
      fs.writeFileSync(values['weights-out'], JSON.stringify(model, null, 1) + '\n');
      console.log(`model: ${Object.keys(model.weights).length} weights, threshold ${model.threshold}${model.thresholdBySetting ? ` ${JSON.stringify(model.thresholdBySetting)}` : ''} -> ${values['weights-out']}`);
    }
    return 0;
  }
  console.log('usage: trainCandidates dump --icd codiesp.jsonl --icd-traps dir --out pool.jsonl | train pool.jsonl [--weights-out file.json] [--no-traps] [--trap-weight N] [--sources scored,covered,guideline,specificity,context] [--setting-thresholds]');
  return 2;
}

process.exitCode = main(process.argv.slice(2));
