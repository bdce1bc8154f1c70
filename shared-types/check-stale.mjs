// Fails when src/generated differs from what the current SDL and operations generate, so a schema
// change without `npm run codegen` cannot land.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const generated = join(here, 'src/generated');
const saved = mkdtempSync(join(tmpdir(), 'codegen-'));
cpSync(generated, saved, { recursive: true });
try {
  execFileSync(process.execPath, [join(here, '../node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts', '--silent'], {
    cwd: here,
    stdio: 'inherit',
  });
  const stale = readdirSync(generated).filter((file) => {
    try {
      return readFileSync(join(generated, file), 'utf8') !== readFileSync(join(saved, file), 'utf8');
    } catch {
      return true;
    }
  });
  if (stale.length) {
    console.error(`shared-types are stale (${stale.join(', ')}): run \`npm run codegen\` and commit the result`);
    process.exitCode = 1;
  }
} finally {
  cpSync(saved, generated, { recursive: true });
  rmSync(saved, { recursive: true, force: true });
}
