// Ratios to a reference measured in the same run: the only comparison a shared, noisy machine allows.

export interface Throughput {
  connections: number;
  okPerSecond: number;
}

export interface SameRunRatio {
  connections: number;
  app: number;
  reference: number;
  /** app ÷ reference; null when the reference served nothing. */
  ratio: number | null;
  met: boolean;
}

/** Pairs each app row with the reference row at the same connection count and judges it against `target`. */
export function sameRunRatios(app: readonly Throughput[], reference: readonly Throughput[], target: number): SameRunRatio[] {
  return app.map((row) => {
    const ref = reference.find((r) => r.connections === row.connections);
    const referenceRate = ref?.okPerSecond ?? 0;
    const ratio = referenceRate > 0 ? row.okPerSecond / referenceRate : null;
    return { connections: row.connections, app: row.okPerSecond, reference: referenceRate, ratio, met: ratio !== null && ratio >= target };
  });
}

/** "0.93×" or "–". */
export function formatRatio(ratio: number | null): string {
  return ratio === null ? "–" : `${ratio.toFixed(2)}×`;
}
