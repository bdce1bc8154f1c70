/**
 * H5: a door or shelf code opens 首页 at `/?scene=…`, and nothing can be shown before the scene names
 * its store and that store's card, shelves and banners are in. On a first visit (no session) index.html
 * asks for all of that itself while the app's scripts are still downloading: the scene, then, as soon
 * as it names the store, the same reads 首页 makes, and the first banner's picture (首页's largest,
 * its LCP) is preloaded. The app then takes those answers instead of asking again (takeEarlyAnswer).
 * A returning shopper with a session scans as themselves, from the app.
 *
 * `sendEarlyRequests` runs inline in index.html, written out by the build (EarlyRequests in
 * config/index.ts) from its source text. It therefore uses nothing from outside its own body and only
 * syntax that compiles to itself (no spread, optional chaining or async, which would need helpers).
 */

import type { GraphQLErrorEntry } from './errors'

/** Where Taro's storage keeps the session (services/auth.ts) and this device's visitor id (services/scene.ts). */
export const SESSION_STORAGE_KEY = 'corner.session'
export const VISITOR_STORAGE_KEY = 'corner.visitor'

export interface EarlyDocument {
  operationName: string
  query: string
  hash: string
}

export interface EarlyRequestsConfig {
  sessionKey: string
  visitorKey: string
  resolveScene: EarlyDocument
  /** Reads asked for once the scene names its store, with the store's id as their one variable. */
  storeReads: Array<EarlyDocument & { storeVariable: string }>
  /** The read whose first entry's `banner.large` is preloaded. */
  bannersOperation: string
}

/** What index.html asks for: the scene, then these reads of the store it names (their one variable). */
const EARLY_OPERATIONS = {
  resolveScene: 'ResolveScene',
  storeReads: [
    { operationName: 'StoreCard', storeVariable: 'id' },
    { operationName: 'StoreCategories', storeVariable: 'storeId' },
    { operationName: 'CampaignBanners', storeVariable: 'storeId' },
  ],
  bannersOperation: 'CampaignBanners',
}

/**
 * The configuration index.html's script is written with (config/index.ts), from the persisted
 * documents (id → text); null when one of its operations is missing from them.
 */
export function earlyRequestsConfig(documents: Record<string, string>): EarlyRequestsConfig | null {
  const find = (operationName: string): EarlyDocument | null => {
    const found = Object.entries(documents).find(([, text]) => new RegExp(`^(query|mutation) ${operationName}\\(`).test(text))
    return found ? { operationName, query: found[1], hash: found[0] } : null
  }
  const resolveScene = find(EARLY_OPERATIONS.resolveScene)
  const storeReads: EarlyRequestsConfig['storeReads'] = []
  for (const { operationName, storeVariable } of EARLY_OPERATIONS.storeReads) {
    const document = find(operationName)
    if (!document) return null
    storeReads.push({ ...document, storeVariable })
  }
  if (!resolveScene) return null
  return { sessionKey: SESSION_STORAGE_KEY, visitorKey: VISITOR_STORAGE_KEY, resolveScene, storeReads, bannersOperation: EARLY_OPERATIONS.bannersOperation }
}

export interface EarlyAnswer {
  statusCode: number
  body: { data?: any; errors?: GraphQLErrorEntry[] } | null
}

export interface EarlyRequest {
  operationName: string
  variables: Record<string, string>
  response: Promise<EarlyAnswer>
}

interface EarlyWindow {
  __cornerEarly?: EarlyRequest[]
}

export function sendEarlyRequests(w: Window, config: EarlyRequestsConfig): void {
  try {
    var storage = w.localStorage
    var scene = new URLSearchParams(w.location.search).get('scene')
    if (!scene || storage.getItem(config.sessionKey)) return
    var kept = null
    try {
      kept = JSON.parse(storage.getItem(config.visitorKey) || 'null')
    } catch (ignored) {
      kept = null
    }
    // Kept as Taro's storage keeps a value ({ data }), so the app reads the same id.
    var visitorId = kept && kept.data
    if (!visitorId) {
      visitorId = 'v' + Date.now().toString(36) + Math.random().toString(36).slice(2, 12)
      storage.setItem(config.visitorKey, JSON.stringify({ data: visitorId }))
    }
    var early: EarlyRequest[] = []
    ;(w as unknown as EarlyWindow).__cornerEarly = early
    var ask = function (document: EarlyDocument, variables: Record<string, string>): Promise<EarlyAnswer> {
      var response = fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({
          query: document.query,
          operationName: document.operationName,
          variables: variables,
          extensions: { persistedQuery: { version: 1, sha256Hash: document.hash } },
        }),
      }).then(function (answer) {
        return answer.json().then(
          function (body) {
            return { statusCode: answer.status, body: body }
          },
          function () {
            return { statusCode: answer.status, body: null }
          },
        )
      })
      // The app takes the answer and reads its failure itself; one it never takes is no page error.
      response.catch(function () {})
      early.push({ operationName: document.operationName, variables: variables, response: response })
      return response
    }
    var preloadFirstBanner = function (answer: EarlyAnswer) {
      var banners = answer.body && answer.body.data && answer.body.data[Object.keys(answer.body.data)[0]!]
      var url = banners && banners[0] && banners[0].banner && banners[0].banner.large
      if (!url) return
      var link = w.document.createElement('link')
      link.rel = 'preload'
      link.setAttribute('as', 'image')
      link.setAttribute('fetchpriority', 'high')
      link.href = url
      w.document.head.appendChild(link)
    }
    var scanned = ask(config.resolveScene, { scene: scene, visitorId: visitorId })
    // The store's reads are sent before the scene's answer reaches the app, so the app finds them.
    scanned.then(function (answer) {
      var target = answer.body && answer.body.data && answer.body.data.resolveScene
      if (!target || !target.storeId) return
      config.storeReads.forEach(function (read) {
        var variables: Record<string, string> = {}
        variables[read.storeVariable] = String(target.storeId)
        var response = ask(read, variables)
        if (read.operationName === config.bannersOperation) response.then(preloadFirstBanner, function () {})
      })
    }, function () {})
  } catch (ignored) {
    // Storage refused (a private window) or no fetch: the app asks for everything itself.
  }
}

/**
 * The answer to a request index.html sent before the app's scripts ran, taken once, and only by the
 * same operation with the same variables (and, by the caller, only without a session).
 */
export function takeEarlyAnswer(operationName: string | undefined, variables: unknown): Promise<EarlyAnswer> | null {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return null
  const early = (window as EarlyWindow).__cornerEarly
  if (!Array.isArray(early)) return null
  const wanted = JSON.stringify(variables)
  const index = early.findIndex((request) => request.operationName === operationName && JSON.stringify(request.variables) === wanted)
  if (index < 0) return null
  return early.splice(index, 1)[0]!.response
}
