import { fireEvent, screen } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import {
  pickingOrder,
  staffHandlers,
  staffPickingHandlers,
  staffStoresClerk,
} from '../../../../../mocks/src/graphql/index.ts'
import { useMswServer } from '@/test/msw'
import { eventually, recordStaffRequests, renderStaffPage, typeInto } from '@/test/staff-page'

import StaffPickingPage from './index'

vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))
const nav = vi.hoisted(() => ({ backToQueue: 0 }))
vi.mock('@/services/navigation', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  usePageParams: () => ({ id: 'order-560001' }),
  backToQueue: () => nav.backToQueue++,
}))

const server = useMswServer()
const requests = recordStaffRequests(server)
beforeEach(() => {
  nav.backToQueue = 0
  server.use(staffStoresClerk, ...staffHandlers, ...staffPickingHandlers())
})

const lines = () => [...document.querySelectorAll('[data-testid=picking-line]')] as HTMLElement[]
const line = (name: string) => lines().find((l) => l.textContent!.includes(name))!
const barcodeField = () => document.querySelector('.picking__input')!
/** What a USB scanner does: types the digits, then Enter. */
const scan = (barcode: string) => {
  typeInto(barcodeField(), barcode)
  fireEvent(barcodeField(), new CustomEvent('confirm', { detail: { value: barcode } }))
}
const verdict = () => screen.getByTestId('scan-verdict')

