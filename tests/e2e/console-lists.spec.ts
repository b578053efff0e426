// The marketer's console, issue 17, problem 8: list tools (sort, CSV export, saved views, bulk archive
// with undo, search by code), an audit log in words, and a codes page whose example code stays put.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db/client";
import { createOffer } from "@/lib/offers/create-offer";
import { updateOffer } from "@/lib/offers/update-offer";
import { coupon, signedIn } from "@/tests/e2e/support/console";

test("8. list tools: sort by status, export the filtered list as CSV, save a view, bulk archive with undo, restore, search by code", async ({
  page,
}) => {
  const t = await signedIn(page);
  const planned = await createOffer(t.actors.marketer, "coupon", coupon("B planned", { validFrom: "2099-01-01T00:00:00Z" }));
  await createOffer(t.actors.marketer, "coupon", coupon("A disabled", { active: false }));
  await createOffer(t.actors.marketer, "coupon", coupon('=HYPERLINK("x")'));
  await db().couponCode.create({ data: { tenantId: t.tenantId, offerId: planned.id, code: "FINDME-42" } });

  await page.goto("/coupons");
  await page.getByRole("button", { name: "Status" }).click();
  await expect(page).toHaveURL(/sort=status/);
  const names = page.getByRole("row").locator("td:nth-child(2)");
  await expect(names).toHaveText(["A disabled", "B planned", '=HYPERLINK("x")']);

  await page.getByLabel("Status").selectOption("Active");
  await page.getByRole("button", { name: "Apply filters" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = readFileSync((await (await download).path())!, "utf8");
  const lines = csv.trim().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);

  await page.getByLabel("Save these filters as").fill("Live now");
  await page.getByRole("button", { name: "Save view" }).click();
  await expect(page.getByRole("list", { name: "Saved views" }).getByRole("link", { name: "Live now" })).toBeVisible();
  await page.goto("/coupons");
  await page.getByRole("list", { name: "Saved views" }).getByRole("link", { name: "Live now" }).click();
  await expect(page).toHaveURL(/status=Active/);
  expect(await db().savedView.count({ where: { tenantId: t.tenantId, userId: t.users.marketer.id } })).toBe(1);

  await page.goto("/coupons");
  await page.getByRole("checkbox", { name: "Select all rows on this page" }).check();
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("3 coupons archived.")).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("3 coupons restored.")).toBeVisible();
  await expect(page.getByRole("link", { name: "B planned" })).toBeVisible();

  await page
    .getByRole("row", { name: /A disabled/ })
    .getByRole("checkbox")
    .check();
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("1 coupon archived.")).toBeVisible();
  await page.getByRole("link", { name: "Archived" }).click();
  await page
    .getByRole("row", { name: /A disabled/ })
    .getByRole("checkbox")
    .check();
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByText("1 coupon restored")).toBeVisible();
  expect((await db().offer.findFirstOrThrow({ where: { tenantId: t.tenantId, name: "A disabled" } })).archivedAt).toBeNull();

  await page.getByLabel("Find a coupon code, POS serial or offer").fill("FINDME-42");
  await page.getByLabel("Find a coupon code, POS serial or offer").press("Enter");
  await expect(page).toHaveURL(new RegExp(`/coupons/${planned.id}/codes\\?code=FINDME-42`));
  await expect(page.getByRole("cell", { name: "FINDME-42", exact: true })).toBeVisible();
});

test("8. the audit log says what changed in words, with names instead of ids", async ({ page }) => {
  const t = await signedIn(page, "admin");
  await db().store.create({ data: { tenantId: t.tenantId, id: "berlin", name: "Berlin Mitte", timeZone: "Europe/Berlin" } });
  const offer = await createOffer(t.actors.marketer, "coupon", coupon("Old name"));
  await updateOffer(t.actors.marketer, "coupon", offer.id, { ...coupon("New name", { stores: ["berlin"] }), version: offer.version });
  await page.goto("/audit");
  const row = page.getByRole("row", { name: /changed/ }).first();
  await expect(row).toContainText("Coupon New name changed");
  await expect(row.getByTestId("audit-changes")).toContainText("Name: Old name → New name");
  await expect(row.getByTestId("audit-changes")).toContainText("Stores: all stores → Berlin Mitte");
  await expect(row.getByTestId("audit-changes")).not.toContainText(offer.id);
});

test("8. the codes page's example code stays the same between loads", async ({ page }) => {
  const t = await signedIn(page);
  const offer = await createOffer(t.actors.marketer, "coupon", coupon("Examples"));
  await page.goto(`/coupons/${offer.id}/codes`);
  const example = page.getByText("Example").locator("xpath=following-sibling::dd");
  const first = await example.textContent();
  await page.reload();
  await expect(example).toHaveText(first ?? "");
});
