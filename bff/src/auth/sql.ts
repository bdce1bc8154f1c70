import type { Queryable } from '../db/transaction.ts';

export interface RefreshTokenRow {
  userId: string;
  familyId: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/** Locks the row so two refreshes of one token are decided one after the other. */
export async function lockRefreshToken(db: Queryable, id: string): Promise<RefreshTokenRow | undefined> {
  const { rows } = await db.query<RefreshTokenRow>(
    `SELECT "userId", "familyId", "expiresAt", "usedAt", "revokedAt" FROM "RefreshToken" WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return rows[0];
}

export async function markRefreshTokenUsed(db: Queryable, id: string, at: Date): Promise<void> {
  await db.query(`UPDATE "RefreshToken" SET "usedAt" = $2 WHERE id = $1`, [id, at]);
}

export async function insertRefreshToken(
  db: Queryable,
  row: { id: string; familyId: string; userId: string; expiresAt: Date; createdAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO "RefreshToken" (id, "familyId", "userId", "expiresAt", "createdAt") VALUES ($1, $2, $3, $4, $5)`,
    [row.id, row.familyId, row.userId, row.expiresAt, row.createdAt],
  );
}

export async function revokeFamily(db: Queryable, familyId: string, at: Date): Promise<number> {
  const { rowCount } = await db.query(`UPDATE "RefreshToken" SET "revokedAt" = $2 WHERE "familyId" = $1 AND "revokedAt" IS NULL`, [familyId, at]);
  return rowCount ?? 0;
}
