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

describe('the attributes the validator allows', () => {
  it('are exactly the props each component declares, required where the component requires them', () => {
    const index = readFileSync('src/components/prose/index.ts', 'utf8');
    for (const [name, rule] of Object.entries(proseComponents)) {
      const path = new RegExp(`import ${name} from '([^']+)'`).exec(index)?.[1];
      expect(path, name).toBeDefined();
      const source = readFileSync(new URL(path!, new URL('../../src/components/prose/', import.meta.url)), 'utf8');
      const props = /interface Props \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
      const declared = [...props.matchAll(/^\s*(\w+)(\?)?:/gm)].map(([, prop, optional]) => `${prop}${optional ?? ''}`);
      expect(declared.sort(), `<${name}>`).toEqual([...rule.required, ...(rule.optional ?? []).map((prop) => `${prop}?`)].sort());
    }
  });
});
