import { graphql, HttpResponse } from 'msw';
import type {
  CreateIntegrationClientMutation,
  CreateIntegrationClientMutationVariables,
  IntegrationClientFieldsFragment,
  IntegrationClientsQuery,
  IntegrationClientsQueryVariables,
  IntegrationDeliveriesQuery,
  IntegrationDeliveriesQueryVariables,
  RevokeIntegrationKeyMutation,
  RevokeIntegrationKeyMutationVariables,
  RotateIntegrationKeyMutation,
  RotateIntegrationKeyMutationVariables,
  SetIntegrationWebhookMutation,
  SetIntegrationWebhookMutationVariables,
} from '../../../shared-types/src/generated/client.ts';

// Head office's 收银与ERP接入: the clients, their keys and the webhook delivery log, answered as the BFF would.

/** The mocks' clock: keys rotated out expire this many hours after it. */
export const INTEGRATIONS_NOW = '2026-12-07T12:00:00.000Z';
const hoursAfterNow = (hours: number) => new Date(Date.parse(INTEGRATIONS_NOW) + hours * 3_600_000).toISOString();

type Delivery = IntegrationDeliveriesQuery['integrationDeliveries'][number];

export interface IntegrationsState {
  clients: IntegrationClientFieldsFragment[];
  deliveries: Record<string, Delivery[]>;
}

export const ERP_CLIENT_ID = '00000000-0000-4000-8000-000000000901';

/** The chain's ERP, with a key in use, a webhook, and one delivery of each status. */
export function integrationsWithErp(): IntegrationsState {
  return {
    clients: [
      {
        id: ERP_CLIENT_ID, name: '总部ERP', storeId: null, webhookUrl: 'https://erp.example.com/corner/events', createdAt: '2026-12-01T02:00:00.000Z',
        keys: [{ id: 'ck_0123456789abcdef01234567', createdAt: '2026-12-01T02:00:00.000Z', expiresAt: null, revokedAt: null, active: true }],
      },
    ],
    deliveries: {
      [ERP_CLIENT_ID]: [
        { eventId: '00000000-0000-4000-8000-000000000a03', kind: 'stock.movement', status: 'PENDING', attempts: 2, nextAttemptAt: '2026-12-07T12:05:00.000Z', lastError: 'HTTP 503', deliveredAt: null, createdAt: '2026-12-07T11:58:00.000Z' },
        { eventId: '00000000-0000-4000-8000-000000000a02', kind: 'order.paid', status: 'DELIVERED', attempts: 1, nextAttemptAt: '2026-12-07T11:30:00.000Z', lastError: null, deliveredAt: '2026-12-07T11:30:01.000Z', createdAt: '2026-12-07T11:30:00.000Z' },
        { eventId: '00000000-0000-4000-8000-000000000a01', kind: 'order.refunded', status: 'DEAD', attempts: 12, nextAttemptAt: '2026-12-06T08:00:00.000Z', lastError: 'connect ECONNREFUSED', deliveredAt: null, createdAt: '2026-12-05T08:00:00.000Z' },
      ],
    },
  };
}

/** A refusal as the BFF words it, typed as the answer of whichever operation refuses. */
const refuse = <T>(message: string, field: string) => HttpResponse.json<{ data: T | null; errors: Array<{ message: string; extensions: Record<string, string> }> }>({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }], data: null });
const badWebhook = (url: string | null | undefined) => url != null && !/^https?:\/\/[^\s/@]+/.test(url);

