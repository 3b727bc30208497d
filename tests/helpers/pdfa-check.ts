/**
 * What can be checked of a PDF/A-2b file on this machine without a validator (veraPDF is not
 * packaged here): the XMP identification (pdfaid part 2, conformance B), an OutputIntent
 * GTS_PDFA1 whose DestOutputProfile is a real ICC profile (the 'acsp' signature at byte 36 of
 * the inflated stream, three components for RGB), every font embedded (`pdffonts`), no
 * encryption (`pdfinfo`), the document language in the catalog, tagged. Returns the page count.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';

function objectBody(text: string, ref: string): string {
  const start = text.indexOf(`\n${ref} 0 obj`);
  expect(start, `object ${ref} exists`).toBeGreaterThan(-1);
  return text.slice(start, text.indexOf('endobj', start));
}

export function checkPdfA(path: string, lang: 'sv-SE' | 'nb-NO' | 'en-GB'): number {
  const bytes = readFileSync(path);
  const text = bytes.toString('latin1');
  expect(text.startsWith('%PDF-1.7')).toBe(true);
  expect(text).toMatch(/<pdfaid:part>2<\/pdfaid:part>/u);
  expect(text).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/u);
  expect(text).toContain(`/Lang (${lang})`);

  // The catalog's OutputIntents: GTS_PDFA1 with an ICC profile stream.
  const intent = /\/Type \/OutputIntent[\s\S]*?\/DestOutputProfile (\d+) 0 R/u.exec(text) ?? /\/DestOutputProfile (\d+) 0 R[\s\S]*?\/Type \/OutputIntent/u.exec(text);
  expect(intent, 'an OutputIntent with a DestOutputProfile').not.toBeNull();
  expect(text).toMatch(/\/S \/GTS_PDFA1/u);
  expect(text).toMatch(/\/OutputIntents \[\d+ 0 R\]/u);
  const profileObject = objectBody(text, intent![1]!);
  expect(profileObject).toMatch(/\/N 3/u);
  const streamStart = bytes.indexOf('stream', bytes.indexOf(`\n${intent![1]!} 0 obj`)) + 'stream'.length;
  const dataStart = bytes[streamStart] === 0x0d ? streamStart + 2 : streamStart + 1;
  const length = Number(/\/Length (\d+)/u.exec(profileObject)?.[1]);
  const raw = bytes.subarray(dataStart, dataStart + length);
  const icc = /\/Filter \/FlateDecode/u.test(profileObject) ? inflateSync(raw) : raw;
  expect(icc.subarray(36, 40).toString('latin1'), 'ICC signature').toBe('acsp');
  expect(icc.subarray(16, 20).toString('latin1'), 'ICC colour space').toBe('RGB ');

  const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(fonts.length, 'fonts listed').toBeGreaterThan(0);
  // Columns: name type encoding emb sub uni object ID — "emb" is the fourth from the end.
  for (const line of fonts) expect(line.trim().split(/\s+/u).at(-5), line).toBe('yes');
  expect(fonts.join('\n')).toContain('DejaVuSans');

  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(/Encrypted:\s+no/u);
  expect(info).toMatch(/Tagged:\s+yes/u);
  const pages = Number(/Pages:\s+(\d+)/u.exec(info)?.[1]);
  expect(pages).toBeGreaterThan(0);
  return pages;
}

/** pdftotext's text with every kind of space (U+00A0, U+202F between thousands) as a plain space. */
export function pdfText(path: string, layout = true): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), path, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f\u2009]/gu, ' ');
}
