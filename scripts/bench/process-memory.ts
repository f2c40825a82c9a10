// Resident memory and CPU time of a server's whole process group, read from /proc (Linux).
import { readFileSync, readdirSync } from "node:fs";

const CLOCK_TICKS_PER_SECOND = 100; // Linux USER_HZ

interface ProcStat {
  ppid: number;
  pgrp: number;
  /** utime + stime, seconds. */
  cpuSeconds: number;
}

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
export function parseProcStat(line: string): ProcStat {
  const fields = line.slice(line.lastIndexOf(")") + 2).split(" ");
  return { ppid: Number(fields[1]), pgrp: Number(fields[2]), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND };
}

function groupMembers(pgid: number): { pid: string; stat: ProcStat }[] {
  const members: { pid: string; stat: ProcStat }[] = [];
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
      if (stat.pgrp === pgid) members.push({ pid, stat });
    } catch {
      // exited meanwhile
    }
  }
  return members;
}

/** Sum of VmRSS over the process group, MiB; null where /proc can't be read. */
export function processGroupRssMiB(pgid: number): number | null {
  let kib = 0;
  let found = false;
  for (const { pid } of groupMembers(pgid)) {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) {
        kib += Number(match[1]);
        found = true;
      }
    } catch {
      // exited meanwhile
    }
  }
  return found ? kib / 1024 : null;
}

/** CPU seconds (user + system) used so far by the process group. */
export function processGroupCpuSeconds(pgid: number): number {
  return groupMembers(pgid).reduce((sum, member) => sum + member.stat.cpuSeconds, 0);
}

function allProcesses(): { pid: number; stat: ProcStat }[] {
  const all: { pid: number; stat: ProcStat }[] = [];
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      all.push({ pid: Number(pid), stat: parseProcStat(readFileSync(`/proc/${pid}/stat`, "utf8")) });
    } catch {
      // exited meanwhile
    }
  }
  return all;
}

/** CPU seconds (user + system) used so far by `rootPid` and every process below it (e.g. PostgreSQL's backends). */
export function processTreeCpuSeconds(rootPid: number): number {
  const all = allProcesses();
  const inTree = new Set([rootPid]);
  // Parents come before children in most listings, but not always: repeat until nothing is added.
  for (let added = true; added; ) {
    added = false;
    for (const { pid, stat } of all) {
      if (!inTree.has(pid) && inTree.has(stat.ppid)) {
        inTree.add(pid);
        added = true;
      }
    }
  }
  return all.reduce((sum, { pid, stat }) => (inTree.has(pid) ? sum + stat.cpuSeconds : sum), 0);
}
