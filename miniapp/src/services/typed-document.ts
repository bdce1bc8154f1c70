/**
 * Minimal stand-in for graphql-codegen's `TypedDocumentString` (client preset,
 * `documentMode: 'string'`). The shape matches codegen's output structurally — a string-like
 * object plus the phantom `__apiType` from `@graphql-typed-document-node/core`'s
 * `DocumentTypeDecoration` — so generated documents can replace these without touching the client.
 */
export interface DocumentTypeDecoration<TResult, TVariables> {
  /** Phantom: never set at run time, only carries the types. */
  __apiType?: (variables: TVariables) => TResult
}

export interface TypedDocumentLike<TResult, TVariables> extends DocumentTypeDecoration<TResult, TVariables> {
  toString(): string
}

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: DocumentTypeDecoration<TResult, TVariables>['__apiType']

  constructor(private value: string) {
    super(value)
  }

  override toString(): string {
    return this.value
  }
}

export type ResultOf<D> = D extends DocumentTypeDecoration<infer R, any> ? R : never
export type VariablesOf<D> = D extends DocumentTypeDecoration<any, infer V> ? V : never
