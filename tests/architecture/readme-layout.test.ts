/**
 * The README's layout table matches the tree: every folder it names exists, and every folder of
 * src/main, src/shared and src/renderer/src, and every top-level folder of the repository that holds
 * code, is named in it (as its own row or in a row's text), so a newcomer finds each one described.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('| folder | what lives there |'));
const table = section.slice(0, section.search(/\n\n/u));
const rows = table.split('\n').slice(2);
const named = rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/gu)].map((m) => m[1]!));
const folders = (parent: string): string[] => readdirSync(parent).filter((name) => statSync(join(parent, name)).isDirectory());

describe('the README layout table', () => {
  it('names folders that exist', () => {
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((folder) => !existsSync(folder))).toEqual([]);
  });

  it.each(['src/main', 'src/shared'])('describes every folder of %s in a row of its own', (parent) => {
    expect(folders(parent).filter((name) => !named.includes(`${parent}/${name}`))).toEqual([]);
  });

  it('mentions every folder of the renderer in its row', () => {
    const row = rows.find((r) => r.startsWith('| `src/renderer/src` |')) ?? '';
    expect(folders('src/renderer/src').filter((name) => !row.includes(`\`${name}\``) && !row.includes(`\`${name}/`))).toEqual([]);
  });
});
