/**
 * Where each place's name (and the line under it) goes on a map, so that labels cover neither
 * each other, nor another place's marker, nor the key, and stay inside the map. The side an
 * editor chose in places.json is tried first; when it collides, other sides and corners are
 * tried, and in a crowd a spot farther off with a line back to the marker; the least-covered
 * placement wins.
 *
 * There is no DOM at build time, so text is measured by estimate, at the size of the label set
 * being placed: a phone set in larger type and a wide set, each placed for the size it is drawn at.
 */
import type { TextMark } from '../types.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The sides an editor can choose in places.json. */
export type Side = 'right' | 'left' | 'above' | 'below';

export interface LabelPlacement {
  /** The name's anchor point and baseline, relative to the marker. */
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
  /** A line from the marker to a label set farther off, relative to the marker. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface LabelRequest {
  id: string;
  /** The marker's centre. */
  x: number;
  y: number;
  name: string;
  /** Every text the line under the name can show (a period, a status word): the longest counts. */
  details: string[];
  prefer: Side;
}

/** The type a label set is drawn in, in map units, with what the placer needs to measure it. */
export interface LabelType {
  name: { size: number; charWidth: number };
  detail: { size: number; charWidth: number };
  /** The detail line's baseline, below the name's. */
  detailGap: number;
  /** The paper-coloured outline drawn around label text (1.5), and a little air beyond it. */
  halo: number;
}

/**
 * Sizes from charts.css, in map units. Character widths are the average of a wide sans (DejaVu
 * Sans, bold for names): narrower fonts leave more room. On a phone (≤ 500 px) the map is drawn
 * at about two-thirds of its units, so its text is set larger to reach 12 px on screen; wider
 * screens draw the map near full size and get a set of their own, placed for their smaller type.
 */
export const PHONE_TYPE: LabelType = {
  name: { size: 18, charWidth: 0.68 },
  detail: { size: 17.5, charWidth: 0.6 },
  detailGap: 17,
  halo: 3,
};
export const WIDE_TYPE: LabelType = {
  name: { size: 14, charWidth: 0.64 },
  detail: { size: 13.5, charWidth: 0.6 },
  detailGap: 13,
  halo: 3,
};
/** The set the other modules measure by default: the phone's, where text is largest against the map. */
export const TEXT = PHONE_TYPE;

/** Offsets below were tuned for 15.5-unit names; other sizes scale them. */
const TUNED_AT = 15.5;
// A name without a leader line stays within 29 units of its marker, or it reads as no one's.
const scaled = (placement: LabelPlacement, k: number): LabelPlacement => {
  const reach = Math.hypot(placement.dx, placement.dy) * k;
  const j = !placement.leader && reach > 29 ? (k * 29) / reach : k;
  return scaledBy(placement, j, k);
};
const scaledBy = (placement: LabelPlacement, j: number, k: number): LabelPlacement => ({
  dx: Math.round(placement.dx * j),
  dy: Math.round(placement.dy * j),
  anchor: placement.anchor,
  ...(placement.leader
    ? { leader: { x1: Math.round(placement.leader.x1 * k), y1: Math.round(placement.leader.y1 * k), x2: Math.round(placement.leader.x2 * k), y2: Math.round(placement.leader.y2 * k) } }
    : {}),
});

/** Each side's usual placement: the name level with the marker, or centred over or under it. */
const preferred: Record<Side, LabelPlacement> = {
  right: { dx: 9, dy: 4, anchor: 'start' },
  left: { dx: -9, dy: 4, anchor: 'end' },
  // Above the marker, the detail line still goes under the name, so neither covers the marker.
  above: { dx: 0, dy: -22, anchor: 'middle' },
  below: { dx: 0, dy: 17, anchor: 'middle' },
};

