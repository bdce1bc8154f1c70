import Taro from '@tarojs/taro'
import {
  CreateQrCodeDocument,
  QrReportDocument,
  SetQrCodeDisabledDocument,
  StoreCampaignsDocument,
  StoreQrCodesDocument,
  type CreateQrCodeInput,
  type QrCodeAdminFieldsFragment,
} from '@corner/shared-types/client'

import { bffFileUrl, fileRouteError, withToken } from './bff-files'
import { NetworkError } from './errors'
import { graphqlClient } from './graphql-client'

export type StoreQrCode = QrCodeAdminFieldsFragment
export type QrReport = Awaited<ReturnType<typeof fetchQrReport>>
/** The printable poster as PNG or SVG, or WeChat's own round mini-program code alone (PNG). */
export type PosterFormat = 'png' | 'svg' | 'wxacode'

export const fetchStoreQrCodes = async (storeId: string) => (await graphqlClient.request(StoreQrCodesDocument, { storeId })).storeQrCodes
export const createQrCode = async (input: CreateQrCodeInput) => (await graphqlClient.request(CreateQrCodeDocument, { input })).createQrCode
export const setQrCodeDisabled = async (id: string, disabled: boolean) =>
  (await graphqlClient.request(SetQrCodeDisabledDocument, { id, disabled })).setQrCodeDisabled
export const fetchStoreCampaigns = async (storeId: string) => (await graphqlClient.request(StoreCampaignsDocument, { storeId })).storeCampaigns
export type StoreCampaign = Awaited<ReturnType<typeof fetchStoreCampaigns>>[number]
export const fetchQrReport = async (storeId: string, from: string, to: string) =>
  (await graphqlClient.request(QrReportDocument, { storeId, from, to })).qrReport

// Asia/Shanghai has no daylight saving, so its calendar day is the UTC day of the instant 8 hours later.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The Asia/Shanghai calendar day (YYYY-MM-DD) of an instant, whatever the device's time zone. */
export const shanghaiDay = (at: number): string => new Date(at + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)

/** The report's default range: the last `days` Asia/Shanghai days, today included. */
export function lastShanghaiDays(days: number, now = Date.now()): { from: string; to: string } {
  return { from: shanghaiDay(now - (days - 1) * DAY_MS), to: shanghaiDay(now) }
}

/** A day (YYYY-MM-DD) as people write it: 2026年11月1日. */
export const formatDay = (day: string): string => {
  const [year, month, date] = day.split('-').map(Number)
  return `${year}年${month}月${date}日`
}

/**
 * The last day a code still works, in words. Codes made here expire as their chosen Shanghai day
 * ends, so an expiry at Shanghai midnight reads as the day before; any other instant gets its time.
 */
export function expiryLabel(expiresAt: string): string {
  const at = Date.parse(expiresAt)
  const lastDay = shanghaiDay(at - 1)
  if (endOfShanghaiDay(lastDay) === new Date(at).toISOString()) return `有效期至 ${formatDay(lastDay)}`
  const time = new Date(at + SHANGHAI_OFFSET_MS).toISOString().slice(11, 16)
  return `有效期至 ${formatDay(shanghaiDay(at))} ${time}`
}

/** A code valid "until" a day stops working when that Asia/Shanghai day is over; null for a malformed day. */
export function endOfShanghaiDay(day: string): string | null {
  const start = Date.parse(`${day}T00:00:00+08:00`)
  if (!DAY.test(day) || Number.isNaN(start) || shanghaiDay(start) !== day) return null
  return new Date(start + DAY_MS).toISOString()
}

/** 启用 / 停用 / 已过期 (an ended campaign counts as expired: neither prints nor opens any more). */
export function qrCodeStatus(code: Pick<StoreQrCode, 'disabledAt' | 'active'>): '启用' | '停用' | '已过期' {
  if (code.disabledAt) return '停用'
  return code.active ? '启用' : '已过期'
}

/** Poster formats the platform can keep: the weapp photo album takes images, not SVG. */
export const POSTER_FORMATS: PosterFormat[] = process.env.TARO_ENV === 'weapp' ? ['png', 'wxacode'] : ['png', 'svg', 'wxacode']

/** What each download is called on its button and in the notice after it. */
export const POSTER_NAMES: Record<PosterFormat, { button: string; noun: string }> = {
  png: { button: '下载海报', noun: '海报' },
  svg: { button: '下载SVG海报', noun: '海报' },
  wxacode: { button: '下载小程序码', noun: '小程序码' },
}

async function fetchPosterBlob(path: string): Promise<Blob> {
  const response = await withToken(async (headers) => {
    try {
      return await fetch(bffFileUrl(path), { headers })
    } catch (cause) {
      throw new NetworkError(`poster: ${(cause as Error).message}`, { cause })
    }
  })
  if (!response.ok) throw fileRouteError(response.status, await response.text(), 'poster')
  return response.blob()
}

async function downloadPosterFile(path: string): Promise<string> {
  const result = await withToken(async (header) => {
    try {
      const { statusCode, tempFilePath } = await Taro.downloadFile({ url: bffFileUrl(path), header })
      return { status: statusCode, tempFilePath }
    } catch (cause) {
      throw new NetworkError(`poster: ${(cause as { errMsg?: string }).errMsg ?? 'download failed'}`, { cause })
    }
  })
  if (result.status !== 200) {
    const body = Taro.getFileSystemManager().readFileSync(result.tempFilePath, 'utf8') as string
    throw fileRouteError(result.status, body, 'poster')
  }
  return result.tempFilePath
}

export interface SavedPoster {
  /** What to show inline on H5 (an object URL, released with releasePosterPreview); null on weapp, which previews natively. */
  previewUrl: string | null
  /** false when the weapp photo album was refused; the native preview still lets the manager long-press to save. */
  saved: boolean
}

/**
 * Downloads a code's poster with the manager's token and keeps it: on H5 as a file download (plus a
 * preview), on weapp into the photo album, then opened in the native image preview.
 */
export async function savePoster(
  code: Pick<StoreQrCode, 'label' | 'scene' | 'posterPngPath' | 'posterSvgPath' | 'wxacodePath'>,
  format: PosterFormat,
): Promise<SavedPoster> {
  const path = { png: code.posterPngPath, svg: code.posterSvgPath, wxacode: code.wxacodePath }[format]
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = await downloadPosterFile(path)
    const saved = await Taro.saveImageToPhotosAlbum({ filePath }).then(
      () => true,
      () => false,
    )
    await Taro.previewImage({ urls: [filePath], current: filePath })
    return { previewUrl: null, saved }
  }
  const previewUrl = URL.createObjectURL(await fetchPosterBlob(path))
  const link = document.createElement('a')
  link.href = previewUrl
  link.download = format === 'wxacode' ? `${code.label}-${code.scene}-小程序码.png` : `${code.label}-${code.scene}.${format}`
  document.body.appendChild(link)
  link.click()
  link.remove()
  return { previewUrl, saved: true }
}

/**
 * A small picture of a live code's poster for its card: on H5 the SVG (light to make, drawn by the
 * browser) as a data URL, which needs no releasing; on weapp, whose image view takes files, the PNG.
 */
export async function posterThumbnail(code: Pick<StoreQrCode, 'posterPngPath' | 'posterSvgPath'>): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') return downloadPosterFile(code.posterPngPath)
  const svg = await (await fetchPosterBlob(code.posterSvgPath)).text()
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

export function releasePosterPreview(url: string | null): void {
  if (url && process.env.TARO_ENV !== 'weapp') URL.revokeObjectURL(url)
}
