import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { campaignSuccess, claimCampaignCouponSuccess } from '../../../../mocks/src/graphql/index.ts'
import { setChosenStore } from '@/services'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import Campaign from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)

const server = useMswServer()
const sent: Array<{ name: string; variables: Record<string, unknown> }> = []

beforeEach(() => {
  localStorage.clear()
  sent.length = 0
  server.use(campaignSuccess, claimCampaignCouponSuccess)
  server.events.removeAllListeners()
  server.events.on('request:start', async ({ request }) => {
    const body = await request.clone().json()
    sent.push({ name: body.operationName, variables: body.variables })
  })
  navigationMock.pageParams = { id: '7' }
})

const coupon = (name: string) => screen.getByText(name).closest('.campaign-coupon') as HTMLElement

it('shows the banner, the words, each coupon to claim and the featured products of the shopper’s store', async () => {
  setChosenStore({ id: '3', name: '街角便利 南京东路店' })
  render(<Campaign />)
  await screen.findByText('夏日饮料节', {}, { timeout: 10_000 })
  expect(document.querySelector('img.campaign__banner')!.getAttribute('src')).toBe('/images/banner/large-750')
  expect(screen.getByText('精选饮料第二件半价，领券再减。')).toBeTruthy()
  expect(within(coupon('满30减5元')).getByText('立即领取')).toBeTruthy()
  expect(within(coupon('全场9折券（最高减10元）')).getByText('已领取')).toBeTruthy()
  // The featured products priced at the chosen store.
  expect(sent.find((r) => r.name === 'Campaign')!.variables).toEqual({ id: '7', storeId: '3', withProducts: true })
  expect(screen.getByText('测试饮料2号 500ml')).toBeTruthy()
  fireEvent.click(screen.getByText('测试饮料3号 500ml'))
  expect(navigationMock.openProduct).toHaveBeenCalledWith('3', '1002')

  fireEvent.click(within(coupon('满30减5元')).getByText('立即领取'))
  await waitFor(() => expect(within(coupon('满30减5元')).getByText('已领取')).toBeTruthy())
  expect(sent.find((r) => r.name === 'ClaimCampaignCoupon')!.variables).toEqual({ campaignId: '7', couponId: '1' })
})

it('opened before any store is known, shows the page without products', async () => {
  render(<Campaign />)
  await screen.findByText('夏日饮料节', {}, { timeout: 10_000 })
  expect(sent.find((r) => r.name === 'Campaign')!.variables).toMatchObject({ withProducts: false })
  expect(screen.queryByText('活动商品')).toBeNull()
})
