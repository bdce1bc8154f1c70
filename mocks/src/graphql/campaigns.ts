import { graphql, HttpResponse } from 'msw';
import type {
  CampaignBannersQuery,
  CampaignBannersQueryVariables,
  CampaignQuery,
  CampaignQueryVariables,
  ClaimCampaignCouponMutation,
  ClaimCampaignCouponMutationVariables,
} from '../../../shared-types/src/generated/client.ts';
import { drinks } from './catalog.ts';

/** A running campaign with a banner, two coupons (one already claimed) and two featured drinks. */
export const campaignData: CampaignQuery['campaign'] = {
  id: '7',
  title: '夏日饮料节',
  description: '精选饮料第二件半价，领券再减。',
  running: true,
  storeId: null,
  banner: { large: '/images/banner/large-750' },
  coupons: [
    { id: '1', name: '满30减5元', minSpendFen: 3000, validTo: '2030-12-31T15:59:59.000Z', available: true, claimedByViewer: false },
    { id: '2', name: '全场9折券（最高减10元）', minSpendFen: 0, validTo: '2030-12-31T15:59:59.000Z', available: true, claimedByViewer: true },
  ],
  featuredProducts: [drinks[1]!, drinks[2]!],
};

export const campaignSuccess = graphql.query<CampaignQuery, CampaignQueryVariables>('Campaign', ({ variables }) =>
  HttpResponse.json({ data: { campaign: { ...campaignData, featuredProducts: variables.withProducts ? campaignData.featuredProducts : undefined } } }),
);

export const claimCampaignCouponSuccess = graphql.mutation<ClaimCampaignCouponMutation, ClaimCampaignCouponMutationVariables>('ClaimCampaignCoupon', ({ variables }) =>
  HttpResponse.json({ data: { claimCampaignCoupon: { userCouponId: 'uc-1', couponName: campaignData.coupons.find((c) => c.id === variables.couponId)!.name, alreadyClaimed: false } } }),
);

export const campaignBanners: CampaignBannersQuery['campaignBanners'] = [
  { id: '7', title: '夏日饮料节', banner: { large: '/images/banner-7/large-750' } },
  { id: '8', title: '人民广场店 周年庆', banner: { large: '/images/banner-8/large-750' } },
];

/** Home without banners: the default, so pages that do not care see none. */
export const campaignBannersNone = graphql.query<CampaignBannersQuery, CampaignBannersQueryVariables>('CampaignBanners', () =>
  HttpResponse.json({ data: { campaignBanners: [] } }),
);

export const campaignBannersSuccess = graphql.query<CampaignBannersQuery, CampaignBannersQueryVariables>('CampaignBanners', () =>
  HttpResponse.json({ data: { campaignBanners } }),
);
