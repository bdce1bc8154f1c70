import Taro from '@tarojs/taro'

const HISTORY_KEY = 'corner.search-history'
const HISTORY_SIZE = 10

/** The shopper's recent searches, newest first. */
export function getSearchHistory(): string[] {
  try {
    const saved = Taro.getStorageSync(HISTORY_KEY) as string[] | ''
    return Array.isArray(saved) ? saved : []
  } catch {
    return []
  }
}

export function rememberSearch(query: string): string[] {
  const next = [query, ...getSearchHistory().filter((q) => q !== query)].slice(0, HISTORY_SIZE)
  Taro.setStorageSync(HISTORY_KEY, next)
  return next
}

export function clearSearchHistory(): void {
  Taro.removeStorageSync(HISTORY_KEY)
}
