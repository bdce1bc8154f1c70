import type { Prisma } from '../generated/prisma/client.ts';

/** The campaign's row locked until the transaction ends: edits of one campaign take turns. */
export async function lockCampaign(tx: Prisma.TransactionClient, id: number): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT id FROM "Campaign" WHERE id = ${id} FOR UPDATE`;
  return rows.length > 0;
}
