export * from './wechat/index.ts';
export { startWechatMock } from './dev-server.ts';
export type { StartWechatMockOptions, RunningWechatMock } from './dev-server.ts';
