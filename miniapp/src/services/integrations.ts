import {
  CreateIntegrationClientDocument,
  IntegrationClientsDocument,
  IntegrationDeliveriesDocument,
  RevokeIntegrationKeyDocument,
  RotateIntegrationKeyDocument,
  SetIntegrationWebhookDocument,
  type IntegrationClientFieldsFragment,
  type IntegrationDeliveryStatus,
} from '@corner/shared-types/client'
import { formatClock } from '@/utils/format'

import { graphqlClient } from './graphql-client'
import { dayOf } from './people'

export type IntegrationClient = IntegrationClientFieldsFragment
export type IntegrationKey = IntegrationClient['keys'][number]
export type IntegrationCredential = Awaited<ReturnType<typeof createIntegrationClient>>
export type IntegrationDelivery = Awaited<ReturnType<typeof fetchIntegrationDeliveries>>[number]

/** How long a rotated-out key keeps working unless head office says otherwise (the BFF's default). */
export const DEFAULT_OVERLAP_HOURS = 24

export const fetchIntegrationClients = async () => (await graphqlClient.request(IntegrationClientsDocument)).integrationClients

/** The newest 50 deliveries of a client's webhooks; status null: every status. */
export const fetchIntegrationDeliveries = async (clientId: string, status: IntegrationDeliveryStatus | null) =>
  (await graphqlClient.request(IntegrationDeliveriesDocument, { clientId, status })).integrationDeliveries

/** storeId null: the chain's ERP, acting for every store; otherwise that store's till. */
export const createIntegrationClient = async (input: { name: string; storeId: string | null; webhookUrl: string | null }) =>
  (await graphqlClient.request(CreateIntegrationClientDocument, input)).createIntegrationClient

export const setIntegrationWebhook = async (clientId: string, webhookUrl: string | null) =>
  (await graphqlClient.request(SetIntegrationWebhookDocument, { clientId, webhookUrl })).setIntegrationWebhook

export const rotateIntegrationKey = async (clientId: string, overlapHours: number) =>
  (await graphqlClient.request(RotateIntegrationKeyDocument, { clientId, overlapHours })).rotateIntegrationKey

export const revokeIntegrationKey = async (keyId: string) => (await graphqlClient.request(RevokeIntegrationKeyDocument, { keyId })).revokeIntegrationKey

/** An instant as staff read it: 2026年12月7日 20:30 (Asia/Shanghai). */
export const momentOf = (iso: string) => `${dayOf(iso)} ${formatClock(iso)}`

export type KeyState = { label: string; tone: 'success' | 'warn' | 'muted' }

/**
 * A key in head office's words: 使用中, 过渡期至… (rotated out, still signing until then), 已吊销, or
 * 已过期 once its overlap has run out.
 */
export function keyState(key: IntegrationKey): KeyState {
  if (key.revokedAt) return { label: '已吊销', tone: 'muted' }
  if (!key.active) return { label: '已过期', tone: 'muted' }
  if (key.expiresAt) return { label: `过渡期至 ${momentOf(key.expiresAt)}`, tone: 'warn' }
  return { label: '使用中', tone: 'success' }
}

export const DELIVERY_STATUS_LABEL: Record<IntegrationDeliveryStatus, string> = { PENDING: '待发送', DELIVERED: '已送达', DEAD: '失败' }

/** The outbox's event kinds in staff's words; a kind not listed shows as sent. */
export const EVENT_KIND_LABEL: Record<string, string> = {
  'order.paid': '订单已支付',
  'order.completed': '订单已完成',
  'order.refunded': '订单已退款',
  'stock.movement': '库存变动',
}
