import { execute, parse, type GraphQLSchema } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { describe, expect, it } from 'vitest';
import { buildSchema, readTypeDefs } from '../graphql/schema.ts';
import type { AuthState, StaffAssignment } from '../auth/viewer.ts';
import { declarationOf, enforceAccessDeclarations } from './declarations.ts';
import { requireChainAccess, requireStoreAccess, requireStoresAccess, type DeclaredAccess } from './guard.ts';
import { MapperKind, mapSchema } from '@graphql-tools/utils';

/** A caller holding these assignments, as viewerFor would read them from the database. */
function signedIn(assignments: StaffAssignment[]): { auth: AuthState } {
  return { auth: { viewer: { userId: '00000000-0000-4000-8000-0000000000aa', memberId: async () => null, staff: async () => assignments } } };
}
const anonymous = { auth: { viewer: null, failure: 'MISSING_TOKEN' } } as { auth: AuthState };

const clerkOf = (storeId: number): StaffAssignment => ({ storeId, roleKey: 'CLERK', roleName: '店员', permissions: ['ORDERS_FULFIL', 'TILL', 'STOCK'] });
const managerOf = (storeId: number): StaffAssignment => ({ storeId, roleKey: 'STORE_MANAGER', roleName: '店长', permissions: ['STORE_SETTINGS', 'MARKETING'] });
const operator: StaffAssignment = { storeId: null, roleKey: 'HQ_OPERATOR', roleName: '总部运营', permissions: ['MARKETING', 'CATALOG'] };

const SDL = /* GraphQL */ `
  directive @public on FIELD_DEFINITION
  directive @signedIn on FIELD_DEFINITION
  directive @staff(permission: Permission!) on FIELD_DEFINITION
  enum Permission { STORE_SETTINGS MARKETING CATALOG }
  type Query {
    open: String @public
    mine: String @signedIn
    settings(storeId: Int!): String @staff(permission: STORE_SETTINGS)
    promotion(storeIds: [Int!]!): String @staff(permission: MARKETING)
    catalogue: String @staff(permission: CATALOG)
    forgotten: String
    twice: String @public @signedIn
  }
`;

function testSchema(): GraphQLSchema {
  type Context = { auth: AuthState } & DeclaredAccess;
  return enforceAccessDeclarations(
    makeExecutableSchema({
      typeDefs: SDL,
      resolvers: {
        Query: {
          open: () => 'ok',
          mine: () => 'ok',
          forgotten: () => 'leaked',
          twice: () => 'leaked',
          settings: async (_: unknown, args: { storeId: number }, context: Context) => (await requireStoreAccess(context, args.storeId), 'ok'),
          promotion: async (_: unknown, args: { storeIds: number[] }, context: Context) => (await requireStoresAccess(context, args.storeIds), 'ok'),
          catalogue: async (_: unknown, _args: unknown, context: Context) => (await requireChainAccess(context), 'ok'),
        },
      },
    }),
  );
}

async function call(document: string, context: { auth: AuthState }) {
  const result = await execute({ schema: testSchema(), document: parse(document), contextValue: context });
  const error = result.errors?.[0];
  if (!error) return 'ok';
  const code = (error.originalError as { code?: string } | undefined)?.code ?? 'INTERNAL';
  const reason = (error.originalError as { details?: { reason?: string } } | undefined)?.details?.reason;
  return reason ? `${code}:${reason}` : code;
}

describe('access declarations', () => {
  it('every Query, Mutation and Subscription field of the real schema declares exactly one access rule', () => {
    const schema = buildSchema();
    const undeclared: string[] = [];
    // Read the declarations off the SDL as written (the built schema's fields are already wrapped).
    const declared = makeExecutableSchema({ typeDefs: readTypeDefs() });
    mapSchema(declared, {
      [MapperKind.ROOT_FIELD]: (field, name) => {
        if (!declarationOf(declared, field)) undeclared.push(name);
        return field;
      },
    });
    expect(undeclared).toEqual([]);
    expect(Object.keys(schema.getQueryType()!.getFields()).length).toBeGreaterThan(30);
  });

  it('refuses a field with no declaration, or with two, whoever calls', async () => {
    expect(await call('{ forgotten }', signedIn([operator]))).toBe('FORBIDDEN:UNDECLARED');
    expect(await call('{ twice }', anonymous)).toBe('FORBIDDEN:UNDECLARED');
  });

  it('lets anyone call @public, and only signed-in callers @signedIn', async () => {
    expect(await call('{ open }', anonymous)).toBe('ok');
    expect(await call('{ mine }', anonymous)).toBe('UNAUTHENTICATED:MISSING_TOKEN');
    expect(await call('{ mine }', signedIn([]))).toBe('ok');
  });

  it('checks a @staff field’s permission at the store the resolver names; a chain role covers every store', async () => {
    expect(await call('{ settings(storeId: 1) }', signedIn([]))).toBe('FORBIDDEN:NOT_STAFF');
    expect(await call('{ settings(storeId: 1) }', signedIn([clerkOf(1)]))).toBe('FORBIDDEN:PERMISSION_REQUIRED');
    expect(await call('{ settings(storeId: 1) }', signedIn([managerOf(1)]))).toBe('ok');
    expect(await call('{ settings(storeId: 2) }', signedIn([managerOf(1)]))).toBe('FORBIDDEN:NOT_STAFF');
    // A manager of store 1 who is a clerk of store 2 has no settings rights there.
    expect(await call('{ settings(storeId: 2) }', signedIn([managerOf(1), clerkOf(2)]))).toBe('FORBIDDEN:PERMISSION_REQUIRED');
    expect(await call('{ settings(storeId: 2) }', signedIn([operator]))).toBe('FORBIDDEN:PERMISSION_REQUIRED');
  });

  it('needs the permission at every store of a list, and chain-wide for the whole chain', async () => {
    expect(await call('{ promotion(storeIds: [1]) }', signedIn([managerOf(1)]))).toBe('ok');
    expect(await call('{ promotion(storeIds: [1, 2]) }', signedIn([managerOf(1)]))).toBe('FORBIDDEN:NOT_STAFF');
    expect(await call('{ promotion(storeIds: []) }', signedIn([managerOf(1)]))).toBe('FORBIDDEN:PERMISSION_REQUIRED');
    expect(await call('{ promotion(storeIds: []) }', signedIn([operator]))).toBe('ok');
    expect(await call('{ catalogue }', signedIn([operator]))).toBe('ok');
    expect(await call('{ catalogue }', signedIn([managerOf(1)]))).toBe('FORBIDDEN:PERMISSION_REQUIRED');
  });
});
