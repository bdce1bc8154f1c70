import Taro from '@tarojs/taro'
import { graphql, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { MyMemberCardDocument } from '@corner/shared-types/client'

import { useMswServer } from '../test/msw'

import { accessToken, demoSignIn, ensureSignedIn, getLoginCode, isSignedIn, refresh, signOut } from './auth'
import { fetchCampaignBanners } from './campaign'
import { fetchCategories } from './catalog'
import { graphqlClient } from './graphql-client'

const server = useMswServer()
const MINUTE = 60_000

function session(n: number, accessTtlMs = 15 * MINUTE) {
  return {
    accessToken: `access-${n}`,
    accessTokenExpiresAt: new Date(Date.now() + accessTtlMs).toISOString(),
    refreshToken: `refresh-${n}`,
    refreshTokenExpiresAt: new Date(Date.now() + 30 * 24 * 60 * MINUTE).toISOString(),
  }
}

const unauthenticated = (reason: string): Response =>
  HttpResponse.json({ data: null, errors: [{ message: '登录已过期，请重新登录', extensions: { code: 'UNAUTHENTICATED', reason } }] })

let logins: string[]
let refreshes: string[]

beforeEach(async () => {
  server.use(graphql.mutation('Logout', () => HttpResponse.json({ data: { logout: true } })))
  await signOut()
  logins = []
  refreshes = []
  server.use(
    graphql.mutation('Login', ({ variables }) => {
      logins.push(variables.code)
      return HttpResponse.json({ data: { login: session(logins.length) } })
    }),
    graphql.mutation('RefreshSession', ({ variables }) => {
      refreshes.push(variables.refreshToken)
      return HttpResponse.json({ data: { refreshSession: session(100 + refreshes.length) } })
    }),
  )
})

describe('session', () => {
  it('signs in silently with a mock login code on H5 and keeps the tokens in storage', async () => {
    expect(await ensureSignedIn()).toBe(true)
    expect(logins).toHaveLength(1)
    expect(logins[0]).toMatch(/^mock:h5-[0-9a-f]{24}:/)
    expect((Taro.getStorageSync('corner.session') as { refreshToken: string }).refreshToken).toBe('refresh-1')
    // Same browser, same openid: the user stays the same across sign-ins.
    expect((await getLoginCode()).split(':')[1]).toBe(logins[0]!.split(':')[1])
    expect(await ensureSignedIn()).toBe(true)
    expect(logins).toHaveLength(1)
  })

  it('keeps a demo account chosen while the silent sign-in at launch is still in flight', async () => {
    let answerLogin!: () => void
    const loginAnswered = new Promise<void>((resolve) => (answerLogin = resolve))
    server.use(
      graphql.mutation('Login', async () => {
        await loginAnswered
        return HttpResponse.json({ data: { login: session(1) } })
      }),
      graphql.mutation('DemoLogin', () => HttpResponse.json({ data: { demoLogin: session(7) } })),
    )
    const silent = ensureSignedIn()
    await demoSignIn('demo-clerk-a')
    answerLogin()
    expect(await silent).toBe(true)
    expect(await accessToken()).toBe('access-7')
  })

  it('refreshes before the access token expires, once for concurrent callers', async () => {
    server.use(graphql.mutation('Login', () => HttpResponse.json({ data: { login: session(1, 30_000) } })))
    await ensureSignedIn()
    const tokens = await Promise.all([accessToken(), accessToken(), accessToken()])
    expect(tokens).toEqual(['access-101', 'access-101', 'access-101'])
    expect(refreshes).toEqual(['refresh-1'])
  })

  it('retries a request once after a refresh when the BFF says the token expired', async () => {
    await ensureSignedIn()
    const seen: Array<string | null> = []
    server.use(
      graphql.query('MyMemberCard', ({ request }) => {
        const auth = request.headers.get('authorization')
        seen.push(auth)
        return auth === 'Bearer access-101' ? HttpResponse.json({ data: { myMemberCard: null } }) : unauthenticated('TOKEN_EXPIRED')
      }),
    )
    expect(await graphqlClient.request(MyMemberCardDocument)).toEqual({ myMemberCard: null })
    expect(seen).toEqual(['Bearer access-1', 'Bearer access-101'])
  })

  it('gives up after one retry', async () => {
    await ensureSignedIn()
    let calls = 0
    server.use(graphql.query('MyMemberCard', () => (calls++, unauthenticated('TOKEN_INVALID'))))
    await expect(graphqlClient.request(MyMemberCardDocument)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(calls).toBe(2)
  })

  it('starts a new session when the refresh token is refused (e.g. reuse detected)', async () => {
    await ensureSignedIn()
    server.use(graphql.mutation('RefreshSession', () => unauthenticated('REFRESH_TOKEN_REUSED')))
    expect(await refresh()).toBe(true)
    expect(logins).toHaveLength(2)
    expect(await accessToken()).toBe('access-2')
  })

  it('stays signed out, without throwing, when sign-in is refused', async () => {
    server.use(
      graphql.mutation('Login', () =>
        HttpResponse.json({ data: null, errors: [{ message: '登录凭证无效或已过期，请重试', extensions: { code: 'INVALID_LOGIN_CODE' } }] }),
      ),
    )
    expect(await ensureSignedIn()).toBe(false)
    expect(isSignedIn()).toBe(false)
    expect(await accessToken()).toBeNull()
  })

  it('signs out on the BFF and forgets the tokens', async () => {
    await ensureSignedIn()
    let loggedOut: unknown
    server.use(
      graphql.mutation('Logout', ({ variables, request }) => {
        loggedOut = { token: variables.refreshToken, auth: request.headers.get('authorization') }
        return HttpResponse.json({ data: { logout: true } })
      }),
    )
    await signOut()
    expect(loggedOut).toEqual({ token: 'refresh-1', auth: 'Bearer access-1' })
    expect(isSignedIn()).toBe(false)
    expect(Taro.getStorageSync('corner.session')).toBeFalsy()
  })
})

describe('public reads', () => {
  it('ask for a store\'s card and shelves without waiting for the launch\'s sign-in, and without a token', async () => {
    let answerLogin!: () => void
    const loginAnswered = new Promise<void>((resolve) => (answerLogin = resolve))
    const authorizations: (string | null)[] = []
    server.use(
      graphql.mutation('Login', async () => {
        await loginAnswered
        return HttpResponse.json({ data: { login: session(1) } })
      }),
      graphql.query('StoreCategories', ({ request }) => {
        authorizations.push(request.headers.get('Authorization'))
        return HttpResponse.json({ data: { storeCategories: [] } })
      }),
      graphql.query('CampaignBanners', ({ request }) => {
        authorizations.push(request.headers.get('Authorization'))
        return HttpResponse.json({ data: { campaignBanners: [] } })
      }),
    )
    const silent = ensureSignedIn()
    // Answered while the sign-in is still in flight (it would hang here if they waited for it).
    expect(await fetchCategories('1')).toEqual([])
    expect(await fetchCampaignBanners('1')).toEqual([])
    expect(authorizations).toEqual([null, null])
    answerLogin()
    expect(await silent).toBe(true)
  })
})
