/**
 * Issue 4/9 item 9: the import created an organisation with a 100 000-character name, and the
 * workspace's own document then failed to re-import (its schema allows 200). The import now
 * applies the document's limits to the names it creates; the workspace document stays valid.
 */
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/main/document/export-document';
import { validateDocument } from '../../../src/main/document/validate-document';
import { issuePlace, localizeError } from '../../../src/shared/errors';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useDemoWorkspace } from '../../helpers/demo-workspace';

const f = useDemoWorkspace();
const csv = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const mapping = { officialCode: 0, name: 1, population: 2 };
const options = { year: 2024, createMissing: true };

describe('names the import creates', () => {
  it('refuses a 100 000-character name with the row, the column and both lengths, writing nothing', async () => {
    const long = 'N'.repeat(100_000);
    const before = await dbContentHash(f.ctx.session.db);
    const result = await f.call('import:commit', { fileName: 'f.csv', contentBase64: csv(`Kommunkod;Kommun;Folkmängd\n2999;${long};1234\n`), mapping, options });
    if (result.ok) throw new Error('the import was accepted');
    const issues = result.error.issues ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ messageKey: 'error.import.nameTooLong', params: { length: 100_000, max: 200 } });
    const sv = localizeError(result.error, 'sv').issues![0]!;
    expect(`${issuePlace(sv, 'sv')}: ${sv.message}`).toBe('rad 2, kolumn ”Kommun”: namnet har 100000 tecken; ett organisationsnamn får ha högst 200');
    const nb = localizeError(result.error, 'nb').issues![0]!;
    expect(`${issuePlace(nb, 'nb')}: ${nb.message}`).toBe('rad 2, kolonne «Kommun»: navnet har 100000 tegn; et organisasjonsnavn kan ha høyst 200');
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
  });

  it('refuses a name with a control character', async () => {
    const result = await f.call('import:commit', { fileName: 'f.csv', contentBase64: csv('Kommunkod;Kommun;Folkmängd\n2999;Ny\u0001kommun;1234\n'), mapping, options });
    expect(result.ok ? null : result.error.issues?.[0]?.messageKey).toBe('error.import.nameControlCharacter');
  });

  it('creates a name of exactly 200 characters, and the workspace document still validates', async () => {
    const name = `Ny${'k'.repeat(198)}`;
    const result = await f.value('import:commit', { fileName: 'f.csv', contentBase64: csv(`Kommunkod;Kommun;Folkmängd\n2999;${name};1234\n`), mapping, options });
    expect(result.organisationsCreated).toBe(1);
    const validation = validateDocument(JSON.parse(JSON.stringify(await exportDocument(f.ctx.session.db))));
    expect(validation.ok ? [] : validation.issues.slice(0, 3)).toEqual([]);
  });
});
