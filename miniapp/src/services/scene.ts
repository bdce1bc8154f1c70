import Taro from '@tarojs/taro'
import { ClaimVisitorScansDocument, ResolveSceneDocument } from '@corner/shared-types/client'

import { ensureSignedIn, isSignedIn } from './auth'
import { VISITOR_STORAGE_KEY as VISITOR_KEY } from './early-requests'
import { GraphQLRequestError } from './errors'
import { toast } from './feedback'
import { anonymousClient, graphqlClient } from './graphql-client'
import { goHome, openCampaign, openProduct } from './navigation'
import { setChosenStore } from './preferences'

/** The scene the current visit came from, passed to placeOrder to pick among several scans. */
const VISIT_SCENE_KEY = 'corner.visitScene'

/** What the app receives on launch and on show: `query.scene` from a mini-program code, `query.q` from a plain QR link. */
export interface EntryOptions {
  query?: Record<string, string | undefined>
}

/** The scene inside a plain-link QR (`https://…/?scene=…`), which WeChat hands over as `q`. */
function sceneOfLink(link: string): string | null {
  try {
    return new URL(link).searchParams.get('scene')
  } catch {
    return null
  }
}

/**
 * The scene a code opened the app with, or null. The platform passes it percent-encoded; on H5 the
 * same scene comes as `?scene=` in the address (URLSearchParams has already decoded it there).
 */
export function entryScene(options: EntryOptions | undefined): string | null {
  const query = options?.query ?? {}
  try {
    if (query.scene) return decodeURIComponent(query.scene)
    if (query.q) return sceneOfLink(decodeURIComponent(query.q))
  } catch {
    // A malformed escape is an unknown scene: the BFF tells the shopper so.
    return query.scene ?? null
  }
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') return new URLSearchParams(window.location.search).get('scene')
  return null
}

/** A random id for this device, so unique visitors can be counted before and without sign-in. */
export function visitorId(): string {
  let id: string | null = null
  try {
    id = Taro.getStorageSync(VISITOR_KEY) || null
  } catch {
    id = null
  }
  if (!id) {
    id = `v${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`
    Taro.setStorageSync(VISITOR_KEY, id)
  }
  return id
}

export const visitScene = (): string | null => Taro.getStorageSync(VISIT_SCENE_KEY) || null

const handled = new Set<string>()
/** Settles once the launch's first page is up (H5: Taro's router reports each finished route change). */
const firstPageShown: Promise<void> = (() => {
  try {
    if (process.env.TARO_ENV !== 'h5' || Taro.getCurrentPages().length > 0) return Promise.resolve()
  } catch {
    // No router at all: this module tested on its own.
    return Promise.resolve()
  }
  return new Promise<void>((resolve) => Taro.eventCenter.once('__afterTaroRouterChange', () => resolve()))
})()
let scanSettled: Promise<void> = Promise.resolve()

/**
 * Settles once the code the app was last opened with has been resolved (its store then chosen) or has
 * failed: 首页 waits for it rather than guess a store, or ask for a location, in the meantime.
 */
export const entryScanSettled = (): Promise<void> => scanSettled

/**
 * Resolves a scanned scene, makes its store the current one and opens its target. Each scene is handled
 * once per app process, because on show the platform repeats the launch query when the shopper merely
 * returns from the background. A bad scene lands on 首页 with a friendly message.
 *
 * A shopper with a session scans as themselves. One without (the first visit) does not wait for the
 * launch's sign-in, a round trip to WeChat and one to the BFF before the store could even be named: the
 * scan is recorded with this device's visitor id and claimed for the shopper once signed in, so that
 * later orders still carry the code.
 */
export async function openEntryScene(scene: string | null): Promise<void> {
  if (!scene || handled.has(scene)) return
  handled.add(scene)
  const signedOut = !isSignedIn()
  const signingIn = ensureSignedIn()
  const client = signedOut ? anonymousClient : graphqlClient
  const resolving = client.request(ResolveSceneDocument, { scene, visitorId: visitorId() })
  scanSettled = resolving.then(
    () => undefined,
    () => undefined,
  )
  try {
    const { resolveScene: target } = await resolving
    if (signedOut) void claimScans(signingIn)
    setChosenStore({ id: target.storeId, name: target.storeName })
    Taro.setStorageSync(VISIT_SCENE_KEY, target.scene)
    if (target.kind === 'PRODUCT' && target.productId) await openProduct(target.storeId, target.productId)
    else if (target.kind === 'CAMPAIGN' && target.campaignId) await openCampaign(target.campaignId, target.storeId)
    else await goHome()
  } catch (error) {
    const inactive = error instanceof GraphQLRequestError && error.code === 'QR_CODE_INACTIVE'
    // On 首页 first: Taro's H5 hides a toast once the page it was raised on is left, and an answer
    // taken from index.html's early request arrives before the app has even shown its first page.
    await firstPageShown
    await goHome()
    toast(inactive ? `${error.displayMessage}，先逛逛首页吧` : '二维码无法识别，先逛逛首页吧')
  }
}

/** A scan recorded signed out becomes the shopper's once signed in; losing it only loses its attribution. */
async function claimScans(signingIn: Promise<boolean>): Promise<void> {
  try {
    if (await signingIn) await graphqlClient.request(ClaimVisitorScansDocument, { visitorId: visitorId() })
  } catch (error) {
    console.warn('claimVisitorScans failed', error)
  }
}
