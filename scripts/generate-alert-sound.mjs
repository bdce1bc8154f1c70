/**
 * `node scripts/generate-alert-sound.mjs`: writes the new-order chime staff hear
 * (miniapp/src/assets/sounds/new-order.wav), synthesised here so the project owns it outright.
 * Two rising notes, twice (E6 → A6), loud but not harsh: a counter is noisy, and the clerk may be
 * a few metres away. 8-bit mono PCM at 16 kHz keeps it near 13 KB, which both builds play.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RATE = 16_000;
const NOTES = [
  [1318.5, 0.14],
  [1760, 0.22],
  [0, 0.08],
  [1318.5, 0.14],
  [1760, 0.22],
];

const samples = [];
for (const [frequency, seconds] of NOTES) {
  const count = Math.round(seconds * RATE);
  for (let i = 0; i < count; i++) {
    const t = i / RATE;
    // A quick attack and an exponential decay, with a little of the octave for a bell-like tone.
    const envelope = Math.min(1, i / (0.005 * RATE)) * Math.exp((-3 * i) / count);
    const tone = Math.sin(2 * Math.PI * frequency * t) + 0.3 * Math.sin(4 * Math.PI * frequency * t);
    samples.push(frequency ? (0.75 * envelope * tone) / 1.3 : 0);
  }
}

const data = Buffer.from(samples.map((s) => Math.round(128 + 127 * Math.max(-1, Math.min(1, s)))));
const header = Buffer.alloc(44);
header.write('RIFF', 0);
header.writeUInt32LE(36 + data.length, 4);
header.write('WAVE', 8);
header.write('fmt ', 12);
header.writeUInt32LE(16, 16); // PCM chunk size
header.writeUInt16LE(1, 20); // PCM
header.writeUInt16LE(1, 22); // mono
header.writeUInt32LE(RATE, 24);
header.writeUInt32LE(RATE, 28); // bytes per second
header.writeUInt16LE(1, 32); // block align
header.writeUInt16LE(8, 34); // bits per sample
header.write('data', 36);
header.writeUInt32LE(data.length, 40);

const out = fileURLToPath(new URL('../miniapp/src/assets/sounds/new-order.wav', import.meta.url));
writeFileSync(out, Buffer.concat([header, data]));
console.log(`wrote ${out} (${44 + data.length} bytes)`);
