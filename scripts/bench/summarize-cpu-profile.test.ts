import { describe, expect, it } from "vitest";
import { ownerOf, summarize } from "./summarize-cpu-profile";

describe("summarize-cpu-profile", () => {
  it("names the owner of a frame", () => {
    expect(ownerOf("file:///w/node_modules/@prisma/client/runtime/x.js", "f")).toBe("@prisma/client");
    expect(ownerOf("file:///w/node_modules/next/dist/server/base-server.js", "f")).toBe("next");
    expect(ownerOf("node:internal/http", "f")).toBe("node:internal");
    expect(ownerOf("", "(garbage collector)")).toBe("(garbage collector)");
    expect(ownerOf("file:///w/.next-h7/server/chunks/abc.js", "f")).toBe("app bundle (chunks)");
  });

  it("adds self time per owner from samples and time deltas", () => {
    const result = summarize({
      nodes: [
        { id: 1, callFrame: { functionName: "(idle)", url: "", lineNumber: -1 } },
        { id: 2, callFrame: { functionName: "run", url: "file:///w/node_modules/next/a.js", lineNumber: 9 } },
      ],
      samples: [1, 2, 2],
      timeDeltas: [1000, 2000, 3000],
    });
    expect(result.totalMs).toBe(6);
    expect(result.byOwner).toEqual([
      ["next", 5],
      ["(idle)", 1],
    ]);
    expect(result.byFunction[0]).toEqual(["run — next:10", 5]);
  });
});
