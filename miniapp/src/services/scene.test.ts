import { delay, graphql, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { useMswServer } from '../test/msw'

import { ensureSignedIn, signOut } from './auth'
import { getChosenStore } from './preferences'
import { openEntryScene, visitorId } from './scene'

vi.mock('./navigation', async () => (await import('../test/navigation-mock')).navigationMock)

const server = useMswServer()
let sent: Array<{ name: string; authorization: string | null; variables: Record<string, unknown>; at: number }>

const doorCode = graphql.mutation('ResolveScene', ({ variables }) =>
  HttpResponse.json({ data: { resolveScene: { kind: 'STORE', scene: variables.scene, storeId: '7', storeName: '街角便利 七号店', productId: null, campaignId: null } } }),
)

beforeEach(async () => {
  server.use(graphql.mutation('Logout', () => HttpResponse.json({ data: { logout: true } })))
  await signOut()
  localStorage.clear()
  sent = []
  server.events.removeAllListeners()
  server.events.on('request:start', async ({ request }) => {
    const body = await request.clone().json()
    sent.push({ name: body.operationName, authorization: request.headers.get('authorization'), variables: body.variables, at: Date.now() })
  })
})

const names = () => sent.map((request) => request.name)

describe('openEntryScene', () => {
  it('signed out: resolves the scan at once without a session, then claims it for the shopper once signed in', async () => {
    // Sign-in is slow (WeChat, then the BFF); the scanned store must not wait for it.
    server.use(
      doorCode,
      graphql.mutation('Login', async () => {
        await delay(400)
        return HttpResponse.json({ data: { login: { accessToken: 'slow-access', accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(), refreshToken: 'slow-refresh', refreshTokenExpiresAt: new Date(Date.now() + 86_400_000).toISOString() } } })
      }),
    )
    const started = Date.now()
    await openEntryScene('s7-first-visit')
    expect(Date.now() - started).toBeLessThan(350)
    expect(getChosenStore()).toMatchObject({ id: '7', explicit: true })
    const scan = sent.find((request) => request.name === 'ResolveScene')!
    expect(scan).toMatchObject({ authorization: null, variables: { scene: 's7-first-visit', visitorId: visitorId() } })

    await vi.waitFor(() => expect(names()).toContain('ClaimVisitorScans'))
    const claim = sent.find((request) => request.name === 'ClaimVisitorScans')!
    expect(claim).toMatchObject({ authorization: 'Bearer slow-access', variables: { visitorId: visitorId() } })
    expect(names().indexOf('Login')).toBeLessThan(names().indexOf('ClaimVisitorScans'))
  })

  it('signed in: scans as the shopper, and there is nothing to claim', async () => {
    server.use(doorCode)
    expect(await ensureSignedIn()).toBe(true)
    sent = []
    await openEntryScene('s7-returning')
    expect(sent.find((request) => request.name === 'ResolveScene')).toMatchObject({ authorization: 'Bearer fixture-access' })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(names()).not.toContain('ClaimVisitorScans')
  })

  it('a scan that fails to resolve claims nothing and lands on 首页 with a message', async () => {
    server.use(
      graphql.mutation('ResolveScene', () =>
        HttpResponse.json({ data: null, errors: [{ message: '二维码无效或已失效', extensions: { code: 'NOT_FOUND', reason: 'UNKNOWN_SCENE' } }] }),
      ),
    )
    await openEntryScene('qUNKNOWN-scene')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(names()).not.toContain('ClaimVisitorScans')
    expect(getChosenStore()).toBeNull()
  })
})
