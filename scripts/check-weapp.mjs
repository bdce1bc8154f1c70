// Checks the weapp build (miniapp/dist/weapp, from `npm run build:weapp`) by WeChat's own rules:
// miniprogram-ci is WeChat's official CI module, and its checkCodeQuality runs, offline, the 11 items
// of the developer tools' 代码质量 panel (compression, lazy code loading, package sizes, unused files).
// Exits 1 listing every failed item. Its Project wants a private-key file (used only to upload, which
// this never does), so a throwaway RSA key is generated for the run and deleted after it.
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ci from 'miniprogram-ci';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const projectPath = join(root, 'miniapp/dist/weapp');
/** WeChat's limit is 2 MB; we keep the main package under 1.5 MB, as the quality check does. */
const MAIN_PACKAGE_LIMIT_BYTES = 1.5 * 1024 * 1024;

if (!existsSync(join(projectPath, 'app.json'))) {
  console.error(`[check-weapp] ${projectPath} has no app.json: run \`npm run build:weapp\` first`);
  process.exit(2);
}

const keyDir = mkdtempSync(join(tmpdir(), 'corner-weapp-check-'));
let failed = [];
try {
  const privateKeyPath = join(keyDir, 'private.key');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  writeFileSync(privateKeyPath, privateKey, { mode: 0o600 });
  const { appid } = JSON.parse(readFileSync(join(projectPath, 'project.config.json'), 'utf8'));
  const project = new ci.Project({ appid, type: 'miniProgram', projectPath, privateKeyPath, ignores: ['node_modules/**/*'] });
  const items = await ci.checkCodeQuality(project);
  for (const item of items) console.log(item.success ? `[check-weapp] ok   ${item.name}` : `[check-weapp] FAIL ${item.name}: ${item.text}`);
  failed = items.filter((item) => !item.success).map((item) => item.name);
  if (items.length === 0) failed.push('no items were checked');

  const sizes = items.find((item) => item.name === 'PACKAGE_SIZE_LIMIT')?.detail ?? {};
  const main = sizes.__APP__;
  console.log(`[check-weapp] main package ${(main / 1024).toFixed(0)} KB; ${Object.entries(sizes).filter(([name]) => name !== '__APP__').map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} KB`).join(', ')}`);
  if (!(main < MAIN_PACKAGE_LIMIT_BYTES)) failed.push(`main package ${main} bytes (limit ${MAIN_PACKAGE_LIMIT_BYTES})`);
} finally {
  rmSync(keyDir, { recursive: true, force: true });
}

if (failed.length > 0) {
  console.error(`[check-weapp] failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('[check-weapp] every item passed');
// miniprogram-ci leaves file watchers open; the check is over.
process.exit(0);
