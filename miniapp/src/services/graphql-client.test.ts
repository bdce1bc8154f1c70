import { graphql, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { nearbyStoresData, nearbyStoresNetworkError, nearbyStoresServerError } from '../../../mocks/src/graphql/index.ts'
import { useMswServer } from '../test/msw'

import { GraphQLRequestError, NetworkError } from './errors'
import { createGraphQLClient, graphqlClient } from './graphql-client'
import { NearbyStoresDocument, ResolveSceneDocument, TypedDocumentString } from '@corner/shared-types/client'

const server = useMswServer()
const location = { lat: 31.2304, lng: 121.4737 }

describe('graphqlClient', () => {
  it('POSTs {query, variables} as JSON to the build-time endpoint and returns data', async () => {
    let seen: { url: string; method: string; contentType: string | null; body: any } | undefined
    server.events.on('request:start', async ({ request }) => {
      seen = {
        url: request.url,
        method: request.method,
        contentType: request.headers.get('content-type'),
        body: await request.clone().json(),
      }
    })

    const data = await graphqlClient.request(NearbyStoresDocument, { location, first: 2 })

    expect(data.nearbyStores.map((s) => s.store.id)).toEqual(
      nearbyStoresData.nearbyStores.slice(0, 2).map((s) => s.store.id),
    )
    expect(seen).toMatchObject({ url: 'http://bff.test/graphql', method: 'POST', contentType: 'application/json' })
    expect(seen?.body.query).toContain('query NearbyStores(')
    expect(seen?.body.variables).toEqual({ location, first: 2 })
    expect(seen?.body.operationName).toBe('NearbyStores')
    // The persisted id from codegen, which a BFF with TRUSTED_DOCUMENTS_ONLY runs instead of the text.
    expect(seen?.body.extensions).toEqual({ persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) } })
    expect(seen?.body.extensions.persistedQuery.sha256Hash).toBe(NearbyStoresDocument.__meta__?.hash)
    server.events.removeAllListeners()
  })

  it('throws GraphQLRequestError with extensions.code and the Chinese message', async () => {
    server.use(nearbyStoresServerError)

    const error = await graphqlClient.request(NearbyStoresDocument, { location }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(GraphQLRequestError)
    const gqlError = error as GraphQLRequestError
    expect(gqlError.code).toBe('STORES_UNAVAILABLE')
    expect(gqlError.displayMessage).toBe('门店服务暂时不可用，请稍后重试')
    expect(gqlError.errors[0]?.path).toEqual(['nearbyStores'])
  })

  it('never shows English server text to shoppers', async () => {
    server.use(
      graphql.query('NearbyStores', () =>
        HttpResponse.json({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
      ),
    )

    const error = (await graphqlClient.request(NearbyStoresDocument, { location }).catch((e) => e)) as GraphQLRequestError

    expect(error.code).toBe('INTERNAL_SERVER_ERROR')
    expect(error.displayMessage).toBe('服务暂时不可用，请稍后重试')
  })

  it('reads GraphQL errors from a 4xx body (GraphQL-over-HTTP) as GraphQL errors', async () => {
    server.use(
      http.post('http://bff.test/graphql', () =>
        HttpResponse.json(
          { errors: [{ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] },
          { status: 400 },
        ),
      ),
    )

    const error = await graphqlClient.request(NearbyStoresDocument, { location }).catch((e) => e)

    expect(error).toBeInstanceOf(GraphQLRequestError)
    expect((error as GraphQLRequestError).code).toBe('GRAPHQL_VALIDATION_FAILED')
  })

  it('throws NetworkError, not GraphQLRequestError, when the connection fails', async () => {
    server.use(nearbyStoresNetworkError)

    const error = await graphqlClient.request(NearbyStoresDocument, { location }).catch((e) => e)

    expect(error).toBeInstanceOf(NetworkError)
    expect(error).not.toBeInstanceOf(GraphQLRequestError)
    expect((error as NetworkError).statusCode).toBeUndefined()
    expect((error as NetworkError).displayMessage).toBe('网络连接失败，请检查网络后重试')
  })

  it('throws NetworkError carrying the status when the server answers without GraphQL', async () => {
    server.use(http.post('http://bff.test/graphql', () => new HttpResponse('<html>502 Bad Gateway</html>', { status: 502 })))

    const error = await graphqlClient.request(NearbyStoresDocument, { location }).catch((e) => e)

    expect(error).toBeInstanceOf(NetworkError)
    expect((error as NetworkError).statusCode).toBe(502)
  })

  it('accepts any toString()-able typed document, as codegen will produce', async () => {
    server.use(http.post('http://other.test/gql', () => HttpResponse.json({ data: { serverTime: '2026-11-25T01:30:00.000Z' } })))
    const ServerTime = new TypedDocumentString<{ serverTime: string }, Record<string, never>>('query ServerTime { serverTime }')

    const data = await createGraphQLClient({ endpoint: 'http://other.test/gql' }).request(ServerTime)

    expect(data.serverTime).toBe('2026-11-25T01:30:00.000Z')
  })
})

describe('an answer index.html asked for early (a scanned code on H5)', () => {
  const scene = { scene: 's7', visitorId: 'vearlytest0001' }
  const target = { kind: 'STORE', scene: 's7', storeId: '7', storeName: '街角便利 七号店', productId: null, campaignId: null }
  const holder = window as { __cornerEarly?: unknown[] }
  const early = (response: Promise<unknown>, variables: unknown = scene) => {
    holder.__cornerEarly = [{ operationName: 'ResolveScene', variables, response }]
  }
  const sent: string[] = []
  const resolveScene = graphql.mutation('ResolveScene', () => HttpResponse.json({ data: { resolveScene: { ...target, storeName: '从网络' } } }))

  it('is taken once, by the same operation with the same variables, instead of asking again', async () => {
    server.use(resolveScene)
    server.events.on('request:start', async ({ request }) => void sent.push((await request.clone().json()).operationName))
    early(Promise.resolve({ statusCode: 200, body: { data: { resolveScene: target } } }))
    const client = createGraphQLClient()
    expect((await client.request(ResolveSceneDocument, scene)).resolveScene).toEqual(target)
    expect(sent).toEqual([])
    expect(holder.__cornerEarly).toEqual([])
    // Taken: the next one asks the server.
    expect((await client.request(ResolveSceneDocument, scene)).resolveScene.storeName).toBe('从网络')
    expect(sent).toEqual(['ResolveScene'])

    // Other variables (another scene) are not answered by it, and leave it in place.
    early(Promise.resolve({ statusCode: 200, body: { data: { resolveScene: target } } }), { scene: 's8', visitorId: scene.visitorId })
    expect((await client.request(ResolveSceneDocument, scene)).resolveScene.storeName).toBe('从网络')
    expect(holder.__cornerEarly).toHaveLength(1)
    delete holder.__cornerEarly
    server.events.removeAllListeners()
  })

  it('reads its errors as any answer is read, and asks again when it never got an answer', async () => {
    server.use(resolveScene)
    const client = createGraphQLClient()
    early(Promise.resolve({ statusCode: 200, body: { data: null, errors: [{ message: '二维码无效或已失效', extensions: { code: 'NOT_FOUND' } }] } }))
    const refused = await client.request(ResolveSceneDocument, scene).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(GraphQLRequestError)
    expect((refused as GraphQLRequestError).code).toBe('NOT_FOUND')

    early(Promise.reject(new TypeError('Failed to fetch')))
    expect((await client.request(ResolveSceneDocument, scene)).resolveScene.storeName).toBe('从网络')
  })

  it('is not taken by a request that carries a session', async () => {
    server.use(resolveScene)
    early(Promise.resolve({ statusCode: 200, body: { data: { resolveScene: target } } }))
    const client = createGraphQLClient({ auth: { accessToken: async () => 'token-1', recover: async () => false } })
    expect((await client.request(ResolveSceneDocument, scene)).resolveScene.storeName).toBe('从网络')
    delete holder.__cornerEarly
  })
})
