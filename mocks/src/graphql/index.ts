export * from './catalog.ts';
export * from './nearby-stores.ts';
