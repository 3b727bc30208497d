import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsSchema, keySchema, scenarioDefinitionSchema, validateKey } from '../../../src/shared/calc';
import { demo, demoDir } from '../../helpers/demo-keys';

const files = readdirSync(demoDir);

describe('demo keys and scenarios', () => {
  it.each(files.filter((f) => f.endsWith('.key.json')))('%s is a valid key', (f) => {
    expect(keySchema.safeParse(demo(f)).success).toBe(true);
    expect(() => validateKey(demo(f), f.startsWith('norway') ? 'NOK' : 'SEK')).not.toThrow();
  });
  it.each(files.filter((f) => f.endsWith('.scenario.json')))('%s is a valid scenario definition', (f) => {
    expect(scenarioDefinitionSchema.safeParse(demo(f)).error).toBeUndefined();
  });
  it.each(files.filter((f) => f.endsWith('.facts.json')))('%s is valid facts with a source', (f) => {
    const parsed = factsSchema.parse(demo(f));
    expect(parsed.source).toBeTruthy();
  });
});
