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

export function formatDelivery(deliversHere: boolean, estimateMinutes: number | null, pickupAvailable = true): string {
  if (!deliversHere) return pickupAvailable ? '当前位置不在配送范围，可到店自提' : '当前位置不在配送范围'
  // Delivers here, but no slot within 24 hours has room (or the store stays closed): checkout would refuse.
  if (estimateMinutes == null) return '暂无可预约的配送时段'
  return `约${estimateMinutes}分钟送达`
}

/** An instant as the store's wall-clock time (Asia/Shanghai, whatever the device's zone): "14:05". */
export function formatClock(iso: string): string {
  return new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' })
}
