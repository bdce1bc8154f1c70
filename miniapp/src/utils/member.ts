/** 8800000000000013 → "8800 0000 0000 0013": easier to read aloud at the till. */
export function groupDigits(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ')
}

/** Ledger times in Shanghai time, as the chain's receipts show them: 2026-11-25 09:30. */
export function formatLedgerTime(iso: string): string {
  const local = new Date(Date.parse(iso) + 8 * 3_600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
}

/** 13800000002 → 138****0002 */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone
}
