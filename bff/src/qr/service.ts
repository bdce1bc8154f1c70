import type pg from 'pg';
import type { Config } from '../config.ts';
import type { PrismaClient } from '../db/prisma.ts';
import type { Queryable } from '../db/transaction.ts';
import { CAMPAIGN_INCLUDE, type CampaignModel } from '../campaigns/model.ts';
import type { QrCode, Store } from '../generated/prisma/client.ts';
import type { QrTargetKind } from '../generated/prisma/enums.ts';
import { badInput, DomainError, notFound } from '../graphql/errors.ts';
import type { Logger } from '../logger.ts';
import { WechatApiError, type WechatClient } from '../wechat/index.ts';
import { shanghaiDayRange } from './days.ts';
import { posterPng, posterSvg, type PosterContent } from './poster.ts';
import { newScene, validateScene } from './scene.ts';
import { qrStats, recentScansAt, type QrStatsRow } from './sql.ts';

/** A scan starts a visit; an order by the same shopper at the same store within this long carries the code. */
export const VISIT_WINDOW_MS = 2 * 3_600_000;
/**
 * Every code opens the home page with its scene; the app resolves the scene and routes from there,
 * so a code keeps working when its target changes and only one page must exist in the release.
 */
export const QR_ENTRY_PAGE = 'pages/index/index';
const VISITOR_ID = /^[A-Za-z0-9_-]{8,64}$/;
const LABEL_MAX = 40;

export type QrCodeWithTargets = QrCode & { store: Store; campaign: CampaignModel | null; product: { id: number; name: string } | null };

export interface SceneTargetModel {
  code: QrCodeWithTargets;
}

export interface QrReportModel {
  storeId: number;
  from: string;
  to: string;
  codes: Array<{ code: QrCodeWithTargets; stats: QrStatsRow }>;
  campaigns: Array<{ campaign: CampaignModel; stats: QrStatsRow }>;
}

export interface CreateQrCodeInput {
  storeId: number;
  kind: QrTargetKind;
  productId?: number | null;
  campaignId?: number | null;
  label: string;
  expiresAt?: Date | null;
}

const WITH_TARGETS = { store: true, campaign: { include: CAMPAIGN_INCLUDE }, product: { select: { id: true, name: true } } } as const;

/** Why a code no longer opens anything; null while it is live. */
export function inactiveReason(code: QrCodeWithTargets, now: Date): 'DISABLED' | 'EXPIRED' | 'CAMPAIGN_ENDED' | null {
  if (code.disabledAt && code.disabledAt <= now) return 'DISABLED';
  if (code.expiresAt && code.expiresAt <= now) return 'EXPIRED';
  if (code.campaign && code.campaign.endsAt <= now) return 'CAMPAIGN_ENDED';
  return null;
}

function requireActive(code: QrCodeWithTargets, now: Date): void {
  const reason = inactiveReason(code, now);
  if (!reason) return;
  const message = { DISABLED: '该二维码已停用', EXPIRED: '该二维码已过期', CAMPAIGN_ENDED: '该活动已结束' }[reason];
  throw new DomainError('QR_CODE_INACTIVE', message, { reason, qrCodeId: String(code.id) });
}

/**
 * The printed code an order should carry: the shopper's latest scan of a code of this store within
 * the visit window. The scene the client says the visit came from only breaks ties between several
 * such scans; a scene the shopper never scanned is not taken on the client's word.
 */
export async function currentVisitAttribution(
  db: Queryable,
  visit: { userId: string; storeId: number; now: Date; claimedScene?: string | null },
): Promise<{ id: number; campaignId: number | null } | null> {
  const scans = await recentScansAt(db, visit.userId, visit.storeId, new Date(visit.now.getTime() - VISIT_WINDOW_MS), visit.now);
  const chosen = scans.find((scan) => scan.scene === visit.claimedScene) ?? scans[0];
  return chosen ? { id: chosen.id, campaignId: chosen.campaignId } : null;
}

