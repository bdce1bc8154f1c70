import { graphql, http, HttpResponse } from 'msw'
import { afterEach, expect, it, vi } from 'vitest'

import { pickupOrder } from '../../../mocks/src/graphql/index.ts'
import { useMswServer } from '@/test/msw'

import { payOrder } from './payment'

const server = useMswServer()

afterEach(() => {
  vi.unstubAllEnvs()
})

it('on H5 confirms a WeChat payment at the build-time confirm URL (the mock dev server under npm start)', async () => {
  const confirmUrl = 'http://127.0.0.1:3201/__mock__/pay/confirm'
  vi.stubEnv('TARO_APP_PAY_CONFIRM_URL', confirmUrl)
  const confirmed: unknown[] = []
  server.use(
    graphql.mutation('PayOrder', () =>
      HttpResponse.json({
        data: {
          payOrder: {
            order: { ...pickupOrder, status: 'PENDING_PAYMENT' },
            wechat: { timeStamp: '1764050000', nonceStr: 'N', package: 'prepay_id=wx2511prepay', signType: 'RSA', paySign: 'S' },
          },
        },
      }),
    ),
    http.post(confirmUrl, async ({ request }) => {
      confirmed.push(await request.json())
      return HttpResponse.json({ trade_state: 'SUCCESS' })
    }),
    graphql.mutation('SyncPayment', () => HttpResponse.json({ data: { syncPayment: { ...pickupOrder, status: 'PAID' } } })),
  )

  const order = await payOrder(pickupOrder.id, 'WECHAT_PAY')
  expect(confirmed).toEqual([{ prepay_id: 'wx2511prepay' }])
  expect(order.status).toBe('PAID')
})
