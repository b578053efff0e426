// An integrator's view of the OpenAPI document: openapi-typescript generates types from it, and a
// sample integration (cart, redemption, coupon create/get/put) must type-check against them with tsc.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";

const CLIENT_DIR = path.resolve("tests/typed-client");

describe("typed client from the OpenAPI document", () => {
  it("generates types with openapi-typescript, and the sample integration type-checks against them", async () => {
    // defaultNonNullable: false, or openapi-typescript makes every field with a default required, in request bodies too.
    const ast = await openapiTS(structuredClone(openApiDocument()) as never, { defaultNonNullable: false });
    mkdirSync(path.join(CLIENT_DIR, "generated"), { recursive: true });
    writeFileSync(path.join(CLIENT_DIR, "generated", "couponsmith-api.ts"), astToString(ast));
    const tsc = spawnSync(
      process.execPath,
      [path.resolve("node_modules/typescript/bin/tsc"), "-p", path.join(CLIENT_DIR, "tsconfig.json")],
      { encoding: "utf8" },
    );
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 60_000);
});
