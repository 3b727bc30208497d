/**
 * What marks a SQLite file as an Andel workspace. `PRAGMA application_id` lives in the file
 * header (offset 68), so a foreign file can be recognised by reading 100 bytes, without opening it.
 */
/** 'ANDL' as a big-endian 32-bit integer. */
export const ANDEL_APPLICATION_ID = 0x414e444c;

export const SQLITE_HEADER_MAGIC = 'SQLite format 3\u0000';
export const SQLITE_HEADER_SIZE = 100;
/** Offsets in the SQLite header (https://www.sqlite.org/fileformat.html#the_database_header). */
export const USER_VERSION_OFFSET = 60;
export const APPLICATION_ID_OFFSET = 68;
