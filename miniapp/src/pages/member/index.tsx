import { Button, Image, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import { isSignedIn, onSessionChange, signIn } from '@/services/auth'
import { toDisplayMessage } from '@/services/errors'
import { fetchMemberCard, fetchPointsHistory, fetchStoredValueHistory, joinMembership } from '@/services/member'
import { usePageBottom } from '@/services/page-lifecycle'
import { formatYuan } from '@/utils/format'
import { formatLedgerTime, groupDigits } from '@/utils/member'
import { qrDataUrl } from '@/utils/qr'

import { useLedgerPages } from './useLedgerPages'
import { useMemberCode } from './useMemberCode'
import './index.css'

type Card = NonNullable<Awaited<ReturnType<typeof fetchMemberCard>>>
type CardState = { status: 'loading' } | { status: 'signed-out' } | { status: 'not-member' } | { status: 'error'; message: string } | { status: 'ready'; card: Card }

function MemberCodePanel() {
  const code = useMemberCode(true)
  if (code.status === 'loading') return <View className='member-code member-code--loading'>正在生成会员码…</View>
  if (code.status === 'error') return <View className='member-code member-code--error'>{code.message}</View>
  return (
    <View className='member-code'>
      <Image className='member-code__qr' src={qrDataUrl(code.code.qrPayload)} mode='aspectFit' />
      <Text className='member-code__digits'>{groupDigits(code.code.digits)}</Text>
      <Text className='member-code__countdown'>{`${code.secondsLeft}秒后自动刷新 · 仅限本人到店使用`}</Text>
    </View>
  )
}

function History() {
  const [tab, setTab] = useState<'points' | 'stored'>('points')
  const points = useLedgerPages(fetchPointsHistory, tab === 'points')
  const stored = useLedgerPages(fetchStoredValueHistory, tab === 'stored')
  const active = tab === 'points' ? points : stored
  usePageBottom(() => void active.loadMore())

  return (
    <View className='history'>
      <View className='history__tabs'>
        <Text className={tab === 'points' ? 'history__tab history__tab--active' : 'history__tab'} onClick={() => setTab('points')}>
          积分明细
        </Text>
        <Text className={tab === 'stored' ? 'history__tab history__tab--active' : 'history__tab'} onClick={() => setTab('stored')}>
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
      <View className='history__footer'>
        {active.status === 'loading' && '加载中…'}
        {active.status === 'done' && (active.items.length ? '没有更多了' : '暂无记录')}
        {active.status === 'error' && (
          <Text onClick={() => void active.loadMore()}>{`${active.message ?? '加载失败'}，点击重试`}</Text>
        )}
      </View>
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

export default function Member() {
  const [state, setState] = useState<CardState>({ status: 'loading' })

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

  if (state.status === 'loading') return <View className='member-page member-page__state'>加载中…</View>
  if (state.status === 'signed-out' || state.status === 'error') {
    return (
      <View className='member-page member-page__state'>
        <Text>{state.status === 'error' ? state.message : '登录后查看会员卡'}</Text>
        <Button size='mini' onClick={() => void load()}>
          {state.status === 'error' ? '重试' : '登录'}
        </Button>
      </View>
    )
  }
  if (state.status === 'not-member') return <JoinPanel onJoined={() => void load()} />

  const { card } = state
  return (
    <View className='member-page'>
      <View className={`member-card member-card--${card.tier.toLowerCase()}`}>
        <View className='member-card__head'>
          <Text className='member-card__tier'>{card.tierName}</Text>
          <Text className='member-card__no'>{groupDigits(card.cardNo)}</Text>
        </View>
        <View className='member-card__stats'>
          <View className='member-card__stat'>
            <Text className='member-card__value member-card__points'>{card.points.available}</Text>
            <Text className='member-card__label'>{card.points.frozen > 0 ? `可用积分（${card.points.frozen}冻结中）` : '可用积分'}</Text>
          </View>
          <View className='member-card__stat'>
            <Text className='member-card__value member-card__balance'>{`¥${formatYuan(card.storedValueFen)}`}</Text>
            <Text className='member-card__label'>储值余额</Text>
          </View>
          <View className='member-card__stat'>
            <Text className='member-card__value member-card__coupons'>{card.usableCouponCount}</Text>
            <Text className='member-card__label'>可用优惠券</Text>
          </View>
        </View>
        {card.nextTier && (
          <Text className='member-card__next'>{`再消费¥${formatYuan(card.nextTier.remainingFen)}升级${card.nextTier.name}`}</Text>
        )}
        {card.memberPriceEligible && <Text className='member-card__perk'>线上线下均享会员价</Text>}
      </View>
      <MemberCodePanel />
      <History />
    </View>
  )
}
