import { graphql, HttpResponse } from 'msw';
import type { ClaimVisitorScansMutation, ClaimVisitorScansMutationVariables, LoginMutation, LoginMutationVariables } from '../../../shared-types/src/generated/client.ts';

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

/** A scan made before the launch's sign-in is claimed once signed in (services/scene.ts); none to claim here. */
export const claimVisitorScansNone = graphql.mutation<ClaimVisitorScansMutation, ClaimVisitorScansMutationVariables>('ClaimVisitorScans', () =>
  HttpResponse.json({ data: { claimVisitorScans: 0 } }),
);
