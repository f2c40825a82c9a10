// The slice of autocannon 8's programmatic API the benchmarks use (the package ships no types).
declare module "autocannon" {
  interface AutocannonRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }
  interface AutocannonHistogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
    [percentile: string]: number;
  }
  interface AutocannonResult {
    requests: AutocannonHistogram;
    latency: AutocannonHistogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    mismatches: number;
    "1xx": number;
    "2xx": number;
    "3xx": number;
    "4xx": number;
    "5xx": number;
    statusCodeStats: Record<string, { count: number }>;
  }
  interface AutocannonOptions {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    pipelining?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    requests?: Array<
      AutocannonRequest & {
        setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest | false | null;
        onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
      }
    >;
    setupClient?: (client: { on(event: "response", listener: (statusCode: number, bytes: number, ms: number) => void): void }) => void;
  }
  interface AutocannonInstance extends PromiseLike<AutocannonResult> {
    stop(): void;
    on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void): void;
  }
  function autocannon(options: AutocannonOptions): AutocannonInstance;
  export default autocannon;
}
