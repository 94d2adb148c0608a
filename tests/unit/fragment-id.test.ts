// A link into the rules overview names a row by its fragment; any other fragment names none.
import { describe, expect, it } from 'vitest';
import { fragmentId } from '../../src/views/fragmentId';

describe('the row a fragment of overview.html names', () => {
  it.each([
    ['#outcome-health', 'outcome-health'],
    ['#caf%C3%A9', 'café'],
    ['', undefined],
    ['#', undefined],
  ])('%s names %s', (hash, id) => {
    expect(fragmentId(hash)).toBe(id);
  });

  it.each(['#%E0%A4%A', '#%', '#a=%ZZ', '#%C0%AF', '#%%'])('%s names none, without an error', (hash) => {
    expect(fragmentId(hash)).toBeUndefined();
  });
});
