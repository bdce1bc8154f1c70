import { z } from 'zod';
import { badInput } from '../graphql/errors.ts';
import { yuan } from '../pricing/engine.ts';
import type { PromotionConditions, PromotionKind, PromotionRewards } from '../pricing/rules.ts';

/**
 * The operator's forms, validated into what the database stores. Every refusal is BAD_USER_INPUT
 * with the field, a machine-readable reason and a Chinese sentence an operator can act on.
 */

const MAX_TIERS = 5;
const MAX_FEN = 1_000_000;

const issue = (ctx: z.RefinementCtx, path: string, reason: string, message: string) =>
  ctx.addIssue({ code: 'custom', path: path.split('.'), message, params: { reason } });

const name = (what: string) =>
  z.string().trim().min(1, { error: `${what}不能为空` }).max(30, { error: `${what}最多30个字` });
const fen = (what: string, min = 1) =>
  z.number({ error: `${what}须为整数（分）` }).int({ error: `${what}须为整数（分）` }).min(min, { error: `${what}须不少于¥${yuan(min)}` }).max(MAX_FEN, { error: `${what}最多¥${yuan(MAX_FEN)}` });
const ids = z.array(z.number().int().positive()).max(500, { error: '最多选择500项' }).transform((list) => [...new Set(list)].sort((a, b) => a - b));
const endsAfter = (ctx: z.RefinementCtx, from: Date, to: Date, field: string) => {
  if (to <= from) issue(ctx, field, 'BAD_SCHEDULE', '结束时间必须晚于开始时间');
};

export const promotionInput = z
  .object({
    name: name('活动名称'),
    kind: z.enum(['SPEND_THRESHOLD', 'BUY_N_DISCOUNT', 'SECOND_ITEM_DISCOUNT']),
    storeIds: ids,
    productIds: ids,
    categoryIds: ids,
    memberOnly: z.boolean(),
    tiers: z.array(z.object({ minSpendFen: fen('门槛'), amountOffFen: fen('减免金额') })).nullish(),
    quantity: z.number().int().nullish(),
    percentOff: z.number().int().nullish(),
    priority: z.number().int().min(0, { error: '优先级须在0到100之间' }).max(100, { error: '优先级须在0到100之间' }).nullish(),
    active: z.boolean(),
    startsAt: z.date(),
    endsAt: z.date(),
  })
  .superRefine((p, ctx) => {
    endsAfter(ctx, p.startsAt, p.endsAt, 'endsAt');
    if (p.kind === 'SPEND_THRESHOLD') {
      const tiers = p.tiers ?? [];
      if (tiers.length === 0 || tiers.length > MAX_TIERS) return issue(ctx, 'tiers', 'BAD_TIERS', `满减须设1到${MAX_TIERS}档`);
      tiers.forEach((tier, i) => {
        if (tier.amountOffFen >= tier.minSpendFen) issue(ctx, `tiers.${i}`, 'BAD_TIERS', `第${i + 1}档：减免金额须小于门槛`);
        const previous = tiers[i - 1];
        if (previous && (tier.minSpendFen <= previous.minSpendFen || tier.amountOffFen <= previous.amountOffFen)) {
          issue(ctx, `tiers.${i}`, 'BAD_TIERS', `第${i + 1}档的门槛和减免都须高于第${i}档`);
        }
      });
    } else if (p.kind === 'BUY_N_DISCOUNT') {
      if (!p.quantity || p.quantity < 2 || p.quantity > 20) issue(ctx, 'quantity', 'BAD_QUANTITY', '件数须在2到20之间');
      if (!p.percentOff || p.percentOff < 1 || p.percentOff > 90) issue(ctx, 'percentOff', 'BAD_DISCOUNT', '折扣须在1折到9.9折之间');
    } else if (!p.percentOff || p.percentOff < 1 || p.percentOff > 100) {
      issue(ctx, 'percentOff', 'BAD_DISCOUNT', '第二件的优惠须在1%到100%之间（50为半价，100为免费）');
    }
  });

export type PromotionInput = z.input<typeof promotionInput>;

