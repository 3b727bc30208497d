/**
 * Writing the demo workspace (the five reference consortia) from its workspace document. The
 * document's location is passed in: the CLI finds it in the source tree, the packaged app in its
 * resources folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AndelError } from '../../shared/errors';
import { ref } from '../../shared/i18n/translate';
import { importDocument } from '../document/import-document';
import type { ConnectionOptions } from '../db/sqlite-connection';
import { openWorkspace } from '../db/open-workspace';
import { adoptScenarioByNames } from '../services/scenarios/snapshot.service';
import { writeWorkspaceReplacing } from './write-workspace-replacing';

/**
 * Adoptions the demo starts with, so that a snapshot, its decision link and an annex from an
 * adopted scenario are there to look at. They are made through the same service a user's
 * adoption goes through (the document cannot carry a snapshot that was never computed), at the
 * date of the adopting decision.
 */
const demoAdoptions = [
  { cooperation: 'Bibliotek Skaraborg 9-gruppen', scenario: 'Skaraborg 9-gruppen 2017–2018', decision: 'SG 2017:1', at: '2017-04-06T12:00:00.000Z' },
] as const;

export interface DemoWorkspaceOptions extends ConnectionOptions {
  /** The demo workspace document (resources/demo/demo-workspace.json). */
  documentPath: string;
  /** Replace an existing file (only when no Andel process has it open). */
  force?: boolean;
  now?: () => Date;
}

export async function writeDemoWorkspace(path: string, options: DemoWorkspaceOptions): Promise<string> {
  const target = resolve(path);
  if (existsSync(target) && !options.force) throw new AndelError('FILE_ERROR', ref('error.demo.exists', { path: target }));
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(options.documentPath, 'utf8')) as unknown;
  } catch (error) {
    throw new AndelError('INTERNAL', `The demo workspace document ${options.documentPath} cannot be read: ${(error as Error).message}`);
  }
  const { documentPath: _documentPath, force, ...createOptions } = options;
  const written = force ? await writeWorkspaceReplacing(target, document, createOptions) : await importDocument(target, document, createOptions);
  const handle = await openWorkspace(written, createOptions);
  try {
    // Only for the demo document itself (a stand-in document, such as the test fixture, has other names).
    const cooperations = new Set((document as { cooperations?: { name?: unknown }[] }).cooperations?.map((c) => c.name));
    for (const adoption of demoAdoptions) {
      if (cooperations.has(adoption.cooperation)) await adoptScenarioByNames(handle.db, adoption, () => new Date(adoption.at));
    }
  } finally {
    await handle.close();
  }
  return written;
}
