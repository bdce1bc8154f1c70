import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  getOperationAST,
  validate,
  visit,
  type DocumentNode,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { maxDepthPlugin, maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitPlugin, costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin, maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin, maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import type { Config } from '../config.ts';

/**
 * Armor reports a limit as a codeless "Syntax Error"; clients branch on `QUERY_TOO_COMPLEX` instead,
 * with armor's own wording (which limit, how far over) kept in `reason`.
 */
function reject(context: ValidationContext | null, error: GraphQLError): void {
  const refused = new GraphQLError('请求过于复杂，已被拒绝', {
    extensions: { code: 'QUERY_TOO_COMPLEX', reason: error.message.replace(/^Syntax Error: /, '') },
  });
  // The token limit runs inside the parser, where there is no validation context to report to.
  if (!context) throw refused;
  context.reportError(refused);
}

const callbacks = { onReject: [reject], propagateOnRejection: false, exposeLimits: true };

function options(config: Config) {
  return {
    depth: { ...callbacks, n: config.GRAPHQL_MAX_DEPTH, flattenFragments: true },
    cost: { ...callbacks, maxCost: config.GRAPHQL_MAX_COST, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    aliases: { ...callbacks, n: config.GRAPHQL_MAX_ALIASES },
    directives: { ...callbacks, n: config.GRAPHQL_MAX_DIRECTIVES },
    tokens: { ...callbacks, n: config.GRAPHQL_MAX_TOKENS },
  };
}

/** The validation rules the limit plugins apply, for checking documents (the mini-program's) offline. */
export function limitRules(config: Config): ValidationRule[] {
  const o = options(config);
  return [maxDepthRule(o.depth), costLimitRule(o.cost), maxAliasesRule(o.aliases), maxDirectivesRule(o.directives)];
}

/**
 * The schema's deepest input (a checkout's items: $.input.items[0].productId) nests 3 levels; this
 * leaves room for new inputs while refusing variables nested thousands of levels deep, which would
 * exhaust the stack in graphql's recursive coercion and answer as an internal error.
 */
export const MAX_VARIABLES_DEPTH = 10;

export interface VariablesProblem {
  reason: 'LIST_TOO_LONG' | 'VARIABLES_TOO_DEEP';
  /** where, e.g. $.input.items */
  path: string;
}

/**
 * The first list longer than `maxList` or value nested deeper than `maxDepth` in the variables.
 * Walked with a stack of our own rather than recursion, so any depth the body limit allows is
 * measured without running out of call stack; depth-first, so a deep chain is refused at once.
 */
export function variablesProblem(variables: unknown, maxList: number, maxDepth = MAX_VARIABLES_DEPTH): VariablesProblem | null {
  const pending: Array<[value: unknown, path: string, depth: number]> = [[variables, '$', 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, path, depth] = next;
    if (!value || typeof value !== 'object') continue;
    if (depth > maxDepth) return { reason: 'VARIABLES_TOO_DEEP', path };
    if (Array.isArray(value)) {
      if (value.length > maxList) return { reason: 'LIST_TOO_LONG', path };
      for (let i = value.length - 1; i >= 0; i--) pending.push([value[i], `${path}[${i}]`, depth + 1]);
    } else {
      for (const [key, item] of Object.entries(value).reverse()) pending.push([item, `${path}.${key}`, depth + 1]);
    }
  }
  return null;
}

/**
 * Inline lists and nesting in a document are bounded by the token and depth limits, but those in the
 * variables only by the body size: a cart of 100,000 lines would reach the services, and variables
 * nested thousands deep would overflow the stack. Paged fields check `first` themselves.
 */
function variablesShapePlugin(maxList: number): Plugin {
  return {
    onParams({ params }) {
      const problem = variablesProblem(params.variables, maxList);
      if (!problem) return;
      const message = problem.reason === 'LIST_TOO_LONG' ? `列表过长：最多 ${maxList} 项` : `变量嵌套过深：最多 ${MAX_VARIABLES_DEPTH} 层`;
      throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason: problem.reason, field: problem.path, http: { status: 400 } } });
    },
  };
}

