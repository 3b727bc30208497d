/**
 * Reads the SQLite header of a file with plain file I/O: the first gate before anything opens
 * the file through SQLite (which could create -wal/-shm files or rewrite the header).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { APPLICATION_ID_OFFSET, SQLITE_HEADER_MAGIC, SQLITE_HEADER_SIZE, USER_VERSION_OFFSET } from './workspace-format';

export type FileHeader =
  | { kind: 'sqlite'; applicationId: number; userVersion: number }
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
  };
}
