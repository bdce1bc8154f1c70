import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'

import { graphqlHandlers } from '../../../mocks/src/graphql/index.ts'

/** One msw server per test file; unhandled requests fail the test rather than leak out. */
export function useMswServer() {
  const server = setupServer(...graphqlHandlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}
