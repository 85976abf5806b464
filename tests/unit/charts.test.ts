/**
 * Chart geometry: scales, domains, paths and layers, plus the SVG a reader gets, snapshotted to
 * files so any change to a chart shows up in review.
 */
import { describe, expect, it } from 'vitest';
import { dataCollections, plainRefs } from '../../src/lib/schemas/index.ts';
import { territoryChart, territoryLayers } from '../../src/charts/territory.ts';
import { peopleChart, peopleLayers } from '../../src/charts/people.ts';
import { fightersChart, fighterLayers, type FighterEstimate } from '../../src/charts/fighters.ts';
import { chartSvg } from '../../src/charts/svg.ts';
import type { ChartGeometry, Mark } from '../../src/charts/types.ts';

const territoryRow = dataCollections.territory.schema(plainRefs);
const t = (id: string, measure: string, date: string, value: number, extra: Record<string, unknown> = {}) =>
  territoryRow.parse({ id, measure, where: 'both', date, value, body: 'IHS Conflict Monitor', source: 's', ...extra });

const territoryRows = [
  t('ihs-2015-01', 'controlled-area', '2015-01-01', 90_800),
  t('ihs-2015-12', 'controlled-area', '2015-12-14', 78_000),
  t('ihs-2016-12', 'controlled-area', '2016-12-31', 60_400),
  t('ihs-2017-06', 'controlled-area', '2017-06-26', 36_200),
  t('rand-peak', 'controlled-area', '2014-10', 100_000, { body: 'RAND', qualifier: 'more-than' }),
  t('nctc', 'influence-area', '2014-09', 209_789, { body: 'US NCTC' }),
  t('pocket-feb', 'pocket-area', '2019-02-09', 4, { body: 'SDF', where: 'syria' }),
  t('pocket-end', 'pocket-area', '2019-03-23', 0, { body: 'SDF', where: 'syria' }),
  t('weak-pocket', 'pocket-area', '2019-02-08', 50, { body: 'BBC', where: 'syria', confidence: 'weak' }),
];

/**
 * A layer with its rows' marks lifted out of their groups, as a reader sees the layer drawn in
 * full; a folded group's summary only shows when a step folds the layer, so it is left out here.
 */
const openMarks = (marks: Mark[]): Mark[] => marks.flatMap((m) => (m.kind === 'group' ? (m.className === 'fold-summary' ? [] : m.className === 'row' ? openMarks(m.marks) : [m]) : [m]));
const layer = (chart: ChartGeometry, id: string) => {
  const found = chart.layers.find((l) => l.id === id)!;
  return { ...found, marks: openMarks(found.marks) };
};
const marksOf = (chart: ChartGeometry, id: string, kind: Mark['kind']) => layer(chart, id).marks.filter((m) => m.kind === kind);
const foldSummary = (chart: ChartGeometry, id: string) => {
  const summary = chart.layers.find((l) => l.id === id)!.marks.find((m) => m.kind === 'group' && m.className === 'fold-summary');
  return summary?.kind === 'group' ? summary.marks : [];
};

