import type { Permission } from '../generated/prisma/enums.ts';

export type { Permission };

/** What each permission is called in staff mode and in refusals. */
export const PERMISSION_NAMES: Record<Permission, string> = {
  ORDERS_FULFIL: '处理订单',
  TILL: '收银与核销',
  STOCK: '库存盘点',
  STORE_REPORTS: '门店报表',
  ORDER_EXCEPTIONS: '退款异常与核销锁定',
  STORED_VALUE: '储值调整',
  QR_CODES: '门店二维码',
  STORE_SETTINGS: '门店设置',
  STORE_SHELF: '门店货架与价格',
  STAFF_MANAGE: '人员管理',
  AUDIT_READ: '查看操作记录',
  MARKETING: '营销活动',
  CATALOG: '商品资料',
  ROLES_MANAGE: '角色与授权',
  INTEGRATIONS: '收银与ERP接入',
};

/** Keys of the roles the migration creates; invitations and the seed refer to them by key. */
export const BUILT_IN_ROLES = {
  CLERK: 'CLERK',
  STORE_MANAGER: 'STORE_MANAGER',
  HQ_OPERATOR: 'HQ_OPERATOR',
  HQ_ADMIN: 'HQ_ADMIN',
} as const;