export function integrationsHandlers(state: IntegrationsState = integrationsWithErp()) {
  let issued = 0;
  const newKey = () => {
    issued += 1;
    const n = String(issued).padStart(2, '0');
    return { keyId: `ck_new${n}${'0'.repeat(18)}`, secret: `secret-${n}-${'s'.repeat(30)}` };
  };
  const client = (id: string) => state.clients.find((c) => c.id === id)!;
  return [
    graphql.query<IntegrationClientsQuery, IntegrationClientsQueryVariables>('IntegrationClients', () => HttpResponse.json({ data: { integrationClients: state.clients } })),
    graphql.query<IntegrationDeliveriesQuery, IntegrationDeliveriesQueryVariables>('IntegrationDeliveries', ({ variables }) =>
      HttpResponse.json({ data: { integrationDeliveries: (state.deliveries[variables.clientId] ?? []).filter((d) => !variables.status || d.status === variables.status) } }),
    ),
    graphql.mutation<CreateIntegrationClientMutation, CreateIntegrationClientMutationVariables>('CreateIntegrationClient', ({ variables }) => {
      if (!variables.name.trim() || variables.name.length > 40) return refuse<CreateIntegrationClientMutation>('请填写接入方名称（40字以内）', 'name');
      if (badWebhook(variables.webhookUrl)) return refuse<CreateIntegrationClientMutation>('回调地址须为 http(s) 网址', 'webhookUrl');
      const { keyId, secret } = newKey();
      const created: IntegrationClientFieldsFragment = {
        id: `00000000-0000-4000-8000-0000000009${String(state.clients.length + 1).padStart(2, '0')}`,
        name: variables.name.trim(), storeId: variables.storeId ?? null, webhookUrl: variables.webhookUrl ?? null, createdAt: INTEGRATIONS_NOW,
        keys: [{ id: keyId, createdAt: INTEGRATIONS_NOW, expiresAt: null, revokedAt: null, active: true }],
      };
      state.clients.push(created);
      return HttpResponse.json({ data: { createIntegrationClient: { keyId, secret, client: created } } });
    }),
    graphql.mutation<SetIntegrationWebhookMutation, SetIntegrationWebhookMutationVariables>('SetIntegrationWebhook', ({ variables }) => {
      if (badWebhook(variables.webhookUrl)) return refuse<SetIntegrationWebhookMutation>('回调地址须为 http(s) 网址', 'webhookUrl');
      client(variables.clientId).webhookUrl = variables.webhookUrl ?? null;
      return HttpResponse.json({ data: { setIntegrationWebhook: client(variables.clientId) } });
    }),
    graphql.mutation<RotateIntegrationKeyMutation, RotateIntegrationKeyMutationVariables>('RotateIntegrationKey', ({ variables }) => {
      const overlap = variables.overlapHours ?? 24;
      if (!Number.isSafeInteger(overlap) || overlap < 0 || overlap > 720) return refuse<RotateIntegrationKeyMutation>('旧密钥保留时长须为0到720小时', 'overlapHours');
      const found = client(variables.clientId);
      const until = hoursAfterNow(overlap);
      const { keyId, secret } = newKey();
      found.keys = [
        ...found.keys.map((k) => (k.active && (!k.expiresAt || k.expiresAt > until) ? { ...k, expiresAt: until, active: overlap > 0 } : k)),
        { id: keyId, createdAt: INTEGRATIONS_NOW, expiresAt: null, revokedAt: null, active: true },
      ];
      return HttpResponse.json({ data: { rotateIntegrationKey: { keyId, secret, client: found } } });
    }),
    graphql.mutation<RevokeIntegrationKeyMutation, RevokeIntegrationKeyMutationVariables>('RevokeIntegrationKey', ({ variables }) => {
      const found = state.clients.find((c) => c.keys.some((k) => k.id === variables.keyId));
      if (!found) return HttpResponse.json({ errors: [{ message: '密钥不存在', extensions: { code: 'NOT_FOUND', field: 'keyId' } }], data: null });
      found.keys = found.keys.map((k) => (k.id === variables.keyId ? { ...k, revokedAt: k.revokedAt ?? INTEGRATIONS_NOW, active: false } : k));
      return HttpResponse.json({ data: { revokeIntegrationKey: found.keys.find((k) => k.id === variables.keyId)! } });
    }),
  ];
}
