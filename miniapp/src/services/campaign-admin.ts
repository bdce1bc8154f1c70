import {
  CampaignCouponChoicesDocument,
  CreateCampaignDocument,
  MarketingCampaignsDocument,
  UpdateCampaignDocument,
  type CampaignAdminFieldsFragment,
  type CampaignInput,
} from '@corner/shared-types/client'

import { graphqlClient } from './graphql-client'

export type ManagedCampaign = CampaignAdminFieldsFragment
export type CouponChoice = Awaited<ReturnType<typeof fetchCouponChoices>>[number]

/** storeId null: the chain-wide campaigns (head office). */
export const fetchMarketingCampaigns = async (storeId: string | null) =>
  (await graphqlClient.request(MarketingCampaignsDocument, { storeId })).marketingCampaigns
export const fetchCouponChoices = async (storeId: string | null) =>
  (await graphqlClient.request(CampaignCouponChoicesDocument, { storeId })).campaignCouponChoices
export const createCampaign = async (storeId: string | null, input: CampaignInput) =>
  (await graphqlClient.request(CreateCampaignDocument, { storeId, input })).createCampaign
export const updateCampaign = async (id: string, input: CampaignInput) => (await graphqlClient.request(UpdateCampaignDocument, { id, input })).updateCampaign

/** 进行中 / 未开始 / 已结束, by the phone's clock against the schedule. */
export function campaignStatus(campaign: Pick<ManagedCampaign, 'startsAt' | 'endsAt'>, now = Date.now()): '进行中' | '未开始' | '已结束' {
  if (Date.parse(campaign.endsAt) <= now) return '已结束'
  return Date.parse(campaign.startsAt) > now ? '未开始' : '进行中'
}
