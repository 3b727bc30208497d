import { describe, expect, it } from 'vitest';
import { channelNameList } from '../../../src/shared/api/channel-names';
import { contract } from '../../../src/shared/api/contract';

describe('the channel name list the preload uses', () => {
  it('is exactly the contract\'s channels (regenerate with npx tsx scripts/write-channel-names.ts)', () => {
    expect([...channelNameList]).toEqual(Object.keys(contract).sort());
  });
});
