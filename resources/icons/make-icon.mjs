// Draws the app icon (navy square, a bright arrow pointing in at a target) and writes it as PNG
// with nothing but Node: `node resources/icons/make-icon.mjs`. The SVG beside it is the same
// drawing for places that take vectors.
import { Buffer } from 'node:buffer';
import console from 'node:console';
import { writeFileSync } from 'node:fs';
import { URL } from 'node:url';
import { deflateSync } from 'node:zlib';

const NAVY = [0x14, 0x21, 0x3d];
const RING = [0xe8, 0xec, 0xf4];
const ARROW = [0x2d, 0xd4, 0xbf];
const DOT = [0xff, 0xff, 0xff];

// Shapes in a 0..1 square, y down; later shapes paint over earlier ones.
const inRoundedSquare = (x, y) => {
  const margin = 0.06;
  const radius = 0.2;
  const cx = Math.min(Math.max(x, margin + radius), 1 - margin - radius);
  const cy = Math.min(Math.max(y, margin + radius), 1 - margin - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};
const center = [0.58, 0.5];
const distanceToCenter = (x, y) => Math.hypot(x - center[0], y - center[1]);
const inRing = (x, y) => Math.abs(distanceToCenter(x, y) - 0.24) <= 0.03;
const inDot = (x, y) => distanceToCenter(x, y) <= 0.075;
// The arrow, grown by `pad` for the navy gap that sets it off from the ring it crosses.
const inArrow = (x, y, pad = 0) => {
  const half = 0.05 + pad;
  const inShaft =
    (x >= 0.17 && x <= 0.4 && Math.abs(y - 0.5) <= half) || Math.hypot(x - 0.17, y - 0.5) <= half;
  // Head: base at x=0.34 (half-height 0.12), tip at x=0.49.
  const baseX = 0.34 - pad;
  const tipX = 0.49 + pad * 2;
  const inHead =
    x >= baseX && x <= tipX && Math.abs(y - 0.5) <= (0.12 + pad * 2) * ((tipX - x) / (tipX - baseX));
  return inShaft || inHead;
};

const layers = [
  [inRoundedSquare, NAVY],
  [inRing, RING],
  [(x, y) => inArrow(x, y, 0.025), NAVY],
  [(x, y) => inArrow(x, y), ARROW],
  [inDot, DOT],
];

function render(size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let colour = null;
          for (const [inside, fill] of layers) if (inside(x, y)) colour = fill;
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const at = (py * size + px) * 4;
      // Straight (not premultiplied) alpha: average only the covered samples' colour.
      pixels[at] = a ? Math.round(r / a) : 0;
      pixels[at + 1] = a ? Math.round(g / a) : 0;
      pixels[at + 2] = a ? Math.round(b / a) : 0;
      pixels[at + 3] = Math.round((a / samples ** 2) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const here = new URL('.', import.meta.url);
writeFileSync(new URL('icon.png', here), encodePng(512, render(512)));
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(new URL(`linux/${size}x${size}.png`, here), encodePng(size, render(size)));
}
console.log('Wrote resources/icons/icon.png and resources/icons/linux/*.png');
