import type { Resolvers } from '@corner/shared-types/server';
import type { RequestContext } from '../graphql/context.ts';
import { requireUser } from '../auth/viewer.ts';

export const addressResolvers: Resolvers<RequestContext> = {
  Query: {
    myAddresses: (_parent, _args, context) => context.services.addresses.list(requireUser(context).userId),
  },
  Mutation: {
    saveAddress: (_parent, args, context) => context.services.addresses.save(requireUser(context).userId, args.id, args.input, args.isDefault),
    deleteAddress: (_parent, args, context) => context.services.addresses.remove(requireUser(context).userId, args.id),
  },
  Address: {
    location: (address) => ({ lat: address.lat, lng: address.lng }),
  },
};
