// Open loop: requests leave at scheduled (Poisson) times whatever the server is doing, as independent learners'
// clicks do. Latency counts from the scheduled time, so a slow server or a late client can't hide queueing.
import http from "node:http";
import { performance } from "node:perf_hooks";
import { percentile, summarizeLatencies, tally, type LatencySummary } from "./latency-stats";

export interface OpenLoopRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface OpenLoopOptions<R extends OpenLoopRequest> {
  host: string;
  port: number;
  ratePerSecond: number;
  durationS: number;
  next: () => R;
  onResponse?: (status: number, body: string, sent: R) => void;
  random: () => number;
  timeoutMs?: number;
  maxSockets?: number;
}

export interface OpenLoopResult {
  targetRate: number;
  /** Requests sent per second of schedule actually achieved. */
  achievedRate: number;
  sent: number;
  latency: LatencySummary;
  statuses: Record<string, number>;
  /** Timeouts and connection errors, by kind. */
  errors: Record<string, number>;
  /** How late the client sent, p99 (ms): large means the client, not the server, was the bottleneck. */
  sendLagP99: number;
  maxInFlight: number;
}

/** Arrival offsets (ms) of a Poisson process of `rate` per second over `durationS`. */
export function poissonArrivals(rate: number, durationS: number, random: () => number): number[] {
  const arrivals: number[] = [];
  const end = durationS * 1000;
  for (let t = -Math.log(1 - random()) * (1000 / rate); t < end; t += -Math.log(1 - random()) * (1000 / rate)) arrivals.push(t);
  return arrivals;
}

export async function runOpenLoop<R extends OpenLoopRequest>(options: OpenLoopOptions<R>): Promise<OpenLoopResult> {
  const { host, port, ratePerSecond, durationS, next, onResponse, random, timeoutMs = 10_000, maxSockets = 512 } = options;
  // Idle sockets close before the server's 5 s keep-alive would, so none is reused as the server hangs up.
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, timeout: 4_000, scheduling: "lifo" });
  const arrivals = poissonArrivals(ratePerSecond, durationS, random);
  const latencies: number[] = [];
  const lags: number[] = [];
  const statuses: Record<string, number> = {};
  const errors: Record<string, number> = {};
  let inFlight = 0;
  let maxInFlight = 0;
  let lastSentAt = 0;
  let allDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (allDone = resolve));
  const start = performance.now();
  let index = 0;

  const finish = () => {
    inFlight--;
    if (index >= arrivals.length && inFlight === 0) allDone();
  };

  const send = (scheduledAt: number) => {
    const sent = next();
    const sentAt = performance.now();
    lags.push(sentAt - scheduledAt);
    lastSentAt = sentAt;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let settled = false;
    const settle = (record: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      record();
      finish();
    };
    const request = http.request(
      { agent, host, port, method: "POST", path: sent.path, headers: { ...sent.headers, "content-length": Buffer.byteLength(sent.body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          settle(() => {
            const status = response.statusCode ?? 0;
            latencies.push(performance.now() - scheduledAt);
            tally(statuses, status);
            onResponse?.(status, Buffer.concat(chunks).toString("utf8"), sent);
          }),
        );
        response.on("error", (error: NodeJS.ErrnoException) => settle(() => tally(errors, error.code ?? "response-error")));
      },
    );
    const timer = setTimeout(() => {
      settle(() => tally(errors, "timeout"));
      request.destroy();
    }, timeoutMs);
    request.on("error", (error: NodeJS.ErrnoException) => settle(() => tally(errors, error.code ?? "request-error")));
    request.end(sent.body);
  };

  const tick = () => {
    const now = performance.now() - start;
    while (index < arrivals.length && (arrivals[index] as number) <= now) send(start + (arrivals[index++] as number));
    if (index < arrivals.length) setTimeout(tick, Math.max(0, (arrivals[index] as number) - (performance.now() - start) - 0.5));
    else if (inFlight === 0) allDone();
  };
  tick();
  await done;
  agent.destroy();

  const sentSpanS = Math.max(durationS, (lastSentAt - start) / 1000);
  return {
    targetRate: ratePerSecond,
    achievedRate: arrivals.length / sentSpanS,
    sent: arrivals.length,
    latency: summarizeLatencies(latencies),
    statuses,
    errors,
    sendLagP99: percentile(
      [...lags].sort((a, b) => a - b),
      99,
    ),
    maxInFlight,
  };
}
