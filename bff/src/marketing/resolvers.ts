import type { CouponTemplateInput as CouponTemplateArgs, PromotionInput as PromotionArgs, Resolvers } from '@corner/shared-types/server';
import { requireChainAccess, requireStoreAccess, requireStoresAccess } from '../access/guard.ts';
import { requireUser } from '../auth/viewer.ts';
import type { RequestContext } from '../graphql/context.ts';
import { parseId } from '../graphql/ids.ts';
import type { CouponTemplateInput, PromotionInput } from './input.ts';
import type { ScopeCheck } from './service.ts';

const ids = (raw: readonly string[], label: string, field: string) => raw.map((id) => parseId(id, label, field));
const optionalId = (raw: string | null | undefined, label: string, field: string) => (raw == null ? null : parseId(raw, label, field));

/** A promotion or coupon of a list of stores needs the permission at each; a chain-wide one (no list) chain-wide. */
const scopeCheck = (context: RequestContext): ScopeCheck => async (storeIds) => void (await requireStoresAccess(context, storeIds));

/** A store's list needs the permission there; every store's needs it chain-wide. */
async function listScope(context: RequestContext, rawStoreId: string | null | undefined): Promise<number | null> {
  const storeId = optionalId(rawStoreId, '门店', 'storeId');
  if (storeId === null) await requireChainAccess(context);
  else await requireStoreAccess(context, storeId);
  return storeId;
}

const promotionInput = (input: PromotionArgs): PromotionInput => ({
  ...input,
  storeIds: ids(input.storeIds, '门店', 'storeIds'),
  productIds: ids(input.productIds, '商品', 'productIds'),
  categoryIds: ids(input.categoryIds, '分类', 'categoryIds'),
});

const couponInput = (input: CouponTemplateArgs): CouponTemplateInput => ({ ...input, storeId: optionalId(input.storeId, '门店', 'storeId') });

export const marketingResolvers: Resolvers<RequestContext> = {
  Query: {
    promotions: async (_parent, args, context) => context.services.marketing.promotions(await listScope(context, args.storeId)),
    // Anyone holding the permission somewhere reads the rules: the directive has checked that.
    promotionStackingRules: (_parent, _args, context) => context.services.marketing.stackingRules(),
    previewPromotion: async (_parent, { input }, context) => {
      const storeId = parseId(input.storeId, '门店', 'storeId');
      await requireStoreAccess(context, storeId);
      return context.services.marketing.previewPromotion({
        storeId,
        items: input.items.map((item) => ({ productId: parseId(item.productId, '商品', 'productId'), quantity: item.quantity })),
        isMember: input.isMember,
        draft: input.draft ? promotionInput(input.draft) : null,
        promotionId: optionalId(input.promotionId, '活动', 'promotionId'),
      });
    },
    couponTemplates: async (_parent, args, context) => context.services.marketing.couponTemplates(await listScope(context, args.storeId)),
    couponGrantBatch: async (_parent, args, context) => {
      await requireChainAccess(context);
      return context.services.marketing.grantBatch(args.idempotencyKey);
    },
  },
  Mutation: {
    createPromotion: async (_parent, { input }, context) => {
      const { userId } = requireUser(context);
      return context.services.marketing.createPromotion(userId, promotionInput(input), scopeCheck(context));
    },
    updatePromotion: async (_parent, args, context) => {
      const { userId } = requireUser(context);
      return context.services.marketing.updatePromotion(userId, parseId(args.id, '活动', 'id'), promotionInput(args.input), scopeCheck(context));
    },
    createCouponTemplate: async (_parent, { input }, context) => {
      const { userId } = requireUser(context);
      return context.services.marketing.createCouponTemplate(userId, couponInput(input), scopeCheck(context));
    },
    updateCouponTemplate: async (_parent, args, context) => {
      const { userId } = requireUser(context);
      return context.services.marketing.updateCouponTemplate(userId, parseId(args.id, '优惠券', 'id'), couponInput(args.input), scopeCheck(context));
    },
    grantCoupons: async (_parent, { input }, context) => {
      await requireChainAccess(context);
      return context.services.marketing.grantCoupons(requireUser(context).userId, {
        couponId: parseId(input.couponId, '优惠券', 'couponId'),
        identifiers: input.identifiers,
        idempotencyKey: input.idempotencyKey,
      });
    },
  },
  Promotion: {
    id: (p) => String(p.id),
    storeIds: (p) => p.storeIds.map(String),
    productIds: (p) => p.conditions.productIds.map(String),
    products: async (p, _args, context) => {
      const names = await context.loaders.productName.loadMany(p.conditions.productIds);
      return p.conditions.productIds.map((id, i) => ({ id: String(id), name: typeof names[i] === 'string' ? names[i] : `商品 ${id}` }));
    },
    categoryIds: (p) => p.conditions.categoryIds.map(String),
    tiers: (p) => ('tiers' in p.rewards ? p.rewards.tiers : []),
    quantity: (p) => ('quantity' in p.conditions ? p.conditions.quantity : null),
    percentOff: (p) => ('percentOff' in p.rewards ? p.rewards.percentOff : null),
  },
  PromotionPreview: {
    lines: (preview) => preview.pricing.lines,
    originalTotalFen: (preview) => preview.pricing.originalTotalFen,
    memberDiscountFen: (preview) => preview.pricing.memberDiscountFen,
    itemPromotionDiscountFen: (preview) => preview.pricing.itemPromotionDiscountFen,
    thresholdDiscountFen: (preview) => preview.pricing.thresholdDiscountFen,
    payableFen: (preview) => preview.pricing.payableFen,
    hints: (preview) => preview.pricing.hints.map((hint) => hint.message),
  },
  CouponTemplate: {
    id: (c) => String(c.id),
    storeId: (c) => (c.storeId === null ? null : String(c.storeId)),
  },
  CouponGrantBatch: {
    couponId: (b) => String(b.couponId),
    finished: (b) => b.finishedAt !== null,
    problems: (b, _args, context) => context.services.marketing.problemRows(b.id),
  },
};
