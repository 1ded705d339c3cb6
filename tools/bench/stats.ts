/** Figures for the benchmarks: never pass or fail, always what was measured and how often. */

export type Print = (line: string) => void;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** "min 310 / median 352 / max 420 ms (5 runs)": runs on a shared machine vary, so all three are said. */
export function spread(values: readonly number[], unit: string, digits = 0): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (i: number): string => (sorted[i] ?? Number.NaN).toFixed(digits);
  return `min ${at(0)} / median ${at(Math.floor((sorted.length - 1) / 2))} / max ${at(sorted.length - 1)} ${unit} (${sorted.length} run${sorted.length === 1 ? '' : 's'})`;
}

export function latencies(ms: readonly number[]): string {
  return `p50 ${percentile(ms, 50).toFixed(3)} ms, p99 ${percentile(ms, 99).toFixed(3)} ms, mean ${mean(ms).toFixed(3)} ms`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

