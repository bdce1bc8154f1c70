import { CampaignBannersDocument, CampaignDocument, ClaimCampaignCouponDocument, type CampaignQuery } from '@corner/shared-types/client'

import { ensureSignedIn } from './auth'
import { anonymousClient, graphqlClient } from './graphql-client'

export type CampaignDetail = CampaignQuery['campaign']
export type CampaignBanner = Awaited<ReturnType<typeof fetchCampaignBanners>>[number]

/** A campaign's page, with the featured products the store sells at its prices (none without a store). */
export async function fetchCampaign(id: string, storeId: string | null): Promise<CampaignDetail> {
  // The variable is declared whether or not the products are asked for; without a store it is a stand-in.
  return (await graphqlClient.request(CampaignDocument, { id, storeId: storeId ?? '0', withProducts: storeId !== null })).campaign
}

/** Home's banners at the store: running campaigns that have one. */
export async function fetchCampaignBanners(storeId: string) {
  return (await anonymousClient.request(CampaignBannersDocument, { storeId })).campaignBanners
}

export async function claimCampaignCoupon(campaignId: string, couponId: string) {
  await ensureSignedIn()
  return (await graphqlClient.request(ClaimCampaignCouponDocument, { campaignId, couponId })).claimCampaignCoupon
}
