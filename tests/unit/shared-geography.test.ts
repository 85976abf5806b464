/**
 * The shared base-geography file: every map's countries, rivers and comparison outline once, each
 * path with its look in the page's colours; pages link to it, the slides keep the paths inline.
 */
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../src/charts/svg.ts';
import type { ChartGeometry } from '../../src/charts/types.ts';
import { SHARED_PATH_STYLES, sharedGeographySvg, sharedGroups } from '../../src/charts/geo/shared-geography.ts';
import { loadBasemap, loadCountry } from '../../src/charts/geo/basemap.ts';
import { controlMap } from '../../src/charts/geo/control-map.ts';
import { sizeMap } from '../../src/charts/geo/size-map.ts';
import { loadSettings } from '../../src/lib/data/settings.ts';

const chart = (id: string, d: string): ChartGeometry => ({
  id,
  width: 10,
  height: 10,
  axes: [],
  staticScales: ['map'],
  layers: [{ id: 'base', description: '', scale: 'map', marks: [{ kind: 'group', shared: 'land', marks: [{ kind: 'path', d, className: 'country country-focus' }] }, { kind: 'text', x: 1, y: 2, text: 'Syria' }] }],
});

describe('shared base geography', () => {
  it('links a page\'s map to the file, and writes the same paths inline for a drawing that stands alone', () => {
    const linked = chartSvg(chart('a', 'M0,0L5,5'), { sharedGeography: { href: '/geo/base.x.svg' } });
    expect(linked).toContain('<use href="/geo/base.x.svg#land"/>');
    expect(linked).not.toContain('M0,0L5,5');
    expect(linked).toContain('>Syria</text>');
    const inline = chartSvg(chart('a', 'M0,0L5,5'));
    expect(inline).toContain('<path class="country country-focus" d="M0,0L5,5"/>');
    expect(inline).not.toContain('<use');
  });

  it('writes each group once, its paths styled in the page\'s colours, later classes over earlier ones', () => {
    const svg = sharedGeographySvg(sharedGroups([chart('a', 'M0,0L5,5'), chart('b', 'M0,0L5,5')]));
    expect(svg.match(/<g id="land">/g)).toHaveLength(1);
    expect(svg).toContain(`style="${SHARED_PATH_STYLES.country};${SHARED_PATH_STYLES['country-focus']}"`);
    // Colours from custom properties, so dark mode and print's palette reach into <use>.
    expect(SHARED_PATH_STYLES.country).toContain('var(--color-paper)');
  });

  it('stops on one id drawn two ways, and on a class it has no style for', () => {
    expect(() => sharedGroups([chart('a', 'M0,0L5,5'), chart('b', 'M0,0L6,6')])).toThrow(/"land" is drawn differently by the chart "b"/);
    const odd = chart('a', 'M0,0');
    (odd.layers[0]!.marks[0] as { marks: { className: string }[] }).marks[0]!.className = 'country coast';
    expect(() => sharedGeographySvg(sharedGroups([odd]))).toThrow(/no style for the class "coast"/);
  });

  it('holds every map\'s base geography, and no map a page draws keeps a country\'s or river\'s path inline', () => {
    const basemap = loadBasemap(loadSettings('content').map!);
    const maps = [
      controlMap(basemap, [], [], 'the group'),
      sizeMap({ basemap, compare: { country: loadCountry('United Kingdom'), label: 'The UK' }, controlled: { label: 'IHS', km2: 90_800 }, influence: [] }),
    ];
    const groups = sharedGroups(maps);
    expect([...groups.keys()].sort()).toEqual(['control-map-land', 'size-map-compare-beside', 'size-map-compare-over', 'size-map-region']);
    const file = sharedGeographySvg(groups);
    for (const map of maps) {
      const page = chartSvg(map, { sharedGeography: { href: '/geo/base.x.svg' } });
      expect(page).not.toMatch(/class="(country|river|size-compare)[^"]*" d=/);
      // Everything the inline drawing has, the file has.
      for (const [, d] of chartSvg(map).matchAll(/class="(?:country|river|size-compare)[^"]*" d="([^"]+)"/g)) expect(file).toContain(d);
    }
  });
});
