import { describe, expect, it } from "vitest";
import { formatRatio, sameRunRatios } from "./same-run-ratio";

describe("same-run ratios", () => {
  it("pairs rows by connection count and judges each against the target", () => {
    const app = [
      { connections: 1, okPerSecond: 450 },
      { connections: 10, okPerSecond: 540 },
    ];
    const reference = [
      { connections: 10, okPerSecond: 600 },
      { connections: 1, okPerSecond: 500 },
    ];
    expect(sameRunRatios(app, reference, 0.9)).toEqual([
      { connections: 1, app: 450, reference: 500, ratio: 0.9, met: true },
      { connections: 10, app: 540, reference: 600, ratio: 0.9, met: true },
    ]);
    expect(sameRunRatios([{ connections: 1, okPerSecond: 449 }], reference, 0.9)[0]?.met).toBe(false);
  });

  it("has no ratio without a reference row or when the reference served nothing", () => {
    const [missing] = sameRunRatios([{ connections: 50, okPerSecond: 10 }], [{ connections: 1, okPerSecond: 5 }], 0.9);
    expect(missing).toEqual({ connections: 50, app: 10, reference: 0, ratio: null, met: false });
    expect(formatRatio(null)).toBe("–");
    expect(formatRatio(0.456)).toBe("0.46×");
  });
});
