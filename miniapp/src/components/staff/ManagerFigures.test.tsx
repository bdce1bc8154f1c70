import { fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'

import { staffTodayFiguresFailingOnce, staffTodayFiguresSuccess, todayFigures } from '../../../../mocks/src/graphql/index.ts'
import { useMswServer } from '@/test/msw'

import { formatDuration, ManagerFigures } from './ManagerFigures'

const server = useMswServer()

/**
 * jsdom has no 2D canvas: this one records what F2 draws (the text it writes, the colours it strokes)
 * and gives the canvas a size, so the test sees the chart library really draw both days.
 */
let drawn: { texts: string[]; strokes: string[] }
beforeEach(() => {
  drawn = { texts: [], strokes: [] }
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, top: 0, left: 0, right: 350, bottom: 200, width: 350, height: 200, toJSON: () => ({}) })
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    const state: Record<string | symbol, unknown> = { canvas: this }
    return new Proxy(state, {
      get(target, key) {
        if (key in target) return target[key]
        if (key === 'measureText') return (text: string) => ({ width: String(text).length * 6 })
        if (key === 'fillText') return (text: string) => void drawn.texts.push(String(text))
        if (key === 'stroke') return () => void drawn.strokes.push(String(target.strokeStyle))
        if (key === 'getLineDash') return () => []
        if (key === 'createLinearGradient' || key === 'createRadialGradient' || key === 'createPattern') return () => ({ addColorStop: () => undefined })
        if (key === 'getImageData') return () => ({ data: new Uint8ClampedArray(4) })
        return () => undefined
      },
      set(target, key, value) {
        target[key] = value
        return true
      },
    }) as unknown as CanvasRenderingContext2D
  } as unknown as typeof HTMLCanvasElement.prototype.getContext)
})
afterEach(() => vi.restoreAllMocks())

const tile = (label: string) => screen.getByText(label).parentElement as HTMLElement

it('shows the day as big numbers, the hourly chart against last week, best sellers with pictures and the QR funnel', async () => {
  server.use(staffTodayFiguresSuccess)
  render(<ManagerFigures storeId='1' />)
  expect(screen.getByLabelText('加载中')).toBeTruthy()

  await screen.findByText('¥576.60')
  expect(within(tile('订单数')).getByText('37')).toBeTruthy()
  expect(within(tile('客单价')).getByText('¥15.58')).toBeTruthy()
  expect(within(tile('平均拣货')).getByText('5分38秒')).toBeTruthy()
  expect(within(tile('准时率')).getByText('91%')).toBeTruthy()
  expect(within(tile('准时率')).getByText('31/34 单按时')).toBeTruthy()
  expect(within(tile('超时单')).getByText('3')).toBeTruthy()
  expect(tile('超时单').className).toContain('figure-tile--alert')
  expect(within(tile('退款')).getByText('2 笔')).toBeTruthy()
  expect(within(tile('退款')).getByText('¥15.90')).toBeTruthy()
  expect(screen.getByText('2026-11-25 周三')).toBeTruthy()
  expect(screen.getByText('今日与上周三（11-18）同时段对比，单位：元')).toBeTruthy()

  const products = screen.getAllByTestId('top-product')
  expect(products.map((row) => row.textContent)).toEqual([
    '1农夫山泉 饮用天然水 550ml售出 18 件¥36.00',
    expect.stringContaining('海苔薯片 70g售出 9 件¥53.10'),
    '3光明 鲜牛奶 950ml售出 6 件¥82.80',
  ])
  expect(products[0]!.querySelector('img, taro-image-core')?.getAttribute('src')).toBe(todayFigures.topProducts[0]!.image!.thumb)
  // Without a picture, the designed placeholder, never a broken image.
  expect(within(products[1]!).getByRole('img', { name: '海苔薯片 70g' })).toBeTruthy()

  expect(screen.getAllByTestId('funnel-step').map((step) => step.textContent)).toEqual(['扫码48', '访客31', '下单9', '复购2'])

  const chart = document.querySelector('.hourly-chart__frame')!
  expect(chart.getAttribute('aria-label')).toBe('分时销售额：今日 ¥576.60，上周三全天 ¥1152.00，今日高峰 12 时')
  await vi.waitFor(() => expect(drawn.texts).toContain('12时'))
  // Both lines: today in brand red, last week in grey.
  expect(drawn.strokes).toEqual(expect.arrayContaining(['#d7261e', '#8c8c8c']))
}, 20_000)

it('says what went wrong and offers 重试, which brings the figures', async () => {
  server.use(staffTodayFiguresFailingOnce())
  render(<ManagerFigures storeId='1' />)
  await screen.findByText('服务器开小差了，请稍后再试')
  fireEvent.click(screen.getByText('重试'))
  await screen.findByText('¥576.60')
})

it('gives picking times in minutes and seconds, so a quick pick is not 0 分钟', () => {
  expect(formatDuration(null)).toBe('—')
  expect(formatDuration(42)).toBe('42秒')
  expect(formatDuration(120)).toBe('2分')
  expect(formatDuration(338)).toBe('5分38秒')
})
