import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'

import { BUTTON, toggleButton } from '@/components/control'
import { withTabBar } from '@/components/TabBar'
import { isSignedIn, onSessionChange, signIn } from '@/services/auth'
import { toDisplayMessage } from '@/services/errors'
import { fetchMemberCard, fetchPointsHistory, fetchStoredValueHistory, joinMembership } from '@/services/member'
import { goHome, ROUTES } from '@/services/navigation'
import { usePageBottom } from '@/services/page-lifecycle'
import { formatYuan } from '@/utils/format'
import { formatLedgerTime, groupDigits } from '@/utils/member'

import { Coupons } from './Coupons'
import { MemberCodePanel } from './MemberCode'
import { useLedgerPages } from './useLedgerPages'
import './index.css'

type Card = NonNullable<Awaited<ReturnType<typeof fetchMemberCard>>>
type CardState = { status: 'loading' } | { status: 'signed-out' } | { status: 'not-member' } | { status: 'error'; message: string } | { status: 'ready'; card: Card }

function TierProgress({ card }: { card: Card }) {
  const next = card.nextTier
  if (!next) {
    return (
      <View className='section tier'>
        <Text className='tier__title'>{`${card.tierName} · 最高等级`}</Text>
        <Text className='tier__hint'>{`近12个月消费¥${formatYuan(card.spendLast12MonthsFen)}，保持消费即可保级`}</Text>
      </View>
    )
  }
  const span = Math.max(1, next.thresholdFen - next.fromFen)
  const percent = Math.min(100, Math.max(0, Math.round(((card.spendLast12MonthsFen - next.fromFen) / span) * 100)))
  return (
    <View className='section tier'>
      <View className='tier__head'>
        <Text className='tier__title'>{card.tierName}</Text>
        <Text className='tier__next'>{next.name}</Text>
      </View>
      <View className='tier__bar'>
        <View className='tier__fill' style={{ width: `${percent}%` }} />
      </View>
      <Text className='tier__hint'>
        {`近12个月消费¥${formatYuan(card.spendLast12MonthsFen)} / ¥${formatYuan(next.thresholdFen)}，再消费¥${formatYuan(next.remainingFen)}升级${next.name}`}
      </Text>
    </View>
  )
}

const scrollTo = (selector: string) => void Taro.pageScrollTo({ selector, duration: 200 }).catch(() => undefined)

type HistoryTab = 'points' | 'stored'

function History({ tab, setTab }: { tab: HistoryTab; setTab: (tab: HistoryTab) => void }) {
  const points = useLedgerPages(fetchPointsHistory, tab === 'points')
  const stored = useLedgerPages(fetchStoredValueHistory, tab === 'stored')
  const active = tab === 'points' ? points : stored
  usePageBottom(() => void active.loadMore())

  return (
    <View className='section history' id='member-history'>
      <View className='tabs'>
        <Text
          className={tab === 'points' ? 'tabs__tab tabs__tab--active' : 'tabs__tab'}
          {...toggleButton(tab === 'points')}
          onClick={() => setTab('points')}
        >
          积分明细
        </Text>
        <Text
          className={tab === 'stored' ? 'tabs__tab tabs__tab--active' : 'tabs__tab'}
          {...toggleButton(tab === 'stored')}
          onClick={() => setTab('stored')}
        >
          储值明细
        </Text>
      </View>
      {tab === 'points'
        ? points.items.map((entry) => (
            <View className='ledger-row points-entry' key={entry.id}>
              <View className='ledger-row__main'>
                <Text className='ledger-row__reason'>{entry.reason}</Text>
                <Text className='ledger-row__time'>
                  {formatLedgerTime(entry.createdAt)}
                  {entry.frozenUntil && Date.parse(entry.frozenUntil) > Date.now() ? ` · 冻结至${formatLedgerTime(entry.frozenUntil)}` : ''}
                </Text>
              </View>
              <Text className={entry.amount > 0 ? 'ledger-row__amount ledger-row__amount--in' : 'ledger-row__amount'}>
                {entry.amount > 0 ? `+${entry.amount}` : entry.amount}
              </Text>
            </View>
          ))
        : stored.items.map((entry) => (
            <View className='ledger-row stored-entry' key={entry.id}>
              <View className='ledger-row__main'>
                <Text className='ledger-row__reason'>{entry.reason}</Text>
                <Text className='ledger-row__time'>{formatLedgerTime(entry.createdAt)}</Text>
              </View>
              <Text className={entry.amountFen > 0 ? 'ledger-row__amount ledger-row__amount--in' : 'ledger-row__amount'}>
                {`${entry.amountFen > 0 ? '+' : '-'}¥${formatYuan(Math.abs(entry.amountFen))}`}
              </Text>
            </View>
          ))}
      {active.status === 'loading' && active.items.length === 0 && <View className='skeleton skeleton--row' />}
      {active.status === 'done' && active.items.length === 0 ? (
        <View className='section__state'>
          <Text>{tab === 'points' ? '还没有积分记录，消费1元得积分' : '还没有储值记录，可到门店收银台充值'}</Text>
          <Button className='state-button' onClick={() => void goHome()}>
            去首页逛逛
          </Button>
        </View>
      ) : (
        <View className='history__footer'>
          {active.status === 'loading' && active.items.length > 0 && '加载中…'}
          {active.status === 'done' && '没有更多了'}
          {active.status === 'error' && (
            <Button className='state-button' onClick={() => void active.loadMore()}>
              {`${active.message ?? '加载失败'}，重试`}
            </Button>
          )}
        </View>
      )}
    </View>
  )
}

