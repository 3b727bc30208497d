/**
 * `andel annex --format pdf` and `andel register --format pdf`: the printable PDF/A copies of the
 * annex and the decision register, for a small consortium built here from nothing (four
 * municipalities, a key, a scenario, a decision). The members' amounts in the PDF are computed by
 * hand below from the population and the costs, not read from the engine.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEY, POPULATION_CSV, SCENARIO } from '../../helpers/consortium-fixture';
import { andelInProcess as andel, andelOk as ok } from '../../helpers/cli-in-process';
import { checkPdfA, pdfText } from '../../helpers/pdfa-check';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

/** The population (2026, read by the 2027 charge) of the four municipalities, as in POPULATION_CSV. */
const POPULATION: Record<string, number> = { Hjo: 10_000, Tibro: 20_000, Mariestad: 20_000, Skövde: 50_000 };

/**
 * By hand, in kronor: the pool is 1 300 000 costs − 100 000 − 200 000 external funding = 1 000 000.
 * Equal part: 20 % of it over 4 members = 50 000 each. By population: 80 % = 800 000 over 100 000
 * inhabitants = 8 kr each. Service fee by band (< 15 000: 10 000; 15 000–30 000: 20 000; ≥ 30 000:
 * 40 000), half of it paid by the region.
 */
function byHand(name: string): { equal: number; population: number; fee: number; gross: number; subsidy: number; net: number } {
  const pool = 1_300_000 - 100_000 - 200_000;
  const equal = (pool * 20) / 100 / 4;
  const inhabitants = POPULATION[name]!;
  const population = ((pool * 80) / 100 / 100_000) * inhabitants;
  const fee = inhabitants < 15_000 ? 10_000 : inhabitants < 30_000 ? 20_000 : 40_000;
  const gross = equal + population + fee;
  const subsidy = fee / 2;
  return { equal, population, fee, gross, subsidy, net: gross - subsidy };
}

/** `140 000` (sv, nb) / `140,000` (en): whole kronor, as the key rounds to whole kronor (no decimals shown then, as in the xlsx). */
function kronor(value: number, lang: 'sv' | 'nb' | 'en'): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, lang === 'en' ? ',' : ' ');
}

async function consortium(file: string, dir: { file(name: string): string }): Promise<void> {
  await ok('create-workspace', file, '--name', 'Skaraborg', '--currency', 'SEK', '--locale', 'sv');
  await ok('cooperation', 'create', file, '--name', 'Bibliotek Skaraborg', '--currency', 'SEK', '--start', '2027-01-01');
  for (const code of ['1497', '1472', '1493', '1496']) await ok('organisation', 'create', file, '--country', 'SE', '--code', code);
  for (const name of Object.keys(POPULATION)) await ok('participant', 'add', file, '--cooperation', 'skaraborg', '--organisation', name, '--joined', '2027-01-01');
  writeFileSync(dir.file('folkmangd.csv'), POPULATION_CSV);
  await ok('import-population', file, '--from', dir.file('folkmangd.csv'), '--year', '2026');
  writeFileSync(dir.file('key.json'), JSON.stringify(KEY));
  await ok('key', 'import', file, '--cooperation', 'skaraborg', '--from', dir.file('key.json'));
  writeFileSync(dir.file('scenario.json'), JSON.stringify(SCENARIO));
  await ok('scenario-def', 'import', file, '--cooperation', 'skaraborg', '--from', dir.file('scenario.json'));
  await ok('body', 'create', file, '--cooperation', 'skaraborg', '--name', 'Styrgruppen', '--pattern', 'SG {year}:{n}');
  await ok('decision', 'create', file, '--body', 'Styrgruppen', '--title', 'Budget 2027', '--status', 'adopted', '--decided', '2026-11-15');
  await ok('decision', 'create', file, '--body', 'Styrgruppen', '--title', 'Uppföljning av låneverksamheten', '--decided', '2026-11-15');
  await ok('adopt', file, '--cooperation', 'skaraborg', '--scenario', 'Budget 2027', '--decision', 'SG 2026:1');
}

