import type pg from 'pg';
import type { Prisma } from '../generated/prisma/client.ts';
import { badInput } from '../graphql/errors.ts';
import { UUID } from '../graphql/ids.ts';
import { auditPage, insertAuditEntry, type AuditRow } from './sql.ts';

/**
 * One change made through the staff tools: who, where (a store, or null for the whole chain), what
 * kind (dotted, e.g. store.settings), which thing, and the changed fields before and after (null for
 * a creation or a removal).
 */
export interface AuditRecord {
  actorUserId: string;
  storeId: number | null;
  kind: string;
  subject: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A pg client inside BEGIN/COMMIT, or a Prisma interactive transaction. */
export type AuditWriter = Pick<pg.PoolClient, 'query'> | Prisma.TransactionClient;

/**
 * Records a change in the caller's transaction, so the entry exists exactly when the change does.
 * Never call it outside one: a change that rolls back must leave no trace, and one that commits no gap.
 */
export async function recordAudit(db: AuditWriter, entry: AuditRecord): Promise<void> {
  if ('query' in db) return insertAuditEntry(db, entry);
  await db.auditEntry.create({
    data: {
      actorUserId: entry.actorUserId,
      storeId: entry.storeId,
      kind: entry.kind,
      subject: entry.subject,
      before: (entry.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (entry.after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}

/** What kinds are called in the trail's filter and rows. Unknown kinds show as written. */
export const AUDIT_KIND_LABELS: Record<string, string> = {
  'staff.invite': '邀请员工',
  'integration.client_create': '新建接入方',
  'integration.key_rotate': '轮换接入密钥',
  'integration.key_revoke': '吊销接入密钥',
  'integration.webhook': '设置回调地址',
  'staff.invite_revoke': '撤销邀请',
  'staff.join': '员工加入',
  'staff.remove': '移除员工',
  'role.save': '编辑角色',
  'store.settings': '门店设置',
  'store.hours': '营业时间',
  'store.closure': '闭店日期',
  'shelf.product': '货架商品',
  'product.price_band': '价格区间',
  'product.content': '商品资料',
  'promotion.create': '新建促销',
  'promotion.update': '修改促销',
  'coupon.create': '新建优惠券',
  'coupon.update': '修改优惠券',
  'coupon.grant': '发放优惠券',
  'campaign.create': '新建活动',
  'campaign.update': '修改活动',
};

export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface AuditEntryModel extends AuditRow {
  kindLabel: string;
  changes: AuditChange[];
}

const show = (value: unknown) => (value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value));

/** The fields that differ between before and after, in the order they were written. */
export function changesOf(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields
    .map((field) => ({ field, before: show(before?.[field]), after: show(after?.[field]) }))
    .filter((change) => change.before !== change.after);
}

const PAGE_MAX = 100;

export class AuditService {
  constructor(private readonly pool: pg.Pool) {}

  /** A page of the trail, newest first. `after` is the cursor a previous page returned. */
  async trail(filter: { storeId: number | null; actorUserId: string | null; kind: string | null; first: number; after: string | null }) {
    if (!Number.isInteger(filter.first) || filter.first < 1 || filter.first > PAGE_MAX) throw badInput(`每页 1 到 ${PAGE_MAX} 条`, { field: 'first' });
    if (filter.actorUserId !== null && !UUID.test(filter.actorUserId)) throw badInput('人员编号不正确', { field: 'actorUserId' });
    if (filter.after !== null && !/^\d{1,19}$/.test(filter.after)) throw badInput('翻页位置不正确', { field: 'after' });
    const rows = await auditPage(this.pool, { ...filter, beforeId: filter.after, limit: filter.first + 1 });
    const entries = rows.slice(0, filter.first).map((row): AuditEntryModel => ({ ...row, kindLabel: AUDIT_KIND_LABELS[row.kind] ?? row.kind, changes: changesOf(row.before, row.after) }));
    return { entries, pageInfo: { hasNextPage: rows.length > filter.first, endCursor: entries.at(-1)?.id ?? null } };
  }
}
