import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/bench/echo/route";

// bench:checkout's echo floor exists only on servers started with BENCH_ECHO_ROUTE=on (the bench's own).
describe("POST /api/bench/echo", () => {
  it("answers 404 with the error object unless BENCH_ECHO_ROUTE is on", async () => {
    const response = await POST(
      new Request("http://localhost/api/bench/echo", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 404, code: "not_found", message: "Route not found" });
  });
});