export interface PromotionRecord {
  name: string;
  kind: PromotionKind;
  storeIds: number[];
  memberOnly: boolean;
  conditions: PromotionConditions;
  rewards: PromotionRewards;
  priority: number;
  startsAt: Date;
  endsAt: Date;
  active: boolean;
}

export const couponTemplateInput = z
  .object({
    name: name('券名称'),
    kind: z.enum(['AMOUNT_OFF', 'PERCENT_OFF']),
    value: z.number().int(),
    maxDiscountFen: fen('最高减免').nullish(),
    minSpendFen: fen('使用门槛', 0),
    storeId: z.number().int().positive().nullish(),
    fulfilment: z.enum(['DELIVERY', 'PICKUP']).nullish(),
    totalQuantity: z.number().int().min(1, { error: '发放总量至少1张' }).max(10_000_000, { error: '发放总量最多1000万张' }).nullish(),
    perUserLimit: z.number().int().min(1, { error: '每人限领须在1到100张之间' }).max(100, { error: '每人限领须在1到100张之间' }),
    grantOnJoin: z.boolean(),
    validFrom: z.date(),
    validTo: z.date(),
  })
  .superRefine((c, ctx) => {
    endsAfter(ctx, c.validFrom, c.validTo, 'validTo');
    if (c.kind === 'AMOUNT_OFF') {
      if (c.value < 1 || c.value > MAX_FEN) issue(ctx, 'value', 'BAD_VALUE', `减免金额须在¥0.01到¥${yuan(MAX_FEN)}之间`);
      else if (c.minSpendFen > 0 && c.value >= c.minSpendFen) issue(ctx, 'value', 'BAD_VALUE', '减免金额须小于使用门槛');
    } else if (c.value < 1 || c.value > 90) {
      issue(ctx, 'value', 'BAD_VALUE', '折扣券减免比例须在1%到90%之间（10即9折）');
    }
  });

export type CouponTemplateInput = z.input<typeof couponTemplateInput>;

/** The first problem as BAD_USER_INPUT { field, reason }. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0]!;
  const reason = first.code === 'custom' ? String((first as { params?: { reason?: string } }).params?.reason ?? 'INVALID') : 'INVALID';
  throw badInput(first.message, { field: first.path.join('.'), reason });
}

/** The stored JSON of a validated promotion (shapes in pricing/rules.ts). */
export function promotionRecord(p: z.output<typeof promotionInput>): PromotionRecord {
  const scope = { productIds: p.productIds, categoryIds: p.categoryIds };
  const rule =
    p.kind === 'SPEND_THRESHOLD'
      ? { conditions: scope, rewards: { tiers: p.tiers! } }
      : p.kind === 'BUY_N_DISCOUNT'
        ? { conditions: { ...scope, quantity: p.quantity! }, rewards: { percentOff: p.percentOff! } }
        : { conditions: scope, rewards: { percentOff: p.percentOff! } };
  return {
    name: p.name,
    kind: p.kind,
    storeIds: p.storeIds,
    memberOnly: p.memberOnly,
    ...rule,
    priority: p.priority ?? 0,
    startsAt: p.startsAt,
    endsAt: p.endsAt,
    active: p.active,
  };
}

/** 满59减10 / 满99减25, 任选2件8折, 第二件半价: what the promotion does, in the shelf tag's words. */
export function promotionTerms(kind: PromotionKind, conditions: unknown, rewards: unknown): string {
  const c = conditions as { quantity?: number };
  const r = rewards as { tiers?: Array<{ minSpendFen: number; amountOffFen: number }>; percentOff?: number };
  const discount = (percentOff: number) => `${yuan((100 - percentOff) * 10)}折`;
  if (kind === 'SPEND_THRESHOLD') return (r.tiers ?? []).map((t) => `满${yuan(t.minSpendFen)}减${yuan(t.amountOffFen)}`).join('，');
  if (kind === 'BUY_N_DISCOUNT') return `任选${c.quantity}件${discount(r.percentOff!)}`;
  if (r.percentOff === 50) return '第二件半价';
  return r.percentOff === 100 ? '第二件免费' : `第二件${discount(r.percentOff!)}`;
}
