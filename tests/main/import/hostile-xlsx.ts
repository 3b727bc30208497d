/**
 * Hostile XLSX workbooks built byte by byte (a minimal zip writer with its own CRC-32), so nothing
 * of the code under test makes them. Used by the import tests and bench/import-hostile-xlsx.ts.
 */
import { createDeflateRaw, deflateRawSync } from 'node:zlib';

// ---- a minimal zip writer (deflate), independent of the reader -------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(chunks: Iterable<Buffer>): number {
  let crc = 0xffffffff;
  for (const chunk of chunks) for (const byte of chunk) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface Part {
  name: string;
  compressed: Buffer;
  crc: number;
  size: number;
}

const partOf = (name: string, text: string): Part => {
  const raw = Buffer.from(text, 'utf8');
  return { name, compressed: deflateRawSync(raw), crc: crc32([raw]), size: raw.length };
};

/** A part whose content is `head`, then `body` repeated `times` times, then `tail`, deflated as a stream. */
export async function repeatedPart(name: string, head: string, body: string, times: number, tail: string): Promise<Part> {
  const headBuf = Buffer.from(head);
  const bodyBuf = Buffer.from(body.repeat(1000));
  const tailBuf = Buffer.from(tail);
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflater.on('end', resolve));
  let crc = 0xffffffff;
  const feed = async (buf: Buffer): Promise<void> => {
    for (const byte of buf) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
    if (!deflater.write(buf)) await new Promise((resolve) => deflater.once('drain', resolve));
  };
  // CRC of the repeated block is computed once per byte of the block per repetition: keep the
  // repetitions coarse (blocks of 1000 bodies) so building the file stays quick.
  await feed(headBuf);
  for (let i = 0; i < times / 1000; i += 1) await feed(bodyBuf);
  await feed(tailBuf);
  deflater.end();
  await done;
  return { name, compressed: Buffer.concat(out), crc: (crc ^ 0xffffffff) >>> 0, size: headBuf.length + bodyBuf.length * (times / 1000) + tailBuf.length };
}

export function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.compressed.length, 18);
    local.writeUInt32LE(part.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc, 16);
    central.writeUInt32LE(part.compressed.length, 20);
    central.writeUInt32LE(part.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.compressed);
    centrals.push(central, name);
    offset += 30 + name.length + part.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export function frame(): Part[] {
  return [
    partOf('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    partOf('xl/workbook.xml', `<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="Folkmängd" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    partOf(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  ];
}

/** 20 000 rows of code, name, population, and one cell with "x" in XFD{xfdRow}. */
export function xfdWorkbook(options: { dimension: boolean; xfdRow: number }): Buffer {
  const rows: string[] = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Kod</t></is></c><c r="B1" t="inlineStr"><is><t>Kommun</t></is></c><c r="C1" t="inlineStr"><is><t>Folkmängd</t></is></c></row>'];
  for (let r = 2; r <= 20_000; r += 1) {
    const xfd = r === options.xfdRow ? `<c r="XFD${r}" t="inlineStr"><is><t>x</t></is></c>` : '';
    rows.push(`<row r="${r}"><c r="A${r}"><v>${1000 + r}</v></c><c r="B${r}" t="inlineStr"><is><t>K${r}</t></is></c><c r="C${r}"><v>${r * 7}</v></c>${xfd}</row>`);
  }
  const dimension = options.dimension ? '<dimension ref="A1:XFD20000"/>' : '';
  return zip([...frame(), partOf('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet ${NS}>${dimension}<sheetData>${rows.join('')}</sheetData></worksheet>`)]);
}

/** A zip bomb of rows: `rows` identical rows of one number, no row numbers, optionally a truthful dimension. */
export async function rowBomb(rows: number, dimension: boolean): Promise<Buffer> {
  const head = `<?xml version="1.0"?><worksheet ${NS}>${dimension ? `<dimension ref="A1:A${rows}"/>` : ''}<sheetData>`;
  return zip([...frame(), await repeatedPart('xl/worksheets/sheet1.xml', head, '<row><c><v>1</v></c></row>', rows, '</sheetData></worksheet>')]);
}

