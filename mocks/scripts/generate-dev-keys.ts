// One-off generator for the DEVELOPMENT-ONLY key pairs committed under mocks/keys/.
// Re-running it rotates the keys; commit the result so every checkout agrees.
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../keys/', import.meta.url));
mkdirSync(dir, { recursive: true });

for (const name of ['merchant', 'platform']) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(`${dir}${name}-private.pem`, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(`${dir}${name}-public.pem`, publicKey.export({ type: 'spki', format: 'pem' }));
}
console.log(`wrote dev keys to ${dir}`);
