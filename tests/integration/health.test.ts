import { describe, expect, it } from "vitest";

// Port 1 on loopback refuses connections: the database is unreachable.
process.env.DATABASE_URL = "postgresql://nobody:secret@127.0.0.1:1/unreachable";

describe("GET /api/health", () => {
  it("answers 503 with db error when the database is unreachable", async () => {
    const { GET } = await import("../../app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "error" });
  });
});
