export * from './generated/server.ts';
