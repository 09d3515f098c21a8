/**
 * Draws the toolbar icon (two offset, overlapping pages: one story seen from two outlets) as PNGs at
 * the sizes browsers ask for. Run once: `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer): number => {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer): Buffer => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const inRoundRect = (x: number, y: number, x0: number, y0: number, w: number, h: number, r: number): boolean => {
  const cx = Math.min(Math.max(x, x0 + r), x0 + w - r);
  const cy = Math.min(Math.max(y, y0 + r), y0 + h - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

for (const size of [16, 32, 48, 128]) {
  const s = size / 16;
  const icon = png(size, (px, py) => {
    const x = (px + 0.5) / s;
    const y = (py + 0.5) / s;
    if (inRoundRect(x, y, 5.5, 1, 9.5, 11.5, 1.6)) return [29, 95, 214, 255];
    if (inRoundRect(x, y, 1, 3.5, 9.5, 11.5, 1.6)) return [255, 170, 51, 255];
    return [0, 0, 0, 0];
  });
  writeFileSync(join(import.meta.dirname, '..', 'assets', 'icons', `${size}.png`), icon);
}
