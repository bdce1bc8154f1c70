import {
  CouponGrantBatchDocument,
  CreateCouponTemplateDocument,
  CreatePromotionDocument,
  GrantCouponsDocument,
  MarketingDocument,
  PreviewPromotionDocument,
  UpdateCouponTemplateDocument,
  UpdatePromotionDocument,
  type CouponTemplateInput,
  type MarketingQuery,
  type PromotionInput,
  type PromotionKind,
  type PromotionPreviewInput,
} from '@corner/shared-types/client'

import { graphqlClient } from './graphql-client'
import { shanghaiDay } from './qr-admin'

export type Promotion = MarketingQuery['promotions'][number]
export type CouponTemplate = MarketingQuery['couponTemplates'][number]
export type { CouponTemplateInput, PromotionInput, PromotionKind }

/** The store's promotions and coupons (its own and chain-wide ones), or for head office (null) all of them. */
export const fetchMarketing = (storeId: string | null) => graphqlClient.request(MarketingDocument, { storeId })

export const previewPromotion = async (input: PromotionPreviewInput) =>
  (await graphqlClient.request(PreviewPromotionDocument, { input })).previewPromotion

export const savePromotion = async (id: string | null, input: PromotionInput) =>
  id ? (await graphqlClient.request(UpdatePromotionDocument, { id, input })).updatePromotion : (await graphqlClient.request(CreatePromotionDocument, { input })).createPromotion

export const saveCouponTemplate = async (id: string | null, input: CouponTemplateInput) =>
  id
    ? (await graphqlClient.request(UpdateCouponTemplateDocument, { id, input })).updateCouponTemplate
    : (await graphqlClient.request(CreateCouponTemplateDocument, { input })).createCouponTemplate

export const grantCoupons = async (couponId: string, identifiers: string[], idempotencyKey: string) =>
  (await graphqlClient.request(GrantCouponsDocument, { input: { couponId, identifiers, idempotencyKey } })).grantCoupons

export const grantProgress = async (idempotencyKey: string) => (await graphqlClient.request(CouponGrantBatchDocument, { idempotencyKey })).couponGrantBatch

export const STATUS_LABEL: Record<string, string> = { SCHEDULED: '未开始', RUNNING: '进行中', ENDED: '已结束', PAUSED: '已停用', SOLD_OUT: '已领完' }

export const KIND_LABEL: Record<PromotionKind, string> = { SPEND_THRESHOLD: '满减', BUY_N_DISCOUNT: '任选N件', SECOND_ITEM_DISCOUNT: '第二件优惠' }

/** One line of a pasted list per member; commas and spaces separate too. */
export const parseIdentifiers = (text: string) => text.split(/[\s,，;；]+/).filter(Boolean)

/** "1, 2 3" → ['1', '2', '3']: product ids as typed. */

/** ¥ as typed ("59", "9.9") to fen; NaN for anything else, which the BFF refuses with its own words. */
export const toFen = (yuan: string) => (/^\d+(\.\d{1,2})?$/.test(yuan.trim()) ? Math.round(Number(yuan) * 100) : Number.NaN)

/** 8.5 (折) → 15 (percent off); the form speaks 折, the BFF percent off. */
export const zheToPercentOff = (zhe: string) => (/^\d(\.\d)?$/.test(zhe.trim()) ? Math.round(100 - Number(zhe) * 10) : Number.NaN)
export const percentOffToZhe = (percentOff: number) => String((100 - percentOff) / 10)

/** A Shanghai day's start (or, with `end`, its last moment) as an instant. */
export const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString()
export const dayEnd = (day: string) => new Date(`${day}T23:59:59+08:00`).toISOString()
export const dayOfIso = (iso: string) => shanghaiDay(Date.parse(iso))

/** A fresh key for one grant: a retry of the same submission reuses it, a new list gets a new one. */
export const newGrantKey = () => `grant-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
