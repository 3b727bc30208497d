/**
 * The empty state's two ways in, without a file dialog: the demo workspace written to (or found
 * in) the user's documents folder, and a new, empty workspace there under a name the user gives.
 * Dialogs belong to the Electron shell; these work the same in the app and in the browser bridge.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkspaceInfo } from '../../shared/api/channels/workspace.channels';
import { AndelError, ref } from '../../shared/errors';
import { demoWorkspaceFileName, withWorkspaceExtension } from '../electron/policy/workspace-files';
import type { AppContext } from './app-context';
import { writeDemoWorkspace } from './demo-workspace';
import { getWorkspaceInfo } from '../services/workspace/workspace.service';

function documentsDir(ctx: AppContext): string {
  if (!ctx.documentsDir) throw new AndelError('FILE_ERROR', ref('error.workspace.noDocumentsFolder'));
  mkdirSync(ctx.documentsDir, { recursive: true });
  return ctx.documentsDir;
}

async function infoOf(ctx: AppContext): Promise<WorkspaceInfo> {
  const current = ctx.session.current;
  if (!current) throw new AndelError('INTERNAL', 'The workspace was written but is not open.');
  return getWorkspaceInfo(ctx.session.db, current);
}

/** An earlier demo the user may have worked in is opened, never overwritten. */
export async function openDemoWorkspace(ctx: AppContext): Promise<WorkspaceInfo> {
  const path = join(documentsDir(ctx), demoWorkspaceFileName());
  if (!existsSync(path)) {
    if (ctx.createDemoWorkspace) await ctx.createDemoWorkspace(path);
    else if (ctx.demoDocumentPath) await writeDemoWorkspace(path, { documentPath: ctx.demoDocumentPath });
    else throw new AndelError('FILE_ERROR', ref('error.workspace.demoMissing'));
  }
  await ctx.session.open(path);
  return infoOf(ctx);
}

export async function createNamedWorkspace(ctx: AppContext, name: string): Promise<WorkspaceInfo> {
  const path = join(documentsDir(ctx), withWorkspaceExtension(name.trim()));
  if (existsSync(path)) throw new AndelError('FILE_ERROR', ref('error.workspace.nameTaken', { name: name.trim() }));
  await ctx.session.create(path, { name: name.trim() });
  return infoOf(ctx);
}
