import { z } from 'zod';

/** A stored row's id (SQLite's INTEGER PRIMARY KEY, PostgreSQL's identity): a positive whole number. */
export const entityId = z.number().int().positive();
