import { graphql, HttpResponse } from 'msw';
import type {
  SaveStaffRoleMutation,
  SaveStaffRoleMutationVariables,
  StaffRolesQuery,
  StaffRolesQueryVariables,
  StaffStoresQuery,
  StaffStoresQueryVariables,
  AuditTrailQuery,
  AuditTrailQueryVariables,
  CreateStaffInvitationMutation,
  CreateStaffInvitationMutationVariables,
  JoinStaffMutation,
  JoinStaffMutationVariables,
  RemoveStaffMemberMutation,
  RemoveStaffMemberMutationVariables,
  StaffPeopleQuery,
  StaffPeopleQueryVariables,
  StaffRoleDefinitionFieldsFragment,
} from '../../../shared-types/src/generated/client.ts';
import { CLERK_PERMISSIONS, MANAGER_PERMISSIONS } from './staff.ts';

const HQ_ADMIN_PERMISSIONS = ['STAFF_MANAGE', 'ROLES_MANAGE', 'AUDIT_READ', 'INTEGRATIONS'] as const;

/** demo-hq-admin: head office's administrator, whose chain-wide role reaches every store. */
export const staffStoresHqAdmin = graphql.query<StaffStoresQuery, StaffStoresQueryVariables>('StaffStores', () =>
  HttpResponse.json({
    data: {
      staffStores: [
        { storeId: '1', name: '人民广场店', roleName: '总部管理员', permissions: [...HQ_ADMIN_PERMISSIONS] },
        { storeId: '2', name: '南京西路店', roleName: '总部管理员', permissions: [...HQ_ADMIN_PERMISSIONS] },
      ],
      staffChainPermissions: [...HQ_ADMIN_PERMISSIONS],
    },
  }),
);

export const clerkRole: StaffRoleDefinitionFieldsFragment = { key: 'CLERK', name: '店员', permissions: CLERK_PERMISSIONS, builtIn: true };
export const managerRole: StaffRoleDefinitionFieldsFragment = { key: 'STORE_MANAGER', name: '店长', permissions: MANAGER_PERMISSIONS, builtIn: true };

/** 人民广场店's people as its manager sees them: the manager and one clerk, no invitations yet. */
export function peopleOfStoreA(): StaffPeopleQuery {
  return {
    staffMembers: [
      { assignmentId: '00000000-0000-4000-8000-000000000202', userId: '00000000-0000-4000-8000-000000000004', name: '店长李姐', phone: '138****0004', since: '2026-11-01T02:00:00.000Z', role: managerRole },
      { assignmentId: '00000000-0000-4000-8000-000000000201', userId: '00000000-0000-4000-8000-000000000003', name: '店员小王', phone: '138****0003', since: '2026-11-02T02:00:00.000Z', role: clerkRole },
    ],
    staffInvitations: [],
    staffGrantableRoles: [clerkRole, managerRole],
  };
}

/** The people page's BFF: listing, inviting (the code shown once) and removing change what the next listing says. */
export function peopleHandlers(state: StaffPeopleQuery = peopleOfStoreA()) {
  return [
    graphql.query<StaffPeopleQuery, StaffPeopleQueryVariables>('StaffPeople', () => HttpResponse.json({ data: state })),
    graphql.mutation<CreateStaffInvitationMutation, CreateStaffInvitationMutationVariables>('CreateStaffInvitation', ({ variables }) => {
      const role = state.staffGrantableRoles.find((r) => r.key === variables.roleKey)!;
      const id = `00000000-0000-4000-8000-0000000003${String(state.staffInvitations.length).padStart(2, '0')}`;
      state.staffInvitations.unshift({ id, state: 'OPEN', createdAt: '2026-11-25T06:00:00.000Z', expiresAt: '2026-12-02T06:00:00.000Z', usedAt: null, usedByName: null, creatorName: '店长李姐', role });
      return HttpResponse.json({
        data: { createStaffInvitation: { invitationId: id, code: '7K3M-Q9XA-2BHD-R4TN', qrContent: 'corner-staff-invite:7K3MQ9XA2BHDR4TN', expiresAt: '2026-12-02T06:00:00.000Z', role } },
      });
    }),
    graphql.mutation<RemoveStaffMemberMutation, RemoveStaffMemberMutationVariables>('RemoveStaffMember', ({ variables }) => {
      state.staffMembers = state.staffMembers.filter((m) => m.assignmentId !== variables.assignmentId);
      return HttpResponse.json({ data: { removeStaffMember: true } });
    }),
  ];
}

