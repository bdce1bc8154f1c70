import { getNamedType, isCompositeType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { buildSchema } from '../src/graphql/schema.ts';

/**
 * Every root field of the built schema, and a document that calls one of them with variables, so
 * tests that must cover every operation (authorization audit, fuzzing) are generated from the
 * schema itself and cannot fall behind it.
 */
export interface RootField {
  kind: 'query' | 'mutation' | 'subscription';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

let schema: GraphQLSchema | undefined;
export function builtSchema(): GraphQLSchema {
  return (schema ??= buildSchema());
}

export function rootFields(): RootField[] {
  const s = builtSchema();
  const of = (kind: RootField['kind'], type: ReturnType<GraphQLSchema['getQueryType']>) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ kind, name: field.name, field }));
  return [...of('query', s.getQueryType()), ...of('mutation', s.getMutationType())];
}

/** Every Subscription field: answered as a stream (SSE or WebSocket), so callers read its first event. */
export function subscriptionFields(): RootField[] {
  return Object.values(builtSchema().getSubscriptionType()?.getFields() ?? {}).map((field) => ({ kind: 'subscription' as const, name: field.name, field }));
}

/** `query($a: T!) { field(a: $a) { __typename } }` with a variable for each argument named in `args`. */
export function operationFor(root: RootField, args: readonly string[]): string {
  const used = root.field.args.filter((arg) => args.includes(arg.name));
  const unknown = args.filter((name) => !used.some((arg) => arg.name === name));
  if (unknown.length) throw new Error(`${root.name} has no argument ${unknown.join(', ')}`);
  const definitions = used.length ? `(${used.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')})` : '';
  const call = used.length ? `(${used.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const selection = isCompositeType(getNamedType(root.field.type)) ? ' { __typename }' : '';
  return `${root.kind}${definitions} { ${root.name}${call}${selection} }`;
}

/** A variable value nested `levels` deep, alternating objects and lists, as a hostile client sends. */
export function nestedValue(levels: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
}
