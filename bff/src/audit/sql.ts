import type { Queryable } from '../db/transaction.ts';
import type { AuditRecord } from './service.ts';

export async function insertAuditEntry(db: Queryable, entry: AuditRecord): Promise<void> {
  await db.query(
    `INSERT INTO "AuditEntry" ("actorUserId", "storeId", kind, subject, before, after) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)`,
    [entry.actorUserId, entry.storeId, entry.kind, entry.subject, json(entry.before), json(entry.after)],
  );
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export interface AuditRow {
  id: string;
  at: Date;
  actorUserId: string;
  actorName: string | null;
  storeId: number | null;
  storeName: string | null;
  kind: string;
  subject: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Newest first, keyset-paged by id; a null filter value matches everything. */
export async function auditPage(
  db: Queryable,
  filter: { storeId: number | null; actorUserId: string | null; kind: string | null; beforeId: string | null; limit: number },
): Promise<AuditRow[]> {
  const { rows } = await db.query<AuditRow>(
    `SELECT a.id::text, a.at, a."actorUserId", u.nickname AS "actorName", a."storeId", s.name AS "storeName", a.kind, a.subject, a.before, a.after
       FROM "AuditEntry" a
       JOIN "User" u ON u.id = a."actorUserId"
       LEFT JOIN "Store" s ON s.id = a."storeId"
      WHERE ($1::int IS NULL OR a."storeId" = $1)
        AND ($2::uuid IS NULL OR a."actorUserId" = $2)
        AND ($3::text IS NULL OR a.kind = $3 OR a.kind LIKE $3 || '.%')
        AND ($4::bigint IS NULL OR a.id < $4)
      ORDER BY a.id DESC
      LIMIT $5`,
    [filter.storeId, filter.actorUserId, filter.kind, filter.beforeId, filter.limit],
  );
  return rows;
}