describe('the annex and the decision register as PDF/A', { timeout: 180_000 }, () => {
  it('prints each member with the hand-computed amounts and the totals, in sv, nb and en', async () => {
    const dir = tempDir();
    const file = dir.file('skaraborg.andel');
    await consortium(file, dir);

    for (const lang of ['sv', 'nb', 'en'] as const) {
      const out = dir.file(`bilaga-${lang}.pdf`);
      const written = await ok('annex', file, '--cooperation', 'skaraborg', '--scenario', 'Budget 2027', '--lang', lang, '--format', 'pdf', '--out', out);
      expect(written).toContain(out);
      const pages = checkPdfA(out, ({ sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' } as const)[lang]);
      const text = pdfText(out);
      // The footer numbers each page "… of N" with the same N pdfinfo counts.
      expect(text).toContain({ sv: `sida ${pages} av ${pages}`, nb: `side ${pages} av ${pages}`, en: `page ${pages} of ${pages}` }[lang]);
      expect(text).toContain({ sv: 'Antagen genom beslut SG 2026:1', nb: 'Vedtatt ved vedtak SG 2026:1', en: 'Adopted by decision SG 2026:1' }[lang]);
      expect(text).toContain({ sv: 'Medlemmar 2027 (SEK)', nb: 'Medlemmer 2027 (SEK)', en: 'Members 2027 (SEK)' }[lang]);
      const rows = text.split('\n');
      for (const name of Object.keys(POPULATION)) {
        const h = byHand(name);
        const row = rows.find((line) => line.trimStart().startsWith(`${name} `) && line.includes(kronor(h.net, lang)));
        expect(row, `${lang}: ${name}'s row with ${kronor(h.net, lang)}\n${text}`).toBeDefined();
        // Equal part, by population, service fee, to invoice, subsidy, to pay: in that order on the row.
        const amounts = [h.equal, h.population, h.fee, h.gross, h.subsidy, h.net].map((v) => kronor(v, lang));
        expect(row!.replace(name, '').trim().split(/\s{2,}/u)).toEqual(amounts);
      }
      // Totals: 1 090 000 to invoice, 45 000 subsidies, 1 045 000 to pay (the sums of the four rows by hand).
      const total = rows.find((line) => line.trimStart().startsWith(lang === 'sv' ? 'Summa ' : lang === 'nb' ? 'Sum ' : 'Total '))!;
      expect(total).toContain(kronor(1_090_000, lang));
      expect(total).toContain(kronor(45_000, lang));
      expect(total).toContain(kronor(1_045_000, lang));
    }

    // The key in words on the cover, in Swedish: its three components by their labels.
    const cover = pdfText(dir.file('bilaga-sv.pdf'), false);
    for (const label of ['Lika del:', 'Invånare:', 'Serviceavgift:']) expect(cover).toContain(label);
    expect(cover).toContain('Fördelningsnyckeln i ord');
  });

  it('lists every decision by number in the register, in sv and nb, and refuses an unknown format', async () => {
    const dir = tempDir();
    const file = dir.file('skaraborg.andel');
    await consortium(file, dir);
    // In Swedish and in Norwegian: the register's own words (the workbook's title and statuses), every decision by number.
    const expected = {
      sv: ['Beslutsregister', 'SG 2026:1', 'SG 2026:2', 'Uppföljning av låneverksamheten', '2 beslut'],
      nb: ['Vedtaksregister', 'SG 2026:1', 'SG 2026:2', 'Uppföljning av låneverksamheten', '2 vedtak'],
    } as const;
    for (const [lang, words] of Object.entries(expected)) {
      const out = dir.file(`register-${lang}.pdf`);
      await ok('register', file, '--lang', lang, '--format', 'pdf', '--out', out);
      checkPdfA(out, lang === 'sv' ? 'sv-SE' : 'nb-NO');
      const text = pdfText(out);
      for (const word of words) expect(text, `${lang}: ${word}`).toContain(word);
    }
    const bad = await andel('register', file, '--lang', 'sv', '--format', 'docx', '--out', dir.file('x.docx'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('”docx” är inget format; använd xlsx, pdf');
  });
});