/** Head office's roles: the built-in ones (two shown) and whatever is saved; saving adds or replaces. */
export function rolesHandlers() {
  const state: StaffRolesQuery = {
    staffRoles: [clerkRole, managerRole],
    staffPermissions: [
      { permission: 'ORDERS_FULFIL', name: '处理订单' },
      { permission: 'TILL', name: '收银与核销' },
      { permission: 'STOCK', name: '库存盘点' },
    ],
  };
  return [
    graphql.query<StaffRolesQuery, StaffRolesQueryVariables>('StaffRoles', () => HttpResponse.json({ data: state })),
    graphql.mutation<SaveStaffRoleMutation, SaveStaffRoleMutationVariables>('SaveStaffRole', ({ variables }) => {
      const role = { key: variables.key, name: variables.name, permissions: [variables.permissions].flat(), builtIn: false };
      state.staffRoles = [...state.staffRoles.filter((r) => r.key !== role.key), role];
      return HttpResponse.json({ data: { saveStaffRole: role } });
    }),
  ];
}

export const joinStaffSuccess = graphql.mutation<JoinStaffMutation, JoinStaffMutationVariables>('JoinStaff', ({ variables }) =>
  variables.code.replace(/[\s-]/g, '').toUpperCase() === '7K3MQ9XA2BHDR4TN'
    ? HttpResponse.json({ data: { joinStaff: { storeId: '1', roleName: '店员' } } })
    : HttpResponse.json({ errors: [{ message: '邀请码无效或已过期，请向店长索取新的邀请码', extensions: { code: 'BAD_USER_INPUT', reason: 'INVITATION_INVALID' } }], data: null }),
);

type AuditRow = AuditTrailQuery['auditTrail']['entries'][number];
const auditRow = (n: number, kind: string, kindLabel: string, actorName: string, actorUserId: string, changes: AuditRow['changes']): AuditRow => ({
  id: String(n), at: `2026-11-25T0${n % 10}:00:00.000Z`, actorUserId, actorName, storeName: '街角便利 人民广场店', kind, kindLabel, subject: String(n), changes,
});

/** Store A's trail: 25 entries (two pages of 20), newest first; the BFF's filters by kind prefix and person. */
export const auditOfStoreA: AuditRow[] = Array.from({ length: 25 }, (_, i) => {
  const n = 25 - i;
  return n % 2 === 0
    ? auditRow(n, 'staff.invite', '邀请员工', '店长李姐', '00000000-0000-4000-8000-000000000004', [{ field: 'role', before: null, after: '店员' }])
    : auditRow(n, 'store.settings', '门店设置', '总部运营小陈', '00000000-0000-4000-8000-000000000006', [{ field: 'deliveryFeeFen', before: '500', after: '600' }]);
});

export const auditTrailHandler = graphql.query<AuditTrailQuery, AuditTrailQueryVariables>('AuditTrail', ({ variables }) => {
  const matching = auditOfStoreA.filter(
    (row) => (!variables.kind || row.kind === variables.kind || row.kind.startsWith(`${variables.kind}.`)) && (!variables.actorUserId || row.actorUserId === variables.actorUserId),
  );
  const start = variables.after ? matching.findIndex((row) => row.id === variables.after) + 1 : 0;
  const entries = matching.slice(start, start + 20);
  return HttpResponse.json({ data: { auditTrail: { entries, pageInfo: { hasNextPage: start + 20 < matching.length, endCursor: entries.at(-1)?.id ?? null } } } });
});
