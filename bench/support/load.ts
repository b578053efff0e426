// Load generators for HTTP benches: a closed loop (each client keeps one request in flight) and an open
// loop (requests sent on a fixed schedule). Both count every request's latency exactly (no histogram
// buckets) and run in the bench's own process, on node:http with keep-alive connections.
//
// The closed loop opens all its connections, and has each answered once, before it starts timing. A
// connection opened while a Node server is saturated waits to be accepted behind the busy ones: with
// autocannon's fresh connections, a plain node:http server doing 3 ms of work per request showed
// p99 = 16× p50 at 64 clients (its first requests waited up to 5.5 s), and 2.1× once the same 64
// connections were open before timing. POS tills and load balancers keep their connections, so the
// bench measures the queue of requests, not the accept backlog of a cold start.
import http from "node:http";
import { percentile } from "@/bench/support/server";

export type Route = { path: string; body: (i: number) => string };

export type ClosedLoopResult = { perSecond: number; p50: number; p99: number; max: number; total: number; non2xx: number; failed: number };

type Answer = { status: number; ms: number } | { status: 0; ms: number; error: Error };

function post(agent: http.Agent, url: URL, token: string, body: string, timeoutMs: number): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        timeout: timeoutMs,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on("error", (error) => resolve({ status: 0, ms: performance.now() - started, error }));
    request.end(body);
  });
}

/**
 * `connections` clients spread over `baseUrls`, each sending `route` requests one after the other, for
 * `seconds` or until `amount` requests were sent in all. `warm` (default true) first opens every
 * connection with one untimed request; turn it off where every request counts (a race for limited codes).
 */
export async function closedLoop(
  baseUrls: readonly string[],
  token: string,
  route: Route,
  connections: number,
  options: { seconds?: number; amount?: number; warm?: boolean; allowNon2xx?: boolean; timeoutMs?: number } = {},
): Promise<ClosedLoopResult> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const agents = baseUrls.map(() => new http.Agent({ keepAlive: true, maxSockets: Math.ceil(connections / baseUrls.length) }));
  const urls = baseUrls.map((base) => new URL(route.path, base));
  let sent = 0;
  const clients = Array.from({ length: connections }, (_, i) => i % baseUrls.length);
  const send = (client: number) => post(agents[client], urls[client], token, route.body(sent++), timeoutMs);
  try {
    if (options.warm !== false) await Promise.all(clients.map(send));
    sent = 0;
    const latencies: number[] = [];
    let non2xx = 0;
    let failed = 0;
    const started = performance.now();
    const deadline = started + (options.seconds ?? 10) * 1000;
    const more = () => (options.amount !== undefined ? sent < options.amount : performance.now() < deadline);
    await Promise.all(
      clients.map(async (client) => {
        while (more()) {
          const answer = await send(client);
          if (answer.status === 0) failed++;
          else {
            latencies.push(answer.ms);
            if (answer.status < 200 || answer.status > 299) non2xx++;
          }
        }
      }),
    );
    const elapsedSeconds = (performance.now() - started) / 1000;
    if (non2xx > 0 && !options.allowNon2xx) throw new Error(`${route.path}: ${non2xx} answers were not 2xx`);
    latencies.sort((a, b) => a - b);
    return {
      perSecond: latencies.length / elapsedSeconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies[latencies.length - 1] ?? 0,
      total: latencies.length,
      non2xx,
      failed,
    };
  } finally {
    for (const agent of agents) agent.destroy();
  }
}

/**
 * The request rates of several routes measured against each other: `rounds` rounds, each running every
 * route in turn for `seconds / rounds` at `connections` clients, and each rate over all its rounds. On a
 * shared machine whose speed drifts over a minute, one long phase per route puts the drift into the
 * ratios between them; alternating spreads it over all of them.
 */
export async function interleavedRates<Name extends string>(
  baseUrl: string,
  token: string,
  routes: Record<Name, Route>,
  connections: number,
  options: { seconds: number; rounds: number },
): Promise<Record<Name, number>> {
  const totals = new Map<Name, RoundsRate>();
  for (let round = 0; round < options.rounds; round++)
    for (const [name, route] of Object.entries(routes) as [Name, Route][]) {
      const result = await closedLoop([baseUrl], token, route, connections, { seconds: options.seconds / options.rounds });
      if (result.failed > 0) throw new Error(`${route.path}: ${result.failed} requests failed or timed out`);
      if (!totals.has(name)) totals.set(name, new RoundsRate());
      totals.get(name)!.add(result);
    }
  return Object.fromEntries([...totals].map(([name, rate]) => [name, rate.perSecond()])) as Record<Name, number>;
}

/** A request rate over several closed-loop rounds: all their requests over all their timed seconds. */
export class RoundsRate {
  private requests = 0;
  private seconds = 0;
  add(result: ClosedLoopResult): void {
    this.requests += result.total;
    this.seconds += result.total / result.perSecond;
  }
  perSecond(): number {
    return this.requests / this.seconds;
  }
}

/**
 * Sends `route` requests at `rate` per second on a fixed schedule until `until` says stop; each latency
 * is counted from the request's scheduled send time, so a server that falls behind shows it. An answer
 * later than 30 s, or not 200, counts as failed.
 */
export async function openLoop(
  baseUrl: string,
  token: string,
  route: Route,
  rate: number,
  until: (elapsedMs: number) => boolean,
): Promise<{ latencies: number[]; failed: number }> {
  const agent = new http.Agent({ keepAlive: true });
  const url = new URL(route.path, baseUrl);
  const latencies: number[] = [];
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  try {
    for (let i = 0; ; i++) {
      const due = start + (i * 1000) / rate;
      if (until(due - start)) break;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      inFlight.push(
        post(agent, url, token, route.body(i), 30_000).then((answer) => {
          if (answer.status !== 0) latencies.push(performance.now() - due);
          if (answer.status !== 200) failed++;
        }),
      );
    }
    await Promise.all(inFlight);
  } finally {
    agent.destroy();
  }
  latencies.sort((a, b) => a - b);
  return { latencies, failed };
}
