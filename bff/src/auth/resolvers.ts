import type { Resolvers } from '@corner/shared-types/server';
import type { User } from '../generated/prisma/client.ts';
import type { RequestContext } from '../graphql/context.ts';
import type { Session } from './service.ts';
import { requireUser, viewerFor } from './viewer.ts';
import { throttleIp, throttleUser } from '../graphql/throttle.ts';

export type AuthSessionModel = Session & { viewer: User };

async function sessionResult(context: RequestContext, session: Session): Promise<AuthSessionModel> {
  const user = await context.deps.db.prisma.user.findUniqueOrThrow({ where: { id: session.userId } });
  return { ...session, viewer: user };
}

export const authResolvers: Resolvers<RequestContext> = {
  Query: {
    viewer: (_parent, _args, context) => {
      if (!context.auth.viewer && context.auth.failure === 'MISSING_TOKEN') return null;
      const viewer = requireUser(context);
      return context.deps.db.prisma.user.findUnique({ where: { id: viewer.userId } });
    },
    demoLoginEnabled: (_parent, _args, context) => context.services.auth.demoLoginEnabled,
  },
  Mutation: {
    login: async (_parent, args, context) => {
      await throttleIp(context, 'login');
      return sessionResult(context, await context.services.auth.login(args.code, (userId) => throttleUser(context, 'login', userId)));
    },
    demoLogin: async (_parent, args, context) => {
      await throttleIp(context, 'login');
      return sessionResult(context, await context.services.auth.demoLogin(args.openid));
    },
    refreshSession: async (_parent, args, context) =>
      sessionResult(context, await context.services.auth.refresh(args.refreshToken, context.auth.viewer?.userId)),
    logout: (_parent, args, context) => context.services.auth.logout(args.refreshToken, requireUser(context).userId),
  },
  Viewer: {
    isMember: async (user, _args, context) => (await context.services.members.findByUser(user.id)) !== null,
    // A Viewer is only ever the caller, or the user a sign-in has just authenticated (no token on that request yet).
    staff: async (user, _args, context) => {
      const viewer = context.auth.viewer?.userId === user.id ? context.auth.viewer : viewerFor(context.deps.db.prisma, user.id);
      return (await viewer.staff()).map((assignment) => ({ ...assignment, storeId: assignment.storeId === null ? null : String(assignment.storeId) }));
    },
  },
};
