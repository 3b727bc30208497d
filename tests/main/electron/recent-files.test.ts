import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addRecentFile, maxRecentFiles, normalizeRecentFiles, removeRecentFile } from '../../../src/main/electron/policy/recent-files';
import { RecentFilesStore } from '../../../src/main/electron/recent-store';
import { useTempDirs } from '../../helpers/temp-dir';

const all = (): boolean => true;

describe('recent files list', () => {
  it('puts the newest first without duplicates', () => {
    expect(addRecentFile(['/a.andel', '/b.andel', '/c.andel'], '/b.andel')).toEqual(['/b.andel', '/a.andel', '/c.andel']);
    expect(addRecentFile([], '/a.andel')).toEqual(['/a.andel']);
  });

  it('keeps at most 10', () => {
    const eleven = Array.from({ length: 11 }, (_, index) => `/f${index}.andel`);
    const list = eleven.reduce<string[]>((acc, path) => addRecentFile(acc, path), []);
    expect(maxRecentFiles).toBe(10);
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/f10.andel');
    expect(list).not.toContain('/f0.andel');
  });

  it('removes one entry', () => {
    expect(removeRecentFile(['/a', '/b'], '/a')).toEqual(['/b']);
  });

  it('drops missing files, duplicates and junk from what was stored', () => {
    const exists = (path: string): boolean => path !== '/gone.andel';
    expect(normalizeRecentFiles({ version: 1, files: ['/a.andel', '/gone.andel', '/a.andel', 3, '', null, '/b.andel'] }, exists)).toEqual(['/a.andel', '/b.andel']);
    expect(normalizeRecentFiles(['/a.andel'], all)).toEqual(['/a.andel']);
    for (const junk of [null, 'x', 42, {}, { files: 'no' }]) expect(normalizeRecentFiles(junk, all)).toEqual([]);
    expect(normalizeRecentFiles(Array.from({ length: 20 }, (_, index) => `/${index}`), all)).toHaveLength(10);
  });
});

describe('RecentFilesStore (recent.json)', () => {
  const newTempDir = useTempDirs('andel-recent-');
  const tempDir = (): string => newTempDir().path;

  it('persists the list across instances', () => {
    const dir = tempDir();
    const a = join(dir, 'a.andel');
    const b = join(dir, 'b.andel');
    writeFileSync(a, '');
    writeFileSync(b, '');
    const store = RecentFilesStore.inFolder(dir);
    store.add(a);
    store.add(b);
    expect(RecentFilesStore.inFolder(dir).list()).toEqual([b, a]);
    expect(JSON.parse(readFileSync(join(dir, 'recent.json'), 'utf8'))).toEqual({ version: 1, files: [b, a] });
  });

  it('drops files deleted since they were recorded', () => {
    const dir = tempDir();
    const a = join(dir, 'a.andel');
    writeFileSync(a, '');
    const store = RecentFilesStore.inFolder(dir);
    store.add(a);
    rmSync(a);
    expect(store.list()).toEqual([]);
    expect(RecentFilesStore.inFolder(dir).list()).toEqual([]);
  });

  it('starts empty on a missing or corrupt recent.json and never throws', () => {
    const dir = tempDir();
    const logs: string[] = [];
    expect(new RecentFilesStore(join(dir, 'recent.json'), all, (m) => logs.push(m)).list()).toEqual([]);
    expect(logs).toEqual([]);
    writeFileSync(join(dir, 'recent.json'), '{not json');
    expect(new RecentFilesStore(join(dir, 'recent.json'), all, (m) => logs.push(m)).list()).toEqual([]);
    expect(logs).toHaveLength(1);
  });

  it('clears', () => {
    const dir = tempDir();
    const store = new RecentFilesStore(join(dir, 'recent.json'), all);
    store.add('/x.andel');
    store.clear();
    expect(new RecentFilesStore(join(dir, 'recent.json'), all).list()).toEqual([]);
  });
});
