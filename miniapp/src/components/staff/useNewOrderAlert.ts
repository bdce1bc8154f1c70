import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'

import { subscribeStoreEvents, type ChannelMode, type StoreEvent } from '@/services/staff-events'

/** The chime (scripts/generate-alert-sound.mjs), copied into both builds by config/index.ts. */
export const NEW_ORDER_SOUND = '/assets/sounds/new-order.wav'

/** Whether the mini-program (or the H5 tab) is in the foreground. */
function useAppForeground(): boolean {
  const [foreground, setForeground] = useState(true)
  useEffect(() => {
    const show = () => setForeground(true)
    const hide = () => setForeground(false)
    Taro.onAppShow(show)
    Taro.onAppHide(hide)
    return () => {
      Taro.offAppShow(show)
      Taro.offAppHide(hide)
    }
  }, [])
  return foreground
}

/**
 * A staff page's ear for its store: while the page is shown and the app in the foreground, new paid
 * orders ring the chime and vibrate the phone, and every store event reaches `onEvent` (to reload
 * the queue). Hidden or in the background, the channel is closed: nothing rings in a pocket, and a
 * page shown again catches up through the RESYNC its new subscription starts with.
 * Returns whether events arrive live or by polling, for the page to say so.
 */
export function useNewOrderAlert(storeId: string | null, pageShown: boolean, onEvent?: (event: StoreEvent) => void): ChannelMode | null {
  const appForeground = useAppForeground()
  const [mode, setMode] = useState<ChannelMode | null>(null)
  const latest = useRef(onEvent)
  latest.current = onEvent
  const active = Boolean(storeId) && pageShown && appForeground

  useEffect(() => {
    if (!active || !storeId) return
    const chime = Taro.createInnerAudioContext()
    chime.src = NEW_ORDER_SOUND
    const stop = subscribeStoreEvents(storeId, {
      onEvent(event) {
        if (event.type === 'ORDER_PAID') {
          chime.stop()
          chime.play()
          // Some devices have no vibrator, and H5 may refuse it: the chime and the list still tell.
          Taro.vibrateLong({}).catch(() => undefined)
        }
        latest.current?.(event)
      },
      onMode: setMode,
    })
    return () => {
      stop()
      chime.destroy()
      setMode(null)
    }
  }, [active, storeId])

  return mode
}
