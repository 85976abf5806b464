/**
 * A chart in the state of one of its steps: only the layers the step names, only the axes of their
 * scales, a chart whose parts stack laid out for the step, and a `scrolly-step` event for graphics
 * that show a moment (maps, src/client/place-status.ts) to redraw themselves for the step's date.
 * The story's <scrolly-story> and the embed's <chart-steps> both drive their chart through this,
 * so a chart shows the same at a step wherever it is shown.
 */
import { openLayers, partsShown, stackedHeight, stackLayout, type StackSlotPart } from '../charts/stack-layout.ts';

export interface ChartStep {
  id: string;
  /** The layers the step shows, space-separated, as `<Step show>` gives them. */
  show: string;
  date: string | null;
}

/** The steps as the page carries them: `data-show` and `data-date` on each step's element. */
export const stepsOf = (elements: HTMLElement[]): ChartStep[] =>
  elements.map((el) => ({ id: el.id, show: el.dataset.show ?? '', date: el.dataset.date ?? null }));

const layersOf = (show: string) => new Set(show.split(/\s+/).filter(Boolean));

export class ChartState {
  readonly #root: HTMLElement;
  readonly #steps: ChartStep[];
  readonly #layers: SVGGElement[];
  readonly #axes: SVGGElement[];
  /** A chart whose parts stack: its parts' elements and slots, each layer's scale, and which layers each step draws in full. */
  #stack?: { elements: Map<string, SVGGElement>; parts: StackSlotPart[]; scales: Map<string, string>; open: (Set<string> | null)[] };

  /** `root` holds the chart's SVG and sends the step event; `steps` are the chart's steps in order. */
  constructor(root: HTMLElement, steps: ChartStep[]) {
    this.#root = root;
    this.#steps = steps;
    this.#layers = [...root.querySelectorAll<SVGGElement>('.chart-svg .layer')];
    this.#axes = [...root.querySelectorAll<SVGGElement>('.chart-svg .axis')];
    this.#prepareStack();
  }

  /** Sets the chart to step `index`'s state and tells the graphics that follow a date. */
  show(index: number): void {
    const step = this.#steps[index];
    if (!step) return;
    const shown = layersOf(step.show);
    const scales = new Set(['always']);
    for (const layer of this.#layers) {
      const on = shown.has(layer.dataset.layer ?? '');
      layer.classList.toggle('is-off', !on);
      if (on) scales.add(layer.dataset.scale ?? '');
    }
    for (const axis of this.#axes) axis.classList.toggle('is-off', !scales.has(axis.dataset.scale ?? ''));
    this.#layOut(index, shown);
    this.#root.dispatchEvent(new CustomEvent('scrolly-step', { bubbles: true, detail: { id: step.id, date: step.date } }));
  }

  /**
   * A stacked chart keeps one height through all its steps (the tallest step's), so the graphic
   * never changes size under the reader; what the drawing leaves below it is cut off.
   */
  #prepareStack(): void {
    const svg = this.#root.querySelector<SVGSVGElement>('.chart-svg');
    const elements = [...this.#root.querySelectorAll<SVGGElement>('.chart-svg [data-stack-top]')];
    if (!svg || elements.length === 0) return;
    const keyOf = (el: SVGGElement) => (el.classList.contains('axis') ? `axis:${el.dataset.scale}` : el.dataset.layer!);
    const byKey = new Map(elements.map((el) => [keyOf(el), el]));
    const parts = [...byKey].map(([key, el]) => ({
      key,
      top: Number(el.dataset.stackTop),
      height: Number(el.dataset.stackHeight),
      ...(el.dataset.stackFolded ? { folded: Number(el.dataset.stackFolded) } : {}),
      ...(el.dataset.stackWith ? { with: el.dataset.stackWith } : {}),
    }));
    const scales = new Map(this.#layers.map((layer) => [layer.dataset.layer ?? '', layer.dataset.scale ?? '']));
    const shows = this.#steps.map((step) => [...layersOf(step.show)]);
    this.#stack = { elements: byKey, parts, scales, open: openLayers(shows) };
    const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    svg.style.aspectRatio = `${width} / ${stackedHeight(parts, scales, shows, height!)}`;
    svg.setAttribute('preserveAspectRatio', 'xMidYMin slice');
    svg.classList.add('is-stacked');
  }

  #layOut(index: number, shown: Set<string>): void {
    if (!this.#stack) return;
    const { parts, scales, open, elements } = this.#stack;
    const { offsets, folded } = stackLayout(partsShown(parts, scales, shown), open[index]!);
    for (const [key, el] of elements) {
      el.style.transform = `translateY(${offsets.get(key) ?? 0}px)`;
      el.classList.toggle('is-folded', folded.has(key));
    }
  }
}
