-- Offer.codesCount: the coupon's codes, kept by triggers for every writer (imports, generation, typed
-- codes, seeds and tests alike).
ALTER TABLE "Offer" ADD COLUMN "codesCount" INTEGER NOT NULL DEFAULT 0;

UPDATE "Offer" o SET "codesCount" = c.n
FROM (SELECT "offerId", COUNT(*) AS n FROM "CouponCode" GROUP BY "offerId") c
WHERE c."offerId" = o."id";

-- Statement triggers over the transition table: one update per coupon per statement, so a
-- 50,000-code import batch updates its coupon once, not 50,000 times.
CREATE FUNCTION "couponsmith_count_inserted_codes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Offer" o SET "codesCount" = o."codesCount" + n.added
  FROM (SELECT "offerId", COUNT(*) AS added FROM inserted_codes GROUP BY "offerId") n
  WHERE o."id" = n."offerId";
  RETURN NULL;
END $$;

CREATE FUNCTION "couponsmith_count_deleted_codes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Offer" o SET "codesCount" = o."codesCount" - n.removed
  FROM (SELECT "offerId", COUNT(*) AS removed FROM deleted_codes GROUP BY "offerId") n
  WHERE o."id" = n."offerId";
  RETURN NULL;
END $$;

CREATE TRIGGER "CouponCode_counted_on_insert" AFTER INSERT ON "CouponCode"
  REFERENCING NEW TABLE AS inserted_codes FOR EACH STATEMENT EXECUTE FUNCTION "couponsmith_count_inserted_codes"();

CREATE TRIGGER "CouponCode_counted_on_delete" AFTER DELETE ON "CouponCode"
  REFERENCING OLD TABLE AS deleted_codes FOR EACH STATEMENT EXECUTE FUNCTION "couponsmith_count_deleted_codes"();
