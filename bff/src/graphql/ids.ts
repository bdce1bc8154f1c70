import { badInput } from './errors.ts';

/** Largest PostgreSQL integer: the column type of our serial ids; a bigger one would fail in SQL instead of here. */
const MAX_ID = 2_147_483_647;

/** Our ids are positive integers exposed as GraphQL IDs; anything else is the client's mistake. */
export function parseId(raw: string, label: string, field: string): number {
  const id = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(id) || id <= 0 || id > MAX_ID) throw badInput(`${label}编号不正确: ${raw}`, { field });
  return id;
}

/** Ids of the uuid kind (orders, refunds, coupons held, addresses): checked before they reach SQL. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
