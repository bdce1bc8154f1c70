export * from './catalog.ts';
export * from './nearby-stores.ts';
export * from './orders.ts';
export * from './session.ts';
export * from './qr-admin.ts';
export * from './staff.ts';
export * from './figures.ts';
export * from './campaigns.ts';