/** The arguments armor's cost rule multiplies a field's cost by. */
const SIZE_ARGUMENTS = new Set(['first', 'last']);

const sizeVariablesOf = new WeakMap<DocumentNode, string[]>();

/** The variables a document passes as `first`/`last` (walked once per document: Yoga caches parses). */
function sizeVariables(document: DocumentNode): string[] {
  let names = sizeVariablesOf.get(document);
  if (!names) {
    const found = new Set<string>();
    visit(document, {
      Argument(node) {
        if (SIZE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) found.add(node.value.name.value);
      },
    });
    names = [...found];
    sizeVariablesOf.set(document, names);
  }
  return names;
}

/** Each size variable's value as execution will see it: sent, else the operation's default; null unless an integer. */
function listSizes(operation: OperationDefinitionNode, names: string[], variables: Record<string, unknown>): Record<string, number | null> {
  const sizes: Record<string, number | null> = {};
  for (const name of names) {
    const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === name);
    const fallback = definition?.defaultValue?.kind === Kind.INT ? Number(definition.defaultValue.value) : null;
    const value = Object.hasOwn(variables, name) ? variables[name] : fallback;
    sizes[name] = Number.isInteger(value) ? (value as number) : null;
  }
  return sizes;
}

/** The document with every `first`/`last` given by a variable written in as its size (null counts as 1, like an omitted one). */
export function withListSizesInlined(document: DocumentNode, sizes: Record<string, number | null>): DocumentNode {
  return visit(document, {
    Argument(node) {
      if (!SIZE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const size = sizes[node.value.name.value];
      return { ...node, value: typeof size === 'number' ? { kind: Kind.INT, value: String(size) } : { kind: Kind.NULL } };
    },
  });
}

/** Verdicts per document and sizes; a client varying sizes endlessly only refills a bounded map. */
const costVerdicts = new WeakMap<DocumentNode, Map<string, readonly GraphQLError[]>>();
const VERDICTS_PER_DOCUMENT = 64;

/**
 * Armor's cost rule runs at validation, before variables exist, so `first: 100` counted 100 times
 * when written inline and once when passed as `$first`. Before execution, a document that sizes lists
 * by variable is costed again with the sizes written in: the same limit either way. Costing takes
 * about half a millisecond, so each document's verdict is kept per combination of sizes.
 */
function listSizeCostPlugin(cost: ReturnType<typeof options>['cost']): Plugin {
  const rules = [costLimitRule(cost)];
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const names = sizeVariables(args.document);
      if (!names.length) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const sizes = listSizes(operation, names, args.variableValues ?? {});
      const key = names.map((name) => sizes[name]).join();
      let verdicts = costVerdicts.get(args.document);
      if (!verdicts) costVerdicts.set(args.document, (verdicts = new Map()));
      let errors = verdicts.get(key);
      if (!errors) {
        errors = validate(args.schema, withListSizesInlined(args.document, sizes), rules);
        if (verdicts.size >= VERDICTS_PER_DOCUMENT) verdicts.clear();
        verdicts.set(key, errors);
      }
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };
}

/** Production hides the schema: no introspection and no "did you mean" field suggestions. */
const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

/** Depth, cost, alias, directive, token, list-size and variable-nesting limits (values in config.ts and the README). */
export function limitPlugins(config: Config): Plugin[] {
  const o = options(config);
  const plugins: Plugin[] = [
    variablesShapePlugin(config.GRAPHQL_MAX_LIST_INPUT),
    maxTokensPlugin(o.tokens) as Plugin,
    maxDepthPlugin(o.depth),
    costLimitPlugin(o.cost),
    listSizeCostPlugin(o.cost),
    maxAliasesPlugin(o.aliases),
    maxDirectivesPlugin(o.directives),
  ];
  if (config.NODE_ENV === 'production') plugins.push(noIntrospection, blockFieldSuggestionsPlugin());
  return plugins;
}
