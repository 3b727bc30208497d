/**
 * Issue [3/9] item 12: the whole-document check speaks the reader's language. The problems the
 * English test (import-validation.test.ts) finds are read here in Swedish and Norwegian; the
 * expected sentences are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { assertValidDocument, validateDocument } from '../../../src/main/document/validate-document';
import { AndelError, localizeError } from '../../../src/shared/errors';
import { translate } from '../../../src/shared/i18n/translate';
import { loadRichFixture } from '../../helpers/workspace-fixtures';

function problemsIn(doc: unknown, lang: 'sv' | 'nb'): string[] {
  const result = validateDocument(doc);
  if (result.ok) return [];
  return result.issues.map((found) => `${found.path}: ${found.messageKey ? translate(lang, found.messageKey, found.params) : `(English only) ${found.message}`}`);
}

describe('the workspace document check in Swedish and Norwegian', () => {
  it('names each problem in Swedish', () => {
    const doc = loadRichFixture();
    doc.participations[3]!.organisationId = 99;
    doc.organisations[1]!.id = 1;
    doc.decisions[1]!.sequence = 1;
    doc.decisionLinks[0]!.keyId = null;
    const problems = problemsIn(doc, 'sv');
    expect(problems).toEqual(
      expect.arrayContaining([
        'organisations[1].id: id 1 används två gånger (även organisations[0])',
        'decisions[1].sequence: löpnummer 1 för organ 1 år 2016 används redan av decisions[0]',
        'decisionLinks[0].keyId: en adopts_key-koppling måste ange keyId',
      ]),
    );
    expect(problems.filter((line) => line.includes('(English only)'))).toEqual([]);
  });

  it('a header that is not ours, and a schema problem, in Norwegian', () => {
    expect(problemsIn({ format: 'something-else' }, 'nb')).toEqual(['format: «andel-workspace» var ventet: dette er ikke et Andel-arbeidsområdedokument']);
    const doc = loadRichFixture() as unknown as { organisations: { name: unknown }[] };
    doc.organisations[0]!.name = 42;
    expect(problemsIn(doc, 'nb')).toEqual(['organisations[0].name: har feil type verdi (forventet: string)']);
  });

  it('the refusal: English for logs, Swedish for the reader', () => {
    const doc = loadRichFixture();
    doc.participations[3]!.organisationId = 99;
    let refused: unknown;
    try {
      assertValidDocument(doc);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AndelError);
    const error = refused as AndelError;
    expect(error.message).toBe('The workspace document has 1 problem; nothing was written.\n  participations[3].organisationId: no organisation with id 99');
    expect(localizeError(error.toApiError(), 'sv').message).toBe(
      'Arbetsytedokumentet har 1 problem; ingenting skrevs.\n  participations[3].organisationId: hittar inte organisationen med id 99',
    );
  });
});
