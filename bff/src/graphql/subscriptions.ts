import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * While the schema has no Subscription type, a `subscription` document passes graphql's validation
 * and fails only inside the executor ("No root type"), which the client saw as an internal error. It
 * is refused up front instead. The rule retires itself: once the schema defines subscriptions (served
 * over SSE), it lets them through, and this plugin can go.
 */
const subscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'subscription' || context.getSchema().getSubscriptionType()) return;
    context.reportError(new GraphQLError('暂不支持订阅（subscription）操作', { nodes: [node], extensions: { code: 'SUBSCRIPTIONS_NOT_SUPPORTED' } }));
  },
});

export function subscriptionsPlugin(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(subscriptionsRule);
    },
  };
}
