import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { usePersistedOperations, defaultExtractPersistedOperationId } from '@graphql-yoga/plugin-persisted-operations';
import { REPO_ROOT } from '../config.ts';

/** hash → text of every mini-program operation, written by `npm run codegen` (shared-types/persisted-documents.mjs). */
export function loadTrustedDocuments(): ReadonlyMap<string, string> {
  const file = resolve(REPO_ROOT, 'shared-types/src/generated/persisted-documents.json');
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
}

/**
 * The mini-program sends both its operation's persisted id and text. For a known id the stored text
 * runs and the sent text is dropped, so nothing but the manifest executes; with `trustedOnly`, a
 * request without a known id is refused, otherwise its text runs as usual (GraphiQL, tests, tools).
 */
export function trustedDocumentPlugins(documents: ReadonlyMap<string, string>, trustedOnly: boolean): Plugin[] {
  const preferStoredText: Plugin = {
    onParams({ params, setParams }) {
      const id = defaultExtractPersistedOperationId(params, undefined as never, {});
      if (id && params.query && documents.has(id)) setParams({ ...params, query: undefined });
    },
  };
  return [
    preferStoredText,
    usePersistedOperations({
      getPersistedOperation: (id) => documents.get(id) ?? null,
      allowArbitraryOperations: !trustedOnly,
      customErrors: {
        notFound: { message: '客户端版本过旧，请重新打开小程序', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } } },
        keyNotFound: { message: '请求缺少操作编号', extensions: { code: 'PERSISTED_QUERY_REQUIRED', http: { status: 400 } } },
        persistedQueryOnly: { message: '只接受小程序内置的请求', extensions: { code: 'PERSISTED_QUERY_REQUIRED', http: { status: 400 } } },
      },
    }),
  ];
}
