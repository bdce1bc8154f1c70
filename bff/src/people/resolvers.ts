import type { Resolvers } from '@corner/shared-types/server';
import { requireChainAccess, requireStoreAccess, type Scope } from '../access/guard.ts';
import { requireUser } from '../auth/viewer.ts';
import type { RequestContext } from '../graphql/context.ts';
import { throttle } from '../graphql/throttle.ts';
import { parseStoreId } from '../stores/service.ts';
import type { InvitationModel } from './service.ts';
import { PERMISSION_NAMES, type Permission } from '../access/permissions.ts';

/** The scope an operation names (a store, or the chain when storeId is absent), checked for the field's permission. */
async function scopeOf(context: RequestContext, rawStoreId: string | null | undefined): Promise<{ scope: Scope; userId: string }> {
  if (rawStoreId == null) return { scope: 'CHAIN', ...(await requireChainAccess(context)) };
  const storeId = parseStoreId(rawStoreId, 'storeId');
  return { scope: storeId, ...(await requireStoreAccess(context, storeId)) };
}

const checkScope = (context: RequestContext) => async (storeId: number | null) => {
  await (storeId === null ? requireChainAccess(context) : requireStoreAccess(context, storeId));
};

async function caller(context: RequestContext, rawStoreId?: string | null) {
  const { scope, userId } = await scopeOf(context, rawStoreId);
  return { scope, caller: { userId, assignments: await requireUser(context).staff() } };
}

const idOrNull = (id: number | null) => (id === null ? null : String(id));
/** Colleagues see enough of a number to tell people apart, not to call them. */
const maskPhone = (phone: string) => phone.replace(/^(\d{3})\d{4}(\d{4})$/, '$1****$2');

function stateOf(invitation: InvitationModel, now: Date) {
  if (invitation.usedAt) return 'USED';
  if (invitation.revokedAt) return 'REVOKED';
  return invitation.expiresAt <= now ? 'EXPIRED' : 'OPEN';
}

export const peopleResolvers: Resolvers<RequestContext> = {
  Query: {
    staffGrantableRoles: async (_parent, args, context) => {
      const found = await caller(context, args.storeId);
      return context.services.people.grantableRoles(found.caller, found.scope);
    },
    staffMembers: async (_parent, args, context) => context.services.people.staffOf((await scopeOf(context, args.storeId)).scope),
    staffInvitations: async (_parent, args, context) => context.services.people.invitations((await scopeOf(context, args.storeId)).scope),
    staffPermissions: async (_parent, _args, context) => {
      await requireChainAccess(context);
      return Object.entries(PERMISSION_NAMES).map(([permission, name]) => ({ permission: permission as Permission, name }));
    },
    staffRoles: async (_parent, _args, context) => {
      await requireChainAccess(context);
      return context.services.people.roles();
    },
  },
  Mutation: {
    createStaffInvitation: async (_parent, args, context) => {
      const found = await caller(context, args.storeId);
      const invitation = await context.services.people.invite(found.caller, found.scope, args.roleKey);
      return { ...invitation, storeId: idOrNull(invitation.storeId) };
    },
    revokeStaffInvitation: async (_parent, args, context) => {
      const { userId } = requireUser(context);
      return context.services.people.revokeInvitation({ userId, assignments: await requireUser(context).staff() }, args.id, checkScope(context));
    },
    joinStaff: async (_parent, args, context) => {
      const { userId } = requireUser(context);
      await throttle(context, 'staff-join', userId);
      const joined = await context.services.people.join(userId, args.code);
      return { ...joined, storeId: idOrNull(joined.storeId) };
    },
    saveStaffRole: async (_parent, args, context) => {
      const { userId } = await requireChainAccess(context);
      return context.services.people.saveRole(userId, args);
    },
    removeStaffMember: async (_parent, args, context) => {
      const viewer = requireUser(context);
      return context.services.people.remove({ userId: viewer.userId, assignments: await viewer.staff() }, args.assignmentId, checkScope(context));
    },
  },
  StaffMember: {
    storeId: (member) => idOrNull(member.storeId),
    phone: (member) => (member.phone ? maskPhone(member.phone) : null),
  },
  StaffInvitation: {
    storeId: (invitation) => idOrNull(invitation.storeId),
    state: (invitation, _args, context) => stateOf(invitation, context.deps.now()),
  },
};
