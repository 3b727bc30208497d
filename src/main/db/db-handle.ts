import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.types';

/** What a query runs on: the workspace's Kysely instance or a transaction on it (repositories and services accept either). */
export type Db = Kysely<Database> | Transaction<Database>;