describe('territory chart', () => {
  const series = { match: 'IHS', label: 'IHS' };
  const chart = territoryChart({
    rows: territoryRows,
    series,
    events: [{ id: 'mosul-falls', date: new Date(Date.UTC(2014, 5, 10)), label: 'Mosul falls' }],
    comparator: { label: "The UK's area", km2: 243_610 },
  });

  it('has exactly the layers editors can name', () => {
    expect(chart.layers.map((l) => l.id).sort()).toEqual(Object.keys(territoryLayers(territoryRows, series)).sort());
    expect(chart.layers.map((l) => l.id)).toEqual(expect.arrayContaining(['series-2015', 'series-2016', 'series-2017', 'pocket']));
  });

  it('draws the IHS series year by year, falling from January 2015 to June 2017', () => {
    const points = ['series-2015', 'series-2016', 'series-2017'].flatMap((id) => marksOf(chart, id, 'circle')) as Extract<Mark, { kind: 'circle' }>[];
    expect(points).toHaveLength(4);
    const ys = points.map((p) => p.cy);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys); // lower on screen = smaller area
    const xs = points.map((p) => p.cx);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(layer(chart, 'series-2015').marks).toContainEqual(expect.objectContaining({ kind: 'text', text: '90,800 km²' }));
    expect(layer(chart, 'series-2017').marks).toContainEqual(expect.objectContaining({ kind: 'text', text: '36,200 km²' }));
  });

  it('puts the main area axis up to the largest control estimate, and the wide axis past the UK', () => {
    const main = chart.axes.find((a) => a.scale === 'main')!;
    const wide = chart.axes.find((a) => a.scale === 'wide')!;
    expect(main.title).toBe('Area (km²)');
    expect(Number(main.ticks.at(-1)!.label.replace(/,/g, ''))).toBeGreaterThanOrEqual(100_000);
    expect(Number(wide.ticks.at(-1)!.label.replace(/,/g, ''))).toBeGreaterThanOrEqual(243_610);
    expect(layer(chart, 'influence').marks).toContainEqual(expect.objectContaining({ kind: 'text', text: "The UK's area: 243,610 km²" }));
    expect(chart.staticScales).toEqual(['main', 'inset']);
  });

  it('keeps the 2019 pocket on its own scale and leaves weak figures out', () => {
    expect(layer(chart, 'pocket').scale).toBe('inset');
    expect(marksOf(chart, 'pocket', 'circle')).toHaveLength(2);
    expect(JSON.stringify(chart)).not.toContain('weak-pocket');
  });

  it('matches its SVG snapshot', async () => {
    await expect(chartSvg(chart)).toMatchFileSnapshot('__snapshots__/territory.svg');
  });

  it('follows the data: another body and other years give other layers, on a time axis that fits them', () => {
    const survey = { match: 'Lake survey', label: 'Survey' };
    const rows = [
      t('a', 'controlled-area', '2001-03', 500, { body: 'Lake survey' }),
      t('b', 'controlled-area', '2002-06', 300, { body: 'Lake survey' }),
    ];
    const other = territoryChart({ rows, series: survey, events: [], comparator: { label: 'Wales', km2: 20_779 } });
    expect(other.layers.map((l) => l.id).filter((id) => id.startsWith('series-'))).toEqual(['series-2001', 'series-2002']);
    expect(Object.keys(territoryLayers(rows, survey))).toEqual(['series-2001', 'series-2002', 'other-estimates', 'events', 'influence', 'pocket']);
    const years = other.axes.find((a) => a.orientation === 'x')!.ticks.map((tick) => tick.label);
    expect(years).toEqual(expect.arrayContaining(['2001', '2002']));
    expect(years).not.toContain('2015');
    expect(layer(other, 'series-2002').marks).toContainEqual(expect.objectContaining({ kind: 'text', text: 'Survey series ends' }));
  });
});

