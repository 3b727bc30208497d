/**
 * A zip container for xlsx files: each entry deflated (node:zlib), local headers, central
 * directory, end record. No zip64, no encryption, no data descriptors: an xlsx written by Andel is
 * far below 4 GiB and every entry's size is known before it is written.
 *
 * Entries carry the given modification time (the export's own time), so the same workbook written
 * twice gives the same bytes and the same SHA-256.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** The path inside the archive, with `/` separators, e.g. `xl/workbook.xml`. */
  readonly name: string;
  readonly data: Buffer;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** 2.0: deflate. */
const VERSION = 20;
const DEFLATE = 8;
/** Bit 11: the entry's name is UTF-8. */
const UTF8_NAMES = 0x0800;
const MAX_32 = 0xffffffff;

/** MS-DOS time and date fields (local wall time has no meaning here: the UTC fields are written, to 2 s). */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, date.getUTCFullYear()));
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** An entry already deflated, with what the headers need: so a large part can be compressed as soon as it is complete and its text dropped. */
export interface DeflatedEntry {
  readonly name: string;
  readonly deflated: Buffer;
  readonly crc: number;
  readonly size: number;
}

/** Deflates one entry (`level` is zlib's deflate level, 1 fastest … 9 smallest). */
export function deflateEntry(entry: ZipEntry, level = 6): DeflatedEntry {
  if (entry.name === '' || entry.name.startsWith('/') || entry.name.includes('\\')) throw new RangeError(`"${entry.name}" is not a relative zip path`);
  return { name: entry.name, deflated: deflateRawSync(entry.data, { level }), crc: crc32(entry.data), size: entry.data.length };
}

/** The archive's bytes. `level` is zlib's deflate level (1 fastest … 9 smallest). */
export function zipEntries(entries: readonly ZipEntry[], modified: Date, level = 6): Buffer {
  return zipDeflated(
    entries.map((entry) => deflateEntry(entry, level)),
    modified,
  );
}

/** The archive's bytes from entries deflated beforehand, in the order given. */
export function zipDeflated(entries: readonly DeflatedEntry[], modified: Date): Buffer {
  const stamp = dosDateTime(modified);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  const names = new Set<string>();
  let offset = 0;
  for (const entry of entries) {
    if (names.has(entry.name)) throw new RangeError(`"${entry.name}" is in the archive twice`);
    names.add(entry.name);
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = entry.deflated;
    const crc = entry.crc;
    if (entry.size > MAX_32 || compressed.length > MAX_32 || offset > MAX_32) throw new RangeError('the archive would need zip64');
    // The fields from "version needed" to the name's length stand in both headers alike.
    const common = (header: Buffer, at: number): void => {
      header.writeUInt16LE(VERSION, at);
      header.writeUInt16LE(UTF8_NAMES, at + 2);
      header.writeUInt16LE(DEFLATE, at + 4);
      header.writeUInt16LE(stamp.time, at + 6);
      header.writeUInt16LE(stamp.date, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(compressed.length, at + 14);
      header.writeUInt32LE(entry.size, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    common(local, 4);
    // Extra field length: zero.
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4); // made by
    common(header, 6);
    // Extra field, comment, disk number, internal and external attributes: all zero.
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    parts.push(local, name, compressed);
    offset += local.length + name.length + compressed.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  if (entries.length > 0xffff || offset > MAX_32) throw new RangeError('the archive would need zip64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
