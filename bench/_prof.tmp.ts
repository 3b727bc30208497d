import { syntheticScenario } from './engine.bench';
import { scenarioCharges, resolveScenario } from '../src/shared/calc';
import { exportAnnex } from '../src/main/export/annex/annex-writer';
async function main() {
  const [m, y] = [Number(process.argv[2] ?? 10000), Number(process.argv[3] ?? 20)];
  const { definition, facts } = syntheticScenario({ members: m, from: 2025, to: 2025 + y - 1 });
  const resolved = resolveScenario(definition, facts);
  const md = { consortium: 'B', cooperation: 'C', agreementTitle: 'A', decision: null, scenarioName: 'S', version: 'v1', contentHash: null, currency: 'SEK', language: 'sv', exportedAt: new Date(), draft: true } as const;
  for (let i = 0; i < Number(process.argv[4] ?? 1); i++) {
    const c = process.cpuUsage(); const s = performance.now();
    const out = await exportAnnex({ resolved, result: scenarioCharges(resolved), metadata: md as never });
    const u = process.cpuUsage(c);
    console.log(m, y, 'wall', (performance.now() - s).toFixed(0), 'cpu', ((u.user + u.system) / 1000).toFixed(0), 'bytes', out.buffer.length, 'us/my', ((u.user + u.system) / (m * y)).toFixed(1));
  }
}
main();
