import Taro from '@tarojs/taro'

import type { Coordinates } from './location'

/** A location the shopper chose by hand (district, landmark or address) when sharing was refused. */
export interface ChosenLocation extends Coordinates {
  label: string
}

export interface ChosenStore {
  id: string
  name: string
  /**
   * Chosen by the shopper (store switcher, a scanned code, another store's offer): it stays the current
   * store however far away they are. Otherwise it is the nearest store picked for them, kept only while
   * it is still among the nearby ones.
   */
  explicit: boolean
}

const LOCATION_KEY = 'corner.location'
const STORE_KEY = 'corner.store'
const CATEGORY_KEY = 'corner.category'

function read<T>(key: string): T | null {
  try {
    return (Taro.getStorageSync(key) as T) || null
  } catch {
    // Corrupt or unavailable storage must not break browsing: treat it as "nothing remembered".
    return null
  }
}

export const getChosenLocation = () => read<ChosenLocation>(LOCATION_KEY)
export function setChosenLocation(location: ChosenLocation): void {
  Taro.setStorageSync(LOCATION_KEY, location)
  // A new location means a new set of nearby stores; the nearest one should win again.
  Taro.removeStorageSync(STORE_KEY)
}

/** The store the shopper browses, remembered across launches. */
export const getChosenStore = () => read<ChosenStore>(STORE_KEY)
const storeChoiceListeners = new Set<() => void>()
/**
 * Calls `listener` whenever the shopper chooses a store: a code scanned at launch resolves while 首页
 * is already showing, and it must show that store at once. Returns the unsubscribe.
 */
export function onStoreChosen(listener: () => void): () => void {
  storeChoiceListeners.add(listener)
  return () => storeChoiceListeners.delete(listener)
}
/** The shopper's own choice of store. */
export function setChosenStore(store: Omit<ChosenStore, 'explicit'>): void {
  Taro.setStorageSync(STORE_KEY, { ...store, explicit: true })
  for (const listener of storeChoiceListeners) listener()
}
/** The nearest store, picked for the shopper. */
export const rememberNearestStore = (store: Omit<ChosenStore, 'explicit'>) =>
  Taro.setStorageSync(STORE_KEY, { ...store, explicit: false })

/** The category to open when the 分类 tab shows next (tab pages cannot take query parameters). */
export const takePendingCategory = (): string | null => {
  const id = read<string>(CATEGORY_KEY)
  if (id) Taro.removeStorageSync(CATEGORY_KEY)
  return id
}
export const setPendingCategory = (categoryId: string) => Taro.setStorageSync(CATEGORY_KEY, categoryId)
