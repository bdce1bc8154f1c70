import Taro from '@tarojs/taro'
import {
  DemoLoginDocument,
  LoginDocument,
  LogoutDocument,
  RefreshSessionDocument,
  type SessionFieldsFragment,
} from '@corner/shared-types/client'

import { SESSION_STORAGE_KEY as SESSION_KEY } from './early-requests'
import { GraphQLRequestError } from './errors'
import { anonymousClient, configureAuth, createGraphQLClient } from './graphql-client'

/**
 * The BFF session: silent sign-in at launch, tokens in Taro storage, refresh shortly before the
 * access token expires, and one recovery (refresh, else a new sign-in) when the BFF refuses it.
 *
 * Where the login code comes from:
 * - weapp: `Taro.login()` (wx.login), exchanged by the BFF at jscode2session.
 * - H5 has no wx.login. It sends a code in the WeChat mock's convention, `mock:<openid>:<nonce>`,
 *   with a random openid persisted per browser. This keeps H5 on the very same login path as weapp
 *   (the BFF does not know it is talking to a mock; only WECHAT_API_BASE_URL differs), so a demo or
 *   test of H5 exercises the real code. Against real WeChat such a code is refused
 *   (INVALID_LOGIN_CODE) and H5 simply stays signed out. Seeded demo accounts are reached through
 *   demoSignIn, which the BFF offers only with DEMO_LOGIN_ENABLED.
 */

const H5_DEVICE_KEY = 'corner.h5-openid'
/** Refresh this long before the access token expires, so no request goes out with a dying token. */
const REFRESH_MARGIN_MS = 60_000

interface StoredSession {
  accessToken: string
  accessTokenExpiresAt: number
  refreshToken: string
  refreshTokenExpiresAt: number
}

const listeners = new Set<(signedIn: boolean) => void>()
let session: StoredSession | null = load()
let refreshing: Promise<boolean> | null = null
let signingIn: Promise<boolean> | null = null

function load(): StoredSession | null {
  try {
    const stored = Taro.getStorageSync(SESSION_KEY) as StoredSession | ''
    return stored && typeof stored.refreshToken === 'string' ? stored : null
  } catch {
    return null
  }
}

/** Bumped by every save, so a sign-in that finishes after another session was chosen can tell. */
let sessionGeneration = 0

function save(next: SessionFieldsFragment | null): void {
  sessionGeneration++
  session = next && {
    accessToken: next.accessToken,
    accessTokenExpiresAt: Date.parse(next.accessTokenExpiresAt),
    refreshToken: next.refreshToken,
    refreshTokenExpiresAt: Date.parse(next.refreshTokenExpiresAt),
  }
  if (session) Taro.setStorageSync(SESSION_KEY, session)
  else Taro.removeStorageSync(SESSION_KEY)
  for (const listener of listeners) listener(session !== null)
}

function randomHex(length: number): string {
  let out = ''
  while (out.length < length) out += Math.floor(Math.random() * 16).toString(16)
  return out
}

function h5Openid(): string {
  let id = Taro.getStorageSync(H5_DEVICE_KEY) as string
  if (!id) {
    id = `h5-${randomHex(24)}`
    Taro.setStorageSync(H5_DEVICE_KEY, id)
  }
  return id
}

export async function getLoginCode(): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') return (await Taro.login()).code
  return `mock:${h5Openid()}:${Date.now().toString(36)}${randomHex(8)}`
}

export function isSignedIn(): boolean {
  return session !== null
}

/** Notified whenever the user signs in or out (including a session lost to refresh-token reuse). */
export function onSessionChange(listener: (signedIn: boolean) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Signs in with a fresh login code. Never throws: false when sign-in is not possible now. */
export function signIn(): Promise<boolean> {
  signingIn ??= (async () => {
    const generation = sessionGeneration
    try {
      // Sign-in and refresh must not themselves carry (or try to recover) a session.
      const data = await anonymousClient.request(LoginDocument, { code: await getLoginCode() })
      // The launch's silent sign-in must not replace a session the user chose meanwhile (demo account).
      if (sessionGeneration !== generation) return session !== null
      save(data.login)
      return true
    } catch {
      return false
    } finally {
      signingIn = null
    }
  })()
  return signingIn
}

/** At launch: keep a session that can still be refreshed, otherwise sign in silently. */
export async function ensureSignedIn(now = Date.now()): Promise<boolean> {
  if (session && session.refreshTokenExpiresAt > now + REFRESH_MARGIN_MS) return true
  return signIn()
}

/**
 * Rotates the refresh token; concurrent callers share one rotation, because presenting the same
 * refresh token twice makes the BFF revoke the whole session as stolen.
 */
export function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const current = session
    try {
      if (!current) return false
      const data = await anonymousClient.request(RefreshSessionDocument, { refreshToken: current.refreshToken })
      save(data.refreshSession)
      return true
    } catch (error) {
      // Refused (expired, revoked, reused): that session is over, start a new one. A network
      // failure keeps the session for the next attempt.
      if (!(error instanceof GraphQLRequestError)) return false
      save(null)
      return signIn()
    } finally {
      refreshing = null
    }
  })()
  return refreshing
}

export async function accessToken(now = Date.now()): Promise<string | null> {
  if (signingIn) await signingIn
  if (refreshing) await refreshing
  if (!session) return null
  if (session.accessTokenExpiresAt - REFRESH_MARGIN_MS <= now) await refresh()
  return session?.accessToken ?? null
}

export async function demoSignIn(openid: string): Promise<void> {
  const data = await anonymousClient.request(DemoLoginDocument, { openid })
  save(data.demoLogin)
}

/** Ends the session on the BFF (best effort) and forgets it here. */
export async function signOut(): Promise<void> {
  const current = session
  const token = current && (await accessToken())
  save(null)
  if (!current || !token) return
  await createGraphQLClient({ headers: () => ({ Authorization: `Bearer ${token}` }) })
    .request(LogoutDocument, { refreshToken: current.refreshToken })
    .catch(() => undefined)
}

configureAuth({ accessToken: () => accessToken(), recover: () => refresh() })