describe('the picking list', () => {
  it('lists the order’s lines by category in shelf order, with the count and barcode of each', async () => {
    await renderStaffPage(<StaffPickingPage />)
    await eventually(() => expect(lines()).toHaveLength(2))
    expect(requests.sent.StaffOrder).toEqual({ orderId: 'order-560001' })
    expect([...document.querySelectorAll('.picking__category')].map((c) => c.textContent)).toEqual(['饮料', '零食'])
    expect(document.querySelector('.picking__no')!.textContent).toBe('560001')
    expect(line('测试饮料1号').textContent).toContain('条码 6900000000017')
    expect(line('测试饮料1号').querySelector('.picking-line__qty')!.textContent).toBe('×2')
    expect(screen.getByText('还差 2 种未拣')).toBeTruthy()
  })

  it('a scanned barcode picks its line; a barcode of another product is refused and picks nothing', async () => {
    await renderStaffPage(<StaffPickingPage />)
    await eventually(() => expect(lines()).toHaveLength(2))

    scan('6901234567892')
    expect(verdict().className).toContain('picking__verdict--bad')
    expect(verdict().textContent).toContain('不是这件商品')
    expect(verdict().textContent).toContain('条码 6901234567892 不在这个订单里')
    expect(requests.sent.StaffMarkItemsPicked).toBeUndefined()

    scan('6900000000017')
    await eventually(() => expect(line('测试饮料1号').className).toContain('picking-line--done'))
    expect(requests.sent.StaffMarkItemsPicked).toEqual({ orderId: 'order-560001', itemIds: ['560001-1'] })
    expect(verdict().className).toContain('picking__verdict--ok')
    expect(verdict().textContent).toContain('已拣 测试饮料1号 500ml')
    // The field is empty again for the next scan.
    expect(barcodeField().getAttribute('value') ?? '').toBe('')

    // A tap does it too; then the order is complete and the next step is offered.
    fireEvent.click(line('海苔薯片').querySelector('.btn--secondary')!)
    await screen.findByText('备货完成', {}, { timeout: 10_000 })
    fireEvent.click(screen.getByText('备货完成'))
    await eventually(() => expect(nav.backToQueue).toBe(1))
    expect(requests.sent.StaffOrderReady).toEqual({ orderId: 'order-560001' })
  })

  it('缺货 first says what the shopper gets back, and refunds only on confirmation', async () => {
    await renderStaffPage(<StaffPickingPage />)
    await eventually(() => expect(lines()).toHaveLength(2))
    fireEvent.click(line('海苔薯片').querySelector('.btn--ghost')!)
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 })
    expect(dialog.textContent).toContain('「海苔薯片 70g」×1袋 不再发货，顾客将收到退款 ¥5.90（原路退回）')

    fireEvent.click(screen.getByText('再找找'))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(requests.sent.StaffMarkItemsOutOfStock).toBeUndefined()

    fireEvent.click(line('海苔薯片').querySelector('.btn--ghost')!)
    fireEvent.click(await screen.findByText('确认缺货并退款', {}, { timeout: 10_000 }))
    await eventually(() => expect(line('海苔薯片').className).toContain('picking-line--out'))
    expect(requests.sent.StaffMarkItemsOutOfStock).toEqual({ orderId: 'order-560001', itemIds: ['560001-2'], reason: '门店缺货' })
    expect(line('海苔薯片').textContent).toContain('缺货已退款')

    // The only line left: out of stock would cancel the order, and the dialog says so.
    fireEvent.click(line('测试饮料1号').querySelector('.btn--ghost')!)
    expect((await screen.findByRole('dialog', {}, { timeout: 10_000 })).textContent).toContain('整单取消，顾客已付的 ¥7.00 全额原路退回')
  })

  it('换货 offers only products the BFF would take, says what the shopper gets back, and substitutes only on confirmation', async () => {
    await renderStaffPage(<StaffPickingPage />)
    await eventually(() => expect(lines()).toHaveLength(2))
    fireEvent.click(screen.getAllByText('换货')[1]!)
    const results = await screen.findByTestId('product-results', {}, { timeout: 10_000 })
    // Opened on the line's category; each product the BFF would refuse says why and cannot be chosen.
    expect(requests.sent.SearchStoreProducts).toMatchObject({ query: '零食' })
    const row = (name: string) => [...results.querySelectorAll('.product-result')].find((r) => r.textContent!.includes(name))!
    expect(row('海苔薯片 50g').textContent).toContain('换这个')
    expect(row('烧烤味薯片 90g').textContent).toContain('高于顾客实付')
    expect(row('番茄味薯片 70g').textContent).toContain('库存不足')
    expect(results.querySelectorAll('.btn')).toHaveLength(1)

    fireEvent.click(screen.getByText('换这个'))
    expect(screen.getByText('顾客将收到 海苔薯片 50g ×1袋，退还差价 ¥1.40（原路退回）。')).toBeTruthy()
    fireEvent.click(screen.getByText('再看看'))
    expect(requests.sent.StaffSubstituteItem).toBeUndefined()

    fireEvent.click(screen.getByText('换这个'))
    fireEvent.click(screen.getByText('确认换货'))
    await eventually(() => expect(line('海苔薯片 70g').textContent).toContain('已换为 海苔薯片 50g'))
    expect(requests.sent.StaffSubstituteItem).toEqual({ orderId: 'order-560001', itemId: '560001-2', productId: '21' })
    expect(line('海苔薯片 70g').className).toContain('picking-line--done')
    expect(screen.queryByTestId('product-results')).toBeNull()
  })

  it('换货 on a category that matches nothing asks for a search instead of saying nothing was found', async () => {
    server.use(
      graphql.query('SearchStoreProducts', () =>
        HttpResponse.json({ data: { searchStoreProducts: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, suggestions: [] } } }),
      ),
    )
    await renderStaffPage(<StaffPickingPage />)
    await eventually(() => expect(lines()).toHaveLength(2))
    fireEvent.click(screen.getAllByText('换货')[1]!)
    await screen.findByText('输入商品名、拼音或条码，或扫商品条码，找一件替代商品', {}, { timeout: 10_000 })
    expect(screen.queryByTestId('product-results')).toBeNull()
  })

  it('an order not yet accepted is accepted here before anything can be picked', async () => {
    server.use(...staffPickingHandlers({ ...pickingOrder, status: 'PAID', statusLabel: '已支付' }))
    await renderStaffPage(<StaffPickingPage />)
    await eventually(() => expect(lines()).toHaveLength(2))
    expect(document.querySelector('.picking__input')).toBeNull()
    expect(document.querySelector('.picking-line__actions')).toBeNull()
    fireEvent.click(screen.getByText('接单'))
    await eventually(() => expect(document.querySelector('.picking__input')).not.toBeNull())
    expect(requests.sent.StaffAcceptOrder).toEqual({ orderId: 'order-560001' })
    expect(nav.backToQueue).toBe(0)
  })
})

describe('short lines', () => {
  it('tells the clerk a line the till sold is short, beside its 缺货 and 换货', async () => {
    const order = { ...pickingOrder, items: pickingOrder.items.map((item, i) => (i === 0 ? { ...item, shortQuantity: 1 } : item)) }
    server.use(graphql.query('StaffOrder', () => HttpResponse.json({ data: { staffOrder: order } })))
    await renderStaffPage(<StaffPickingPage />)
    await eventually(() => expect(lines()).toHaveLength(2))
    expect(line('测试饮料1号').textContent).toContain('门店已售出，缺1瓶')
    expect(line('海苔薯片').textContent).not.toContain('门店已售出')
  })
})
