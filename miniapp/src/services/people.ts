import {
  AuditTrailDocument,
  CreateStaffInvitationDocument,
  JoinStaffDocument,
  RemoveStaffMemberDocument,
  RevokeStaffInvitationDocument,
  SaveStaffRoleDocument,
  StaffPeopleDocument,
  StaffRolesDocument,
  type Permission,
  type StaffRolesQuery,
  type AuditTrailQuery,
  type StaffPeopleQuery,
} from '@corner/shared-types/client'

import { graphqlClient } from './graphql-client'
import { formatDay, shanghaiDay } from './qr-admin'

/** Whose people a page manages: a store's, or head office's (the whole chain). */
export type PeopleScope = { storeId: string } | 'chain'

const storeIdOf = (scope: PeopleScope) => (scope === 'chain' ? null : scope.storeId)

export type StaffPeople = StaffPeopleQuery
export type StaffPerson = StaffPeopleQuery['staffMembers'][number]
export type StaffInvitationRow = StaffPeopleQuery['staffInvitations'][number]
export type AuditEntry = AuditTrailQuery['auditTrail']['entries'][number]

export const fetchPeople = (scope: PeopleScope) => graphqlClient.request(StaffPeopleDocument, { storeId: storeIdOf(scope) })

export const createInvitation = async (scope: PeopleScope, roleKey: string) =>
  (await graphqlClient.request(CreateStaffInvitationDocument, { storeId: storeIdOf(scope), roleKey })).createStaffInvitation

export const revokeInvitation = async (id: string) => (await graphqlClient.request(RevokeStaffInvitationDocument, { id })).revokeStaffInvitation

export const removeStaffMember = async (assignmentId: string) => (await graphqlClient.request(RemoveStaffMemberDocument, { assignmentId })).removeStaffMember

export type StaffRoles = StaffRolesQuery

export const fetchRoles = () => graphqlClient.request(StaffRolesDocument)

/** A new role gets a key of its own; head office names it, the key only has to be unique. */
export const newRoleKey = () => `ROLE_${Date.now().toString(36).toUpperCase()}`

export const saveRole = async (key: string, name: string, permissions: Permission[]) =>
  (await graphqlClient.request(SaveStaffRoleDocument, { key, name, permissions })).saveStaffRole

export const joinStaff = async (code: string) => (await graphqlClient.request(JoinStaffDocument, { code })).joinStaff

export interface AuditFilter {
  kind: string | null
  actorUserId: string | null
}

export const fetchAuditPage = async (scope: PeopleScope, filter: AuditFilter, after: string | null) =>
  (await graphqlClient.request(AuditTrailDocument, { storeId: storeIdOf(scope), ...filter, after })).auditTrail

/** An instant as the Shanghai day people write: 2026年12月14日. */
export const dayOf = (iso: string) => formatDay(shanghaiDay(Date.parse(iso)))

/** The trail's kind filters: a kind prefix (the BFF matches `staff` to staff.invite, staff.remove…). */
export const AUDIT_KIND_FILTERS: Array<{ label: string; kind: string | null }> = [
  { label: '全部', kind: null },
  { label: '人员', kind: 'staff' },
  { label: '门店设置', kind: 'store' },
  { label: '货架', kind: 'shelf' },
  { label: '商品', kind: 'product' },
  { label: '促销', kind: 'promotion' },
  { label: '优惠券', kind: 'coupon' },
  { label: '活动', kind: 'campaign' },
  { label: '收银与ERP', kind: 'integration' },
]

/** Changed fields in staff's words; a field not listed shows as recorded. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  role: '角色',
  name: '名称',
  invitation: '邀请',
  expiresAt: '有效期至',
  state: '状态',
  permissions: '权限',
  kind: '类型',
  active: '启用',
  startsAt: '开始',
  endsAt: '结束',
  conditions: '条件',
  rewards: '优惠',
  priority: '优先级',
  storeIds: '门店',
  storeId: '门店',
  memberOnly: '仅限会员',
  title: '标题',
  description: '说明',
  status: '状态',
  barcode: '条码',
  unit: '单位',
  categoryId: '分类',
  imageIds: '图片',
  bannerImageId: '横幅',
  couponIds: '优惠券',
  featuredProductIds: '活动商品',
  onSale: '在售',
  priceFen: '门店价（分）',
  memberPriceFen: '会员价（分）',
  lowStockThreshold: '库存预警',
  deliveryEnabled: '外送',
  pickupEnabled: '自提',
  deliveryFeeFen: '配送费（分）',
  freeDeliveryFromFen: '免配送费门槛（分）',
  minOrderFen: '起送价（分）',
  deliveryPaused: '暂停外送',
  extraPromiseMinutes: '延长送达（分钟）',
  webhookUrl: '回调地址',
  keyId: '密钥',
  liveKeyIds: '在用密钥',
  oldKeysExpireAt: '旧密钥失效于',
  revokedAt: '吊销时间',
}

export const INVITATION_STATE_LABEL: Record<string, string> = { OPEN: '待使用', USED: '已加入', REVOKED: '已撤销', EXPIRED: '已过期' }
