// Owns what the coder's learned logistic models share (the acceptance voter, the candidate-acceptance model): the
// probability of a feature record under trained log-odds weights, and the bucketing of counts into named features.

/** Trained log-odds: a bias and one weight per feature name (absent features weigh 0). */
export interface LogisticWeights {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** P(positive) under the model: the logistic of bias + Σ weight × value, summed in the record's order. */
export function logisticProbability(model: LogisticWeights, features: Readonly<Record<string, number>>): number {
  let z = model.bias;
  for (const [k, v] of Object.entries(features)) z += (model.weights[k] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

/** The name of the bucket n falls in: names[i] for the i edges n reaches (names has one more entry than edges). */
export const bucket = (n: number, edges: readonly number[], names: readonly string[]): string => names[edges.filter((e) => n >= e).length];
