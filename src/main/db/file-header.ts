/**
 * Reads the SQLite header of a file with plain file I/O: the first gate before anything opens
 * the file through SQLite (which could create -wal/-shm files or rewrite the header).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { APPLICATION_ID_OFFSET, SQLITE_HEADER_MAGIC, SQLITE_HEADER_SIZE, USER_VERSION_OFFSET } from './workspace-format';

export type FileHeader =
  | { kind: 'sqlite'; applicationId: number; userVersion: number; pageSize: number }
  | { kind: 'not-sqlite' };

export function readFileHeader(path: string): FileHeader {
  const buffer = Buffer.alloc(SQLITE_HEADER_SIZE);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, buffer, 0, SQLITE_HEADER_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  if (read < SQLITE_HEADER_SIZE || buffer.toString('latin1', 0, SQLITE_HEADER_MAGIC.length) !== SQLITE_HEADER_MAGIC) {
    return { kind: 'not-sqlite' };
  }
  return {
    kind: 'sqlite',
    applicationId: buffer.readInt32BE(APPLICATION_ID_OFFSET),
    userVersion: buffer.readInt32BE(USER_VERSION_OFFSET),
    // Offset 16, big-endian; the value 1 means 65 536 (https://www.sqlite.org/fileformat.html).
    pageSize: buffer.readUInt16BE(16) === 1 ? 65_536 : buffer.readUInt16BE(16),
  };
}
