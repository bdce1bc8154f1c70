import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSchema } from 'graphql-yoga';
import type { Resolvers } from '@corner/shared-types/server';
import type { RequestContext } from './context.ts';
import { DateTimeScalar } from './scalars.ts';
import { storeResolvers } from '../stores/resolvers.ts';
import { catalogResolvers } from '../catalog/resolvers.ts';
import { productContentResolvers } from '../catalog/content-resolvers.ts';
import { campaignResolvers } from '../campaigns/resolvers.ts';
import { authResolvers } from '../auth/resolvers.ts';
import { memberResolvers } from '../members/resolvers.ts';
import { qrResolvers } from '../qr/resolvers.ts';
import { orderResolvers } from '../orders/resolvers.ts';
import { staffResolvers } from '../staff/resolvers.ts';
import { addressResolvers } from '../addresses/resolvers.ts';
import { staffEventResolvers } from '../staff-events/resolvers.ts';
import { figuresResolvers } from '../figures/resolvers.ts';
import { enforceAccessDeclarations } from '../access/declarations.ts';
import { auditResolvers } from '../audit/resolvers.ts';
import { peopleResolvers } from '../people/resolvers.ts';
import { integrationResolvers } from '../integrations/resolvers.ts';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every domain's SDL: `bff/src/<domain>/schema.graphql`, plus the shared base. */
export function readTypeDefs(): string[] {
  return readdirSync(SRC, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(SRC, entry.name))
        .filter((file) => file.endsWith('.graphql'))
        .map((file) => join(SRC, entry.name, file)),
    )
    .sort()
    .map((file) => readFileSync(file, 'utf8'));
}

const baseResolvers: Resolvers<RequestContext> = {
  DateTime: DateTimeScalar,
  Query: {
    serverTime: (_parent, _args, context) => context.deps.now(),
  },
};

export function buildSchema() {
  const schema = createSchema<RequestContext>({
    typeDefs: readTypeDefs(),
    resolvers: [baseResolvers, storeResolvers, catalogResolvers, authResolvers, memberResolvers, orderResolvers, staffResolvers, staffEventResolvers, qrResolvers, addressResolvers, figuresResolvers, auditResolvers, peopleResolvers, campaignResolvers, productContentResolvers, integrationResolvers],
  });
  return enforceAccessDeclarations(schema);
}
