import type { CampaignInput as CampaignInputArgs, Resolvers } from '@corner/shared-types/server';
import { requireChainAccess, requireStoreAccess } from '../access/guard.ts';
import { requireUser } from '../auth/viewer.ts';
import type { RequestContext } from '../graphql/context.ts';
import { parseId } from '../graphql/ids.ts';
import { parseStoreId } from '../stores/service.ts';
import { isRunning } from './model.ts';
import type { CampaignInput } from './service.ts';

const optionalStoreId = (raw: string | null | undefined) => (raw == null ? null : parseStoreId(raw, 'storeId'));
const idOrNull = (id: number | null) => (id === null ? null : String(id));

/** A campaign's scope is its store or, when null, the chain: the declared permission there is what it takes. */
const requireScope = (context: RequestContext, storeId: number | null) =>
  storeId === null ? requireChainAccess(context) : requireStoreAccess(context, storeId);

const campaignInput = (input: CampaignInputArgs): CampaignInput => ({
  title: input.title,
  description: input.description,
  bannerImageId: input.bannerImageId ?? null,
  couponIds: input.couponIds.map((id) => parseId(id, '优惠券', 'couponIds')),
  featuredProductIds: input.featuredProductIds.map((id) => parseId(id, '商品', 'featuredProductIds')),
  startsAt: input.startsAt,
  endsAt: input.endsAt,
});

export const campaignResolvers: Resolvers<RequestContext> = {
  Query: {
    campaign: (_parent, args, context) => context.services.campaigns.get(parseId(args.id, '活动', 'id')),
    campaignBanners: async (_parent, args, context) => {
      // Chain-wide banners would show for any id: the store is looked up so an unknown one is NOT_FOUND.
      const { id } = await context.loaders.store.load(parseStoreId(args.storeId, 'storeId'));
      return context.services.campaigns.banners(id);
    },
    marketingCampaigns: async (_parent, args, context) => {
      const storeId = optionalStoreId(args.storeId);
      await requireScope(context, storeId);
      return context.services.campaigns.list(storeId);
    },
    campaignCouponChoices: async (_parent, args, context) => {
      const storeId = optionalStoreId(args.storeId);
      await requireScope(context, storeId);
      return context.services.campaigns.couponChoices(storeId);
    },
  },
  Mutation: {
    claimCampaignCoupon: (_parent, args, context) =>
      context.services.campaigns.claimCoupon(
        requireUser(context).userId,
        parseId(args.campaignId, '活动', 'campaignId'),
        args.couponId == null ? null : parseId(args.couponId, '优惠券', 'couponId'),
      ),
    createCampaign: async (_parent, args, context) => {
      const storeId = optionalStoreId(args.storeId);
      const { userId } = await requireScope(context, storeId);
      return context.services.campaigns.create(userId, storeId, campaignInput(args.input));
    },
    updateCampaign: async (_parent, args, context) => {
      const campaign = await context.services.campaigns.get(parseId(args.id, '活动', 'id'));
      const { userId } = await requireScope(context, campaign.storeId);
      return context.services.campaigns.update(userId, campaign.id, campaignInput(args.input));
    },
  },
  Campaign: {
    id: (campaign) => String(campaign.id),
    storeId: (campaign) => idOrNull(campaign.storeId),
    running: (campaign, _args, context) => isRunning(campaign, context.deps.now()),
    banner: (campaign, _args, context) => (campaign.bannerImageId === null ? null : context.services.images.urls(campaign.bannerImageId)),
    coupons: (campaign) => campaign.coupons.map((link) => link.coupon),
    coupon: (campaign) => campaign.coupons[0]?.coupon ?? null,
    featured: (campaign) => campaign.products.map((link) => link.product),
    featuredProducts: (campaign, args, context) =>
      context.services.catalog.productsAt(
        parseStoreId(args.storeId, 'storeId'),
        campaign.products.map((link) => link.productId),
      ),
  },
  CampaignCoupon: {
    id: (coupon) => String(coupon.id),
    storeId: (coupon) => idOrNull(coupon.storeId),
    available: (coupon) => coupon.totalQuantity === null || coupon.issuedCount < coupon.totalQuantity,
    claimedByViewer: (coupon, _args, context) => {
      const viewer = context.auth.viewer;
      return viewer ? context.services.campaigns.claimedAll(viewer.userId, coupon) : false;
    },
  },
  CampaignProduct: {
    id: (product) => String(product.id),
    image: (product, _args, context) => {
      const [main] = product.imageIds;
      return main === undefined ? null : context.services.images.urls(main);
    },
  },
  ClaimCouponResult: {
    couponName: (result) => result.coupon.name,
  },
};
