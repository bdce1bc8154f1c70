import type { Resolvers } from '@corner/shared-types/server';
import { requireUser } from '../auth/viewer.ts';
import { requireStoreAccess } from '../access/guard.ts';
import type { RequestContext } from '../graphql/context.ts';
import { badInput } from '../graphql/errors.ts';
import { throttle } from '../graphql/throttle.ts';
import { TIER_NAMES } from './service.ts';

function storeIdOf(id: string): number {
  const storeId = Number(id);
  if (!Number.isSafeInteger(storeId) || storeId <= 0) throw badInput(`门店编号不正确: ${id}`, { field: 'storeId' });
  return storeId;
}

const endCursor = (nodes: Array<{ id: bigint | number }>) => (nodes.length ? String(nodes[nodes.length - 1]!.id) : null);

export const memberResolvers: Resolvers<RequestContext> = {
  Query: {
    myMemberCard: (_parent, _args, context) => context.services.members.cardOf(requireUser(context).userId),
    memberCode: async (_parent, _args, context) => {
      const member = await context.services.members.requireByUser(requireUser(context).userId);
      return context.services.members.currentCode(member);
    },
    memberRules: (_parent, _args, context) => {
      const rules = context.services.members.rules;
      return {
        pointsPerYuan: rules.POINTS_PER_YUAN,
        pointValueFen: rules.POINT_VALUE_FEN,
        silverSpendFen: rules.TIER_SILVER_SPEND_FEN,
        goldSpendFen: rules.TIER_GOLD_SPEND_FEN,
        refundWindowDays: rules.POINTS_REFUND_WINDOW_DAYS,
      };
    },
  },
  Mutation: {
    joinMembership: async (_parent, args, context) => {
      const member = await context.services.members.join(requireUser(context).userId, args.phoneCode);
      return context.services.members.card(member);
    },
    verifyMemberCode: async (_parent, args, context) => {
      const { userId } = await requireStoreAccess(context, storeIdOf(args.storeId));
      // The same allowance as staffScanMember: both accept the guessable-looking short code.
      await throttle(context, 'member-scan', userId);
      return context.services.members.verifyCode(args.code);
    },
    adjustStoredValue: async (_parent, { input }, context) => {
      const storeId = storeIdOf(input.storeId);
      const { userId } = await requireStoreAccess(context, storeId);
      return context.services.members.adjustStoredValue({ ...input, storeId, actorUserId: userId });
    },
  },
  MemberCard: {
    id: (card) => card.member.id,
    cardNo: (card) => card.member.cardNo,
    tier: (card) => card.tier,
    tierName: (card) => TIER_NAMES[card.tier],
    spendLast12MonthsFen: (card) => card.spendLast12MonthsFen,
    nextTier: (card, _args, context) => {
      const next = context.services.members.nextTier(card);
      return next && { ...next, name: TIER_NAMES[next.tier] };
    },
    // Every tier gets member prices; the card itself is the entitlement.
    memberPriceEligible: () => true,
    points: (card, _args, context) => ({
      total: card.member.pointsBalance,
      available: card.pointsAvailable,
      frozen: card.member.pointsBalance - card.pointsAvailable,
      availableValueFen: card.pointsAvailable * context.services.members.rules.POINT_VALUE_FEN,
    }),
    storedValueFen: (card) => card.member.storedValueFen,
    usableCouponCount: (card) => card.usableCouponCount,
    coupons: (card, args, context) => context.services.members.coupons(card.member.userId, args.state),
    phone: (card) => card.member.phone,
    joinedAt: (card) => card.member.joinedAt,
    pointsHistory: async (card, args, context) => {
      const page = await context.services.members.pointsHistory(card.member.id, args.first, args.after);
      return { nodes: page.nodes, pageInfo: { hasNextPage: page.hasNextPage, endCursor: endCursor(page.nodes) } };
    },
    storedValueHistory: async (card, args, context) => {
      const page = await context.services.members.storedValueHistory(card.member.id, args.first, args.after);
      return { nodes: page.nodes, pageInfo: { hasNextPage: page.hasNextPage, endCursor: endCursor(page.nodes) } };
    },
  },
  PointsEntry: {
    id: (entry) => String(entry.id),
  },
  StoredValueEntry: {
    id: (entry) => String(entry.id),
  },
  TillMember: {
    tierName: (member) => TIER_NAMES[member.tier],
    memberPriceEligible: () => true,
  },
};
