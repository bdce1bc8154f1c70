import type pg from 'pg';
import { recordAudit } from '../audit/service.ts';
import type { PrismaClient } from '../db/prisma.ts';
import { withTransaction, type Queryable } from '../db/transaction.ts';
import type { Coupon } from '../generated/prisma/client.ts';
import { badInput, DomainError, notFound } from '../graphql/errors.ts';
import type { ImageService } from '../images/service.ts';
import { currentVisitAttribution } from '../qr/service.ts';
import { CAMPAIGN_INCLUDE, isRunning, type CampaignModel } from './model.ts';
import { campaignRecord, couponScopes, lockCampaign, productStates, writeCampaign, type CampaignRecord } from './sql.ts';
import { issueCoupon, lockHolders } from '../marketing/sql.ts';

export const TITLE_MAX = 30;
export const DESCRIPTION_MAX = 300;
export const MAX_COUPONS = 5;
export const MAX_FEATURED = 20;
export const MAX_DAYS = 366;
/** Home shows at most this many banners. */
export const MAX_BANNERS = 5;
/** The management list: a store's or the chain's campaigns, the latest ending first. */
export const MAX_LISTED = 100;

/** What an operator sets on a campaign page; the scope (a store or the chain) is fixed at creation. */
export interface CampaignInput {
  title: string;
  description: string;
  bannerImageId: string | null;
  couponIds: number[];
  featuredProductIds: number[];
  startsAt: Date;
  endsAt: Date;
}

export type ClaimCouponModel = Awaited<ReturnType<CampaignService['claimCoupon']>>;

/** A campaign as the audit trail records it, as plain JSON. */
const campaignAudit = (storeId: number | null, c: CampaignRecord) => ({
  storeId,
  title: c.title,
  description: c.description,
  bannerImageId: c.bannerImageId,
  couponIds: c.couponIds,
  featuredProductIds: c.featuredProductIds,
  startsAt: c.startsAt.toISOString(),
  endsAt: c.endsAt.toISOString(),
});

/** What writing a campaign needs besides the database: who, when, and whether a banner image is in the image store. */
export interface CampaignWriter {
  actorUserId: string;
  now: Date;
  imageExists: (id: string) => Promise<boolean>;
}

const DAY_MS = 86_400_000;
const distinct = (ids: number[]) => new Set(ids).size === ids.length;

/**
 * Campaign pages: head office runs chain-wide ones, a store manager their store's. Each change is
 * validated whole before anything is written and audited in the same transaction; shoppers see a
 * campaign (its page, home's banner) while it runs.
 */
export class CampaignService {
  constructor(
    private readonly deps: {
      prisma: PrismaClient;
      pool: pg.Pool;
      images: ImageService;
      now: () => Date;
    },
  ) {}

  async get(id: number): Promise<CampaignModel> {
    const campaign = await this.deps.prisma.campaign.findUnique({ where: { id }, include: CAMPAIGN_INCLUDE });
    if (!campaign) throw notFound('活动不存在', { reason: 'UNKNOWN_CAMPAIGN' });
    return campaign;
  }

  /** One store's own campaigns, or (null) the chain-wide ones: running, to come and past. */
  list(storeId: number | null): Promise<CampaignModel[]> {
    return this.deps.prisma.campaign.findMany({
      where: { storeId },
      include: CAMPAIGN_INCLUDE,
      orderBy: [{ endsAt: 'desc' }, { id: 'desc' }],
      take: MAX_LISTED,
    });
  }

  /** Home's banners at a store: running campaigns of the store or the chain that have a banner, the newest first. */
  banners(storeId: number): Promise<CampaignModel[]> {
    const now = this.deps.now();
    return this.deps.prisma.campaign.findMany({
      where: { OR: [{ storeId }, { storeId: null }], bannerImageId: { not: null }, startsAt: { lte: now }, endsAt: { gt: now } },
      include: CAMPAIGN_INCLUDE,
      orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
      take: MAX_BANNERS,
    });
  }

