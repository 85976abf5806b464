/**
 * <scrolly-story>: sets the chart to the state of the step in view.
 *
 * Why IntersectionObserver and not scrollama: scrollama is itself a thin layer over
 * IntersectionObserver. What we need is small: wake up when a step crosses the middle of the
 * viewport, then work out the active step from every step's position. Reading all positions
 * (rather than trusting the one entry that fired) is what makes fast scrolling, jumps over
 * several steps, reloads mid-page, deep links and back/forward land on the right state.
 */
import { applyMotion, currentMotion, setMotion } from './motion.ts';

class ScrollyStory extends HTMLElement {
  #steps: HTMLElement[] = [];
  #layers: SVGGElement[] = [];
  #axes: SVGGElement[] = [];
  #active = -1;
  #observer?: IntersectionObserver;
  /** While a button-driven scroll is under way, the steps it passes must not flash their states. */
  #settling?: ReturnType<typeof setTimeout>;
  #refresh = (event?: Event): void => {
    if (this.#settling && event?.type !== 'scrollend') return;
    clearTimeout(this.#settling);
    this.#settling = undefined;
    this.#update();
  };

  connectedCallback(): void {
    this.#steps = [...this.querySelectorAll<HTMLElement>('.scrolly-step')];
    this.#layers = [...this.querySelectorAll<SVGGElement>('.chart-svg .layer')];
    this.#axes = [...this.querySelectorAll<SVGGElement>('.chart-svg .axis')];
    if (this.#steps.length === 0) return;
    this.dataset.enhanced = '';

    for (const nav of this.querySelectorAll<HTMLElement>('.step-nav')) nav.hidden = false;
    this.#steps[0]?.querySelector<HTMLElement>('[data-step-prev]')?.setAttribute('hidden', '');
    this.#steps.at(-1)?.querySelector<HTMLElement>('[data-step-next]')?.setAttribute('hidden', '');
    this.addEventListener('click', this.#onClick);
    const toggle = this.querySelector<HTMLButtonElement>('[data-motion-toggle]');
    if (toggle) toggle.hidden = false;
    applyMotion();

    for (const type of ['scrollend', 'hashchange', 'popstate', 'pageshow'] as const) addEventListener(type, this.#refresh);
    addEventListener('resize', this.#onResize);
    // No reads here: the stories and the contents connect one after another, and a read after each
    // one's writes would lay out the whole long page again every time. The observer's first report,
    // which comes after the next layout, sets the first step.
    requestAnimationFrame(() => {
      if (this.isConnected) this.#observe();
    });
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    for (const type of ['scrollend', 'hashchange', 'popstate', 'pageshow'] as const) removeEventListener(type, this.#refresh);
    removeEventListener('resize', this.#onResize);
  }

  /**
   * The reading line, as a fraction of the viewport height from the top. It comes from the CSS
   * property --scrolly-trigger, so the breakpoints that change it stay in the stylesheet.
   */
  #trigger(): number {
    // Read once per layout (on connect and resize): getComputedStyle on every scroll would force a style recalculation.
    if (this.#line === undefined) {
      const value = Number.parseFloat(getComputedStyle(this).getPropertyValue('--scrolly-trigger'));
      this.#line = value > 0 && value < 1 ? value : 0.5;
    }
    return this.#line;
  }
  #line?: number;

  /** A band one pixel high across the reading line: a step "enters" when it reaches it. */
  #observe(): void {
    this.#observer?.disconnect();
    const line = this.#trigger() * 100;
    this.#observer = new IntersectionObserver(() => this.#refresh(), { rootMargin: `-${line}% 0px -${100 - line}% 0px` });
    for (const step of this.#steps) this.#observer.observe(step);
  }

  #onResize = (): void => {
    this.#line = undefined;
    this.#observe();
    this.#update();
  };

  /** The last step whose top has passed the reading line (the first step before any has). */
  #stepInView(): number {
    const line = window.innerHeight * this.#trigger();
    let index = 0;
    this.#steps.forEach((step, i) => {
      if (step.getBoundingClientRect().top <= line) index = i;
    });
    return index;
  }

  #update(): void {
    this.#show(this.#stepInView());
  }

  #show(index: number): void {
    if (index === this.#active) return;
    this.#active = index;
    const step = this.#steps[index]!;
    const shown = new Set((step.dataset.show ?? '').split(/\s+/).filter(Boolean));
    const scales = new Set(['always']);
    for (const layer of this.#layers) {
      const on = shown.has(layer.dataset.layer ?? '');
      layer.classList.toggle('is-off', !on);
      if (on) scales.add(layer.dataset.scale ?? '');
    }
    for (const axis of this.#axes) axis.classList.toggle('is-off', !scales.has(axis.dataset.scale ?? ''));
    this.#steps.forEach((s, i) => s.classList.toggle('is-active', i === index));
    this.dataset.activeStep = step.id;
    // Graphics that show a moment (maps) listen for this and redraw themselves for the step's date.
    this.dispatchEvent(new CustomEvent('scrolly-step', { bubbles: true, detail: { id: step.id, date: step.dataset.date ?? null } }));
  }

  /** Moves to another step by keyboard or button: scroll it to the middle and focus it. */
  #go(index: number): void {
    const step = this.#steps[index];
    if (!step) return;
    const smooth = currentMotion() !== 'reduced';
    clearTimeout(this.#settling);
    if (smooth) this.#settling = setTimeout(() => this.#refresh(new Event('scrollend')), 1500);
    step.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'instant' });
    step.focus({ preventScroll: true });
    this.#show(index);
    // The address names the step now shown, so copying it shares this step; replaced, not pushed,
    // so stepping through a chart does not fill Back with one entry a step.
    history.replaceState(history.state, '', `#${step.id}`);
  }

  #onClick = (event: Event): void => {
    const target = event.target as Element;
    const step = target.closest('.scrolly-step');
    const index = step ? this.#steps.indexOf(step as HTMLElement) : -1;
    if (target.closest('[data-step-next]')) this.#go(index + 1);
    else if (target.closest('[data-step-prev]')) this.#go(index - 1);
    else if (target.closest('[data-motion-toggle]')) setMotion(currentMotion() === 'reduced' ? 'full' : 'reduced');
  };
}

customElements.define('scrolly-story', ScrollyStory);
