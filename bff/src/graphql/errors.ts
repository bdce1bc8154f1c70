import { GraphQLError } from 'graphql';

/** Machine-readable codes that clients branch on; they reach the client in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'OUT_OF_STOCK'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'PRICE_CHANGED'
  | 'SLOT_FULL'
  | 'OUTSIDE_DELIVERY_AREA'
  /** The store's busy switch has paused delivery for now; pickup goes on. */
  | 'DELIVERY_PAUSED'
  | 'COUPON_NOT_APPLICABLE'
  | 'INSUFFICIENT_BALANCE'
  /** A stored-value adjustment or top-up over its configured size, or one that would leave the balance over its ceiling (`reason` says which). */
  | 'STORED_VALUE_LIMIT'
  | 'INVALID_TRANSITION'
  | 'UPSTREAM_ERROR'
  /** The product has no stock row in this store or is no longer sold. */
  | 'PRODUCT_NOT_SOLD_HERE'
  /** 换货: the substitute would cost the shopper more than they paid for the line. */
  | 'SUBSTITUTE_COSTS_MORE'
  /** A slot in the past, outside opening hours or beyond the booking horizon. */
  | 'SLOT_UNAVAILABLE'
  /** The mini-program login code is missing, malformed, expired or already used: call wx.login again. */
  | 'INVALID_LOGIN_CODE'
  /** A member card code that is well-formed but wrong or outside its time window. */
  | 'MEMBER_CODE_INVALID'
  /** A member card code that was already accepted once. */
  | 'MEMBER_CODE_USED'
  /** A till session (from staffScanMember) used by a clerk other than the one who scanned the card. */
  | 'MEMBER_SESSION_OTHER_STAFF'
  /** A till session used in a store other than the one where the card was scanned. */
  | 'MEMBER_SESSION_OTHER_STORE'
  /** A printed QR code that exists but is disabled, expired or whose campaign has ended (reason says which). */
  | 'QR_CODE_INACTIVE'
  /** A stock count below what open orders have reserved. */
  | 'STOCK_BELOW_RESERVED'
  /** A pickup code that matches no order (typed or scanned). */
  | 'PICKUP_CODE_INVALID'
  /** A pickup code past its validity. */
  | 'PICKUP_CODE_EXPIRED'
  /** Over a GraphQL limit (depth, cost, aliases, directives, tokens); `reason` says which. */
  | 'QUERY_TOO_COMPLEX'
  /** TRUSTED_DOCUMENTS_ONLY: the request carries no persisted id, only a document text. */
  | 'PERSISTED_QUERY_REQUIRED'
  /** A persisted id the BFF does not know (a mini-program build newer or older than the BFF). */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** Request body over HTTP_BODY_LIMIT_BYTES (HTTP 413). */
  | 'PAYLOAD_TOO_LARGE'
  /** A request body in a Content-Encoding or charset the BFF does not read (HTTP 415). */
  | 'UNSUPPORTED_MEDIA_TYPE'
  /** A `subscription` asked for as one JSON answer: it is served as a stream only (SSE or WebSocket). */
  | 'SUBSCRIPTION_NEEDS_STREAM'
  | 'INTERNAL_SERVER_ERROR';

/**
 * An expected failure of a business rule. Services throw it; the GraphQL layer passes its message
 * (Simplified Chinese, shown to the user) and code through unmasked. Services never depend on GraphQL.
 */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) => new DomainError('BAD_USER_INPUT', message, details);
export const notFound = (message: string, details?: Record<string, unknown>) => new DomainError('NOT_FOUND', message, details);

/**
 * The domain error behind a GraphQL error. A custom scalar's parse error reaches here wrapped twice
 * (as the variable's coercion error around the scalar's), each wrapper prefixing English text.
 */
function domainCause(error: GraphQLError): DomainError | undefined {
  let cause: unknown = error.originalError;
  while (cause instanceof GraphQLError) cause = cause.originalError;
  return cause instanceof DomainError ? cause : undefined;
}

export const INTERNAL_MESSAGE = '服务暂时不可用，请稍后再试';

/**
 * Yoga's error masking hook: domain errors and GraphQL's own validation errors go to the client;
 * anything else is logged in full and replaced by a generic message.
 */
export function maskError(error: unknown, log: (error: unknown) => void): GraphQLError {
  const graphqlError = error instanceof GraphQLError ? error : new GraphQLError(String(error), { originalError: error as Error });
  const original = graphqlError.originalError;
  const domain = domainCause(graphqlError);
  if (domain) {
    return new GraphQLError(domain.message, {
      nodes: graphqlError.nodes,
      path: graphqlError.path,
      extensions: { ...domain.details, code: domain.code },
    });
  }
  if (!original || original instanceof GraphQLError) {
    // Parse, validation and variable-coercion errors: the client sent a bad document or bad variables.
    // graphql-jit's variable errors carry no extensions object at all.
    if (graphqlError.extensions?.code) return graphqlError;
    return new GraphQLError(graphqlError.message, {
      nodes: graphqlError.nodes,
      path: graphqlError.path,
      extensions: { ...graphqlError.extensions, code: 'BAD_USER_INPUT' },
    });
  }
  log(original);
  return new GraphQLError(INTERNAL_MESSAGE, {
    nodes: graphqlError.nodes,
    path: graphqlError.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
