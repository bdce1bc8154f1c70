import Taro from '@tarojs/taro'

/** The order-status template configured on the BFF (WECHAT_ORDER_STATUS_TEMPLATE_ID); set at build time. */
const ORDER_STATUS_TEMPLATE_ID = process.env.TARO_APP_ORDER_TEMPLATE_ID || ''

/**
 * Asks for permission to send order-status messages. WeChat shows the dialog only when this runs
 * from a tap (or a payment callback), so pages call it first thing in a tap handler. Whatever the
 * answer (accept, reject, ban, filter) ordering goes on; H5 has no subscribe messages.
 */
export async function requestOrderUpdates(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || !ORDER_STATUS_TEMPLATE_ID) return
  await Taro.requestSubscribeMessage({ tmplIds: [ORDER_STATUS_TEMPLATE_ID], entityIds: [] }).catch(() => undefined)
}
