export * from './nearby-stores.ts';
