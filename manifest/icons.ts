// App icons drawn pixel by pixel (no image tools on the build machine): a white check in a ring on
// the accent colour. PNGs are encoded here with node:zlib.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ACCENT = '#4F52B2';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA8 pixels (row-major, width*height*4) → PNG file bytes. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error('pixel buffer size does not match');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, no filter method, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage of the white mark (ring + check) at a point in unit coordinates. */
function inMark(x: number, y: number, weight: number): boolean {
  const ring = Math.abs(Math.hypot(x - 0.5, y - 0.5) - 0.33) < weight / 2;
  const check =
    Math.min(segmentDistance(x, y, 0.33, 0.52, 0.46, 0.65), segmentDistance(x, y, 0.46, 0.65, 0.7, 0.39)) <
    weight / 2;
  return ring || check;
}

function inRoundedSquare(x: number, y: number, r: number): boolean {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

export type IconVariant = 'color' | 'outline';

/**
 * `color`: the mark in white on a rounded accent square (opaque corners transparent).
 * `outline`: the mark alone in white on transparent (Teams' 32×32 outline icon).
 */
export function drawIcon(size: number, variant: IconVariant): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const [ar, ag, ab] = [1, 3, 5].map((i) => parseInt(ACCENT.slice(i, i + 2), 16)) as [number, number, number];
  const weight = size <= 20 ? 0.13 : size <= 40 ? 0.1 : 0.08;
  const S = 4; // 4×4 supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let mark = 0;
      let bg = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          if (inMark(u, v, weight)) mark++;
          else if (variant === 'color' && inRoundedSquare(u, v, 0.2)) bg++;
        }
      }
      const m = mark / (S * S);
      const b = bg / (S * S);
      const alpha = m + b;
      const i = (y * size + x) * 4;
      if (alpha === 0) continue;
      // White over accent, weighted by coverage; alpha is total coverage.
      px[i] = Math.round((255 * m + ar * b) / alpha);
      px[i + 1] = Math.round((255 * m + ag * b) / alpha);
      px[i + 2] = Math.round((255 * m + ab * b) / alpha);
      px[i + 3] = Math.round(255 * Math.min(1, alpha));
    }
  }
  return px;
}

/** Every icon the package and the ribbon use, by file name. */
export const ICON_FILES: Record<string, { size: number; variant: IconVariant }> = {
  'color.png': { size: 192, variant: 'color' },
  'outline.png': { size: 32, variant: 'outline' },
  'color32x32.png': { size: 32, variant: 'color' },
  ...Object.fromEntries(
    [16, 32, 64, 80, 128].map((s) => [`icon-${s}.png`, { size: s, variant: 'color' as const }]),
  ),
};

export function writeIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(ICON_FILES).map(([name, { size, variant }]) => {
    writeFileSync(join(dir, name), encodePng(size, size, drawIcon(size, variant)));
    return name;
  });
}
