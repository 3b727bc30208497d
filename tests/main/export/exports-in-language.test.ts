/**
 * Issue [3/9] item 12: every word a reader sees in an export is in the export's language. Each
 * export of the demo workspace (the annex and the invoicing basis of every scenario, the decision
 * register, the meeting pack of every meeting) is written in Swedish and in Norwegian Bokmål, read
 * back cell by cell with exceljs (and the sheet names, headers and footers), and no English word
 * from a stop-list may appear.
 *
 * Not checked: the workbook's defined names (`Members_2026`, `Total_population_2026`), which the
 * annex's Parameters sheet lists beside each value. They are formula identifiers, the same in every
 * language, built from English prefixes and the key's own ids; a cell whose whole text is one of
 * them is skipped.
 */

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { WorkspaceDocument } from '../../../src/shared/document/workspace-document.schema';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { loadDemoDocument } from '../../helpers/workspace-fixtures';

const f = useDemoWorkspace();
const demo = loadDemoDocument() as WorkspaceDocument;

/**
 * English words no Swedish or Norwegian reader should meet, matched as whole words, case-insensitive.
 * "version" is also the Swedish word (sv: "version", nb: "versjon"), so it counts only in nb.
 */
const stopWords = ['the', 'and', 'population', 'members', 'municipality', 'year', 'total', 'draft', 'version'] as const;
const stopWordsFor = (lang: 'sv' | 'nb'): readonly string[] => (lang === 'sv' ? stopWords.filter((w) => w !== 'version') : stopWords);

/** Every text a reader of the workbook sees: sheet names, header/footer, each cell's shown text. */
async function textsOf(path: string): Promise<{ where: string; text: string }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const definedNames = new Set(workbook.definedNames.model.map((d) => d.name));
  const texts: { where: string; text: string }[] = [];
  for (const sheet of workbook.worksheets) {
    texts.push({ where: `sheet name`, text: sheet.name });
    for (const [part, value] of Object.entries(sheet.headerFooter ?? {})) {
      if (typeof value === 'string') texts.push({ where: `${sheet.name} ${part}`, text: value });
    }
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (definedNames.has(cell.text)) return;
        const note = typeof cell.note === 'string' ? cell.note : '';
        texts.push({ where: `${sheet.name}!${cell.address}`, text: `${cell.text} ${note}`.trim() });
      });
    });
  }
  return texts;
}

/** The stop-words found, each with where it was and the whole text, so a failure says what to fix. */
function englishIn(texts: { where: string; text: string }[], lang: 'sv' | 'nb'): string[] {
  const found: string[] = [];
  for (const { where, text } of texts) {
    for (const word of stopWordsFor(lang)) {
      if (new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(text)) found.push(`${where}: "${word}" in ${JSON.stringify(text)}`);
    }
  }
  return found;
}

describe('exports of the demo workspace in sv and nb carry no English words', { timeout: 240_000 }, () => {
  for (const lang of ['sv', 'nb'] as const) {
    it(`annex, invoicing basis, decision register and meeting pack in ${lang}`, async () => {
      const found: string[] = [];
      const check = async (label: string, path: string): Promise<void> => {
        const texts = await textsOf(path);
        expect(texts.length, `${label} has text`).toBeGreaterThan(0);
        found.push(...englishIn(texts, lang).map((line) => `${label} ${line}`));
      };
      for (const scenario of demo.scenarios) {
        const annex = await f.value('annex:export', { scenarioId: scenario.id, language: lang });
        await check(`annex of "${scenario.name}"`, annex.path);
        const basis = await f.value('invoicing:export', { scenarioId: scenario.id, language: lang });
        await check(`invoicing basis of "${scenario.name}"`, basis.path);
      }
      const register = await f.value('register:export', { language: lang });
      await check('decision register', register.path);
      for (const meeting of demo.meetings) {
        const pack = await f.value('meetings:exportPack', { meetingId: meeting.id, language: lang });
        await check(`meeting pack of "${meeting.title}"`, pack.path);
      }
      expect(found).toEqual([]);
    });
  }
});
