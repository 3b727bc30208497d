/**
 * Renders resources/icons/icon.svg into the icons the installers need, with Debian's Chromium:
 *   icon.png (1024 × 1024; Linux and the source electron-builder converts from),
 *   icon.ico (Windows: 16–256 px, PNG-compressed entries),
 *   icon.icns (macOS: 16–1024 px, PNG entries).
 * Run: npx tsx scripts/make-icons.ts (the results are committed; rerun after changing the SVG).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const dir = resolve(import.meta.dirname, '../resources/icons');
const svg = readFileSync(resolve(dir, 'icon.svg'), 'utf8');

async function render(sizes: number[]): Promise<Map<number, Buffer>> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  try {
    const pngs = new Map<number, Buffer>();
    const page = await browser.newPage({ viewport: { width: 1100, height: 1100 } });
    for (const size of sizes) {
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`)}</body></html>`);
      pngs.set(size, await page.locator('svg').screenshot({ omitBackground: true }));
    }
    await page.close();
    return pngs;
  } finally {
    await browser.close();
  }
}

function ico(pngs: Map<number, Buffer>, sizes: number[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * sizes.length;
  for (const size of sizes) {
    const png = pngs.get(size)!;
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...sizes.map((size) => pngs.get(size)!)]);
}

function icns(pngs: Map<number, Buffer>): Buffer {
  const types: [string, number][] = [['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024]];
  const chunks = types.map(([type, size]) => {
    const png = pngs.get(size)!;
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const pngs = await render(sizes);
writeFileSync(resolve(dir, 'icon.png'), pngs.get(1024)!);
writeFileSync(resolve(dir, 'icon.ico'), ico(pngs, [16, 24, 32, 48, 64, 128, 256]));
writeFileSync(resolve(dir, 'icon.icns'), icns(pngs));
console.log(`icons written to ${dir}`);
