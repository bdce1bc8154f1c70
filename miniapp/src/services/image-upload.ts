import Taro from '@tarojs/taro'

import { bffFileUrl, fileRouteError, withToken } from './bff-files'
import { NetworkError } from './errors'

/** An image in the BFF's image store: its id (what a product or campaign keeps) and its renditions. */
export interface UploadedImage {
  id: string
  thumb: string
  large: string
}

/** Whose picture it is: a product's (head office) or a campaign banner of a store or (no store) the chain. */
export type UploadPurpose = { purpose: 'product' } | { purpose: 'campaign'; storeId: string | null }

const uploadPath = (scope: UploadPurpose) =>
  scope.purpose === 'product' ? '/images' : `/images?purpose=campaign${scope.storeId ? `&storeId=${encodeURIComponent(scope.storeId)}` : ''}`

const isCancel = (error: unknown) => /cancel/i.test((error as { errMsg?: string }).errMsg ?? '')

/** One photo from the album or the camera, as the platform hands it over; null when the person cancelled. */
async function choosePhoto(): Promise<string | null> {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const { tempFiles } = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })
      return tempFiles[0]?.tempFilePath ?? null
    }
    const { tempFilePaths } = await Taro.chooseImage({ count: 1, sourceType: ['album', 'camera'], sizeType: ['compressed'] })
    return tempFilePaths[0] ?? null
  } catch (error) {
    if (isCancel(error)) return null
    throw error
  }
}

/** The photo's bytes: weapp reads its temporary file; H5's path is a blob URL of the chosen file. */
async function photoBytes(path: string): Promise<ArrayBuffer | Blob> {
  if (process.env.TARO_ENV === 'weapp') {
    const { data } = await new Promise<{ data: string | ArrayBuffer }>((resolve, reject) =>
      Taro.getFileSystemManager().readFile({ filePath: path, success: resolve, fail: reject }),
    )
    return data as ArrayBuffer
  }
  return (await fetch(path)).blob()
}

/** POSTs the raw bytes (the route takes the image as the body, not a form) with the staff member's token. */
async function send(path: string, body: ArrayBuffer | Blob): Promise<{ status: number; text: string }> {
  return withToken(async (authorization) => {
    const header = { 'content-type': 'application/octet-stream', ...authorization }
    try {
      if (process.env.TARO_ENV === 'weapp') {
        const response = await Taro.request<string>({ url: bffFileUrl(path), method: 'POST', header, data: body, dataType: '其他', responseType: 'text' })
        return { status: response.statusCode, text: response.data }
      }
      const response = await fetch(bffFileUrl(path), { method: 'POST', headers: header, body })
      return { status: response.status, text: await response.text() }
    } catch (cause) {
      throw new NetworkError(`image upload: ${(cause as { errMsg?: string; message?: string }).errMsg ?? (cause as Error).message}`, { cause })
    }
  })
}

/**
 * Lets staff pick a photo (album or camera) and puts it into the image store; null when they
 * cancelled. A refusal (not allowed, not an image, too large) comes as the BFF's Chinese message.
 */
export async function chooseAndUploadImage(scope: UploadPurpose): Promise<UploadedImage | null> {
  const path = await choosePhoto()
  if (!path) return null
  const { status, text } = await send(uploadPath(scope), await photoBytes(path))
  if (status !== 201) throw fileRouteError(status, text, 'image upload')
  return JSON.parse(text) as UploadedImage
}
