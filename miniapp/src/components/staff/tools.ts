import type { Permission } from '@corner/shared-types/client'

import { openStaffTool } from '@/services/navigation'

/** A tool page of staff mode: who sees it (any of `needs`) and where it opens. */
export interface StaffTool {
  key: string
  label: string
  hint: string
  needs: readonly Permission[]
  open: () => void
}

/** What a store's manager runs from 店长 → 管理, for the store being worked. */
export const STORE_TOOLS: StaffTool[] = [
  { key: 'storeSettings', label: '门店设置', hint: '营业时间、外送、配送范围、忙时开关', needs: ['STORE_SETTINGS'], open: () => void openStaffTool('storeSettings', false) },
  { key: 'shelf', label: '货架', hint: '上下架、门店价与会员价、库存预警', needs: ['STORE_SHELF'], open: () => void openStaffTool('shelf', false) },
  { key: 'people', label: '人员', hint: '邀请店员、移除人员', needs: ['STAFF_MANAGE'], open: () => void openStaffTool('people', false) },
  { key: 'campaigns', label: '活动', hint: '横幅、领券与活动商品', needs: ['MARKETING'], open: () => void openStaffTool('campaigns', false) },
  { key: 'audit', label: '操作记录', hint: '谁在何时改了什么', needs: ['AUDIT_READ'], open: () => void openStaffTool('audit', false) },
  { key: 'marketing', label: '营销', hint: '本店满减、折扣与优惠券', needs: ['MARKETING'], open: () => void openStaffTool('marketing', false) },
]

/** What head office runs from 总部, over the whole chain. */
export const CHAIN_TOOLS: StaffTool[] = [
  { key: 'people', label: '人员与角色', hint: '邀请总部与门店人员', needs: ['STAFF_MANAGE', 'ROLES_MANAGE'], open: () => void openStaffTool('people', true) },
  { key: 'catalog', label: '商品', hint: '名称、图片、分类、上下架', needs: ['CATALOG'], open: () => void openStaffTool('catalog', true) },
  { key: 'campaigns', label: '活动', hint: '全部门店的活动页', needs: ['MARKETING'], open: () => void openStaffTool('campaigns', true) },
  { key: 'audit', label: '操作记录', hint: '全部门店的变更，可按人和类型筛选', needs: ['AUDIT_READ'], open: () => void openStaffTool('audit', true) },
  { key: 'marketing', label: '营销', hint: '全部门店的促销、优惠券与定向发券', needs: ['MARKETING'], open: () => void openStaffTool('marketing', true) },
  { key: 'integrations', label: '收银与ERP接入', hint: '对接密钥、回调地址与推送记录', needs: ['INTEGRATIONS'], open: () => void openStaffTool('integrations', true) },
]

/** The 店长 page's own sections (今日, 二维码, 退款异常) besides its 管理 tools. */
export const MANAGER_SECTION_NEEDS = { today: ['STORE_REPORTS'], qr: ['QR_CODES'], refunds: ['ORDER_EXCEPTIONS'] } as const satisfies Record<string, readonly Permission[]>

/** Whoever holds any of these at the store has a 店长 tab. */
export const MANAGER_PAGE_NEEDS: readonly Permission[] = [...Object.values(MANAGER_SECTION_NEEDS).flat(), ...STORE_TOOLS.flatMap((tool) => tool.needs)]

export const toolsFor = (tools: StaffTool[], permissions: readonly Permission[]) =>
  tools.filter((tool) => tool.needs.some((permission) => permissions.includes(permission)))
