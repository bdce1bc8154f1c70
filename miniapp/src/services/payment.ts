import Taro from '@tarojs/taro'
import { PayOrderDocument, SyncPaymentDocument, type PaymentMethod } from '@corner/shared-types/client'

import { getPayConfirmUrl } from './config'
import { NetworkError } from './errors'
import { graphqlClient } from './graphql-client'
import type { OrderView } from './orders'

/** The shopper closed the WeChat Pay sheet: not an error to report, the order stays payable. */
export class PaymentCancelledError extends Error {
  override readonly name = 'PaymentCancelledError'
}

type WechatParams = NonNullable<Awaited<ReturnType<typeof startPayment>>['wechat']>

async function startPayment(orderId: string, method: PaymentMethod) {
  return (await graphqlClient.request(PayOrderDocument, { orderId, method })).payOrder
}

/**
 * H5 has no requestPayment. There the WeChat Pay mock's confirm endpoint stands in for the shopper
 * paying in the WeChat client (getPayConfirmUrl says where). The BFF has no part in it: the mock
 * then sends WeChat's signed notification to the BFF as it would in production.
 */
async function confirmOnH5(params: WechatParams): Promise<void> {
  const prepayId = params.package.replace(/^prepay_id=/, '')
  let statusCode: number
  try {
    statusCode = (
      await Taro.request({
        url: getPayConfirmUrl(),
        method: 'POST',
        header: { 'Content-Type': 'application/json' },
        data: { prepay_id: prepayId },
      })
    ).statusCode
  } catch (cause) {
    throw new NetworkError('mock pay confirm failed', { cause })
  }
  if (statusCode < 200 || statusCode >= 300) throw new NetworkError(`mock pay confirm: HTTP ${statusCode}`, { statusCode })
}

async function requestWechatPayment(params: WechatParams): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return confirmOnH5(params)
  try {
    await Taro.requestPayment({
      timeStamp: params.timeStamp,
      nonceStr: params.nonceStr,
      package: params.package,
      signType: params.signType as 'RSA',
      paySign: params.paySign,
    })
  } catch (cause) {
    const errMsg = (cause as { errMsg?: string })?.errMsg ?? ''
    if (/cancel/.test(errMsg)) throw new PaymentCancelledError(errMsg)
    throw new NetworkError(`requestPayment: ${errMsg}`, { cause })
  }
}

/**
 * Pays an order. Stored value is settled by the BFF at once; WeChat Pay goes through the payment
 * sheet, and what the sheet says is not proof: the result is the order as the BFF sees it after
 * asking WeChat Pay (waitForPayment).
 */
export async function payOrder(orderId: string, method: PaymentMethod): Promise<OrderView> {
  const outcome = await startPayment(orderId, method)
  if (!outcome.wechat) return outcome.order
  await requestWechatPayment(outcome.wechat)
  return waitForPayment(orderId)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Asks the BFF (which queries WeChat Pay or has had the signed notification) until the order
 * leaves PENDING_PAYMENT; returns the order as last seen, possibly still pending.
 */
export async function waitForPayment(orderId: string, { attempts = 10, intervalMs = 1500 } = {}): Promise<OrderView> {
  let order = (await graphqlClient.request(SyncPaymentDocument, { orderId })).syncPayment
  for (let i = 1; i < attempts && order.status === 'PENDING_PAYMENT'; i++) {
    await sleep(intervalMs)
    order = (await graphqlClient.request(SyncPaymentDocument, { orderId })).syncPayment
  }
  return order
}
