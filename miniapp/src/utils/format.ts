export function formatDistance(meters: number): string {
  const m = Math.max(0, Math.round(meters))
  if (m < 1000) return `${m}m`
  return `${(m / 1000).toFixed(1)}km`
}

/** Fen (分) to a yuan string without trailing zeros: 300 → "3", 250 → "2.5". */
export function formatYuan(fen: number): string {
  return String(Number((fen / 100).toFixed(2)))
}

/** Fen to a ¥ amount with both decimals, for staff figures that are read against a till: 1290 → "¥12.90". */
export function formatYuanFixed(fen: number): string {
  return `¥${(fen / 100).toFixed(2)}`
}

/** A yuan amount as a person types it ("5", "5.5", "3.50") to fen; null when it is not one. */
export function parseYuan(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(trimmed)) return null
  return Math.round(Number(trimmed) * 100)
}

export function formatDelivery(deliversHere: boolean, estimateMinutes: number | null, pickupAvailable = true, deliveryPaused = false): string {
  // The store's busy switch: its area may well cover the shopper, it just takes no deliveries now.
  if (deliveryPaused) return pickupAvailable ? '门店繁忙，暂停外送，可到店自提' : '门店繁忙，暂停外送'
  if (!deliversHere) return pickupAvailable ? '当前位置不在配送范围，可到店自提' : '当前位置不在配送范围'
  // Delivers here, but no slot within 24 hours has room (or the store stays closed): checkout would refuse.
  if (estimateMinutes == null) return '暂无可预约的配送时段'
  return `约${estimateMinutes}分钟送达`
}

/** An instant as the store's wall-clock time (Asia/Shanghai, whatever the device's zone): "14:05". */
export function formatClock(iso: string): string {
  return new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' })
}
