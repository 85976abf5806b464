/**
 * The shared base-geography file: the country and river paths, and the comparison country's
 * outline, that every map on every page draws alike, written once as an SVG document that pages
 * link to with `<use href="…#id">`. Pages then carry a short reference instead of the same
 * kilobytes of paths in each map, and the browser downloads and caches the paths once.
 *
 * A `<use>` clones the paths into a shadow tree the page's stylesheet does not reach, so each path
 * carries its look in a style attribute here. The colours are the page's custom properties, which
 * do inherit into the clone: the maps follow the page into dark mode and into print's light palette.
 */
import type { ChartGeometry, Mark, PathMark } from '../types.ts';

/**
 * The look of each class a shared path can carry, in cascade order (a later class overrides an
 * earlier one, as the rules did in charts.css). These are the only styles these paths get.
 */
export const SHARED_PATH_STYLES: Record<string, string> = {
  country: 'fill:color-mix(in srgb,var(--color-paper) 88%,var(--color-ink));stroke:var(--color-paper);stroke-width:1',
  'country-focus': 'fill:color-mix(in srgb,var(--color-paper) 78%,var(--color-contested))',
  river: 'fill:none;stroke:var(--color-retaken);stroke-width:1.8;stroke-linejoin:round',
  'river-minor': 'stroke-width:0.7;opacity:0.6',
  'size-compare': 'fill:none;stroke:var(--color-ink);stroke-width:1.5',
  'size-compare-over': 'stroke-dasharray:4 3',
};

/** Every shared group in the charts, by its id; one id drawn two ways is a mistake in the chart code. */
export function sharedGroups(charts: ChartGeometry[]): Map<string, Mark[]> {
  const groups = new Map<string, Mark[]>();
  const visit = (mark: Mark, chart: string): void => {
    if (mark.kind !== 'group') return;
    if (mark.shared === undefined) return mark.marks.forEach((child) => visit(child, chart));
    const known = groups.get(mark.shared);
    if (known && JSON.stringify(known) !== JSON.stringify(mark.marks)) {
      throw new Error(`Shared geography "${mark.shared}" is drawn differently by the chart "${chart}": give each projection its own id`);
    }
    groups.set(mark.shared, mark.marks);
  };
  for (const chart of charts) for (const layer of chart.layers) for (const mark of [...layer.marks, ...(layer.above ?? [])]) visit(mark, chart.id);
  return groups;
}

function styleOf(mark: PathMark): string {
  const classes = new Set((mark.className ?? '').split(/\s+/).filter(Boolean));
  const unknown = [...classes].filter((name) => !(name in SHARED_PATH_STYLES));
  if (unknown.length) throw new Error(`Shared geography has no style for the class "${unknown.join(' ')}": add it to SHARED_PATH_STYLES`);
  return Object.entries(SHARED_PATH_STYLES)
    .filter(([name]) => classes.has(name))
    .map(([, style]) => style)
    .join(';');
}

function sharedPathSvg(mark: Mark, id: string): string {
  if (mark.kind !== 'path') throw new Error(`Shared geography "${id}" holds a ${mark.kind}: only paths can be shared`);
  return `<path class="${mark.className ?? ''}" style="${styleOf(mark)}" d="${mark.d}"/>`;
}

/** The file itself: each group inside <defs>, so opening the file alone draws nothing out of place. */
export function sharedGeographySvg(groups: Map<string, Mark[]>): string {
  const defs = [...groups].map(([id, marks]) => `<g id="${id}">${marks.map((mark) => sharedPathSvg(mark, id)).join('')}</g>`).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg">\n<defs>\n${defs}\n</defs>\n</svg>\n`;
}
