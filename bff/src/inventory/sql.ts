import type { Queryable } from '../db/transaction.ts';

export interface StockRow {
  productId: number;
  name: string;
  barcode: string;
  onHand: number;
  reserved: number;
}

export interface MovementRow {
  id: string;
  kind: string;
  onHandFrom: number;
  onHandTo: number;
  reason: string;
  actorName: string | null;
  createdAt: Date;
}

/** The stock row, locked when `forUpdate`: a count decided against `reserved` must not race a reservation. */
export async function stockRow(db: Queryable, storeId: number, productId: number, options: { forUpdate?: boolean } = {}): Promise<StockRow | undefined> {
  const { rows } = await db.query<StockRow>(
    `SELECT i."productId", p.name, p.barcode, i."onHand", i.reserved
       FROM "Inventory" i JOIN "Product" p ON p.id = i."productId"
      WHERE i."storeId" = $1 AND i."productId" = $2${options.forUpdate ? ' FOR UPDATE OF i' : ''}`,
    [storeId, productId],
  );
  return rows[0];
}

export async function productIdByBarcode(db: Queryable, barcode: string): Promise<number | undefined> {
  const { rows } = await db.query<{ id: number }>(`SELECT id FROM "Product" WHERE barcode = $1`, [barcode]);
  return rows[0]?.id;
}

/**
 * Sets on-hand only while it stays at or above what open orders reserved, or leaves it where a till
 * sale already took it below them; false when the count would drop below the reservations.
 */
export async function setOnHand(db: Queryable, storeId: number, productId: number, onHand: number, at: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE "Inventory" SET "onHand" = $3, "updatedAt" = $4 WHERE "storeId" = $1 AND "productId" = $2 AND (reserved <= $3 OR "onHand" = $3)`,
    [storeId, productId, onHand, at],
  );
  return rowCount === 1;
}

export async function insertMovement(
  db: Queryable,
  m: { storeId: number; productId: number; kind: 'COUNT' | 'MARK_OUT_OF_STOCK'; onHandFrom: number; onHandTo: number; reason: string; actorUserId: string; at: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO "InventoryMovement" ("storeId", "productId", kind, "onHandFrom", "onHandTo", reason, "actorUserId", "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [m.storeId, m.productId, m.kind, m.onHandFrom, m.onHandTo, m.reason, m.actorUserId, m.at],
  );
}

export async function recentMovements(db: Queryable, storeId: number, productId: number, limit: number): Promise<MovementRow[]> {
  const { rows } = await db.query<MovementRow>(
    `SELECT m.id::text, m.kind, m."onHandFrom", m."onHandTo", m.reason, u.nickname AS "actorName", m."createdAt"
       FROM "InventoryMovement" m LEFT JOIN "User" u ON u.id = m."actorUserId"
      WHERE m."storeId" = $1 AND m."productId" = $2
      ORDER BY m."createdAt" DESC, m.id DESC LIMIT $3`,
    [storeId, productId, limit],
  );
  return rows;
}
