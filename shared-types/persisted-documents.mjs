// Trusted documents: every mini-program operation is persisted at codegen time under the sha256 of its
// normalized text. client.ts carries the hash on each document (`__meta__.hash`); this plugin writes
// the manifest (hash → text) that the BFF executes by id. Both go through `persistedDocument`, so the
// hash the client sends is the one the manifest holds.
import { createHash } from 'node:crypto';
import { Kind, visit } from 'graphql';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';

/** The normalized text (definitions sorted, minimal whitespace) and its sha256, hex. */
export function persistedDocument(document) {
  const body = printExecutableGraphQLDocument(document);
  return { hash: createHash('sha256').update(body).digest('hex'), body };
}

/** graphql-codegen plugin: one entry per operation, with the fragments it spreads (transitively). */
export function plugin(_schema, documents) {
  const definitions = documents.flatMap((file) => file.document?.definitions ?? []);
  const fragments = new Map(definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const spreadBy = (node, found = new Map()) => {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (found.has(name) || !fragments.has(name)) return;
        found.set(name, fragments.get(name));
        spreadBy(fragments.get(name), found);
      },
    });
    return found;
  };
  const manifest = Object.fromEntries(
    definitions
      .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => {
        const { hash, body } = persistedDocument({ kind: Kind.DOCUMENT, definitions: [operation, ...spreadBy(operation).values()] });
        return [hash, body];
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