  /** Coupon templates a campaign of this scope may offer: the chain's, and the store's own for a store campaign; not yet expired. */
  couponChoices(storeId: number | null): Promise<Coupon[]> {
    return this.deps.prisma.coupon.findMany({
      where: { OR: [{ storeId: null }, ...(storeId === null ? [] : [{ storeId }])], validTo: { gt: this.deps.now() } },
      orderBy: { id: 'desc' },
      take: MAX_LISTED,
    });
  }

  async create(actorUserId: string, storeId: number | null, input: CampaignInput): Promise<CampaignModel> {
    const id = await withTransaction(this.deps.pool, (client) => createCampaign(client, this.writer(actorUserId), storeId, input));
    return this.get(id);
  }

  async update(actorUserId: string, id: number, input: CampaignInput): Promise<CampaignModel> {
    await withTransaction(this.deps.pool, async (client) => {
      await lockCampaign(client, id);
      const before = await campaignRecord(client, id);
      if (!before) throw notFound('活动不存在', { reason: 'UNKNOWN_CAMPAIGN' });
      const record = await validCampaign(client, this.writer(actorUserId), before.storeId, input, false);
      await writeCampaign(client, id, before.storeId, record);
      await recordAudit(client, {
        actorUserId,
        storeId: before.storeId,
        kind: 'campaign.update',
        subject: String(id),
        before: campaignAudit(before.storeId, before),
        after: campaignAudit(before.storeId, record),
      });
    });
    return this.get(id);
  }

  private writer(actorUserId: string): CampaignWriter {
    return { actorUserId, now: this.deps.now(), imageExists: (id) => this.deps.images.exists(id) };
  }

  /** Whether the user holds as many of the coupon (in any status) as one shopper may claim. */
  async claimedAll(userId: string, coupon: Coupon): Promise<boolean> {
    return (await this.deps.prisma.userCoupon.count({ where: { userId, couponId: coupon.id } })) >= coupon.perUserLimit;
  }

  /**
   * Gives one of the campaign's coupons to the user: `couponId`, or the campaign's first (what a
   * mini-program release from before campaigns had several coupons asks for). Claiming again past
   * the per-person limit returns the coupon already held, so a double tap is harmless. The issued
   * counter only moves while stock remains, and a per-user lock keeps two concurrent claims from
   * both passing the limit check.
   */
  async claimCoupon(userId: string, campaignId: number, couponId: number | null) {
    const now = this.deps.now();
    const campaign = await this.get(campaignId);
    const coupon = (couponId === null ? campaign.coupons[0] : campaign.coupons.find((link) => link.couponId === couponId))?.coupon;
    if (!coupon) {
      throw new DomainError('COUPON_NOT_APPLICABLE', couponId === null ? '该活动没有可领取的优惠券' : '该优惠券不属于此活动', { reason: 'NO_COUPON' });
    }
    if (!isRunning(campaign, now)) throw new DomainError('COUPON_NOT_APPLICABLE', '不在活动时间内', { reason: 'CAMPAIGN_NOT_RUNNING' });
    if (coupon.validFrom > now || coupon.validTo <= now) throw new DomainError('COUPON_NOT_APPLICABLE', '优惠券不在有效期内', { reason: 'COUPON_NOT_VALID' });
    const visit = campaign.storeId ? await currentVisitAttribution(this.deps.pool, { userId, storeId: campaign.storeId, now }) : null;
    // The same issuing as head office's grants and the join coupons: one limit rule, one stock counter.
    return withTransaction(this.deps.pool, async (client) => {
      await lockHolders(client, coupon.id, [userId]);
      const outcome = await issueCoupon(client, coupon, userId, now, visit?.id ?? null);
      if (outcome.kind === 'SOLD_OUT') throw new DomainError('COUPON_NOT_APPLICABLE', '优惠券已被领完', { reason: 'SOLD_OUT' });
      return { userCouponId: outcome.userCouponId, coupon, alreadyClaimed: outcome.kind === 'HELD' };
    });
  }
}

/**
 * Creates a campaign in the caller's transaction: validated whole first, audited beside the write.
 * The operators' mutation and the seed both come through here. Returns the new campaign's id.
 */
