import { accessToken, refresh } from './auth'
import { getBffUrl } from './config'
import { GraphQLRequestError, NetworkError } from './errors'

/** File routes (posters, image uploads) are relative to the BFF root, where /graphql also lives (same origin on H5). */
export const bffFileUrl = (path: string) => getBffUrl().replace(/\/graphql\/?$/, '') + path

/**
 * The file routes answer errors with the same codes and Chinese messages as GraphQL, as JSON, so
 * they become the same error a page already knows how to show.
 */
export function fileRouteError(status: number, body: string, what: string): Error {
  try {
    const { code, message } = JSON.parse(body) as { code?: string; message?: string }
    if (message) return new GraphQLRequestError([{ message, extensions: { code } }], null, what)
  } catch {
    // not JSON: a proxy or the network in between answered
  }
  return new NetworkError(`${what}: HTTP ${status}`, { statusCode: status })
}

/** Runs an authorized request, once more with a fresh token if the BFF refused an expired one. */
export async function withToken<T extends { status: number }>(send: (authorization: Record<string, string>) => Promise<T>): Promise<T> {
  const header = (token: string | null): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {})
  const first = await send(header(await accessToken()))
  if (first.status !== 401 || !(await refresh())) return first
  return send(header(await accessToken()))
}
