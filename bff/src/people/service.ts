import { createHash, randomInt } from 'node:crypto';
import type { PrismaClient } from '../db/prisma.ts';
import type { Permission } from '../generated/prisma/enums.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { badInput, DomainError, notFound } from '../graphql/errors.ts';
import { UUID } from '../graphql/ids.ts';
import type { StaffAssignment } from '../auth/viewer.ts';
import { recordAudit } from '../audit/service.ts';
import type { Scope } from '../access/guard.ts';

/** Crockford's base32 without I, L, O, U: nothing to misread when a code is typed from a screen. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 16; // 80 random bits; joining is also rate-limited
const INVITATION_DAYS = 7;
/** What a printed or shown invitation QR code carries: our prefix and the code. */
export const INVITATION_QR_PREFIX = 'corner-staff-invite:';

const hashOf = (code: string) => createHash('sha256').update(code).digest('hex');

/** The code as typed or scanned: the QR prefix, dashes, spaces and case do not matter. */
export function normaliseInvitationCode(raw: string): string | null {
  const code = raw.trim().replace(INVITATION_QR_PREFIX, '').replace(/[\s-]/g, '').toUpperCase();
  return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** Shown in groups of four, as people read it out. */
const grouped = (code: string) => code.match(/.{4}/g)!.join('-');

export interface RoleModel {
  id: number;
  key: string;
  name: string;
  permissions: Permission[];
  builtIn: boolean;
}

export interface InvitationModel {
  id: string;
  storeId: number | null;
  storeName: string | null;
  role: RoleModel;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  usedByName: string | null;
  revokedAt: Date | null;
  creatorName: string | null;
}

export interface StaffMemberModel {
  assignmentId: string;
  userId: string;
  name: string | null;
  phone: string | null;
  storeId: number | null;
  role: RoleModel;
  since: Date;
}

/** The caller, as the guard found them: who, and what they hold where. */
export interface Caller {
  userId: string;
  assignments: readonly StaffAssignment[];
}

const holdsAt = (caller: Caller, permission: Permission, scope: Scope) =>
  caller.assignments.some((a) => (a.storeId === null || a.storeId === scope) && a.permissions.includes(permission));

/**
 * Whether the caller may give (or take away) `role` over `scope`. Head office's administrators
 * (ROLES_MANAGE over the chain) may grant any role anywhere. Anyone else needs STAFF_MANAGE there and
 * may grant only roles whose every permission they hold there themselves: nobody hands out more
 * than they have, so a manager can bring in clerks and managers, never head office.
 */
export function mayGrant(caller: Caller, role: Pick<RoleModel, 'permissions'>, scope: Scope): boolean {
  if (holdsAt(caller, 'ROLES_MANAGE', 'CHAIN')) return true;
  if (scope === 'CHAIN' || !holdsAt(caller, 'STAFF_MANAGE', scope)) return false;
  return role.permissions.every((permission) => holdsAt(caller, permission, scope));
}

const ROLE_SELECT = { id: true, key: true, name: true, permissions: true, builtIn: true } as const;

const ROLE_KEY = /^[A-Z][A-Z0-9_]{2,31}$/;
const ROLE_NAME_MAX = 12;

export class PeopleService {
  constructor(private readonly deps: { prisma: PrismaClient; now: () => Date }) {}

  roles(): Promise<RoleModel[]> {
    return this.deps.prisma.role.findMany({ select: ROLE_SELECT, orderBy: [{ builtIn: 'desc' }, { id: 'asc' }] });
  }

  /** Creates a role or changes one head office made; built-in roles stay as the migration made them. */
  async saveRole(actorUserId: string, input: { key: string; name: string; permissions: Permission[] }): Promise<RoleModel> {
    const name = input.name.trim();
    const permissions = [...new Set(input.permissions)];
    if (!ROLE_KEY.test(input.key)) throw badInput('角色代码为 3–32 位大写字母、数字或下划线，以字母开头', { field: 'key', reason: 'INVALID_ROLE_KEY' });
    if (name.length === 0 || [...name].length > ROLE_NAME_MAX) throw badInput(`角色名称为 1–${ROLE_NAME_MAX} 个字`, { field: 'name', reason: 'INVALID_ROLE_NAME' });
    if (permissions.length === 0) throw badInput('请至少选择一项权限', { field: 'permissions', reason: 'NO_PERMISSIONS' });
    return this.deps.prisma.$transaction(async (tx) => {
      const existing = await tx.role.findUnique({ where: { key: input.key }, select: ROLE_SELECT });
      if (existing?.builtIn) throw new DomainError('FORBIDDEN', `「${existing.name}」是内置角色，不能修改`, { reason: 'BUILT_IN_ROLE' });
      const namesake = await tx.role.findFirst({ where: { name, NOT: { key: input.key } }, select: { id: true } });
      if (namesake) throw badInput(`已有名为「${name}」的角色`, { field: 'name', reason: 'ROLE_NAME_TAKEN' });
      const saved = existing
        ? await tx.role.update({ where: { key: input.key }, data: { name, permissions }, select: ROLE_SELECT })
        : await tx.role.create({ data: { key: input.key, name, permissions, createdAt: this.deps.now() }, select: ROLE_SELECT });
      await recordAudit(tx, {
        actorUserId, storeId: null, kind: 'role.save', subject: input.key,
        before: existing ? { name: existing.name, permissions: existing.permissions } : null, after: { name, permissions },
      });
      return saved;
    });
  }

  /** The roles the caller may grant over `scope`, built-in first. */
  async grantableRoles(caller: Caller, scope: Scope): Promise<RoleModel[]> {
    return (await this.roles()).filter((role) => mayGrant(caller, role, scope));
  }

  /** People with a role at the store (chain-wide roles are head office's, listed with scope CHAIN). */
  async staffOf(scope: Scope): Promise<StaffMemberModel[]> {
    const rows = await this.deps.prisma.staffMembership.findMany({
      where: { storeId: scope === 'CHAIN' ? null : scope },
      select: { id: true, userId: true, storeId: true, createdAt: true, role: { select: ROLE_SELECT }, user: { select: { nickname: true, phone: true } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((row) => ({
      assignmentId: row.id,
      userId: row.userId,
      name: row.user.nickname,
      phone: row.user.phone,
      storeId: row.storeId,
      role: row.role,
      since: row.createdAt,
    }));
  }

  /** The store's (or the chain's) latest invitations, open and closed. */
  invitations(scope: Scope): Promise<InvitationModel[]> {
    return this.invitationRows({ storeId: scope === 'CHAIN' ? null : scope }, 50);
  }

  private async invitationRows(where: Prisma.StaffInvitationWhereInput, take: number): Promise<InvitationModel[]> {
    const rows = await this.deps.prisma.staffInvitation.findMany({
      where,
      select: {
        id: true, storeId: true, createdAt: true, expiresAt: true, usedAt: true, revokedAt: true,
        role: { select: ROLE_SELECT }, store: { select: { name: true } }, creator: { select: { nickname: true } }, redeemer: { select: { nickname: true } },
      },
      orderBy: { createdAt: 'desc' },
      take,
    });
    return rows.map(({ store, creator, redeemer, ...row }) => ({ ...row, storeName: store?.name ?? null, creatorName: creator.nickname, usedByName: redeemer?.nickname ?? null }));
  }

  /**
   * A one-time code for joining `scope` as `roleKey`, valid for 7 days. Only its hash is stored: the
   * code is in this answer and nowhere else, for the creator to show as a QR code.
   */
  async invite(caller: Caller, scope: Scope, roleKey: string) {
    const role = await this.deps.prisma.role.findUnique({ where: { key: roleKey }, select: ROLE_SELECT });
    if (!role) throw badInput('没有这个角色', { field: 'roleKey', reason: 'UNKNOWN_ROLE' });
    if (!mayGrant(caller, role, scope)) {
      throw new DomainError('FORBIDDEN', `您不能邀请「${role.name}」`, { reason: 'ROLE_NOT_GRANTABLE', roleKey });
    }
    const code = newCode();
    const now = this.deps.now();
    const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
    const storeId = scope === 'CHAIN' ? null : scope;
    const invitation = await this.deps.prisma.$transaction(async (tx) => {
      const created = await tx.staffInvitation.create({
        data: { codeHash: hashOf(code), storeId, roleId: role.id, createdBy: caller.userId, expiresAt, createdAt: now },
        select: { id: true },
      });
      await recordAudit(tx, { actorUserId: caller.userId, storeId, kind: 'staff.invite', subject: created.id, before: null, after: { role: role.name, expiresAt: expiresAt.toISOString() } });
      return created;
    });
    return { invitationId: invitation.id, code: grouped(code), qrContent: `${INVITATION_QR_PREFIX}${code}`, expiresAt, storeId, role };
  }

  async revokeInvitation(caller: Caller, invitationId: string, scopeOf: (storeId: number | null) => Promise<void>) {
    if (!UUID.test(invitationId)) throw notFound('邀请不存在');
    const invitation = await this.deps.prisma.staffInvitation.findUnique({ where: { id: invitationId }, select: { storeId: true } });
    if (!invitation) throw notFound('邀请不存在');
    await scopeOf(invitation.storeId);
    const now = this.deps.now();
    await this.deps.prisma.$transaction(async (tx) => {
      const { count } = await tx.staffInvitation.updateMany({ where: { id: invitationId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
      if (count === 0) throw new DomainError('INVALID_TRANSITION', '该邀请已使用或已撤销', { reason: 'INVITATION_CLOSED' });
      await recordAudit(tx, { actorUserId: caller.userId, storeId: invitation.storeId, kind: 'staff.invite_revoke', subject: invitationId, before: { state: 'open' }, after: { state: 'revoked' } });
    });
    // This one, however many newer invitations the store has made since.
    const [revoked] = await this.invitationRows({ id: invitationId }, 1);
    return revoked!;
  }

  /**
   * Redeems a code: the caller gets its role over its store (or the chain), replacing a role they had
   * there. The code is spent in the same statement that checks it, so two people racing with one code
   * cannot both join.
   */
  async join(userId: string, rawCode: string) {
    const code = normaliseInvitationCode(rawCode);
    const invalid = () => new DomainError('BAD_USER_INPUT', '邀请码无效或已过期，请向店长索取新的邀请码', { reason: 'INVITATION_INVALID' });
    if (!code) throw invalid();
    const now = this.deps.now();
    return this.deps.prisma.$transaction(async (tx) => {
      const spent = await tx.staffInvitation.updateManyAndReturn({
        where: { codeHash: hashOf(code), usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now, usedBy: userId },
        select: { id: true, storeId: true, role: { select: ROLE_SELECT } },
      });
      const invitation = spent[0];
      if (!invitation) throw invalid();
      const { storeId, role } = invitation;
      const existing = await tx.staffMembership.findFirst({ where: { userId, storeId }, select: { id: true, role: { select: { name: true } } } });
      if (existing) await tx.staffMembership.update({ where: { id: existing.id }, data: { roleId: role.id } });
      else await tx.staffMembership.create({ data: { userId, storeId, roleId: role.id, createdAt: now } });
      await recordAudit(tx, {
        actorUserId: userId, storeId, kind: 'staff.join', subject: userId,
        before: existing ? { role: existing.role.name } : null, after: { role: role.name, invitation: invitation.id },
      });
      return { storeId, roleKey: role.key, roleName: role.name, permissions: role.permissions };
    });
  }

  /** Takes a person's role at a store (or the chain) away. Not one's own: someone else decides that. */
  async remove(caller: Caller, assignmentId: string, scopeOf: (storeId: number | null) => Promise<void>) {
    if (!UUID.test(assignmentId)) throw notFound('没有这位员工');
    const assignment = await this.deps.prisma.staffMembership.findUnique({
      where: { id: assignmentId },
      select: { id: true, userId: true, storeId: true, role: { select: ROLE_SELECT }, user: { select: { nickname: true } } },
    });
    if (!assignment) throw notFound('没有这位员工');
    await scopeOf(assignment.storeId);
    if (assignment.userId === caller.userId) throw new DomainError('FORBIDDEN', '不能移除自己，请其他管理员操作', { reason: 'OWN_ASSIGNMENT' });
    if (!mayGrant(caller, assignment.role, assignment.storeId ?? 'CHAIN')) {
      throw new DomainError('FORBIDDEN', `您不能移除「${assignment.role.name}」`, { reason: 'ROLE_NOT_GRANTABLE' });
    }
    await this.deps.prisma.$transaction(async (tx) => {
      const { count } = await tx.staffMembership.deleteMany({ where: { id: assignmentId } });
      if (count === 0) throw notFound('没有这位员工');
      await recordAudit(tx, {
        actorUserId: caller.userId, storeId: assignment.storeId, kind: 'staff.remove', subject: assignment.userId,
        before: { name: assignment.user.nickname, role: assignment.role.name }, after: null,
      });
    });
    return true;
  }
}
