import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

import { Button } from '@/components/Button'
import { ErrorState, Loading } from '@/components/StateView'
import { toDisplayMessage } from '@/services/errors'
import { switchStaffTab, type StaffTab } from '@/services/navigation'
import { useStaffSession, type StaffStore } from '@/services/staff-session'

import { useRun, type Run } from './run'
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
}

/**
 * Every staff page: the store being worked (with a switch for staff of several stores), the
 * page's refusals in one place, and the staff tab bar. A clerk's bar has no 店长, and a clerk who
 * opens the manager's page anyway is told so (the BFF refuses its data regardless).
 */
export function StaffLayout({ tab, children }: { tab: StaffTab; children: (context: StaffPageContext) => ReactNode }) {
  const session = useStaffSession()
  const { run, message } = useRun()

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
      {message && (
        <View className='staff-layout__error' role='alert'>
          {message}
        </View>
      )}
      <View className='staff-layout__body'>
        {tab === 'manager' && !isManager ? <Text className='staff-layout__notice'>仅店长可用</Text> : children({ store, run })}
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
