// A real HTTP receiver on localhost for webhook tests: it records every request (headers and raw body)
// and answers from a script of replies, then 200 once the script runs out. "hang" answers only after
// `hangMs`, past the sender's timeout.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type Reply = number | "hang";
export type Received = { headers: IncomingHttpHeaders; body: string; at: number };

export type WebhookReceiver = {
  url: string;
  received: Received[];
  /** Replies for the next requests, in order. */
  script(...replies: Reply[]): void;
  /** Answer every request with this status from now on (after the script). */
  always(status: number): void;
  /** Resolves once `count` requests have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
};

export async function startWebhookReceiver(options: { hangMs?: number; path?: string } = {}): Promise<WebhookReceiver> {
  const received: Received[] = [];
  const replies: Reply[] = [];
  let fallback = 200;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      const reply = replies.shift() ?? fallback;
      const answer = (status: number) => {
        if (response.destroyed) return;
        response.writeHead(status, { "content-type": "text/plain" });
        response.end(status < 300 ? "ok" : `receiver says ${status}`);
      };
      if (reply === "hang") setTimeout(() => answer(200), options.hangMs ?? 3_000).unref();
      else answer(reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${options.path ?? "/hooks"}`,
    received,
    script: (...next) => void replies.push(...next),
    always: (status) => void (fallback = status),
    async waitFor(count, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`The receiver got ${received.length} of ${count} requests`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
