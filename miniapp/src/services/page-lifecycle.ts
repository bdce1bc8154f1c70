import { useDidHide, useDidShow, useReachBottom } from '@tarojs/taro'

/**
 * Page lifecycle hooks, kept here so component tests can replace them (vitest runs the H5 APIs
 * without Taro's React reconciler, which is what provides these hooks).
 */
export function usePageVisibility(onShow: () => void, onHide: () => void): void {
  useDidShow(onShow)
  useDidHide(onHide)
}

export const usePageBottom = useReachBottom
