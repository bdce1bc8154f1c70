export interface GraphQLErrorEntry {
  message: string
  path?: ReadonlyArray<string | number>
  extensions?: { code?: string; [key: string]: unknown }
}

// Server messages are only shown when they are already Chinese: the BFF writes user-facing
// errors in Chinese, while English text is a developer message or a masked internal error.
const HAS_CJK = /[\u4e00-\u9fff]/

const FALLBACK_BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: '登录已过期，请重新登录',
  FORBIDDEN: '暂无权限进行此操作',
  BAD_USER_INPUT: '请求参数有误，请稍后重试',
  GRAPHQL_VALIDATION_FAILED: '当前版本过旧，请更新小程序后重试',
}
const GENERIC_MESSAGE = '服务暂时不可用，请稍后重试'

/** The BFF answered, but with GraphQL `errors`. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError'
  /** `extensions.code` of the first error, or 'UNKNOWN' when the server sent none. */
  readonly code: string
  /** Safe to show to shoppers as-is. */
  readonly displayMessage: string
  readonly errors: readonly GraphQLErrorEntry[]
  /** Partial data, when the server returned some alongside the errors. */
  readonly data: unknown

  constructor(errors: readonly GraphQLErrorEntry[], data?: unknown, operationName?: string) {
    const first = errors[0]
    super(`${operationName ?? 'GraphQL'}: ${first?.message ?? 'unknown error'}`)
    this.errors = errors
    this.data = data ?? null
    this.code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN'
    this.displayMessage =
      first && HAS_CJK.test(first.message)
        ? first.message
        : (FALLBACK_BY_CODE[this.code] ?? GENERIC_MESSAGE)
  }
}

/** The request never produced a GraphQL response: offline, timeout, DNS, non-GraphQL HTTP error. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError'
  readonly displayMessage = '网络连接失败，请检查网络后重试'
  /** HTTP status when the server answered without a GraphQL body; undefined when nothing came back. */
  readonly statusCode?: number

  constructor(message: string, options?: { statusCode?: number; cause?: unknown }) {
    super(message, { cause: options?.cause })
    this.statusCode = options?.statusCode
  }
}

export class LocationUnavailableError extends Error {
  override readonly name = 'LocationUnavailableError'
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { cause: options?.cause })
  }
}

/** One line of Chinese for any error a page may catch. */
export function toDisplayMessage(error: unknown): string {
  if (error instanceof GraphQLRequestError || error instanceof NetworkError) return error.displayMessage
  return GENERIC_MESSAGE
}
