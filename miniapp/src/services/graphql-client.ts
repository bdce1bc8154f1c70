import Taro from '@tarojs/taro'

import { getBffUrl } from './config'
import { takeEarlyAnswer } from './early-requests'
import { GraphQLRequestError, NetworkError, type GraphQLErrorEntry } from './errors'
import type { TypedDocumentLike } from './typed-document'

interface GraphQLResponseBody<TResult> {
  data?: TResult | null
  errors?: GraphQLErrorEntry[]
}

export interface GraphQLClientOptions {
  /** Defaults to the build-time endpoint, read on each call so tests can set it late. */
  endpoint?: string
  /** Extra headers per request, e.g. the BFF's own auth token once login exists. */
  headers?: () => Record<string, string>
  timeoutMs?: number
  /** Adds `Authorization: Bearer` and recovers once from an expired token; see configureAuth. */
  auth?: RequestAuth
}

/** What the client needs of the session (services/auth.ts), kept as an interface so the two do not import each other. */
export interface RequestAuth {
  /** A usable access token (refreshed first when close to expiry), or null when signed out. */
  accessToken(): Promise<string | null>
  /** The BFF refused the token: get a new one. True when the request is worth retrying. */
  recover(): Promise<boolean>
}

let configuredAuth: RequestAuth | undefined

/** Installs the session used by the shared `graphqlClient`; services/auth.ts calls it when loaded. */
export function configureAuth(auth: RequestAuth | undefined): void {
  configuredAuth = auth
}

/** Any UNAUTHENTICATED: an expired token wants a refresh, a revoked session a new sign-in; recover decides which. */
function isAuthFailure(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED'
}

export interface GraphQLClient {
  request<TResult, TVariables>(
    document: TypedDocumentLike<TResult, TVariables>,
    // Operations without variables may omit the argument.
    ...variables: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<TResult>
}

const OPERATION_NAME = /\b(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/

/** GraphQL-over-HTTP may use 4xx for request errors, so the body decides before the status does. */
function readAnswer(statusCode: number, body: GraphQLResponseBody<any> | null, operationName: string | undefined) {
  if (body && Array.isArray(body.errors) && body.errors.length > 0) {
    throw new GraphQLRequestError(body.errors, body.data, operationName)
  }
  if (statusCode < 200 || statusCode >= 300 || !body || body.data == null) {
    throw new NetworkError(`${operationName ?? 'GraphQL'}: HTTP ${statusCode} without GraphQL data`, { statusCode })
  }
  return body.data
}

export function createGraphQLClient(options: GraphQLClientOptions = {}): GraphQLClient {
  async function send(query: string, hash: string | undefined, operationName: string | undefined, variables: unknown, token: string | null) {
    // `data` is null when the body is not JSON (Taro swallows the parse error).
    let response: Taro.request.SuccessCallbackResult<GraphQLResponseBody<any>>
    try {
      response = await Taro.request<GraphQLResponseBody<any>>({
        url: options.endpoint ?? getBffUrl(),
        method: 'POST',
        header: {
          'Content-Type': 'application/json',
          Accept: 'application/graphql-response+json, application/json',
          ...options.headers?.(),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        // The persisted id lets a BFF with TRUSTED_DOCUMENTS_ONLY run its stored copy of the operation
        // (it then ignores the text); the text keeps working against a BFF that does not know the id.
        data: { query, variables, operationName, ...(hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : {}) },
        dataType: 'json',
        timeout: options.timeoutMs ?? 15000,
      })
    } catch (cause) {
      const errMsg = (cause as { errMsg?: string; message?: string })?.errMsg ?? (cause as Error)?.message
      throw new NetworkError(`${operationName ?? 'GraphQL'}: ${errMsg ?? 'request failed'}`, { cause })
    }

    return readAnswer(response.statusCode, response.data as GraphQLResponseBody<any> | null, operationName)
  }

  return {
    async request(document, ...rest) {
      const query = document.toString()
      const operationName = OPERATION_NAME.exec(query)?.[1]
      const hash = document.__meta__?.hash
      const variables = rest[0]
      const token = (await options.auth?.accessToken()) ?? null
      const early = token ? null : takeEarlyAnswer(operationName, variables)
      if (early) {
        // Asked for by index.html before the app ran (services/early-requests.ts); a request that never
        // got an answer is asked again.
        const answer = await early.catch(() => null)
        if (answer) return readAnswer(answer.statusCode, answer.body, operationName)
      }
      try {
        return await send(query, hash, operationName, variables, token)
      } catch (error) {
        // Once only: a second refusal right after a refresh is not going to change.
        if (!token || !options.auth || !isAuthFailure(error) || !(await options.auth.recover())) throw error
        return send(query, hash, operationName, variables, await options.auth.accessToken())
      }
    },
  }
}

/**
 * Without a session: for sign-in itself, and for the @public reads whose answer is the same whoever
 * asks (a store's card, its shelves, its banners). Those do not wait for the launch's silent sign-in,
 * so 首页 shows a store's shelves without a round trip to WeChat before them.
 */
export const anonymousClient = createGraphQLClient()

/** Shared client for pages; its endpoint is the build-time one. */
export const graphqlClient = createGraphQLClient({
  auth: {
    accessToken: () => configuredAuth?.accessToken() ?? Promise.resolve(null),
    recover: () => configuredAuth?.recover() ?? Promise.resolve(false),
  },
})
