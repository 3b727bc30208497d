/** The content hash of an adopted snapshot, which its decision and every annex of it name. */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The content hash of a snapshot: SHA-256 (hex) of its content as canonical JSON (UTF-8). */
export function snapshotContentHash(content: unknown): string {
  return snapshotTextHash(canonicalJson(content));
}

/** snapshotContentHash of a content already written as canonical JSON. */
export function snapshotTextHash(canonicalText: string): string {
  return createHash('sha256').update(canonicalText, 'utf8').digest('hex');
}
