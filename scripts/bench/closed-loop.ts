// Closed loop: `connections` clients, each sending its next request as soon as the last one answered.
import autocannon from "autocannon";
import { summarizeLatencies, tally, type LatencySummary } from "./latency-stats";

export interface ClosedLoopRequest {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface ClosedLoopOptions<R extends ClosedLoopRequest> {
  baseUrl: string;
  connections: number;
  durationS: number;
  /** Stop after this many requests instead of after `durationS`. */
  amount?: number;
  /** The next request to send; called once per request. */
  next: () => R;
  /** Told about every response, with what was sent. */
  onResponse?: (status: number, body: string, sent: R) => void;
}

export interface ClosedLoopResult {
  connections: number;
  durationS: number;
  /** 2xx responses per second. */
  okPerSecond: number;
  latency: LatencySummary;
  statuses: Record<string, number>;
  /** Connection errors and timeouts (no HTTP status). */
  errors: number;
}

export async function runClosedLoop<R extends ClosedLoopRequest>({
  baseUrl,
  connections,
  durationS,
  amount,
  next,
  onResponse,
}: ClosedLoopOptions<R>): Promise<ClosedLoopResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let ok = 0;
  const instance = autocannon({
    url: baseUrl,
    connections,
    ...(amount ? { amount } : { duration: durationS }),
    timeout: 10,
    requests: [
      {
        setupRequest: (defaults, context) => {
          const request = next();
          context.sent = request;
          // Keep autocannon's defaults (host, port) and put ours over them.
          return {
            ...defaults,
            method: request.method,
            path: request.path,
            headers: { ...defaults.headers, ...request.headers },
            ...(request.body ? { body: request.body } : {}),
          };
        },
        onResponse: (status, body, context) => {
          tally(statuses, status);
          if (status >= 200 && status < 300) ok++;
          onResponse?.(status, body, context.sent as R);
        },
      },
    ],
  });
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  return {
    connections,
    durationS: result.duration,
    okPerSecond: ok / result.duration,
    latency: summarizeLatencies(latencies),
    statuses,
    errors: result.errors + result.timeouts,
  };
}
