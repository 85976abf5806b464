import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/lib/cli/format-duration.ts';

describe('the suite times in the npm test summary', () => {
  it('read as seconds under a minute, then minutes and two-digit seconds', () => {
    expect(formatDuration(12_400)).toBe('12s');
    expect(formatDuration(59_400)).toBe('59s');
    expect(formatDuration(59_600)).toBe('1m 00s');
    expect(formatDuration(83_000)).toBe('1m 23s');
    expect(formatDuration(16 * 60_000 + 5_000)).toBe('16m 05s');
  });
});
