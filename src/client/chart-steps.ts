/**
 * <chart-steps>: the embed's chart one step at a time, for a class going through it together.
 * Without JavaScript the embed is the complete chart with every step's words as a list; with it,
 * one step's words show under the chart, set to that step's state (src/client/chart-state.ts,
 * as in the story), with Previous and Next buttons and the arrow keys. `?step=<id>` opens it at a
 * step, and the address follows the step shown, so a teacher can copy it to start there.
 */
import { ChartState, stepsOf } from './chart-state.ts';

/** Where the arrow keys are the reader's own: typing, or scrolling the data table sideways. */
const KEYS_TAKEN = 'input, textarea, select, [contenteditable], .table-scroll';

class ChartSteps extends HTMLElement {
  #steps: HTMLElement[] = [];
  #chart?: ChartState;
  #index = -1;

  connectedCallback(): void {
    this.#steps = [...this.querySelectorAll<HTMLElement>('.embed-step')];
    const nav = this.querySelector<HTMLElement>('.embed-step-nav');
    if (this.#steps.length === 0 || !nav) return;
    this.#chart = new ChartState(this, stepsOf(this.#steps));
    this.dataset.enhanced = '';
    const asked = new URLSearchParams(location.search).get('step');
    this.#show(Math.max(0, this.#steps.findIndex((step) => step.id === asked)));
    this.addEventListener('click', this.#onClick);
    document.addEventListener('keydown', this.#onKey);
  }

  disconnectedCallback(): void {
    this.removeEventListener('click', this.#onClick);
    document.removeEventListener('keydown', this.#onKey);
  }

  #show(index: number): void {
    this.#index = index;
    this.#steps.forEach((step, i) => step.classList.toggle('is-active', i === index));
    this.dataset.activeStep = this.#steps[index]!.id;
    const count = this.querySelector('[data-step-count]');
    if (count) count.textContent = `Step ${index + 1} of ${this.#steps.length}`;
    // Still focusable at either end (aria-disabled, not disabled), so focus is not lost from under a keyboard.
    this.querySelector('[data-step-prev]')?.setAttribute('aria-disabled', String(index === 0));
    this.querySelector('[data-step-next]')?.setAttribute('aria-disabled', String(index === this.#steps.length - 1));
    this.#chart?.show(index);
  }

  #go(index: number): void {
    const step = this.#steps[index];
    if (!step || index === this.#index) return;
    this.#show(index);
    // Replaced, not pushed: stepping through a chart must not fill Back with one entry a step.
    const address = new URL(location.href);
    address.searchParams.set('step', step.id);
    history.replaceState(history.state, '', address);
  }

  #onClick = (event: Event): void => {
    const target = event.target as Element;
    if (target.closest('[data-step-next]')) this.#go(this.#index + 1);
    else if (target.closest('[data-step-prev]')) this.#go(this.#index - 1);
  };

  /** The arrow keys step through wherever focus is in the embed, except where they already do something. */
  #onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    if (event.target instanceof Element && event.target.closest(KEYS_TAKEN)) return;
    event.preventDefault();
    this.#go(this.#index + (event.key === 'ArrowRight' ? 1 : -1));
  };
}

customElements.define('chart-steps', ChartSteps);
