// PLACEHOLDER until the lead's "Access foundation" lands on main: same signature, records nothing.
// On merging main take main's version of this file.
import type { Queryable } from '../db/transaction.ts';

export interface AuditEntryInput {
  actorUserId: string | null;
  storeId: number | null;
  kind: string;
  subject: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export async function recordAudit(_db: Queryable, _entry: AuditEntryInput): Promise<void> {}
