import Taro from '@tarojs/taro'

import { LocationUnavailableError } from './errors'

export interface Coordinates {
  lat: number
  lng: number
}

/** WGS-84, as the BFF's LocationInput expects. Rejects with LocationUnavailableError on refusal or failure. */
export async function getCurrentLocation(): Promise<Coordinates> {
  try {
    const res = await Taro.getLocation({ type: 'wgs84' })
    return { lat: res.latitude, lng: res.longitude }
  } catch (cause) {
    const errMsg = (cause as { errMsg?: string })?.errMsg ?? String(cause)
    throw new LocationUnavailableError(errMsg, { cause })
  }
}

