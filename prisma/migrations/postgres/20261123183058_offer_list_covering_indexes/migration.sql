-- DropIndex
DROP INDEX "Offer_tenantId_family_archivedAt_updatedAt_idx";

-- DropIndex
DROP INDEX "Offer_tenantId_family_archivedAt_name_idx";

-- DropIndex
DROP INDEX "Offer_tenantId_family_archivedAt_createdAt_idx";

-- DropIndex
DROP INDEX "Offer_tenantId_family_kind_idx";

-- CreateIndex
CREATE INDEX "Offer_tenantId_family_archivedAt_updatedAt_id_idx" ON "Offer"("tenantId", "family", "archivedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Offer_tenantId_family_archivedAt_name_id_idx" ON "Offer"("tenantId", "family", "archivedAt", "name", "id");

-- CreateIndex
CREATE INDEX "Offer_tenantId_family_archivedAt_createdAt_id_idx" ON "Offer"("tenantId", "family", "archivedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Offer_tenantId_family_archivedAt_kind_idx" ON "Offer"("tenantId", "family", "archivedAt", "kind");

