import type { Prisma } from '../generated/prisma/client.ts';

/** The campaign's row locked until the transaction ends: edits of one campaign take turns. */
export async function lockCampaign(tx: Prisma.TransactionClient, id: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Campaign" WHERE id = ${id} FOR UPDATE`;
}
