/**
 * Logistic regression for a handful of features: the probability of an event is
 * 1 / (1 + e^-(coefficients · features)). Shared by the usual-basket model (src/reorder) and the
 * resolver's decision to answer or say the store has nothing (src/catalog/decision.ts).
 */

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function predictProbability(coefficients: readonly number[], features: readonly number[]): number {
  let z = 0;
  coefficients.forEach((c, i) => {
    z += c * (features[i] ?? 0);
  });
  return sigmoid(z);
}

export interface LabelledExample {
  readonly features: readonly number[];
  /** Whether the event happened. */
  readonly label: boolean;
  /** How much this example counts in the fit; defaults to 1. */
  readonly weight?: number;
}

/**
 * Fits coefficients by Newton's method (iteratively reweighted least squares), which converges in
 * a few steps for this few features, with a small ridge penalty so that a feature that never
 * varies in the data cannot drive its coefficient to infinity. The first feature is taken to be
 * the constant 1 and is not penalised.
 */
export function fitLogistic(examples: readonly LabelledExample[], options: { ridge?: number; iterations?: number } = {}): number[] {
  const ridge = options.ridge ?? 1e-3;
  const width = examples[0]?.features.length ?? 0;
  let coefficients = new Array<number>(width).fill(0);
  for (let iteration = 0; iteration < (options.iterations ?? 50); iteration++) {
    const gradient = new Array<number>(width).fill(0);
    const hessian = Array.from({ length: width }, () => new Array<number>(width).fill(0));
    let totalWeight = 0;
    for (const example of examples) {
      const weight = example.weight ?? 1;
      totalWeight += weight;
      const p = predictProbability(coefficients, example.features);
      const residual = (example.label ? 1 : 0) - p;
      const curvature = weight * p * (1 - p);
      for (let i = 0; i < width; i++) {
        const xi = example.features[i] ?? 0;
        gradient[i] = (gradient[i] ?? 0) + weight * residual * xi;
        const row = hessian[i] ?? [];
        for (let j = 0; j < width; j++) row[j] = (row[j] ?? 0) + curvature * xi * (example.features[j] ?? 0);
      }
    }
    for (let i = 1; i < width; i++) {
      gradient[i] = (gradient[i] ?? 0) - ridge * totalWeight * (coefficients[i] ?? 0);
      const row = hessian[i] ?? [];
      row[i] = (row[i] ?? 0) + ridge * totalWeight;
    }
    const step = solveLinear(hessian, gradient);
    coefficients = coefficients.map((c, i) => c + (step[i] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return coefficients;
}

/** Solves A x = b by Gaussian elimination with partial pivoting; A is small and positive definite here. */
function solveLinear(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  const n = vector.length;
  const rows = matrix.map((row, i) => [...row, vector[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(rows[r]?.[col] ?? 0) > Math.abs(rows[pivot]?.[col] ?? 0)) pivot = r;
    }
    const pivotRow = rows[pivot] ?? [];
    rows[pivot] = rows[col] ?? [];
    rows[col] = pivotRow;
    const lead = pivotRow[col] ?? 0;
    if (Math.abs(lead) < 1e-15) continue;
    for (let r = 0; r < n; r++) {
      const row = rows[r];
      if (r === col || row === undefined) continue;
      const factor = (row[col] ?? 0) / lead;
      if (factor === 0) continue;
      for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - factor * (pivotRow[c] ?? 0);
    }
  }
  return rows.map((row, i) => {
    const lead = row[i] ?? 0;
    return Math.abs(lead) < 1e-15 ? 0 : (row[n] ?? 0) / lead;
  });
}
