import { Button, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import { toggleButton } from '@/components/control'
import { toDisplayMessage } from '@/services/errors'
import { fetchMemberCoupons, type MemberCouponView } from '@/services/member'
import { goHome } from '@/services/navigation'
import type { MemberCouponState } from '@corner/shared-types/client'
import { formatLedgerTime } from '@/utils/member'

const TABS: Array<{ state: MemberCouponState; label: string; empty: string }> = [
  { state: 'AVAILABLE', label: '可使用', empty: '暂无可用优惠券，逛逛首页的活动领券吧' },
  { state: 'USED', label: '已使用', empty: '还没有用过优惠券' },
  { state: 'EXPIRED', label: '已过期', empty: '没有过期的优惠券' },
]

type ListState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; coupons: MemberCouponView[] }

/** 2026-12-31 23:59 → 2026-12-31: the day is what a shopper plans around. */
const day = (iso: string) => formatLedgerTime(iso).slice(0, 10)

function CouponRow({ coupon }: { coupon: MemberCouponView }) {
  const when = coupon.state === 'USED' && coupon.usedAt ? `${day(coupon.usedAt)} 已使用` : `有效期至 ${day(coupon.validTo)}`
  return (
    <View className={`coupon coupon--${coupon.state.toLowerCase()}`}>
      <View className='coupon__value'>
        <Text className='coupon__terms'>{coupon.terms}</Text>
      </View>
      <View className='coupon__body'>
        <Text className='coupon__name'>{coupon.name}</Text>
        <Text className='coupon__scope'>{coupon.scope}</Text>
        <Text className='coupon__expiry'>{when}</Text>
      </View>
    </View>
  )
}

export function Coupons() {
  const [tab, setTab] = useState<MemberCouponState>('AVAILABLE')
  const [list, setList] = useState<ListState>({ status: 'loading' })

  const load = useCallback(async (state: MemberCouponState) => {
    setList({ status: 'loading' })
    try {
      setList({ status: 'ready', coupons: await fetchMemberCoupons(state) })
    } catch (error) {
      setList({ status: 'error', message: toDisplayMessage(error) })
    }
  }, [])

  useEffect(() => void load(tab), [tab, load])
  const current = TABS.find((t) => t.state === tab)!

  return (
    <View className='section coupons' id='member-coupons'>
      <Text className='section__title'>我的优惠券</Text>
      <View className='tabs'>
        {TABS.map((t) => (
          <Text
            key={t.state}
            className={t.state === tab ? 'tabs__tab tabs__tab--active' : 'tabs__tab'}
            {...toggleButton(t.state === tab)}
            onClick={() => setTab(t.state)}
          >
            {t.label}
          </Text>
        ))}
      </View>
      {list.status === 'loading' && (
        <View className='coupons__loading'>
          <View className='skeleton skeleton--row' />
          <View className='skeleton skeleton--row' />
        </View>
      )}
      {list.status === 'error' && (
        <View className='section__state'>
          <Text>{list.message}</Text>
          <Button className='state-button' onClick={() => void load(tab)}>
            重试
          </Button>
        </View>
      )}
      {list.status === 'ready' &&
        (list.coupons.length ? (
          list.coupons.map((coupon) => <CouponRow key={coupon.id} coupon={coupon} />)
        ) : (
          <View className='section__state'>
            <Text>{current.empty}</Text>
            {tab === 'AVAILABLE' && (
              <Button className='state-button' onClick={() => void goHome()}>
                去首页逛逛
              </Button>
            )}
          </View>
        ))}
    </View>
  )
}
