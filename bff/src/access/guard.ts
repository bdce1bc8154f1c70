import { DomainError } from '../graphql/errors.ts';
import { requireUser, type HasAuth } from '../auth/viewer.ts';
import { PERMISSION_NAMES, type Permission } from './permissions.ts';

/** A store's id, or the whole chain. */
export type Scope = number | 'CHAIN';

/** Context of a field declared `@staff(permission: …)`: the declaration travels with it to the resolver. */
export interface DeclaredAccess {
  declaredPermission?: Permission;
}

/**
 * The caller must hold `permission` over `scope`: at that store (through an assignment of the store
 * or of the whole chain), or chain-wide for 'CHAIN'. Roles are read from the database per request.
 */
export async function requirePermission(context: HasAuth, permission: Permission, scope: Scope): Promise<{ userId: string }> {
  const viewer = requireUser(context);
  const assignments = await viewer.staff();
  const covering = assignments.filter((assignment) => assignment.storeId === null || assignment.storeId === scope);
  if (covering.length === 0) {
    if (scope === 'CHAIN' && assignments.length > 0) throw permissionRequired(permission, scope);
    throw new DomainError('FORBIDDEN', scope === 'CHAIN' ? '该操作仅限总部人员' : '您不是该门店的店员', { reason: 'NOT_STAFF', ...(scope === 'CHAIN' ? {} : { storeId: scope }) });
  }
  if (!covering.some((assignment) => assignment.permissions.includes(permission))) throw permissionRequired(permission, scope);
  return { userId: viewer.userId };
}

function permissionRequired(permission: Permission, scope: Scope) {
  const where = scope === 'CHAIN' ? '（全部门店）' : '';
  return new DomainError('FORBIDDEN', `该操作需要「${PERMISSION_NAMES[permission]}」权限${where}`, {
    reason: 'PERMISSION_REQUIRED',
    permission,
    ...(scope === 'CHAIN' ? { scope: 'CHAIN' } : { storeId: scope }),
  });
}

function declared(context: DeclaredAccess): Permission {
  // A resolver asking for its declared permission on a field declared otherwise is a programming error.
  if (!context.declaredPermission) throw new Error('requireStoreAccess/requireChainAccess used outside a field declared @staff(permission: …)');
  return context.declaredPermission;
}

/** The field's declared permission at `storeId`. */
export function requireStoreAccess(context: HasAuth & DeclaredAccess, storeId: number) {
  return requirePermission(context, declared(context), storeId);
}

/** The field's declared permission over the whole chain. */
export function requireChainAccess(context: HasAuth & DeclaredAccess) {
  return requirePermission(context, declared(context), 'CHAIN');
}

/** The declared permission over every store in `storeIds`; an empty list means the whole chain. */
export async function requireStoresAccess(context: HasAuth & DeclaredAccess, storeIds: readonly number[]) {
  if (storeIds.length === 0) return requireChainAccess(context);
  let caller: { userId: string } | undefined;
  for (const storeId of new Set(storeIds)) caller = await requireStoreAccess(context, storeId);
  return caller!;
}
