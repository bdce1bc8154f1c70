import { acceptOrder, completeDelivery, orderReady, type StaffOrder } from '@/services/staff'

/** The part of the order number staff call out and match on a bag; the queue, picking and pickup show the same. */
export const orderTail = (orderNo: string) => orderNo.slice(-6)

/** Lines still to be picked: neither picked nor given up as out of stock. */
export const pendingLines = (order: StaffOrder) => order.items.filter((item) => !item.picked && !item.outOfStock)

export interface OrderAction {
  label: string
  /** None for 去拣货: picking happens on the picking list, not on the card. */
  run?: () => Promise<StaffOrder>
}

/** The one next step of an order, the same on its queue card and at the foot of its picking list. */
export function primaryAction(order: StaffOrder): OrderAction | null {
  switch (order.status) {
    case 'PAID':
      return { label: '接单', run: () => acceptOrder(order.id) }
    case 'PICKING':
      if (pendingLines(order).length > 0) return { label: '去拣货' }
      return { label: order.fulfilment === 'PICKUP' ? '备货完成' : '交给骑手', run: () => orderReady(order.id) }
    case 'OUT_FOR_DELIVERY':
      return { label: '已送达', run: () => completeDelivery(order.id) }
    default:
      return null
  }
}
