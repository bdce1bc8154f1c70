import type { Queryable } from '../db/transaction.ts';

/** A campaign's page as written: what the operator set, normalised. */
export interface CampaignRecord {
  title: string;
  description: string;
  bannerImageId: string | null;
  startsAt: Date;
  endsAt: Date;
  couponIds: number[];
  featuredProductIds: number[];
}

/** The campaign's row locked until the transaction ends: edits of one campaign take turns. */
export async function lockCampaign(db: Queryable, id: number): Promise<void> {
  await db.query('SELECT id FROM "Campaign" WHERE id = $1 FOR UPDATE', [id]);
}

export async function couponScopes(db: Queryable, ids: number[]): Promise<{ id: number; storeId: number | null }[]> {
  const { rows } = await db.query<{ id: number; storeId: number | null }>('SELECT id, "storeId" FROM "Coupon" WHERE id = ANY($1::int[])', [ids]);
  return rows;
}

export async function productStates(db: Queryable, ids: number[]): Promise<{ id: number; name: string; active: boolean }[]> {
  const { rows } = await db.query<{ id: number; name: string; active: boolean }>('SELECT id, name, active FROM "Product" WHERE id = ANY($1::int[])', [ids]);
  return rows;
}

/** Inserts (id null) or rewrites the campaign with its coupons and products in the given order; returns its id. */
export async function writeCampaign(db: Queryable, id: number | null, storeId: number | null, c: CampaignRecord): Promise<number> {
  const page = [c.title, c.description, c.bannerImageId, c.startsAt, c.endsAt];
  const written = id === null
    ? await db.query<{ id: number }>(
        `INSERT INTO "Campaign" (name, title, description, "bannerImageId", "startsAt", "endsAt", "storeId")
         VALUES ($1, $1, $2, $3, $4, $5, $6) RETURNING id`,
        [...page, storeId],
      )
    : await db.query<{ id: number }>(
        `UPDATE "Campaign" SET name = $1, title = $1, description = $2, "bannerImageId" = $3, "startsAt" = $4, "endsAt" = $5
          WHERE id = $6 RETURNING id`,
        [...page, id],
      );
  const campaignId = written.rows[0]!.id;
  await db.query('DELETE FROM "CampaignCoupon" WHERE "campaignId" = $1', [campaignId]);
  await db.query('DELETE FROM "CampaignProduct" WHERE "campaignId" = $1', [campaignId]);
  await db.query(
    `INSERT INTO "CampaignCoupon" ("campaignId", "couponId", position)
     SELECT $1, coupon, position - 1 FROM unnest($2::int[]) WITH ORDINALITY AS u(coupon, position)`,
    [campaignId, c.couponIds],
  );
  await db.query(
    `INSERT INTO "CampaignProduct" ("campaignId", "productId", position)
     SELECT $1, product, position - 1 FROM unnest($2::int[]) WITH ORDINALITY AS u(product, position)`,
    [campaignId, c.featuredProductIds],
  );
  return campaignId;
}

/** The campaign as written, for the audit's "before"; null when there is no such campaign. */
export async function campaignRecord(db: Queryable, id: number): Promise<(CampaignRecord & { storeId: number | null }) | null> {
  const { rows } = await db.query<CampaignRecord & { storeId: number | null }>(
    `SELECT c."storeId", c.title, c.description, c."bannerImageId", c."startsAt", c."endsAt",
            ARRAY(SELECT "couponId" FROM "CampaignCoupon" WHERE "campaignId" = c.id ORDER BY position) AS "couponIds",
            ARRAY(SELECT "productId" FROM "CampaignProduct" WHERE "campaignId" = c.id ORDER BY position) AS "featuredProductIds"
       FROM "Campaign" c WHERE c.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}
