import { performance } from 'node:perf_hooks';
import { syntheticScenario } from './engine.bench';
import { computeScenario, resolveScenario } from '../src/shared/calc';
import { buildAnnexWorkbook } from '../src/main/export/annex/annex.export';
const { definition, facts } = syntheticScenario();
const resolved = resolveScenario(definition, facts);
const result = computeScenario(resolved);
const input = { resolved, result, metadata: { consortium: 'B', cooperation: 'C', agreementTitle: 'A', decision: null, scenarioName: 'S', version: 'v1', contentHash: null, currency: 'SEK', language: 'sv' as const, exportedAt: new Date('2025-01-20T10:00:00Z'), draft: true } };
(async () => {
  for (let i = 0; i < 3; i++) {
    const a = performance.now();
    const wb = buildAnnexWorkbook(input);
    const b = performance.now();
    const buf = await wb.xlsx.writeBuffer();
    const c = performance.now();
    const buf2 = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as never);
    const d = performance.now();
    console.log('build', (b - a).toFixed(0), 'write', (c - b).toFixed(0), 'write-store', (d - c).toFixed(0), buf.byteLength, buf2.byteLength);
  }
})();
