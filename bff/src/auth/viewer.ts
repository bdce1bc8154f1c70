import type { PrismaClient } from '../db/prisma.ts';
import { DomainError } from '../graphql/errors.ts';
import type { Permission } from '../generated/prisma/enums.ts';
import { unauthenticated, type AuthFailureReason } from './service.ts';
import { TokenError, type TokenService } from './tokens.ts';

/** A role held over one store, or over the whole chain (storeId null). */
export interface StaffAssignment {
  storeId: number | null;
  roleKey: string;
  roleName: string;
  permissions: Permission[];
}

/** The signed-in caller of one request. Membership and staff roles are read from the database on first use, never trusted from the token. */
export interface Viewer {
  userId: string;
  memberId(): Promise<string | null>;
  staff(): Promise<StaffAssignment[]>;
}

/** Who is calling: a viewer, nobody, or a token that failed verification (and why). */
export type AuthState = { viewer: Viewer } | { viewer: null; failure: AuthFailureReason };

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

export function viewerFor(prisma: PrismaClient, userId: string): Viewer {
  return {
    userId,
    memberId: memo(async () => (await prisma.member.findUnique({ where: { userId }, select: { id: true } }))?.id ?? null),
    staff: memo(async () => {
      const rows = await prisma.staffMembership.findMany({
        where: { userId },
        select: { storeId: true, role: { select: { key: true, name: true, permissions: true } } },
        orderBy: { storeId: { sort: 'asc', nulls: 'first' } },
      });
      return rows.map(({ storeId, role }) => ({ storeId, roleKey: role.key, roleName: role.name, permissions: role.permissions }));
    }),
  };
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;

/** Reads `Authorization: Bearer <access token>`. A bad token is not an error here: only fields that need a user fail. */
export async function authenticate(header: string | null, tokens: TokenService, prisma: PrismaClient): Promise<AuthState> {
  if (!header) return { viewer: null, failure: 'MISSING_TOKEN' };
  const token = BEARER.exec(header.trim())?.[1];
  if (!token) return { viewer: null, failure: 'TOKEN_INVALID' };
  try {
    const { userId } = await tokens.verifyAccess(token);
    return { viewer: viewerFor(prisma, userId) };
  } catch (error) {
    if (error instanceof TokenError) return { viewer: null, failure: error.reason };
    throw error;
  }
}

export interface HasAuth {
  auth: AuthState;
}

export function requireUser(context: HasAuth): Viewer {
  const { auth } = context;
  if (auth.viewer) return auth.viewer;
  if (auth.failure === 'TOKEN_EXPIRED') throw unauthenticated('TOKEN_EXPIRED', '登录已过期，请重新登录');
  if (auth.failure === 'MISSING_TOKEN') throw unauthenticated('MISSING_TOKEN', '请先登录');
  throw unauthenticated(auth.failure);
}

export async function requireMember(context: HasAuth): Promise<{ userId: string; memberId: string }> {
  const viewer = requireUser(context);
  const memberId = await viewer.memberId();
  if (!memberId) throw new DomainError('NOT_FOUND', '您还不是会员，请先开通会员', { reason: 'NOT_A_MEMBER' });
  return { userId: viewer.userId, memberId };
}
