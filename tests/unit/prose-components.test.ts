import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { proseComponents } from '../../src/lib/mdx/components.ts';

describe('prose components', () => {
  it('the validator knows exactly the components chapters are given', () => {
    const source = readFileSync('src/components/prose/index.ts', 'utf8');
    const mapped = /proseComponentMap = \{([^}]*)\}/.exec(source)?.[1]?.split(',').map((name) => name.trim()).filter(Boolean);
    expect(mapped?.sort()).toEqual(Object.keys(proseComponents).sort());
  });
});