export class QrService {
  constructor(
    private readonly deps: {
      prisma: PrismaClient;
      pool: pg.Pool;
      wechat: WechatClient;
      config: Pick<Config, 'QR_LINK_BASE_URL'>;
      logger: Logger;
      now: () => Date;
    },
  ) {}

  /** Resolves a scanned scene and records the scan (code, signed-in user, the client's visitor id, time). */
  async resolveScene(rawScene: string, visitorId: string, userId: string | null): Promise<SceneTargetModel> {
    const scene = validateScene(rawScene);
    if (!VISITOR_ID.test(visitorId)) throw badInput('访客标识格式不正确', { field: 'visitorId' });
    const code = await this.deps.prisma.qrCode.findUnique({ where: { scene }, include: WITH_TARGETS });
    if (!code) throw notFound('二维码无效或已失效', { reason: 'UNKNOWN_SCENE' });
    const now = this.deps.now();
    requireActive(code, now);
    await this.deps.prisma.qrScan.create({ data: { qrCodeId: code.id, userId, visitorId, scannedAt: now } });
    return { code };
  }

  /** See claimVisitorScans in schema.graphql: only scans nobody owns, only within the visit window. */
  async claimVisitorScans(visitorId: string, userId: string): Promise<number> {
    if (!VISITOR_ID.test(visitorId)) throw badInput('访客标识格式不正确', { field: 'visitorId' });
    const since = new Date(this.deps.now().getTime() - VISIT_WINDOW_MS);
    const { count } = await this.deps.prisma.qrScan.updateMany({ where: { visitorId, userId: null, scannedAt: { gte: since } }, data: { userId } });
    return count;
  }

  currentVisitAttribution(userId: string, storeId: number, claimedScene?: string | null) {
    return currentVisitAttribution(this.deps.pool, { userId, storeId, now: this.deps.now(), claimedScene });
  }

  listForStore(storeId: number): Promise<QrCodeWithTargets[]> {
    return this.deps.prisma.qrCode.findMany({ where: { storeId }, include: WITH_TARGETS, orderBy: { id: 'asc' } });
  }

  async byId(id: number): Promise<QrCodeWithTargets> {
    const code = await this.deps.prisma.qrCode.findUnique({ where: { id }, include: WITH_TARGETS });
    if (!code) throw notFound(`二维码 ${id} 不存在`, { reason: 'UNKNOWN_QR_CODE' });
    return code;
  }

  async create(input: CreateQrCodeInput): Promise<QrCodeWithTargets> {
    const { prisma } = this.deps;
    const now = this.deps.now();
    const label = input.label.trim();
    if (!label || [...label].length > LABEL_MAX) throw badInput(`名称须为1到${LABEL_MAX}个字`, { field: 'label' });
    if (input.expiresAt && input.expiresAt <= now) throw badInput('过期时间必须晚于现在', { field: 'expiresAt' });
    const productId = input.kind === 'PRODUCT' ? input.productId : null;
    const campaignId = input.kind === 'CAMPAIGN' ? input.campaignId : null;
    if (input.kind === 'PRODUCT') {
      if (!productId) throw badInput('货架码需要指定商品', { field: 'productId' });
      const stocked = await prisma.inventory.findUnique({ where: { storeId_productId: { storeId: input.storeId, productId } }, select: { productId: true } });
      if (!stocked) throw new DomainError('PRODUCT_NOT_SOLD_HERE', '该商品不在本店销售', { productId: String(productId) });
    }
    if (input.kind === 'CAMPAIGN') {
      if (!campaignId) throw badInput('活动码需要指定活动', { field: 'campaignId' });
      const campaign = await prisma.campaign.findUnique({ where: { id: campaignId } });
      if (!campaign || (campaign.storeId !== null && campaign.storeId !== input.storeId)) throw notFound('活动不存在', { reason: 'UNKNOWN_CAMPAIGN' });
      if (campaign.endsAt <= now) throw badInput('该活动已结束', { field: 'campaignId', reason: 'CAMPAIGN_ENDED' });
    }
    // 80 random bits make a collision practically impossible; the unique index still has the last word.
    for (let attempt = 0; ; attempt++) {
      try {
        return await prisma.qrCode.create({
          data: { scene: newScene(), kind: input.kind, storeId: input.storeId, productId, campaignId, label, expiresAt: input.expiresAt ?? null, createdAt: now },
          include: WITH_TARGETS,
        });
      } catch (error) {
        if ((error as { code?: string }).code !== 'P2002' || attempt >= 2) throw error;
      }
    }
  }

