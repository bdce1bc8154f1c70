import type { Prisma } from '../generated/prisma/client.ts';

/** A campaign as every reader takes it: its coupons and featured products in the page's order. */
export const CAMPAIGN_INCLUDE = {
  coupons: { include: { coupon: true }, orderBy: { position: 'asc' } },
  products: { include: { product: { select: { id: true, name: true, imageIds: true, active: true } } }, orderBy: { position: 'asc' } },
} as const satisfies Prisma.CampaignInclude;

export type CampaignModel = Prisma.CampaignGetPayload<{ include: typeof CAMPAIGN_INCLUDE }>;

export function isRunning(campaign: Pick<CampaignModel, 'startsAt' | 'endsAt'>, now: Date): boolean {
  return campaign.startsAt <= now && now < campaign.endsAt;
}

export type CampaignProductModel = CampaignModel['products'][number]['product'];
