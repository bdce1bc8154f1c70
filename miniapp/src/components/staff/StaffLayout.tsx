import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'

import { Button } from '@/components/Button'
import { ErrorState, Loading } from '@/components/StateView'
import { toDisplayMessage } from '@/services/errors'
import { switchStaffTab, type StaffTab } from '@/services/navigation'
import { usePageVisibility } from '@/services/page-lifecycle'
import { QUEUE_POLL_MS } from '@/services/staff'
import { useStaffSession, type StaffStore } from '@/services/staff-session'

import { useRun, type Run } from './run'
import { useNewOrderAlert } from './useNewOrderAlert'
import './StaffLayout.css'

const TABS: Array<{ tab: StaffTab; label: string; managerOnly?: boolean }> = [
  { tab: 'orders', label: '订单' },
  { tab: 'pickup', label: '核销' },
  { tab: 'till', label: '收银' },
  { tab: 'stock', label: '库存' },
  { tab: 'manager', label: '店长', managerOnly: true },
]

export interface StaffPageContext {
  store: StaffStore
  run: Run
  /** Counts the store's events (new, cancelled, changed orders) heard while the page is shown. */
  storeEvents: number
  /** Whether the page is on screen (polling stops when it is not). */
  shown: boolean
}

/**
 * Every staff page: the store being worked (with a switch for staff of several stores), the
 * page's refusals in one place, the staff tab bar, and the store's event channel: whichever staff
 * page is open, a new paid order rings and vibrates. A clerk's bar has no 店长, and a clerk who opens
 * the manager's page anyway is told so (the BFF refuses its data regardless).
 */
export function StaffLayout({ tab, children }: { tab: StaffTab; children: (context: StaffPageContext) => ReactNode }) {
  const session = useStaffSession()
  const { run, message } = useRun()
  const [shown, setShown] = useState(true)
  usePageVisibility(() => setShown(true), () => setShown(false))
  const [storeEvents, setStoreEvents] = useState(0)
  const channel = useNewOrderAlert(session.state === 'ready' ? session.store.storeId : null, shown, () => setStoreEvents((n) => n + 1))

  if (session.state === 'loading') return <View className='staff-layout'><Loading skeleton='rows' /></View>
  if (session.state === 'failed') {
    return (
      <View className='staff-layout'>
        <ErrorState message={toDisplayMessage(session.error)} onRetry={session.retry} />
      </View>
    )
  }
  if (session.state === 'not-staff') {
    return (
      <View className='staff-layout'>
        <Text className='staff-layout__notice'>您不是门店员工</Text>
      </View>
    )
  }
  const { store, stores, switchTo } = session
  const isManager = store.role === 'MANAGER'
  return (
    <View className='staff-layout'>
      <View className='staff-layout__header'>
        <Text className='staff-layout__store'>{store.name}</Text>
        <Text className='staff-layout__role'>{isManager ? '店长' : '店员'}</Text>
      </View>
      {stores.length > 1 && (
        <View className='staff-layout__stores'>
          {stores.map((s) => (
            <Button key={s.storeId} size='sm' variant={s.storeId === store.storeId ? 'primary' : 'secondary'} onClick={() => switchTo(s)}>
              {s.name}
            </Button>
          ))}
        </View>
      )}
      {channel === 'polling' && (
        <View className='staff-layout__error' role='status'>
          {`实时提醒已断开，正在重连（订单每${QUEUE_POLL_MS / 1000}秒刷新）`}
        </View>
      )}
      {message && (
        <View className='staff-layout__error' role='alert'>
          {message}
        </View>
      )}
      <View className='staff-layout__body'>
        {tab === 'manager' && !isManager ? <Text className='staff-layout__notice'>仅店长可用</Text> : children({ store, run, storeEvents, shown })}
      </View>
      <View className='staff-tabs' role='tablist'>
        {TABS.filter((t) => isManager || !t.managerOnly).map((t) => (
          <View
            key={t.tab}
            role='tab'
            aria-selected={t.tab === tab ? 'true' : 'false'}
            className={`staff-tabs__item ${t.tab === tab ? 'staff-tabs__item--on' : ''}`}
            onClick={() => t.tab !== tab && void switchStaffTab(t.tab)}
          >
            <Text className='staff-tabs__label'>{t.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
