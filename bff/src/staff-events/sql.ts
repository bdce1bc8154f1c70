import type { Queryable } from '../db/transaction.ts';
import type { OrderStatus } from '../generated/prisma/enums.ts';

/** One channel for every store: each BFF instance listens once and hands events to its subscribers by store. */
export const STORE_EVENTS_CHANNEL = 'staff_store_events';

export type StoreEventType = 'ORDER_PAID' | 'ORDER_CANCELLED' | 'ORDER_UPDATED' | 'RESYNC';

export interface StoreEvent {
  type: StoreEventType;
  storeId: number;
  orderId: string | null;
  orderNo: string | null;
  status: OrderStatus | null;
  /** ISO time of the change */
  at: string;
}

/**
 * Queues the event in the caller's transaction: PostgreSQL delivers it to every listener at commit,
 * and never when the transaction rolls back, so staff are told exactly what happened.
 */
export async function notifyStoreEvent(db: Queryable, event: StoreEvent): Promise<void> {
  await db.query(`SELECT pg_notify($1, $2)`, [STORE_EVENTS_CHANNEL, JSON.stringify(event)]);
}
