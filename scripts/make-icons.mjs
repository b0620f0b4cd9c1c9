// Writes the add-in icons (16, 32, 64, 80 and 128 px PNGs) into addin/public/assets/.
// Node builtins only: the picture is computed per pixel and encoded with zlib.
// Run with `npm run icons` after changing the drawing; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'addin', 'public', 'assets');
const SIZES = [16, 32, 64, 80, 128];
const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a 0..1 unit square: a white envelope on a rounded blue tile, with a green
// "confirmed" badge (a check in a circle) on its lower right corner.
const GREEN = [16, 124, 16];

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at a point, or null outside the icon. */
function colourAt(x, y) {
  const badge = { x: 0.72, y: 0.72, r: 0.22 };
  const inBadge = Math.hypot(x - badge.x, y - badge.y) <= badge.r;
  const nearBadge = Math.hypot(x - badge.x, y - badge.y) <= badge.r + 0.05;
  if (inBadge) {
    const w = 0.045;
    const check =
      distToSegment(x, y, 0.62, 0.72, 0.69, 0.79) <= w || distToSegment(x, y, 0.69, 0.79, 0.82, 0.65) <= w;
    return check ? WHITE : GREEN;
  }
  if (!inRoundedRect(x, y, 0, 0, 1, 1, 0.2)) return null;
  // A thin blue ring keeps the badge apart from the envelope.
  if (nearBadge) return BLUE;
  const inEnvelope = inRoundedRect(x, y, 0.16, 0.26, 0.84, 0.74, 0.05);
  if (inEnvelope) {
    const flap = distToSegment(x, y, 0.16, 0.28, 0.5, 0.53) <= 0.035 || distToSegment(x, y, 0.5, 0.53, 0.84, 0.28) <= 0.035;
    return flap ? BLUE : WHITE;
  }
  return BLUE;
}

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const ss = 4; // 4x4 supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (c) {
            covered++;
            for (let k = 0; k < 3; k++) sum[k] += c[k];
          }
        }
      }
      const i = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) rgba[i + k] = covered ? Math.round(sum[k] / covered) : 0;
      rgba[i + 3] = Math.round((covered / (ss * ss)) * 255);
    }
  }
  return png(size, rgba);
}

mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const file = join(out, `icon-${size}.png`);
  writeFileSync(file, draw(size));
  console.log(`wrote ${file}`);
}