/** Where else a label may go when its side is taken: the corners, higher or lower beside, farther off. */
const alternatives: LabelPlacement[] = [
  { dx: 7, dy: -15, anchor: 'start' },
  { dx: -7, dy: -15, anchor: 'end' },
  { dx: 7, dy: 17, anchor: 'start' },
  { dx: -7, dy: 17, anchor: 'end' },
  { dx: 9, dy: -6, anchor: 'start' },
  { dx: -9, dy: -6, anchor: 'end' },
  { dx: 9, dy: 14, anchor: 'start' },
  { dx: -9, dy: 14, anchor: 'end' },
  // Farther off, clear of markers in a row beside this one.
  { dx: 0, dy: -27, anchor: 'middle' },
  { dx: 0, dy: 24, anchor: 'middle' },
];

/**
 * The last resort in a crowd, as cartographers do it: the label set well off, with a line back
 * to its marker. The line stops short of the marker and of the text.
 */
const LEADER_COST = 200;
const withLeaders: LabelPlacement[] = [
  { dx: 0, dy: 44, anchor: 'middle', leader: { x1: 0, y1: 9, x2: 0, y2: 30 } },
  { dx: 0, dy: -46, anchor: 'middle', leader: { x1: 0, y1: -9, x2: 0, y2: -24 } },
  { dx: 36, dy: 4, anchor: 'start', leader: { x1: 9, y1: 0, x2: 32, y2: 0 } },
  { dx: -36, dy: 4, anchor: 'end', leader: { x1: -9, y1: 0, x2: -32, y2: 0 } },
  // Farther still, for a marker in a cluster of two or three: the name clear of the whole cluster.
  { dx: 0, dy: 66, anchor: 'middle', leader: { x1: 0, y1: 9, x2: 0, y2: 52 } },
  { dx: 0, dy: -64, anchor: 'middle', leader: { x1: 0, y1: -9, x2: 0, y2: -42 } },
  { dx: 30, dy: -34, anchor: 'start', leader: { x1: 7, y1: -7, x2: 26, y2: -26 } },
  { dx: -30, dy: -34, anchor: 'end', leader: { x1: -7, y1: -7, x2: -26, y2: -26 } },
  { dx: 30, dy: 42, anchor: 'start', leader: { x1: 7, y1: 7, x2: 26, y2: 26 } },
  { dx: -30, dy: 42, anchor: 'end', leader: { x1: -7, y1: 7, x2: -26, y2: 26 } },
];

/** Every placement to try for a label, the editor's side first, then the other sides. */
export function candidatePlacements(prefer: Side, type: LabelType = TEXT): LabelPlacement[] {
  const k = type.name.size / TUNED_AT;
  const sides = Object.keys(preferred) as Side[];
  return [preferred[prefer], ...sides.filter((side) => side !== prefer).map((side) => preferred[side]), ...alternatives, ...withLeaders].map((placement) =>
    scaled(placement, k),
  );
}

/** Half the size of the box a marker takes (its largest shape, with outline, and a little air). */
export const MARKER_HALF = 9;

export function textWidth(text: string, size: number, charWidth: number): number {
  return [...text].length * size * charWidth;
}

/** The box of one line of text whose anchor point and baseline are (x, y). */
export function lineBox(x: number, y: number, width: number, size: number, anchor: LabelPlacement['anchor'], halo: number = TEXT.halo): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // From the top of the capitals to the bottom of the descenders.
  return { x0: x0 - halo, x1: x0 + width + halo, y0: y - 0.8 * size - halo, y1: y + 0.3 * size + halo };
}

/** The box the name and its detail line take together at a placement. */
export function labelBox(request: LabelRequest, placement: LabelPlacement, type: LabelType = TEXT): Box {
  const x = request.x + placement.dx;
  const y = request.y + placement.dy;
  const name = lineBox(x, y, textWidth(request.name, type.name.size, type.name.charWidth), type.name.size, placement.anchor, type.halo);
  const longest = Math.max(0, ...request.details.map((detail) => textWidth(detail, type.detail.size, type.detail.charWidth)));
  if (longest === 0) return name;
  const detail = lineBox(x, y + type.detailGap, longest, type.detail.size, placement.anchor, type.halo);
  return union(name, detail);
}

