/**
 * One small consortium built from nothing twice (tests/main/cli/consortium-from-nothing.test.ts with
 * the CLI, tests/e2e/consortium-from-nothing.e2e.test.ts through the UI): its population CSV, key,
 * scenario, the figures computed by hand, and a reader of the annex's members sheet.
 */
import type { CellScalar } from './libreoffice';

/** Population 2026 of four municipalities: 10 000 + 20 000 + 20 000 + 50 000 = 100 000 inhabitants. */
export const POPULATION_CSV = 'Kommunkod;Kommun;Folkmängd\n1497;Hjo;10 000\n1472;Tibro;20 000\n1493;Mariestad;20 000\n1496;Skövde;50 000\n';

/** The key: 20 % equal, 80 % by last year's population, a banded service fee, the region pays half the fee. */
export const KEY = {
  schemaVersion: 1,
  id: 'skaraborg-e2e',
  version: 1,
  name: '20/80 med serviceavgift',
  family: 'allocation',
  rounding: { unit: '1', mode: 'half-up' },
  components: [
    { type: 'equal', id: 'base', label: 'Lika del', share: '20' },
    { type: 'proportional', id: 'inhabitants', label: 'Invånare', share: '80', metric: { name: 'population', yearOffset: -1 } },
    {
      type: 'banded',
      id: 'service',
      label: 'Serviceavgift',
      metric: { name: 'population', yearOffset: -1 },
      bands: [
        { from: 0, to: 15000, amount: '10000' },
        { from: 15000, to: 30000, amount: '20000' },
        { from: 30000, amount: '40000' },
      ],
    },
  ],
  subsidies: [{ id: 'region-service', funder: 'Region Västra Götaland', component: 'service', share: '50' }],
};

/** 2027: costs 1 300 000 kr; the pool is the cost less external funding (100 000 secured + 200 000 uncertain) = 1 000 000 kr. */
export const SCENARIO = {
  schemaVersion: 1,
  id: 'budget-2027',
  name: 'Budget 2027',
  currency: 'SEK',
  horizon: { from: 2027, to: 2027 },
  key: { ref: 'skaraborg-e2e', version: 1 },
  costs: { byYear: { '2027': '1300000' } },
  poolBasis: 'costs-less-external-funding',
  funding: [
    { source: 'Kulturrådet', kind: 'external', byYear: { '2027': { amount: '100000', status: 'secured' } } },
    { source: 'Staten', kind: 'external', byYear: { '2027': { amount: '200000', status: 'uncertain' } } },
  ],
};

/**
 * By hand, in kronor. Pool 1 000 000: equal 20 % = 200 000 / 4 = 50 000 each; 80 % = 800 000 over
 * 100 000 inhabitants = 8 kr each. Service fee by band: Hjo 10 000 (< 15 000), Tibro and Mariestad
 * 20 000 (15 000–30 000), Skövde 40 000 (≥ 30 000); the region pays half of it.
 *   Hjo       50 000 +  80 000 + 10 000 =  140 000 gross, −  5 000 = 135 000 net
 *   Tibro     50 000 + 160 000 + 20 000 =  230 000 gross, − 10 000 = 220 000 net
 *   Mariestad 50 000 + 160 000 + 20 000 =  230 000 gross, − 10 000 = 220 000 net
 *   Skövde    50 000 + 400 000 + 40 000 =  490 000 gross, − 20 000 = 470 000 net
 *   total                                 1 090 000 gross, − 45 000 = 1 045 000 net
 */
export const EXPECTED_NET: Record<string, number> = { Hjo: 135_000, Tibro: 220_000, Mariestad: 220_000, Skövde: 470_000 };
export const EXPECTED_GROSS: Record<string, number> = { Hjo: 140_000, Tibro: 230_000, Mariestad: 230_000, Skövde: 490_000 };
/**
 * Balance 2027 with all the money: 1 045 000 net + 45 000 subsidies + 300 000 external − 1 300 000 = +90 000
 * (the service fees). Without the uncertain 200 000 from Staten: 90 000 − 200 000 = −110 000, a deficit.
 */
export const EXPECTED_BALANCE = 90_000;
export const EXPECTED_DEFICIT_WITHOUT_UNCERTAIN = -110_000;

/**
 * In the annex's members sheet for 2027 (Swedish): each member's row, and its values in the
 * columns headed "Att debitera" (gross) and "Att betala" (net); the row "Summa" too.
 */
export function chargesFromAnnex(values: Record<string, Record<string, CellScalar>>): Record<string, { gross: number; net: number }> {
  const sheet = values['Medlemmar 2027'];
  if (!sheet) throw new Error(`no sheet "Medlemmar 2027" among ${Object.keys(values).join(', ')}`);
  const at = (address: string): CellScalar => sheet[address] ?? null;
  const parts = (address: string): [string, number] => {
    const m = /^([A-Z]+)(\d+)$/u.exec(address)!;
    return [m[1]!, Number(m[2])];
  };
  const headed = (text: string): [string, number] => {
    const address = Object.keys(sheet).find((a) => at(a) === text);
    if (!address) throw new Error(`no column "${text}"`);
    return parts(address);
  };
  const [grossColumn, headerRow] = headed('Att debitera');
  const [netColumn] = headed('Att betala');
  const charges: Record<string, { gross: number; net: number }> = {};
  for (const address of Object.keys(sheet)) {
    const [column, row] = parts(address);
    const name = at(address);
    if (column !== 'A' || row <= headerRow || typeof name !== 'string') continue;
    const gross = at(`${grossColumn}${row}`);
    const net = at(`${netColumn}${row}`);
    if (typeof gross === 'number' && typeof net === 'number') charges[name] = { gross, net };
  }
  return charges;
}
