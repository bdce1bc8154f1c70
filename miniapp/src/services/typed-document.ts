/**
 * What the client needs of a document: codegen's `TypedDocumentString` (documentMode 'string', from
 * `@corner/shared-types/client`) is a string-like object with the phantom `__apiType` of
 * `@graphql-typed-document-node/core`, which carries the result and variable types.
 */
export interface TypedDocumentLike<TResult, TVariables> {
  /** Phantom: never set at run time, only carries the types. */
  __apiType?: (variables: TVariables) => TResult
  /** Codegen's persisted id of the operation (sha256 of its normalized text); see shared-types/persisted-documents.mjs. */
  __meta__?: { hash?: string }
  toString(): string
}