/** What a label covers at a placement: its text, and its leader line when it has one. */
export function placementBoxes(request: LabelRequest, placement: LabelPlacement, type: LabelType = TEXT): Box[] {
  const text = labelBox(request, placement, type);
  const leader = placement.leader;
  if (!leader) return [text];
  const [x1, x2] = [request.x + leader.x1, request.x + leader.x2].sort((a, b) => a - b);
  const [y1, y2] = [request.y + leader.y1, request.y + leader.y2].sort((a, b) => a - b);
  // The line is thin, but text across it is hard to read: it keeps some clearance.
  return [text, { x0: x1! - 4, x1: x2! + 4, y0: y1! - 4, y1: y2! + 4 }];
}

export function markerBox(x: number, y: number): Box {
  return { x0: x - MARKER_HALF, x1: x + MARKER_HALF, y0: y - MARKER_HALF, y1: y + MARKER_HALF };
}

/** The box of a map text mark (a country or river name), at the font size given. */
export function textMarkBox(mark: TextMark, size: number, charWidth: number): Box {
  return lineBox(mark.x, mark.y, textWidth(mark.text, size, charWidth), size, mark.anchor ?? 'start');
}

export function overlap(a: Box, b: Box): number {
  const width = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const height = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return width > 0 && height > 0 ? width * height : 0;
}