function MemberSkeleton() {
  return (
    <View className='member-page' ariaLabel='加载中'>
      <View className='skeleton member-skeleton__card' />
      <View className='tiles'>
        {[0, 1, 2].map((i) => (
          <View key={i} className='skeleton member-skeleton__tile' />
        ))}
      </View>
      <View className='skeleton skeleton--row' />
      <View className='skeleton skeleton--row' />
    </View>
  )
}

function JoinPanel({ onJoined }: { onJoined: () => void }) {
  const [message, setMessage] = useState<string | null>(null)
  const join = async (phoneCode?: string) => {
    try {
      await joinMembership(phoneCode)
      onJoined()
    } catch (error) {
      setMessage(toDisplayMessage(error))
    }
  }
  return (
    <View className='join'>
      <Text className='join__title'>开通会员，线上线下同享积分与会员价</Text>
      {process.env.TARO_ENV === 'weapp' && (
        <Button className='join__button' openType='getPhoneNumber' onGetPhoneNumber={(e) => e.detail.code && void join(e.detail.code)}>
          授权手机号开通
        </Button>
      )}
      <Button className='join__button join__button--plain' onClick={() => void join()}>
        {process.env.TARO_ENV === 'weapp' ? '暂不授权，直接开通' : '立即开通会员'}
      </Button>
      {message && <Text className='join__error'>{message}</Text>}
    </View>
  )
}

function Member() {
  const [state, setState] = useState<CardState>({ status: 'loading' })
  const [historyTab, setHistoryTab] = useState<HistoryTab>('points')

  const load = useCallback(async () => {
    if (!isSignedIn() && !(await signIn())) {
      setState({ status: 'signed-out' })
      return
    }
    try {
      const card = await fetchMemberCard()
      setState(card ? { status: 'ready', card } : { status: 'not-member' })
    } catch (error) {
      setState({ status: 'error', message: toDisplayMessage(error) })
    }
  }, [])

  useEffect(() => {
    void load()
    return onSessionChange(() => void load())
  }, [load])

  if (state.status === 'loading') return <MemberSkeleton />
  if (state.status === 'signed-out' || state.status === 'error') {
    return (
      <View className='member-page member-page__state'>
        <Text>{state.status === 'error' ? state.message : '登录后查看会员卡'}</Text>
        <Button className='state-button' onClick={() => void load()}>
          {state.status === 'error' ? '重试' : '登录'}
        </Button>
      </View>
    )
  }
  if (state.status === 'not-member') return <JoinPanel onJoined={() => void load()} />

  const { card } = state
  const showHistory = (tab: HistoryTab) => {
    setHistoryTab(tab)
    scrollTo('#member-history')
  }
  return (
    <View className='member-page'>
      <View className={`member-card member-card--${card.tier.toLowerCase()}`}>
        <View className='member-card__head'>
          <Text className='member-card__tier'>{card.tierName}</Text>
          <Text className='member-card__no'>{groupDigits(card.cardNo)}</Text>
        </View>
        <MemberCodePanel />
        {card.memberPriceEligible && <Text className='member-card__perk'>出示会员码，线上线下均享会员价与积分</Text>}
      </View>
      <View className='tiles'>
        <View className='tile' {...BUTTON} onClick={() => showHistory('points')}>
          <Text className='tile__value member-card__points'>{card.points.available}</Text>
          <Text className='tile__label'>{card.points.frozen > 0 ? `积分（${card.points.frozen}冻结中）` : '可用积分'}</Text>
        </View>
        <View className='tile' {...BUTTON} onClick={() => showHistory('stored')}>
          <Text className='tile__value member-card__balance'>{`¥${formatYuan(card.storedValueFen)}`}</Text>
          <Text className='tile__label'>储值余额</Text>
        </View>
        <View className='tile' {...BUTTON} onClick={() => scrollTo('#member-coupons')}>
          <Text className='tile__value member-card__coupons'>{card.usableCouponCount}</Text>
          <Text className='tile__label'>可用优惠券</Text>
        </View>
      </View>
      <TierProgress card={card} />
      <Coupons />
      <History tab={historyTab} setTab={setHistoryTab} />
    </View>
  )
}

export default withTabBar(ROUTES.member, Member)