describe('people chart', () => {
  const e = (id: string, low: number, high: number, who: string, qualifier = 'exact') => ({ id, low, high, who, when: '2018', qualifier: qualifier as 'exact' });
  const chart = peopleChart({
    peak: [e('bbc', 7_700_000, 7_700_000, 'BBC News', 'more-than'), e('rand', 11_000_000, 11_000_000, 'RAND', 'about'), e('kurdish', 10_000_000, 12_000_000, 'Fuad Hussein')],
    later: [e('rand-2017', 2_500_000, 2_500_000, 'RAND', 'about')],
    liberated: [e('coalition', 7_700_000, 7_700_000, 'Coalition')],
    highlight: 'bbc',
  });

  it('has exactly the layers editors can name, with the highlighted estimate on its own', () => {
    expect(chart.layers.map((l) => l.id).sort()).toEqual(Object.keys(peopleLayers).sort());
    const highlight = layer(chart, 'highlight').marks;
    expect(highlight).toContainEqual(expect.objectContaining({ kind: 'text', text: 'BBC News', className: 'label label-strong' }));
    expect(highlight).toContainEqual(expect.objectContaining({ kind: 'text', text: '2018' }));
    expect(layer(chart, 'estimates').marks.some((m) => m.kind === 'text' && m.text.startsWith('BBC'))).toBe(false);
    // The highlighted row keeps its place in the list: between the larger and the smaller estimates.
    const rowY = (l: string, who: string) => (layer(chart, l).marks.find((m) => m.kind === 'text' && m.text === who) as { y: number }).y;
    expect(rowY('highlight', 'BBC News')).toBeGreaterThan(rowY('estimates', 'RAND'));
  });

  it('draws a range as a bar and "more than" as an arrow', () => {
    expect(marksOf(chart, 'estimates', 'rect')).toHaveLength(1);
    expect(layer(chart, 'highlight').marks.filter((m) => m.className?.includes('qualifier-arrow'))).toHaveLength(1);
  });

  it('labels the axis in millions and keeps liberated counts in their own hollow group', () => {
    expect(chart.axes[0]!.title).toBe('People (millions)');
    expect(chart.axes[0]!.ticks.map((tick) => tick.label)).toContain('10');
    expect(marksOf(chart, 'liberated', 'circle').every((m) => m.className?.includes('hollow'))).toBe(true);
  });

  it('keys its arrows: "more than" one way, "almost" the other, in a layer every step shows', () => {
    const texts = layer(chart, 'estimates').marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));
    expect(texts).toContain('more than, at least');
    expect(texts).toContain('almost, up to, less than');
    expect(marksOf(chart, 'estimates', 'path').filter((m) => m.className?.includes('qualifier-arrow'))).toHaveLength(2);
  });

  it('draws liberated counts in a panel of their own, below the estimates, on their own scale and axis', () => {
    const liberated = layer(chart, 'liberated');
    expect(liberated.scale).toBe('liberated');
    const own = chart.axes.find((axis) => axis.scale === 'liberated')!;
    expect(own.title).toMatch(/liberated/i);
    const main = chart.axes.find((axis) => axis.scale === 'always')!;
    // Every liberated marker sits below the estimates' axis and above its own.
    const ys = marksOf(chart, 'liberated', 'circle').map((m) => (m.kind === 'circle' ? m.cy : 0));
    expect(ys.length).toBeGreaterThan(0);
    expect(Math.min(...ys)).toBeGreaterThan(main.at);
    expect(Math.max(...ys)).toBeLessThan(own.at);
    // The coalition's 7.7 million is drawn at the end of its own scale (its largest value), not off the estimates' one.
    const end = own.ticks.at(-1)!.position;
    expect(marksOf(chart, 'liberated', 'circle').every((m) => m.kind === 'circle' && m.cx > end - 25 && m.cx <= chart.width)).toBe(true);
  });

  it('folds a group the step is not about to its title, its count and every mark on one rule', () => {
    const summary = foldSummary(chart, 'estimates');
    expect(summary).toContainEqual(expect.objectContaining({ kind: 'text', text: 'At its peak' }));
    // Three estimates: the highlighted one is among them, in its own colour on the shared rule.
    expect(summary).toContainEqual(expect.objectContaining({ kind: 'text', text: '3 estimates' }));
    // The highlighted row folds with the group it sits in: it is its own layer, stacked with "estimates".
    expect(chart.layers.find((l) => l.id === 'highlight')!.stack?.with).toBe('estimates');
    const marks = summary.filter((m) => m.kind === 'circle' || m.kind === 'rect');
    expect(marks).toHaveLength(3);
    expect(marks.filter((m) => m.className?.includes('role-is-held'))).toHaveLength(1);
    expect(new Set(marks.map((m) => (m.kind === 'circle' ? m.cy : m.kind === 'rect' ? m.y + m.height / 2 : 0))).size).toBe(1);
  });

  it('stacks its parts in drawing order, each with the height it takes open and folded', () => {
    const parts = [...chart.layers.filter((l) => l.stack && !l.stack.with), ...chart.axes.filter((a) => a.stack)].map((p) => p.stack!).sort((a, b) => a.top - b.top);
    parts.forEach((part, i) => {
      if (i > 0) expect(part.top).toBe(parts[i - 1]!.top + parts[i - 1]!.height);
      if (part.folded !== undefined) expect(part.folded).toBeLessThan(part.height);
    });
    expect(parts.at(-1)!.top + parts.at(-1)!.height).toBeLessThanOrEqual(chart.height);
  });

  it('matches its SVG snapshot', async () => {
    await expect(chartSvg(chart)).toMatchFileSnapshot('__snapshots__/people.svg');
  });
});

