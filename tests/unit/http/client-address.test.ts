// The client address behind the per-address budgets: the socket's peer, stamped by a real Node HTTP
// server, read through TRUSTED_PROXY_HOPS; nothing a client sends can choose it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddressFromStamp, installPeerStamp, PEER_HEADER, peerStamp, UNVERIFIED_ADDRESS } from "@/lib/http/client-address";
import { rateLimitHeaders } from "@/lib/rate-limits/headers";

describe("the peer stamp on a real HTTP server", () => {
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    installPeerStamp();
    installPeerStamp(); // idempotent: one stamp per request, not two
    // The server echoes the stamp it saw, as a route handler would read it.
    server = http.createServer((req, res) => res.end(JSON.stringify({ stamp: req.headers[PEER_HEADER] })));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const stampFor = async (headers: Record<string, string>) => ((await (await fetch(url, { headers })).json()) as { stamp: string }).stamp;

  it("reads the socket's own address at hops 0, whatever X-Forwarded-For or a forged stamp says", async () => {
    const stamp = await stampFor({ "x-forwarded-for": "203.0.113.9, 10.0.0.1", [PEER_HEADER]: "forged;198.51.100.1" });
    expect(clientAddressFromStamp(stamp, 0)).toBe("127.0.0.1");
    expect(clientAddressFromStamp(await stampFor({}), 0)).toBe("127.0.0.1");
    expect(clientAddressFromStamp(await stampFor({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}` }), 0)).toBe(
      "127.0.0.1",
    );
  });

  it("reads the address the trusted proxies saw at hops 1 and 2", async () => {
    const stamp = await stampFor({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" });
    expect(clientAddressFromStamp(stamp, 1)).toBe("10.0.0.1");
    expect(clientAddressFromStamp(stamp, 2)).toBe("203.0.113.9");
    // A chain shorter than the configured hops gives its leftmost entry, never something beyond it.
    expect(clientAddressFromStamp(stamp, 5)).toBe("203.0.113.9");
  });
});

describe("clientAddressFromStamp", () => {
  it("treats a missing or forged stamp as one shared unverified address", () => {
    expect(clientAddressFromStamp(undefined, 0)).toBe(UNVERIFIED_ADDRESS);
    expect(clientAddressFromStamp("not-the-secret;203.0.113.9", 0)).toBe(UNVERIFIED_ADDRESS);
    expect(clientAddressFromStamp("203.0.113.9", 0)).toBe(UNVERIFIED_ADDRESS);
  });

  it("unwraps IPv4-mapped IPv6 peers", () => {
    expect(clientAddressFromStamp(peerStamp(undefined, "::ffff:192.0.2.7"), 0)).toBe("192.0.2.7");
    expect(clientAddressFromStamp(peerStamp(["192.0.2.1", "192.0.2.2"], "::1"), 1)).toBe("192.0.2.2");
  });
});

describe("rateLimitHeaders", () => {
  it("writes the draft's structured fields: q and w per policy, r and t per current state", () => {
    expect(
      rateLimitHeaders([
        { policy: "per-caller", quota: 60, windowSeconds: 60, remaining: 12, resetSeconds: 41 },
        { policy: "per-address", quota: 60, windowSeconds: 60, remaining: -3 },
      ]),
    ).toEqual({
      "RateLimit-Policy": `"per-caller";q=60;w=60, "per-address";q=60;w=60`,
      RateLimit: `"per-caller";r=12;t=41, "per-address";r=0`,
    });
  });
});
