// Maakt de pictogrammen in assets/ (16, 32, 64, 80, 128 px): een poort (twee palen en een balk)
// in Office-blauw. Zonder afhankelijkheden: een minimale PNG-encoder met zlib.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x / size, y / size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}
const blauw = [0, 120, 212, 255], wit = [255, 255, 255, 255], groen = [16, 124, 16, 255];
const pixel = (x, y) => {
  const rand = 0.08;
  if (x < rand || x > 1 - rand || y < rand || y > 1 - rand) return [0, 0, 0, 0];
  const paal = (x > 0.2 && x < 0.32) || (x > 0.68 && x < 0.8);
  if (paal && y > 0.2 && y < 0.85) return wit;
  if (y > 0.26 && y < 0.38 && x > 0.2 && x < 0.8) return wit;
  if (y > 0.5 && y < 0.58 && x > 0.32 && x < 0.68) return groen;
  return blauw;
};
for (const s of [16, 32, 64, 80, 128]) writeFileSync(new URL(`../assets/icon-${s}.png`, import.meta.url), png(s, pixel));
console.log("pictogrammen geschreven in assets/");