describe('fighters chart', () => {
  const f = (id: string, date: string, low: number, high: number, who: string, scope: FighterEstimate['scope'], kind: FighterEstimate['kind'] = 'fighters'): FighterEstimate => ({
    id, date: new Date(date), low, high, who, scope, kind, qualifier: 'exact', when: date,
  });
  const areas = [
    { id: 'iraq', label: 'Iraq' },
    { id: 'syria', label: 'Syria' },
    { id: 'both', label: 'Iraq and Syria' },
    { id: 'pocket', label: 'Last pocket' },
  ];
  const chart = fightersChart(
    [
      f('cia-2014', '2014-09-11', 20_000, 31_500, 'CIA', 'both'),
      f('dod-iraq-2018', '2018-06-30', 15_500, 17_100, 'DoD IG', 'iraq'),
      f('dod-syria-2018', '2018-06-30', 14_000, 14_000, 'DoD IG', 'syria'),
      f('un-2018', '2018-07-27', 20_000, 30_000, 'UN', 'both', 'members'),
    ],
    areas,
  );

  it('has exactly the layers editors can name', () => {
    expect(chart.layers.map((l) => l.id).sort()).toEqual(Object.keys(fighterLayers([2014, 2018])).sort());
  });

  it('draws the DoD Inspector General’s Iraq range to scale, coloured for Iraq', () => {
    const x = chart.axes.find((a) => a.orientation === 'x')!;
    const tick = (label: string) => x.ticks.find((t) => t.label === label)!.position;
    const last = x.ticks.at(-1)!;
    const perUnit = (last.position - tick('0')) / Number(last.label.replace(/,/g, ''));
    const bar = marksOf(chart, '2018', 'rect').find((m) => m.className?.includes('role-retaken')) as Extract<Mark, { kind: 'rect' }>;
    expect(bar.width).toBeCloseTo((17_100 - 15_500) * perUnit, 1);
    expect(bar.x).toBeCloseTo(tick('0') + 15_500 * perUnit, 1);
  });

  it('gives each estimate its own row, in date order, and outlines members', () => {
    const labels = chart.layers.flatMap((l) => openMarks(l.marks)).filter((m) => m.kind === 'text' && m.className === 'label').map((m) => (m as { text: string; y: number }));
    const rows = labels.filter((m) => ['CIA', 'DoD IG', 'UN'].includes(m.text));
    expect(rows.map((m) => m.text)).toEqual(['CIA', 'DoD IG', 'DoD IG', 'UN']);
    expect(new Set(rows.map((m) => m.y)).size).toBe(4);
    expect(layer(chart, '2018').marks.some((m) => m.kind === 'rect' && m.className?.includes('hollow'))).toBe(true);
  });

  it('draws a claim far above the rest off the scale, with its number, instead of flattening the others', () => {
    const withOutlier = fightersChart([
      f('cia-2014', '2014-09-11', 20_000, 31_500, 'CIA', 'both'),
      f('claim', '2014-11-16', 200_000, 200_000, 'Official', 'both'),
      f('dod-iraq-2018', '2018-06-30', 15_500, 17_100, 'DoD IG', 'iraq'),
      f('un-2019', '2019-01-15', 14_000, 18_000, 'UN', 'both'),
    ], areas);
    const x = withOutlier.axes[0]!;
    expect(Number(x.ticks.at(-1)!.label.replace(/,/g, ''))).toBeLessThan(100_000);
    expect(layer(withOutlier, '2014').marks).toContainEqual(expect.objectContaining({ kind: 'text', text: '200,000 fighters: off the scale' }));
  });

  it('matches its SVG snapshot', async () => {
    await expect(chartSvg(chart)).toMatchFileSnapshot('__snapshots__/fighters.svg');
  });
});

describe('path numbers', () => {
  it('are written to hundredths, like every other coordinate, keeping the sign that separates them', () => {
    const svg = chartSvg({ id: 'test', width: 10, height: 10, axes: [], staticScales: ['always'], layers: [{ id: 'l', scale: 'always', marks: [{ kind: 'path', d: 'M1.23456,7.891011L5-0.004L2.5,3.333Z' }] }] } as unknown as ChartGeometry);
    expect(svg).toContain('d="M1.23,7.89L5-0L2.5,3.33Z"');
  });
});
