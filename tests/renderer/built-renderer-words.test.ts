/**
 * Issue [3/9] item 12: the renderer shows no English that does not come from i18n. The renderer is
 * built (the shared build the e2e tests use) and its JavaScript is searched for string literals in
 * JSX text (`children: "…"`, and the strings among `children: [ … ]`) and in the props people read
 * (label, title, placeholder, aria-label, description, alt). Each literal is traced back through
 * the source map; only literals whose source is Andel's own renderer (src/renderer/src) count, so
 * Mantine's and React's insides are not judged. A literal with letters in it is English-only text
 * unless it is on the short allow-list below (names and codes that are the same in every language).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { describe, expect, it } from 'vitest';
import { sharedRendererBuild } from '../bridge/build-renderer';
import { repoRoot } from '../helpers/workspace-fixtures';

/**
 * Words that are the same in Swedish, Norwegian and English: the product's name, currency, format
 * and hash codes, a URL's scheme. Also the stored organisation kinds `municipality` and `other`,
 * which the key builder's category fields take as typed identifiers (docs/key-format.md) and show
 * as examples in their placeholders: they are the values to type, not words in a language.
 */
const allowed = new Set(['Andel', 'SEK', 'NOK', 'kr', 'CSV', 'JSON', 'Excel', 'xlsx', 'ID', 'id', 'SHA', 'https', 'municipality', 'other']);

const readProps = ['children', 'label', 'title', 'placeholder', 'aria-label', 'description', 'alt'];

interface Literal {
  readonly text: string;
  readonly offset: number;
}

/** The string literal starting at `code[start]` (a quote or backtick) and where it ends. */
function stringAt(code: string, start: number): { text: string; end: number } | null {
  const quote = code[start];
  if (quote !== '"' && quote !== "'" && quote !== '`') return null;
  let text = '';
  for (let i = start + 1; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '\\') {
      text += code[i + 1] ?? '';
      i++;
    } else if (ch === quote) {
      return { text, end: i + 1 };
    } else if (quote === '`' && ch === '$' && code[i + 1] === '{') {
      text += '${…}';
      // Skip the interpolation (a template in the built code holds no nested backticks we need to read).
      let depth = 0;
      for (i += 1; i < code.length; i++) {
        if (code[i] === '{') depth++;
        else if (code[i] === '}' && --depth === 0) break;
      }
    } else {
      text += ch;
    }
  }
  return null;
}

/** The string literals at the top level of the array starting at `code[start]` (`[`). */
function stringsInArray(code: string, start: number): Literal[] {
  const found: Literal[] = [];
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      const literal = stringAt(code, i);
      if (!literal) return found;
      // An element of its own (`[ "Total: ", n ]`), not a part of an expression (`s === "error" && …`).
      if (depth === 1 && /[[,]\s*$/u.test(code.slice(Math.max(0, i - 8), i)) && /^\s*[,\]]/u.test(code.slice(literal.end, literal.end + 8))) found.push({ text: literal.text, offset: i });
      i = literal.end - 1;
    } else if (ch === '[' || ch === '(' || ch === '{') depth++;
    else if (ch === ']' || ch === ')' || ch === '}') {
      depth--;
      if (depth === 0) return found;
    }
  }
  return found;
}

/** Every literal the built code passes as JSX text or as a prop people read. */
function readableLiterals(code: string): Literal[] {
  const found: Literal[] = [];
  const pattern = new RegExp(`(?:^|[{,])\\s*(?:${readProps.map((p) => (p.includes('-') ? `"${p}"` : p)).join('|')}):`, 'gu');
  for (const match of code.matchAll(pattern)) {
    const at = match.index + match[0].length;
    if (code[at] === '[') found.push(...stringsInArray(code, at));
    else {
      const literal = stringAt(code, at);
      // The whole value (`title: "…"`), not the start of an expression (`title: "a" + b`).
      if (literal && /^\s*[,}]/u.test(code.slice(literal.end, literal.end + 8))) found.push({ text: literal.text, offset: at });
    }
  }
  return found;
}

function lineAndColumn(code: string, offset: number): { line: number; column: number } {
  const before = code.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) };
}

/** Every string of the renderer's i18n resources (sv, nb, en): text from there comes from i18n. */
function i18nStrings(): Set<string> {
  const folder = join(repoRoot, 'src/renderer/src/i18n');
  const strings = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) walk(JSON.parse(readFileSync(join(folder, name), 'utf8')));
  return strings;
}

/** An i18n key handed on to `t()` (`nav.members`), not text. */
const isKey = (text: string): boolean => /^[a-z][\w-]*(\.[\w-]+)+$/u.test(text);

/** Text a person reads as words: letters, and not only allowed names, codes or single letters. */
function isWords(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.some((word) => !allowed.has(word));
}

describe('the built renderer', () => {
  it('holds no English text in JSX that does not come from i18n', { timeout: 900_000 }, async () => {
    const build = await sharedRendererBuild();
    const assets = join(build, 'assets');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const fromI18n = i18nStrings();
    const offenders: string[] = [];
    let ownLiterals = 0;
    for (const name of scripts) {
      const code = readFileSync(join(assets, name), 'utf8');
      const map = new TraceMap(readFileSync(join(assets, `${name}.map`), 'utf8'));
      for (const literal of readableLiterals(code)) {
        const source = originalPositionFor(map, lineAndColumn(code, literal.offset));
        if (!source.source?.includes('renderer/src/')) continue;
        ownLiterals++;
        if (isWords(literal.text) && !fromI18n.has(literal.text) && !isKey(literal.text)) offenders.push(`${source.source.replace(/^.*renderer\/src\//u, 'src/renderer/src/')}:${source.line}: ${JSON.stringify(literal.text)}`);
      }
    }
    // The search itself works: Andel's own code passes many literals (class names, keys, symbols).
    expect(ownLiterals).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });

  it('the search finds JSX text when it is there (checked on a snippet in the built form)', () => {
    const code = 'r.jsx("p",{className:"x",children:"Save the scenario"}),r.jsxs(B,{title:"—",children:["Total: ",n," kr",s==="error"&&r.jsx(E,{})]}),r.jsx(I,{"aria-label":"Close",label:"a"+b})';
    expect(readableLiterals(code).map((l) => l.text)).toEqual(['Save the scenario', '—', 'Total: ', ' kr', 'Close']);
    expect(readableLiterals(code).map((l) => l.text).filter(isWords)).toEqual(['Save the scenario', 'Total: ', 'Close']);
  });
});
