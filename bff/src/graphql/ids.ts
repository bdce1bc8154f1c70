import { badInput } from './errors.ts';

/** Our ids are positive integers exposed as GraphQL IDs; anything else is the client's mistake. */
export function parseId(raw: string, label: string, field: string): number {
  const id = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(id) || id <= 0) throw badInput(`${label}编号不正确: ${raw}`, { field });
  return id;
}
