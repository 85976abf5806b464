/**
 * <time-explorer>: a month slider over the control map. It shows each place as it stood at the
 * end of the month, the nearest territory figure with its source, and announces the month and
 * the number of places held. Play steps a month at a time and stops at the end; it never starts
 * by itself.
 */
import { showPlacesAt } from './place-status.ts';
import { currentMotion } from './motion.ts';
import { explorerMonths } from '../lib/data/explorer-months.ts';
import { isoDateWords } from '../lib/data/date-words.ts';

// Type only: the figures arrive as JSON in a data attribute, written by the build from this shape.
import type { ExplorerFigure as Figure } from '../lib/data/explorer.ts';

const STEP_MS = 700;

class TimeExplorer extends HTMLElement {
  #months: string[] = [];
  #figures: Figure[] = [];
  #slider?: HTMLInputElement;
  #play?: HTMLButtonElement;
  #timer?: ReturnType<typeof setInterval>;
  #announceTimer?: ReturnType<typeof setTimeout>;

  connectedCallback(): void {
    // The page gives the first and last year ("2014 2019"); the months are every month between.
    const [first, last] = (this.dataset.years ?? '').split(' ').map(Number);
    this.#months = first && last ? explorerMonths(first, last) : [];
    this.#figures = JSON.parse(this.dataset.figures ?? '[]') as Figure[];
    this.#slider = this.querySelector<HTMLInputElement>('input[type="range"]') ?? undefined;
    this.#play = this.querySelector<HTMLButtonElement>('[data-play]') ?? undefined;
    if (!this.#slider) return;
    this.dataset.enhanced = '';
    this.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
    const subtitle = this.querySelector('[data-explorer-subtitle]');
    if (subtitle) subtitle.textContent = 'Status of each place at the end of the month shown';
    this.#slider.addEventListener('input', () => this.#render(true));
    this.#play?.addEventListener('click', () => (this.#timer ? this.#stop() : this.#start()));
    this.#render(false);
  }

  disconnectedCallback(): void {
    this.#stop();
  }

  #month(): string {
    return this.#months[Number(this.#slider!.value)] ?? this.#months[0]!;
  }

  #render(announce: boolean): void {
    const month = this.#month();
    const words = isoDateWords(month);
    const held = showPlacesAt(this, month);
    this.#slider!.setAttribute('aria-valuetext', words);
    this.querySelector('[data-month-label]')!.textContent = words;
    this.#showFigure(month);
    // Announce once the reader pauses, not on every step of a drag.
    clearTimeout(this.#announceTimer);
    const message = `${words}: ${held} of the places marked held by ${this.dataset.actor ?? 'them'}.`;
    const region = this.querySelector('[data-announce]')!;
    if (announce) this.#announceTimer = setTimeout(() => (region.textContent = message), 250);
    else region.textContent = message;
  }

  #showFigure(month: string): void {
    const target = new Date(`${month}-15T00:00:00Z`).getTime();
    let best: Figure | undefined;
    for (const figure of this.#figures) {
      if (!best || Math.abs(new Date(figure.date).getTime() - target) < Math.abs(new Date(best.date).getTime() - target)) best = figure;
    }
    const box = this.querySelector('[data-measure]')!;
    box.replaceChildren();
    if (!best) return;
    const link = document.createElement('a');
    link.href = `/sources#${best.source}`;
    link.textContent = best.publisher;
    box.append(`Nearest territory figure: ${best.text}, the ${best.measure}, for ${best.when}, by ${best.who} (source: `, link, ').');
  }

  #start(): void {
    if (Number(this.#slider!.value) >= this.#months.length - 1) this.#slider!.value = '0';
    this.#play!.textContent = 'Pause';
    this.#play!.setAttribute('aria-pressed', 'true');
    // With reduced motion the map still steps month by month; nothing in it animates.
    const delay = currentMotion() === 'reduced' ? STEP_MS * 1.5 : STEP_MS;
    this.#timer = setInterval(() => {
      const next = Number(this.#slider!.value) + 1;
      if (next >= this.#months.length) return this.#stop();
      this.#slider!.value = String(next);
      this.#render(true);
    }, delay);
  }

  #stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#play) {
      this.#play.textContent = 'Play';
      this.#play.setAttribute('aria-pressed', 'false');
    }
  }
}

customElements.define('time-explorer', TimeExplorer);
