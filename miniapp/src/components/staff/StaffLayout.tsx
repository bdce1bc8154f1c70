import { Picker, Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'

import { Button } from '@/components/Button'
import { BUTTON } from '@/components/control'
import { ErrorState, Loading } from '@/components/StateView'
import { toDisplayMessage } from '@/services/errors'
import { switchStaffTab, type StaffTab } from '@/services/navigation'
import { usePageVisibility } from '@/services/page-lifecycle'
import { QUEUE_POLL_MS } from '@/services/staff'
import { useStaffSession, type StaffStore } from '@/services/staff-session'
import type { Permission } from '@corner/shared-types/client'

import { useRun, type Run } from './run'
import { MANAGER_PAGE_NEEDS } from './tools'
import { useNewOrderAlert } from './useNewOrderAlert'
// counter.css (the counter pages' fields and lists) first, here: the weapp build puts every staff
// page's CSS in one shared chunk and refuses two pages importing the two sheets in different orders.
import './counter.css'
import './StaffLayout.css'

/** Up to this many stores show as buttons; more (head office) as a picker. */
const MAX_STORE_BUTTONS = 4

/**
 * Each tab shows to those who may use it at the store being worked, 总部 to those with a chain-wide
 * role (the BFF refuses the rest anyway).
 */
const TABS: Array<{ tab: StaffTab; label: string; needs: readonly Permission[]; chain?: true }> = [
  { tab: 'orders', label: '订单', needs: ['ORDERS_FULFIL'] },
  { tab: 'pickup', label: '核销', needs: ['ORDERS_FULFIL'] },
  { tab: 'till', label: '收银', needs: ['TILL'] },
  { tab: 'stock', label: '库存', needs: ['STOCK'] },
  { tab: 'manager', label: '店长', needs: MANAGER_PAGE_NEEDS },
  { tab: 'hq', label: '总部', needs: [], chain: true },
]

export const mayUse = (permissions: readonly Permission[], needs: readonly Permission[]) => needs.some((permission) => permissions.includes(permission))

export interface StaffPageContext {
  store: StaffStore
  /** What the account may do over the whole chain (head office); empty for store staff. */
  chainPermissions: Permission[]
  run: Run
  /** Counts the store's events (new, cancelled, changed orders) heard while the page is shown. */
  storeEvents: number
  /** Whether the page is on screen (polling stops when it is not). */
  shown: boolean
}

/**
 * Every staff page: the store being worked (with a switch for staff of several stores), the
 * page's refusals in one place, the staff tab bar, and the store's event channel: whichever staff
 * page is open, a new paid order rings and vibrates. The bar shows only the tabs the account's role
 * allows at the store (a clerk has no 店长); a page opened anyway says it is not theirs.
 */
export function StaffLayout({ tab, children }: { tab: StaffTab; children: (context: StaffPageContext) => ReactNode }) {
  const session = useStaffSession()
  const { run, message } = useRun()
  const [shown, setShown] = useState(true)
  usePageVisibility(() => setShown(true), () => setShown(false))
  const [storeEvents, setStoreEvents] = useState(0)
  // Only those who handle orders hear them (head office browsing a store does not).
  const hearsOrders = session.state === 'ready' && session.store.permissions.includes('ORDERS_FULFIL')
  const channel = useNewOrderAlert(hearsOrders ? session.store.storeId : null, shown, () => setStoreEvents((n) => n + 1))

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
  const { store, stores, chainPermissions, switchTo } = session
  const tabs = TABS.filter((t) => (t.chain ? chainPermissions.length > 0 : mayUse(store.permissions, t.needs)))
  const allowed = tabs.some((t) => t.tab === tab) || !TABS.some((t) => t.tab === tab)
  // 总部's pages act on the whole chain, not on the store being worked.
  const chainPage = tab === 'hq'
  return (
    <View className='staff-layout'>
      <View className='staff-layout__header'>
        <Text className='staff-layout__store'>{chainPage ? '全部门店' : store.name}</Text>
        <Text className='staff-layout__role'>{store.roleName}</Text>
      </View>
      {chainPage ? null : stores.length > MAX_STORE_BUTTONS ? (
        // Head office reaches every store: a list to pick from, not a wall of buttons.
        <Picker mode='selector' range={stores.map((s) => s.name)} value={stores.indexOf(store)} onChange={(event) => switchTo(stores[Number(event.detail.value)]!)}>
          <View className='staff-layout__switch' {...BUTTON}>{`切换门店（共${stores.length}家）`}</View>
        </Picker>
      ) : stores.length > 1 && (
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
        {allowed ? children({ store, chainPermissions, run, storeEvents, shown }) : <Text className='staff-layout__notice'>{`您在${store.name}的角色（${store.roleName}）不能使用此页`}</Text>}
      </View>
      <View className='staff-tabs' role='tablist'>
        {tabs.map((t) => (
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
