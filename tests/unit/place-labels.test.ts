/**
 * Place labels on the maps: the editor's side is kept when it is free, a label moves when it
 * would cover another, a marker, the key or the map's edge. Whether labels on the real map
 * cover one another is checked on the drawn map, with the browser's own text measures, in
 * tests/e2e/maps.spec.ts; here, with estimated text sizes, only what no estimate can get wrong.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataCollections, plainRefs } from '../../src/lib/schemas/index.ts';
import { loadBasemap } from '../../src/charts/geo/basemap.ts';
import { loadSettings } from '../../src/lib/data/settings.ts';
import { controlMap, MAP_HEIGHT, MAP_WIDTH } from '../../src/charts/geo/control-map.ts';
import { candidatePlacements, labelBox, markerBox, overlap, PHONE_TYPE, placeLabels, WIDE_TYPE, type Box, type LabelRequest } from '../../src/charts/geo/place-labels.ts';
import { mapPlaces, statusEvents } from '../../src/lib/data/map-data.ts';
import { decodeTimeline, statusWords } from '../../src/charts/geo/status.ts';
import type { GroupMark, Mark, TextMark } from '../../src/charts/types.ts';

const frame: Box = { x0: 0, y0: 0, x1: 520, y1: 380 };
const none = { hard: [], soft: [] };
const request = (id: string, x: number, y: number, prefer: LabelRequest['prefer'] = 'right'): LabelRequest => ({ id, x, y, name: 'Placename', details: ['2014–17'], prefer });

describe('placing one label', () => {
  it('keeps the side the editor chose when nothing is in the way', () => {
    for (const side of ['right', 'left', 'above', 'below'] as const) {
      expect(placeLabels([request('a', 260, 190, side)], none, frame).get('a')).toEqual(candidatePlacements(side)[0]);
    }
  });

  it('moves a label that would run off the edge of the map', () => {
    const nearLeftEdge = request('a', 20, 190, 'left');
    const placement = placeLabels([nearLeftEdge], none, frame).get('a')!;
    expect(placement).not.toEqual(candidatePlacements('left')[0]);
    expect(labelBox(nearLeftEdge, placement).x0).toBeGreaterThanOrEqual(0);
  });

  it('moves a label off the key', () => {
    const key: Box = { x0: 0, y0: 180, x1: 200, y1: 260 };
    const placement = placeLabels([request('a', 180, 170, 'below')], { hard: [key], soft: [] }, frame).get('a')!;
    expect(overlap(labelBox(request('a', 180, 170), placement), key)).toBe(0);
  });
});

describe('a marker hemmed in on every near side', () => {
  it('gets its label set farther off, with a line back to it', () => {
    const x = 260;
    const y = 190;
    // Everything within about 45 units is taken, except the marker itself.
    const ring: Box[] = [
      { x0: 215, y0: 150, x1: x - 9, y1: 215 },
      { x0: x + 9, y0: 150, x1: 305, y1: 215 },
      { x0: x - 9, y0: 150, x1: x + 9, y1: y - 9 },
      { x0: x - 9, y0: y + 9, x1: x + 9, y1: 215 },
    ];
    const placement = placeLabels([request('a', x, y, 'right')], { hard: ring, soft: [] }, frame).get('a')!;
    expect(placement.leader).toBeDefined();
    const box = labelBox(request('a', x, y), placement);
    for (const taken of ring) expect(overlap(box, taken)).toBe(0);
  });
});

describe('placing labels together', () => {
  it('keeps two close places from covering each other’s names or markers', () => {
    const places = [request('a', 200, 190, 'right'), request('b', 240, 190, 'left')];
    const placed = placeLabels(places, none, frame);
    const [a, b] = places.map((place) => labelBox(place, placed.get(place.id)!));
    expect(overlap(a!, b!)).toBe(0);
    expect(overlap(a!, markerBox(240, 190))).toBe(0);
    expect(overlap(b!, markerBox(200, 190))).toBe(0);
  });
});

describe('the control map', () => {
  const parseAll = <K extends keyof typeof dataCollections>(name: K) => {
    const schema = dataCollections[name].schema(plainRefs);
    return (JSON.parse(readFileSync(`content/data/${dataCollections[name].file}`, 'utf8')) as unknown[]).map((row) => schema.parse(row));
  };
  const places = mapPlaces(new Map((parseAll('places') as { id: string }[]).map((place) => [place.id, place as never])));
  const events = statusEvents(parseAll('events') as never);
  const geometry = controlMap(loadBasemap(loadSettings('content').map!), places, events, 'the group');
  const groups = geometry.layers.find((layer) => layer.id === 'places')!.marks as GroupMark[];
  const key = geometry.layers.find((layer) => layer.id === 'base')!.marks.find((mark) => mark.className === 'legend-frame') as Mark & { kind: 'rect' };

  it('keeps every label, with its line for the years or status, on the map and off the key, in both label sets', () => {
    const keyBox: Box = { x0: key.x, y0: key.y, x1: key.x + key.width, y1: key.y + key.height };
    const markers = groups.map((g) => ({ id: g.data!.place!, marker: g.marks.find((mark) => mark.kind === 'circle') as Mark & { kind: 'circle' } }));
    for (const [set, type] of [['labels-phone', PHONE_TYPE], ['labels-wide', WIDE_TYPE]] as const) {
      const trouble: string[] = [];
      let labelled = 0;
      for (const { id, marker } of markers) {
        const marks = labelSet(id, set);
        const name = marks.find((mark): mark is TextMark => mark.kind === 'text' && mark.className === 'place-name');
        if (!name) continue;
        labelled++;
        // The line under the name shows the held years without JavaScript, or a status word with it.
        const period = marks.filter((mark): mark is TextMark => mark.kind === 'text' && !!mark.className?.includes('place-period')).map((mark) => mark.text);
        // Only a set with a line under its names (the wide one) shows status words; a phone's markers and key say it.
        const hasStatus = marks.some((mark) => mark.kind === 'text' && !!mark.className?.includes('place-status'));
        const words = hasStatus ? decodeTimeline(group(id).data!.timeline!).map((entry) => statusWords[entry.status]) : [];
        const box = labelBox(
          { id, x: marker.cx, y: marker.cy, name: name.text, details: [...period, ...words].filter(Boolean), prefer: 'right' },
          { dx: name.x - marker.cx, dy: name.y - marker.cy, anchor: name.anchor ?? 'start' },
          type,
        );
        if (box.x0 < 0 || box.y0 < 0 || box.x1 > MAP_WIDTH || box.y1 > MAP_HEIGHT) trouble.push(`${set}: ${id} runs off the map`);
        if (overlap(box, keyBox) > 0) trouble.push(`${set}: ${id} covers the key`);
      }
      expect(labelled, set).toBeGreaterThan(20);
      expect(trouble).toEqual([]);
    }
  });

  it('draws a line from the marker to every name set well off it', () => {
    for (const g of groups.flatMap((place) => (['labels-phone', 'labels-wide'] as const).map((set) => ({ ...place, marks: [...place.marks.filter((mark) => mark.kind !== 'group'), ...labelSet(place.data!.place!, set)] })))) {
      const name = g.marks.find((mark): mark is TextMark => mark.kind === 'text' && mark.className === 'place-name');
      const marker = g.marks.find((mark) => mark.kind === 'circle') as Mark & { kind: 'circle' };
      if (!name || Math.hypot(name.x - marker.cx, name.y - marker.cy) < 30) continue;
      const line = g.marks.find((mark) => mark.kind === 'line') as (Mark & { kind: 'line' }) | undefined;
      expect(line, g.data!.place).toBeDefined();
      expect(Math.hypot(line!.x1 - marker.cx, line!.y1 - marker.cy), g.data!.place).toBeLessThan(12);
    }
  });

  /** The marks of one of a place's label sets (the phone's or the wide screens'). */
  function labelSet(id: string, set: 'labels-phone' | 'labels-wide'): Mark[] {
    const found = group(id).marks.find((mark): mark is GroupMark => mark.kind === 'group' && !!mark.className?.split(' ').includes(set));
    return found?.marks ?? [];
  }

  function group(id: string): GroupMark {
    return groups.find((g) => g.data!.place === id)!;
  }

});
