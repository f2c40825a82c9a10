import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { parseProcStat, processGroupRssMiB, processTreeCpuSeconds } from "./process-memory";

describe("process memory", () => {
  it("reads the process group and CPU ticks after a command name with spaces and parentheses", () => {
    const line = "4242 (next-server (v1) x) S 1 4240 4240 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 11 0 999 0 0";
    expect(parseProcStat(line)).toEqual({ ppid: 1, pgrp: 4240, cpuSeconds: 3 });
  });

  it("measures this process's own group", () => {
    const pgid = parseProcStat(readFileSync("/proc/self/stat", "utf8")).pgrp;
    expect(processGroupRssMiB(pgid)).toBeGreaterThan(10);
  });

  it("counts a child's CPU in its parent's tree", async () => {
    const child = spawn(process.execPath, ["-e", "const end = Date.now() + 400; while (Date.now() < end);"]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const tree = processTreeCpuSeconds(process.pid);
    const own = parseProcStat(readFileSync("/proc/self/stat", "utf8")).cpuSeconds;
    await new Promise((resolve) => child.once("exit", resolve));
    expect(tree).toBeGreaterThan(own);
  });
});
