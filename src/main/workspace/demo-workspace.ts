/**
 * Writing the demo workspace (the five reference consortia) from its workspace document. The
 * document's location is passed in: the CLI finds it in the source tree, the packaged app in its
 * resources folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AndelError } from '../../shared/errors';
import { importDocument } from '../document/import-document';
import type { ConnectionOptions } from '../db/sqlite-connection';
import { writeWorkspaceReplacing } from './write-workspace-replacing';

export interface DemoWorkspaceOptions extends ConnectionOptions {
  /** The demo workspace document (resources/demo/demo-workspace.json). */
  documentPath: string;
  /** Replace an existing file (only when no Andel process has it open). */
  force?: boolean;
  now?: () => Date;
}

export async function writeDemoWorkspace(path: string, options: DemoWorkspaceOptions): Promise<string> {
  const target = resolve(path);
  if (existsSync(target) && !options.force) throw new AndelError('FILE_ERROR', `${target} already exists; use --force to replace it.`);
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(options.documentPath, 'utf8')) as unknown;
  } catch (error) {
    throw new AndelError('INTERNAL', `The demo workspace document ${options.documentPath} cannot be read: ${(error as Error).message}`);
  }
  const { documentPath: _documentPath, force, ...createOptions } = options;
  return force ? writeWorkspaceReplacing(target, document, createOptions) : importDocument(target, document, createOptions);
}
