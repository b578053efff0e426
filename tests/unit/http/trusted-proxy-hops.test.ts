// TRUSTED_PROXY_HOPS is validated with the rest of the environment: a whole number from 0 to 10, default 0.
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("TRUSTED_PROXY_HOPS", () => {
  it("defaults to 0 (the socket's own peer) and reads whole numbers up to 10", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "1" }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "10" }).TRUSTED_PROXY_HOPS).toBe(10);
  });

  it.each([
    ["-1", "TRUSTED_PROXY_HOPS: TRUSTED_PROXY_HOPS cannot be negative"],
    ["1.5", "TRUSTED_PROXY_HOPS: TRUSTED_PROXY_HOPS must be a whole number of proxies"],
    ["11", "TRUSTED_PROXY_HOPS: TRUSTED_PROXY_HOPS is at most 10"],
    ["one", "TRUSTED_PROXY_HOPS: TRUSTED_PROXY_HOPS must be a whole number of proxies (0 when clients connect directly)"],
  ])("refuses %s, naming the variable and the limit", (value, message) => {
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: value })).toThrow(`Invalid environment: ${message}`);
  });
});