export async function createCampaign(db: Queryable, writer: CampaignWriter, storeId: number | null, input: CampaignInput): Promise<number> {
  const record = await validCampaign(db, writer, storeId, input, true);
  const id = await writeCampaign(db, null, storeId, record);
  await recordAudit(db, { actorUserId: writer.actorUserId, storeId, kind: 'campaign.create', subject: String(id), before: null, after: campaignAudit(storeId, record) });
  return id;
}

/** The whole input checked against the scope and normalised; throws on the first fault, having written nothing. */
async function validCampaign(db: Queryable, writer: CampaignWriter, storeId: number | null, input: CampaignInput, creating: boolean): Promise<CampaignRecord> {
  const title = input.title.trim();
  const description = input.description.trim();
  if (!title || [...title].length > TITLE_MAX) throw badInput(`活动标题须为 1 到 ${TITLE_MAX} 个字`, { field: 'title', reason: 'TITLE_LENGTH' });
  if ([...description].length > DESCRIPTION_MAX) throw badInput(`活动说明最多 ${DESCRIPTION_MAX} 个字`, { field: 'description', reason: 'DESCRIPTION_LENGTH' });
  if (!(input.startsAt < input.endsAt)) throw badInput('结束时间须晚于开始时间', { field: 'endsAt', reason: 'SCHEDULE_ORDER' });
  if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_DAYS * DAY_MS) {
    throw badInput(`活动时长最多 ${MAX_DAYS} 天`, { field: 'endsAt', reason: 'SCHEDULE_TOO_LONG' });
  }
  if (creating && input.endsAt <= writer.now) throw badInput('结束时间须晚于现在', { field: 'endsAt', reason: 'SCHEDULE_PAST' });
  if (input.bannerImageId !== null && !(await writer.imageExists(input.bannerImageId))) {
    throw badInput('横幅图片不存在，请重新上传', { field: 'bannerImageId', reason: 'UNKNOWN_IMAGE' });
  }

  if (input.couponIds.length > MAX_COUPONS) throw badInput(`每个活动最多 ${MAX_COUPONS} 张优惠券`, { field: 'couponIds', reason: 'TOO_MANY_COUPONS' });
  if (!distinct(input.couponIds)) throw badInput('同一张优惠券不能添加两次', { field: 'couponIds', reason: 'DUPLICATE_COUPON' });
  const coupons = await couponScopes(db, input.couponIds);
  for (const id of input.couponIds) {
    const coupon = coupons.find((c) => c.id === id);
    if (!coupon) throw badInput(`优惠券 ${id} 不存在`, { field: 'couponIds', reason: 'UNKNOWN_COUPON', couponId: String(id) });
    // A store's coupon is valid only there: a chain-wide page offering it would disappoint everyone else.
    if (coupon.storeId !== null && coupon.storeId !== storeId) {
      throw badInput('该优惠券只限其他门店使用，不能放在此活动中', { field: 'couponIds', reason: 'COUPON_OTHER_SCOPE', couponId: String(id) });
    }
  }

  if (input.featuredProductIds.length > MAX_FEATURED) {
    throw badInput(`每个活动最多推荐 ${MAX_FEATURED} 件商品`, { field: 'featuredProductIds', reason: 'TOO_MANY_PRODUCTS' });
  }
  if (!distinct(input.featuredProductIds)) throw badInput('同一件商品不能添加两次', { field: 'featuredProductIds', reason: 'DUPLICATE_PRODUCT' });
  const products = await productStates(db, input.featuredProductIds);
  for (const id of input.featuredProductIds) {
    const product = products.find((p) => p.id === id);
    if (!product) throw badInput(`商品 ${id} 不存在`, { field: 'featuredProductIds', reason: 'UNKNOWN_PRODUCT', productId: String(id) });
    if (!product.active) throw badInput(`${product.name} 已下架，不能推荐`, { field: 'featuredProductIds', reason: 'PRODUCT_INACTIVE', productId: String(id) });
  }

  return { title, description, bannerImageId: input.bannerImageId, startsAt: input.startsAt, endsAt: input.endsAt, couponIds: input.couponIds, featuredProductIds: input.featuredProductIds };
}
