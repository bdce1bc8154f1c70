import { CampaignBannersDocument, StoreCardDocument, StoreCategoriesDocument } from '@corner/shared-types/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import documents from '../../../shared-types/src/generated/persisted-documents.json'
import { earlyRequestsConfig, sendEarlyRequests, SESSION_STORAGE_KEY, takeEarlyAnswer, VISITOR_STORAGE_KEY } from './early-requests'
import { createGraphQLClient } from './graphql-client'

// What config/index.ts writes into index.html.
const config = earlyRequestsConfig(documents as Record<string, string>)!

const banner = 'http://bff.test/images/abc/banner'
const answers: Record<string, unknown> = {
  ResolveScene: { resolveScene: { kind: 'STORE', scene: 's7', storeId: '7', storeName: '街角便利 七号店', productId: null, campaignId: null } },
  StoreCard: { store: { id: '7', name: '街角便利 七号店' } },
  StoreCategories: { storeCategories: [{ id: '1', name: '饮料' }] },
  CampaignBanners: { campaignBanners: [{ id: '3', title: '冬日暖饮', banner: { large: banner } }] },
}
const sent: Array<{ operationName: string; variables: unknown; hash: string }> = []
const holder = window as { __cornerEarly?: unknown[] }

function visit(search: string) {
  window.history.replaceState(null, '', `/${search}`)
  sendEarlyRequests(window, config)
}

beforeEach(() => {
  localStorage.clear()
  sent.length = 0
  delete holder.__cornerEarly
  document.head.querySelectorAll('link[rel="preload"]').forEach((link) => link.remove())
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: { body: string }) => {
      const body = JSON.parse(init.body)
      sent.push({ operationName: body.operationName, variables: body.variables, hash: body.extensions.persistedQuery.sha256Hash })
      return new Response(JSON.stringify({ data: answers[body.operationName] }), { status: 200 })
    }),
  )
})
afterEach(async () => {
  // The store's reads follow the scene's answer: let them go out to the stand-in before it goes.
  await new Promise((resolve) => setTimeout(resolve, 10))
  vi.unstubAllGlobals()
  window.history.replaceState(null, '', '/')
})

describe("index.html's early requests for a scanned code", () => {
  it("asks for the scene with a new visitor id kept as Taro keeps it, then for 首页's reads of its store, and preloads the first banner", async () => {
    visit('?scene=s7')
    const visitorId = JSON.parse(localStorage.getItem(VISITOR_STORAGE_KEY)!).data as string
    expect(visitorId).toMatch(/^v[0-9a-z]+$/)
    expect(sent).toEqual([{ operationName: 'ResolveScene', variables: { scene: 's7', visitorId }, hash: config.resolveScene.hash }])

    // The app's own reaction to the scene comes after the store's reads are under way.
    const scene = takeEarlyAnswer('ResolveScene', { scene: 's7', visitorId })!
    await scene
    expect(sent.slice(1)).toEqual([
      { operationName: 'StoreCard', variables: { id: '7' }, hash: config.storeReads[0]!.hash },
      { operationName: 'StoreCategories', variables: { storeId: '7' }, hash: config.storeReads[1]!.hash },
      { operationName: 'CampaignBanners', variables: { storeId: '7' }, hash: config.storeReads[2]!.hash },
    ])
    await vi.waitFor(() => expect(document.head.querySelector(`link[rel="preload"][as="image"][href="${banner}"]`)?.getAttribute('fetchpriority')).toBe('high'))

    // The app's requests take those answers: nothing more goes out.
    const client = createGraphQLClient()
    expect((await client.request(StoreCardDocument, { id: '7' })).store).toEqual(answers.StoreCard && (answers.StoreCard as { store: unknown }).store)
    expect((await client.request(StoreCategoriesDocument, { storeId: '7' })).storeCategories).toHaveLength(1)
    expect((await client.request(CampaignBannersDocument, { storeId: '7' })).campaignBanners[0]!.banner!.large).toBe(banner)
    expect(sent).toHaveLength(4)
    expect(holder.__cornerEarly).toEqual([])
  })

  it("is written with the scene's and the store's reads' persisted documents, and not at all when one is missing", () => {
    expect([config.resolveScene, ...config.storeReads].map((document) => document.operationName)).toEqual(['ResolveScene', 'StoreCard', 'StoreCategories', 'CampaignBanners'])
    for (const document of [config.resolveScene, ...config.storeReads]) expect((documents as Record<string, string>)[document.hash]).toBe(document.query)
    const withoutBanners = Object.fromEntries(Object.entries(documents as Record<string, string>).filter(([, text]) => !text.startsWith('query CampaignBanners(')))
    expect(earlyRequestsConfig(withoutBanners)).toBeNull()
  })

  it('keeps the visitor id this device already has', () => {
    localStorage.setItem(VISITOR_STORAGE_KEY, JSON.stringify({ data: 'vkept0001' }))
    visit('?scene=s7')
    expect(sent[0]!.variables).toEqual({ scene: 's7', visitorId: 'vkept0001' })
  })

  it('asks for nothing without a scene, or with a session (a signed-in shopper scans as themselves, from the app)', () => {
    visit('')
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ data: { accessToken: 'a' } }))
    visit('?scene=s7')
    expect(sent).toEqual([])
    expect(holder.__cornerEarly).toBeUndefined()
  })

  it("asks for no store's reads when the scene is refused", async () => {
    answers.ResolveScene = null
    try {
      visit('?scene=qNOSUCHCODE')
      await (holder.__cornerEarly as Array<{ response: Promise<unknown> }>)[0]!.response
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(sent.map((request) => request.operationName)).toEqual(['ResolveScene'])
    } finally {
      answers.ResolveScene = { resolveScene: { kind: 'STORE', scene: 's7', storeId: '7', storeName: '街角便利 七号店', productId: null, campaignId: null } }
    }
  })
})
