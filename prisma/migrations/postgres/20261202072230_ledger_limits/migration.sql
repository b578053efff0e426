-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "limits" JSONB;

-- AlterTable
ALTER TABLE "Redemption" ADD COLUMN     "amount" INTEGER,
ADD COLUMN     "offerType" TEXT NOT NULL DEFAULT 'coupon',
ADD COLUMN     "windowKey" TEXT;

-- AlterTable
ALTER TABLE "PosCampaign" ADD COLUMN     "limits" JSONB;

-- CreateTable
CREATE TABLE "OfferUsage" (
    "tenantId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "windowKey" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "used" BIGINT NOT NULL DEFAULT 0,
    "cap" BIGINT NOT NULL,

    CONSTRAINT "OfferUsage_pkey" PRIMARY KEY ("tenantId","offerId","windowKey","scope")
);

