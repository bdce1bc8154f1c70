import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'

import { onSessionChange } from './auth'
import type { Permission } from '@corner/shared-types/client'

import { fetchStaffAccess } from './staff'

type StaffAccess = Awaited<ReturnType<typeof fetchStaffAccess>>
export type StaffStore = StaffAccess['stores'][number]

const CHOSEN_STORE_KEY = 'staff.storeId'

/**
 * The stores this account works at, fetched once per staff session: every staff page reads them,
 * and refetching on each tab switch would flash a loading state at the counter.
 */
let storesOnce: Promise<StaffAccess> | null = null

export function loadStaffAccess(): Promise<StaffAccess> {
  storesOnce ??= fetchStaffAccess().catch((error: unknown) => {
    storesOnce = null
    throw error
  })
  return storesOnce
}

/** Forgets the stores and the chosen one. */
export function resetStaffSession(): void {
  storesOnce = null
  Taro.removeStorageSync(CHOSEN_STORE_KEY)
}
// A new session may be another account's: its stores are fetched again. The chosen store is kept,
// since a refreshed token is the same clerk, and pickStore ignores a store that is not theirs.
onSessionChange(() => {
  storesOnce = null
})

/** The store chosen last survives switching staff pages and restarts; otherwise the first one. */
export function pickStore(stores: StaffStore[]): StaffStore | null {
  const chosen = Taro.getStorageSync<string>(CHOSEN_STORE_KEY)
  return stores.find((s) => s.storeId === chosen) ?? stores[0] ?? null
}

export function chooseStore(store: StaffStore): void {
  Taro.setStorageSync(CHOSEN_STORE_KEY, store.storeId)
}

export type StaffSession =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown; retry: () => void }
  | { state: 'not-staff' }
  | { state: 'ready'; stores: StaffStore[]; store: StaffStore; chainPermissions: Permission[]; switchTo: (store: StaffStore) => void }

export function useStaffSession(): StaffSession {
  const [attempt, setAttempt] = useState(0)
  const [session, setSession] = useState<StaffSession>({ state: 'loading' })
  useEffect(() => {
    let live = true
    loadStaffAccess()
      .then(({ stores, chainPermissions }) => {
        if (!live) return
        const store = pickStore(stores)
        if (!store) return setSession({ state: 'not-staff' })
        const switchTo = (next: StaffStore) => {
          chooseStore(next)
          setSession({ state: 'ready', stores, store: next, chainPermissions, switchTo })
        }
        setSession({ state: 'ready', stores, store, chainPermissions, switchTo })
      })
      .catch((error: unknown) => live && setSession({ state: 'failed', error, retry: () => setAttempt((n) => n + 1) }))
    return () => {
      live = false
    }
  }, [attempt])
  // Another account signed in (the launch's silent sign-in finishing late, or a switch in 我的): its stores.
  useEffect(() => onSessionChange(() => setAttempt((n) => n + 1)), [])
  return session
}
