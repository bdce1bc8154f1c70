export type * from './generated/server.ts';
