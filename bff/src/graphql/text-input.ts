import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * PostgreSQL text cannot hold the NUL character: a string carrying one, in any argument, would fail
 * in SQL as an internal error. It is refused up front as the client's mistake, naming where it was.
 */
function nulIn(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulIn(item, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulIn(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** Yoga's parser cache hands back the same document object for the same text: each is walked once. */
const documentVerdicts = new WeakMap<DocumentNode, string | null>();

function nulInDocument(document: DocumentNode): string | null {
  const known = documentVerdicts.get(document);
  if (known !== undefined) return known;
  let found: string | null = null;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (!found && node.value.includes('\u0000')) found = 'document';
    },
  });
  documentVerdicts.set(document, found);
  return found;
}

export function textInputPlugin(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const field = nulIn(args.variableValues ?? {}, '') ?? nulInDocument(args.document);
      if (field) setResultAndStopExecution({ errors: [new GraphQLError('文字中含有不允许的字符', { extensions: { code: 'BAD_USER_INPUT', field } })] });
    },
  };
}
