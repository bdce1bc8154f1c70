import type { PrismaClient } from '../db/prisma.ts';
import type { Address } from '../generated/prisma/client.ts';
import { badInput, notFound } from '../graphql/errors.ts';
import { validateLocation } from '../stores/service.ts';
import type { LatLng } from '../stores/geo.ts';
import { UUID } from '../graphql/ids.ts';

export type AddressModel = Address;

export const MAX_ADDRESSES = 20;
const MOBILE = /^1[3-9]\d{9}$/;

export interface AddressFields extends LatLng {
  contactName: string;
  phone: string;
  detail: string;
}

/** The one rule for an address, in the address book and at checkout alike; returns it normalised. */
export function validateAddress(input: AddressFields): AddressFields {
  const contactName = input.contactName.trim();
  const detail = input.detail.trim();
  const phone = input.phone.replace(/[\s-]/g, '');
  if (contactName.length < 1 || contactName.length > 20) throw badInput('联系人姓名需为 1 到 20 个字', { field: 'contactName' });
  if (!MOBILE.test(phone)) throw badInput('请填写 11 位手机号码', { field: 'phone' });
  if (detail.length < 2 || detail.length > 100) throw badInput('详细地址需为 2 到 100 个字', { field: 'detail' });
  validateLocation(input);
  return { contactName, phone, detail, lat: input.lat, lng: input.lng };
}

export class AddressService {
  constructor(private readonly prisma: PrismaClient) {}

  list(userId: string) {
    return this.prisma.address.findMany({ where: { userId }, orderBy: [{ isDefault: 'desc' }, { createdAt: 'desc' }] });
  }

  private async owned(userId: string, id: string) {
    const address = UUID.test(id) ? await this.prisma.address.findUnique({ where: { id } }) : null;
    // Another shopper's address is reported exactly like a missing one.
    if (!address || address.userId !== userId) throw notFound('地址不存在');
    return address;
  }

  async save(userId: string, id: string | null | undefined, input: AddressFields, makeDefault?: boolean | null) {
    const fields = validateAddress(input);
    if (id) await this.owned(userId, id);
    return this.prisma.$transaction(async (tx) => {
      // Serialises concurrent saves of one shopper so the limit and the single default hold.
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
      const count = await tx.address.count({ where: { userId } });
      if (!id && count >= MAX_ADDRESSES) throw badInput(`最多保存 ${MAX_ADDRESSES} 个地址`, { field: 'id' });
      // Unsaid means unchanged for an edit: only an explicit false takes the default away.
      const current = id ? await tx.address.findUniqueOrThrow({ where: { id }, select: { isDefault: true } }) : null;
      const isDefault = makeDefault ?? current?.isDefault ?? count === 0;
      if (isDefault) await tx.address.updateMany({ where: { userId, isDefault: true }, data: { isDefault: false } });
      return id
        ? tx.address.update({ where: { id }, data: { ...fields, isDefault } })
        : tx.address.create({ data: { ...fields, userId, isDefault } });
    });
  }

  async remove(userId: string, id: string) {
    await this.owned(userId, id);
    await this.prisma.address.delete({ where: { id } });
    return true;
  }
}
