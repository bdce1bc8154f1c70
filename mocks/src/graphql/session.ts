import { graphql, HttpResponse } from 'msw';
import type { LoginMutation, LoginMutationVariables } from '../../../shared-types/src/generated/client.ts';

/** Silent sign-in succeeds: pages that belong to a shopper (cart, orders) load as someone. */
export const loginSuccess = graphql.mutation<LoginMutation, LoginMutationVariables>('Login', () =>
  HttpResponse.json({
    data: {
      login: {
        accessToken: 'fixture-access',
        accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
        refreshToken: 'fixture-refresh',
        refreshTokenExpiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    },
  }),
);
