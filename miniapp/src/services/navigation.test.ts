import Taro from '@tarojs/taro'
import { afterEach, expect, it, vi } from 'vitest'

import { goHome } from './navigation'

afterEach(() => vi.restoreAllMocks())

const onTop = (route: string) => vi.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route } as unknown as Taro.Page])

it('goHome switches to 首页 from another page, and stays put when 首页 is already on top', async () => {
  const switchTab = vi.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
  onTop('/pages/cart/index')
  await goHome()
  expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' })

  switchTab.mockClear()
  onTop('pages/index/index')
  await goHome()
  onTop('/pages/index/index')
  await goHome()
  expect(switchTab).not.toHaveBeenCalled()
})
