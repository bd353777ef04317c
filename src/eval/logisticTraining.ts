// Owns the training of the coder's learned logistic models (the acceptance voter, the candidate-acceptance model):
// one trainer, so a model's weights depend only on its examples and options.
import type { LogisticWeights } from '../engine/coding/logisticModel';

/**
 * L2 logistic regression by full-batch gradient descent with a per-feature step (AdaGrad), over rows packed into typed
 * arrays once: deterministic, no dependency, fast enough to train hundreds of folds on a shared core.
 */
export function trainLogistic(examples: ReadonlyArray<{ features: Record<string, number>; keep: boolean }>, options: { l2: number; iterations: number }): LogisticWeights {
  const index = new Map<string, number>();
  const offsets = new Int32Array(examples.length + 1);
  const idx: number[] = [];
  const val: number[] = [];
  examples.forEach((e, i) => {
    for (const [k, v] of Object.entries(e.features)) {
      let j = index.get(k);
      if (j === undefined) index.set(k, (j = index.size));
      idx.push(j);
      val.push(v);
    }
    offsets[i + 1] = idx.length;
  });
  const I = Int32Array.from(idx);
  const V = Float64Array.from(val);
  const y = Float64Array.from(examples, (e) => (e.keep ? 1 : 0));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size);
  const grad = new Float64Array(index.size);
  let bias = 0;
  let b2 = 0;
  const n = examples.length || 1;
  const rate = 0.5;
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < examples.length; i++) {
      let z = bias;
      for (let p = offsets[i]; p < offsets[i + 1]; p++) z += w[I[p]] * V[p];
      const err = 1 / (1 + Math.exp(-z)) - y[i];
      gb += err;
      for (let p = offsets[i]; p < offsets[i + 1]; p++) grad[I[p]] += err * V[p];
    }
    gb /= n;
    b2 += gb * gb;
    bias -= (rate * gb) / Math.sqrt(b2 + 1e-12);
    for (let j = 0; j < w.length; j++) {
      const gj = grad[j] / n + options.l2 * w[j];
      g2[j] += gj * gj;
      w[j] -= (rate * gj) / Math.sqrt(g2[j] + 1e-12);
    }
  }
  const weights: Record<string, number> = {};
  for (const [k, j] of [...index].sort(([a], [b]) => a.localeCompare(b))) if (Math.abs(w[j]) > 1e-6) weights[k] = Math.round(w[j] * 1e4) / 1e4;
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}
