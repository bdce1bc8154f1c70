import { getCurrentLocation, type Coordinates } from './location'
import { getChosenLocation } from './preferences'

/**
 * Where to look for stores: a place the shopper chose by hand wins (they may be ordering for
 * elsewhere), then the device location; null when location is refused and nothing was chosen.
 */
export async function resolveShopperLocation(): Promise<{ location: Coordinates; label: string | null } | null> {
  const chosen = getChosenLocation()
  if (chosen) return { location: { lat: chosen.lat, lng: chosen.lng }, label: chosen.label }
  try {
    return { location: await getCurrentLocation(), label: null }
  } catch {
    return null
  }
}