function union(a: Box, b: Box): Box {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

/**
 * A name that reads as another place's, priced above a leader line: close markers get names that
 * cannot be swapped, set off with a line when nothing closer is clear.
 */
const NEARER_OTHER = 300;
/** How much nearer another marker a name's edge must be to read as that place's, whatever its centre. */
const CLEARLY = 3;

/** What any placement running off the map costs, above what covering everything else could. */
const OFF_MAP = 1e9;

/**
 * The edge test measures text a little wider than the rest: a browser's font can run a few per
 * cent wider than the average, and a name cut at the map's edge is lost, while one a unit nearer
 * a neighbour is not. Only the edge test: widening every box would push crowded names apart.
 */
export const EDGE_WIDTH = 1.02;
const widened = (type: LabelType): LabelType => ({
  ...type,
  name: { ...type.name, charWidth: type.name.charWidth * EDGE_WIDTH },
  detail: { ...type.detail, charWidth: type.detail.charWidth * EDGE_WIDTH },
});

const area = (box: Box): number => (box.x1 - box.x0) * (box.y1 - box.y0);

/** From a point to the nearest edge of a box (0 inside it). */
function distance(box: Box, x: number, y: number): number {
  return Math.hypot(Math.max(box.x0 - x, 0, x - box.x1), Math.max(box.y0 - y, 0, y - box.y1));
}

export interface Obstacles {
  /** What a label must not cover: the key, say. Markers are added from the requests. */
  hard: Box[];
  /** Other labels that stay where they are: country and river names. */
  soft: Box[];
}

/**
 * Places every label: first each on its own, the most crowded places first (they have the fewest
 * good sides), then again and again, each label (and each pair still in each other's way) moving
 * to its best placement given where all the others now are, until none moves. The editor's side
 * wins ties.
 */
export function placeLabels(requests: LabelRequest[], obstacles: Obstacles, frame: Box, type: LabelType = TEXT): Map<string, LabelPlacement> {
  const markers = requests.map((request) => markerBox(request.x, request.y));
  const candidates = requests.map((request) => candidatePlacements(request.prefer, type));
  const boxes = requests.map((request, i) => candidates[i]!.map((placement) => placementBoxes(request, placement, type)));
  const edgeType = widened(type);
  const edgeBoxes = requests.map((request, i) => candidates[i]!.map((placement) => placementBoxes(request, placement, edgeType)));
  const overlapAll = (a: Box[], b: Box[]): number => a.reduce((sum, x) => sum + b.reduce((inner, y) => inner + overlap(x, y), 0), 0);

  /** What a box costs where it stands, leaving out the label it belongs to. */
  const fixedCost = (i: number, parts: Box[], edgeParts: Box[]): number => {
    let cost = 0;
    // A covered marker (or key) hides a place altogether: worse than two names touching.
    markers.forEach((marker, j) => {
      if (j !== i) cost += 30 * overlapAll(parts, [marker]);
    });
    // A country or river name is a label too: covering it is as bad as covering another place's.
    cost += 30 * overlapAll(parts, obstacles.hard) + 10 * overlapAll(parts, obstacles.soft);
    // A name nearer another place's marker than its own reads as that place's.
    const text = parts[0]!;
    // About as near (a name centred under its marker spans its neighbour's too), it reads as the place it is centred nearer.
    const own = distance(text, requests[i]!.x, requests[i]!.y);
    const middle = (x: number, y: number) => Math.hypot((text.x0 + text.x1) / 2 - x, (text.y0 + text.y1) / 2 - y);
    const ownMiddle = middle(requests[i]!.x, requests[i]!.y);
    requests.forEach((other, j) => {
      if (j === i) return;
      const near = distance(text, other.x, other.y);
      if (near < own - CLEARLY) cost += NEARER_OTHER * (1 + own - near);
      else if (near <= own + 0.5 && middle(other.x, other.y) <= ownMiddle) cost += NEARER_OTHER;
    });
    // Off the map, a label is cut: worse than anything else, however little runs off, so any
    // placement inside the map wins over one that is not (the amount still ranks those off it).
    // Measured a little wide (EDGE_WIDTH), so a real font's extra width stays inside too.
    for (const part of edgeParts) {
      const outside = area(part) - overlap(part, frame);
      if (outside > 1e-9) cost += OFF_MAP + 100 * outside;
    }
    return cost;
  };
  // A small price for each step away from the editor's choice, so it wins ties; a bigger one for a leader line.
  const fixed = boxes.map((options, i) =>
    options.map((parts, rank) => fixedCost(i, parts, edgeBoxes[i]![rank]!) + rank * 0.5 + (candidates[i]![rank]!.leader ? LEADER_COST : 0)),
  );

  const chosen: (number | undefined)[] = requests.map(() => undefined);
  const between = (i: number, a: number, j: number, b: number): number => 10 * overlapAll(boxes[i]![a]!, boxes[j]![b]!);
  /** What label i costs at placement a, given where the others are (leaving out `skip`). */
  const costAt = (i: number, a: number, skip = -1): number => {
    let cost = fixed[i]![a]!;
    chosen.forEach((b, j) => {
      if (b !== undefined && j !== i && j !== skip) cost += between(i, a, j, b);
    });
    return cost;
  };
  const best = (i: number): number => {
    let pick = 0;
    boxes[i]!.forEach((_, a) => {
      if (costAt(i, a) < costAt(i, pick)) pick = a;
    });
    return pick;
  };

  const crowding = (i: number) => requests.filter((other, j) => j !== i && Math.hypot(other.x - requests[i]!.x, other.y - requests[i]!.y) < 60).length;
  const order = requests.map((_, i) => i).sort((a, b) => crowding(b) - crowding(a));
  for (const i of order) chosen[i] = best(i);
  for (let pass = 0; pass < 50; pass++) {
    let moved = false;
    for (const i of order) {
      const pick = best(i);
      if (pick !== chosen[i]) [chosen[i], moved] = [pick, true];
    }
    // Two labels in each other's way may each be at their best alone: try moving both at once.
    for (const i of order) {
      for (const j of order) {
        if (j <= i || between(i, chosen[i]!, j, chosen[j]!) === 0) continue;
        let current = costAt(i, chosen[i]!, j) + costAt(j, chosen[j]!, i) + between(i, chosen[i]!, j, chosen[j]!);
        boxes[i]!.forEach((_, a) => {
          boxes[j]!.forEach((_, b) => {
            const cost = costAt(i, a, j) + costAt(j, b, i) + between(i, a, j, b);
            if (cost < current - 1e-9) [current, chosen[i], chosen[j], moved] = [cost, a, b, true];
          });
        });
      }
    }
    if (!moved) break;
  }
  return new Map(requests.map((request, i) => [request.id, candidates[i]![chosen[i]!]!]));
}
