import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from 'graphql';
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

/** Any array longer than `max` anywhere in the variables, as a path; null when there is none. */
export function oversizedList(value: unknown, max: number, path = '$'): string | null {
  if (Array.isArray(value)) {
    if (value.length > max) return path;
    for (const [index, item] of value.entries()) {
      const found = oversizedList(item, max, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = oversizedList(item, max, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Inline lists in a document are bounded by the token limit, but a list in the variables only by the
 * body size: a cart of 100,000 lines would reach the services. Paged fields check `first` themselves.
 */
function listSizePlugin(max: number): Plugin {
  return {
    onParams({ params }) {
      const path = oversizedList(params.variables, max);
      if (path) {
        throw new GraphQLError(`列表过长：最多 ${max} 项`, { extensions: { code: 'BAD_USER_INPUT', field: path, http: { status: 400 } } });
      }
    },
  };
}

/** Production hides the schema: no introspection and no "did you mean" field suggestions. */
const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

/** Depth, cost, alias, directive, token and list-size limits (values in config.ts and the README). */
export function limitPlugins(config: Config): Plugin[] {
  const o = options(config);
  const plugins: Plugin[] = [
    listSizePlugin(config.GRAPHQL_MAX_LIST_INPUT),
    maxTokensPlugin(o.tokens) as Plugin,
    maxDepthPlugin(o.depth),
    costLimitPlugin(o.cost),
    maxAliasesPlugin(o.aliases),
    maxDirectivesPlugin(o.directives),
  ];
  if (config.NODE_ENV === 'production') plugins.push(noIntrospection, blockFieldSuggestionsPlugin());
  return plugins;
}