  async setDisabled(id: number, disabled: boolean): Promise<QrCodeWithTargets> {
    return this.deps.prisma.qrCode.update({ where: { id }, data: { disabledAt: disabled ? this.deps.now() : null }, include: WITH_TARGETS });
  }

  /** What the printed QR encodes: the H5 URL with the scene, which WeChat maps to the mini-program. */
  linkFor(code: Pick<QrCode, 'scene'>): string {
    const url = new URL(this.deps.config.QR_LINK_BASE_URL);
    url.searchParams.set('scene', code.scene);
    return url.toString();
  }

  /** Posters are for printing, so a disabled or expired code has none. */
  async poster(code: QrCodeWithTargets, format: 'svg' | 'png'): Promise<string | Buffer> {
    requireActive(code, this.deps.now());
    const content: PosterContent = {
      link: this.linkFor(code),
      storeName: code.store.name,
      storeAddress: code.store.address,
      headline: code.campaign?.title ?? (code.product ? `扫码购买 ${code.product.name}` : '扫码进店 · 30分钟送到家'),
      body: code.campaign?.description ?? '',
      scene: code.scene,
    };
    return format === 'svg' ? posterSvg(content) : posterPng(content);
  }

  /** The official mini-program code from getwxacodeunlimit, for places that want WeChat's round code. */
  async wxacode(code: QrCodeWithTargets): Promise<Buffer> {
    requireActive(code, this.deps.now());
    try {
      return await this.deps.wechat.getUnlimitedQrCode({ scene: code.scene, page: QR_ENTRY_PAGE, width: 430 });
    } catch (error) {
      if (!(error instanceof WechatApiError)) throw error;
      this.deps.logger.warn({ err: error, qrCodeId: code.id }, 'getwxacodeunlimit failed');
      throw new DomainError('UPSTREAM_ERROR', '生成小程序码失败，请稍后再试或使用海报', { wechatErrcode: error.errcode });
    }
  }

  async report(storeId: number, from: string, to: string): Promise<QrReportModel> {
    const { start, end } = shanghaiDayRange(from, to);
    const [codes, byCode, byCampaign] = await Promise.all([
      this.listForStore(storeId),
      qrStats(this.deps.pool, storeId, 'code', start, end),
      qrStats(this.deps.pool, storeId, 'campaign', start, end),
    ]);
    const codeStats = new Map(byCode.map((row) => [row.key, row]));
    const campaigns = new Map(codes.flatMap((code) => (code.campaign ? [[code.campaign.id, code.campaign] as const] : [])));
    return {
      storeId,
      from,
      to,
      codes: codes.map((code) => ({ code, stats: codeStats.get(code.id)! })),
      campaigns: byCampaign.map((stats) => ({ campaign: campaigns.get(stats.key)!, stats })),
    };
  }

  /** The figures of all the store's codes together over [start, end): a visitor or an order counts once. */
  async storeStats(storeId: number, start: Date, end: Date): Promise<QrStatsRow> {
    const [row] = await qrStats(this.deps.pool, storeId, 'store', start, end);
    return row ?? { key: storeId, scans: 0, uniqueVisitors: 0, orders: 0, paidOrders: 0, revenueFen: 0, repeatOrders: 0, repeatShoppers: 0 };
  }

  /** What create() accepts for the store: its own and chain-wide campaigns that have not ended. */
  campaignsForStore(storeId: number): Promise<CampaignModel[]> {
    return this.deps.prisma.campaign.findMany({
      where: { OR: [{ storeId }, { storeId: null }], endsAt: { gt: this.deps.now() } },
      include: CAMPAIGN_INCLUDE,
      orderBy: [{ endsAt: 'asc' }, { id: 'asc' }],
    });
  }
}
