-- Offer.codesCount: the coupon's codes, kept by triggers for every writer (imports, generation, typed
-- codes, seeds and tests alike). An added column rather than Prisma's table rebuild: same result, no copy.
ALTER TABLE "Offer" ADD COLUMN "codesCount" INTEGER NOT NULL DEFAULT 0;

UPDATE "Offer" SET "codesCount" = (SELECT COUNT(*) FROM "CouponCode" c WHERE c."offerId" = "Offer"."id");

-- SQLite has only row triggers: one primary-key update of the coupon per code, in the same transaction.
-- Rows an INSERT … ON CONFLICT DO NOTHING skips fire nothing.
CREATE TRIGGER "CouponCode_counted_on_insert" AFTER INSERT ON "CouponCode"
BEGIN
  UPDATE "Offer" SET "codesCount" = "codesCount" + 1 WHERE "id" = NEW."offerId";
END;

CREATE TRIGGER "CouponCode_counted_on_delete" AFTER DELETE ON "CouponCode"
BEGIN
  UPDATE "Offer" SET "codesCount" = "codesCount" - 1 WHERE "id" = OLD."offerId";
END;
