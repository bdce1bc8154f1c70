import { defaultFieldResolver, type GraphQLFieldConfig, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { DomainError } from '../graphql/errors.ts';
import { requireUser, type HasAuth } from '../auth/viewer.ts';
import type { DeclaredAccess } from './guard.ts';
import { PERMISSION_NAMES, type Permission } from './permissions.ts';

/** Who may call a root field, as its SDL declares with @public, @signedIn or @staff(permission:). */
export type AccessDeclaration = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'staff'; permission: Permission };

export function declarationOf(schema: GraphQLSchema, field: GraphQLFieldConfig<unknown, unknown>): AccessDeclaration | null {
  const found: AccessDeclaration[] = [];
  if (getDirective(schema, field, 'public')?.length) found.push({ kind: 'public' });
  if (getDirective(schema, field, 'signedIn')?.length) found.push({ kind: 'signedIn' });
  for (const staff of getDirective(schema, field, 'staff') ?? []) found.push({ kind: 'staff', permission: staff.permission as Permission });
  // Two declarations would leave the reader to guess which one wins: treated as none.
  return found.length === 1 ? found[0]! : null;
}

type Context = HasAuth & DeclaredAccess;

/**
 * Checks the declaration before the resolver runs and hands a `@staff` field's permission to it, so
 * the resolver names only the scope (requireStoreAccess / requireChainAccess). A root field with no
 * declaration is refused, whatever its resolver does.
 */
async function admit(declaration: AccessDeclaration | null, fieldName: string, context: Context): Promise<Context> {
  if (!declaration) throw new DomainError('FORBIDDEN', '该操作未声明访问权限', { reason: 'UNDECLARED', field: fieldName });
  if (declaration.kind === 'public') return context;
  const viewer = requireUser(context);
  if (declaration.kind === 'signedIn') return context;
  const { permission } = declaration;
  const assignments = await viewer.staff();
  if (assignments.length === 0) throw new DomainError('FORBIDDEN', '该操作仅限门店员工', { reason: 'NOT_STAFF' });
  if (!assignments.some((assignment) => assignment.permissions.includes(permission))) {
    throw new DomainError('FORBIDDEN', `该操作需要「${PERMISSION_NAMES[permission]}」权限`, { reason: 'PERMISSION_REQUIRED', permission });
  }
  return { ...context, declaredPermission: permission };
}

export function enforceAccessDeclarations(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.ROOT_FIELD]: (field, fieldName) => {
      const declaration = declarationOf(schema, field);
      const guarded = (inner: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> =>
        async (parent, args, context, info) => inner(parent, args, await admit(declaration, fieldName, context), info);
      return {
        ...field,
        resolve: guarded((field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, Context>),
        ...(field.subscribe ? { subscribe: guarded(field.subscribe as GraphQLFieldResolver<unknown, Context>) } : {}),
      };
    },
  });
}
