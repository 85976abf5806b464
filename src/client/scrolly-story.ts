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
import { ChartState, stepsOf } from './chart-state.ts';

/** Whether the reader has scrolled or pressed anything since the page opened. */
let readerHasMoved = false;
for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const) {
  addEventListener(type, () => (readerHasMoved = true), { capture: true, passive: true, once: true });
}

/** Where a link or Next puts a step's top: its scroll margin below the page's scroll padding. */
const parkedAt = (step: HTMLElement) =>
  Number.parseFloat(getComputedStyle(step).scrollMarginTop) + (Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0);

/** A step's Previous and Next buttons, for keyboard users to step through without scrolling. */
function stepNav(): HTMLDivElement {
  const nav = document.createElement('div');
  nav.className = 'step-nav';
  for (const [words, data] of [['Previous', 'stepPrev'], ['Next', 'stepNext']] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chart-button';
    button.dataset[data] = '';
    const hint = document.createElement('span');
    hint.className = 'sr-only';
    hint.textContent = ' step';
    button.append(words, hint);
    nav.append(button);
  }
  return nav;
}

class ScrollyStory extends HTMLElement {
  #steps: HTMLElement[] = [];
  #chart?: ChartState;
  #active = -1;
  #observer?: IntersectionObserver;
  /** While a button-driven scroll is under way, the steps it passes must not flash their states. */
  #settling?: ReturnType<typeof setTimeout>;
  #refresh = (event?: Event): void => {
    if (this.#settling && event?.type !== 'scrollend') return;
    // A story off the screen has nothing to show; the page has six, and each would read all its
    // steps' positions at the end of every scroll. It catches up as it comes into view.
    if (!this.#near && !this.#settling) return;
    clearTimeout(this.#settling);
    this.#settling = undefined;
    this.#update();
  };

  connectedCallback(): void {
    this.#steps = [...this.querySelectorAll<HTMLElement>('.scrolly-step')];
    if (this.#steps.length === 0) return;
    this.dataset.enhanced = '';

    // Built here rather than shipped hidden in every step: without JavaScript they could do nothing.
    for (const actions of this.querySelectorAll<HTMLElement>('.scrolly-step .step-actions')) if (!actions.querySelector('.step-nav')) actions.append(stepNav());
    this.#steps[0]?.querySelector<HTMLElement>('[data-step-prev]')?.setAttribute('hidden', '');
    this.#steps.at(-1)?.querySelector<HTMLElement>('[data-step-next]')?.setAttribute('hidden', '');
    this.#chart = new ChartState(this, stepsOf(this.#steps));
    this.addEventListener('click', this.#onClick);
    this.addEventListener('focusin', this.#onFocus);
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
    // Sizes come from a ResizeObserver, which reports after layout, so measuring forces none.
    for (const el of [this.querySelector('.chart-caption'), this.querySelector('.scrolly-graphic')]) if (el) this.#sizes.observe(el);
  }

  /** Last reported heights of the caption and the pinned graphic. */
  #caption = 0;
  #graphic = 0;
  #sizes = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
      if (entry.target.classList.contains('chart-caption')) this.#caption = height;
      else this.#graphic = height;
    }
    this.#placeLine();
  });

  /**
   * Stacked, the reading line sits just below the pinned graphic: the chart keeps to the space
   * its caption leaves, and a step takes over as its top comes out from under the graphic. Side
   * by side, the graphic is centred by its height.
   */
  #placeLine(): void {
    const graphic = this.querySelector<HTMLElement>('.scrolly-graphic');
    const body = this.querySelector<HTMLElement>('.scrolly-body');
    const caption = this.querySelector<HTMLElement>('.chart-caption');
    if (!graphic || !body || !caption) return;
    const parked = this.#parkedStep();
    const captionHeight = Math.ceil(this.#caption + Number.parseFloat(getComputedStyle(caption).marginBlockEnd));
    this.style.setProperty('--scrolly-caption', `${captionHeight}px`);
    this.style.setProperty('--scrolly-graphic', `${Math.ceil(this.#graphic)}px`);
    const stacked = getComputedStyle(body).getPropertyValue('--scrolly-stacked').trim() === '1';
    this.#liftCaption(stacked ? captionHeight : 0);
    const top = Number.parseFloat(getComputedStyle(graphic).top) || 0;
    const line = stacked ? Math.ceil(top + this.#graphic + 12) : undefined;
    if (line === undefined) this.style.removeProperty('--scrolly-line');
    else this.style.setProperty('--scrolly-line', `${line}px`);
    // A step the reader was parked on (a deep link's, or the one Next took them to) stays parked,
    // so its first words are not left under the graphic when the measures change.
    if (parked) {
      const offset = parked.getBoundingClientRect().top - parkedAt(parked);
      if (Math.abs(offset) > 1) scrollBy({ top: offset, behavior: 'instant' });
    }
    if (line !== this.#stackedLine) {
      this.#stackedLine = line;
      this.#onResize();
    }
  }

  /**
   * On a short phone a tall chart would lose its lowest rows and axis under its caption, so the
   * caption scrolls away above the screen and the drawing has its space (--scrolly-lift, the
   * caption's height). The caption is read before the first step, which starts below the graphic.
   */
  #liftCaption(captionHeight: number): void {
    const svg = this.querySelector<SVGSVGElement>('.chart-svg');
    const lifted = Number.parseFloat(this.style.getPropertyValue('--scrolly-lift')) || 0;
    let lift = 0;
    if (svg && captionHeight > 0) {
      const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
      const [ratioWidth, ratioHeight] = (svg.style.aspectRatio || `${width} / ${height}`).split('/').map(Number);
      const needed = (svg.clientWidth * ratioHeight!) / ratioWidth!;
      const room = Number.parseFloat(getComputedStyle(svg).maxHeight) - lifted;
      if (needed > room + 1) lift = captionHeight;
    }
    if (lift !== lifted) this.style.setProperty('--scrolly-lift', `${lift}px`);
  }

  /**
   * The step the reader is parked on: a deep link's step until the reader first scrolls (the page
   * above it may still settle), or the active step while its top is where its scroll margin put it.
   */
  #parkedStep(): HTMLElement | undefined {
    const linked = this.#steps.find((step) => step.id === decodeURIComponent(location.hash.slice(1)));
    if (linked && !readerHasMoved) return linked;
    return [linked, this.#steps[this.#active]].find((step) => step && Math.abs(step.getBoundingClientRect().top - parkedAt(step)) <= 6);
  }

  /** The stacked reading line in px from the top of the screen; undefined side by side. */
  #stackedLine?: number;

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#nearness.disconnect();
    this.#sizes.disconnect();
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
      const value = this.#stackedLine !== undefined ? this.#stackedLine / innerHeight : Number.parseFloat(getComputedStyle(this).getPropertyValue('--scrolly-trigger'));
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
    this.#nearness.observe(this);
  }

  /** Whether any of the story is on the screen (or about to be): only then do scroll ends concern it. */
  #near = false;
  #nearness = new IntersectionObserver(
    (entries) => {
      const near = entries.at(-1)!.isIntersecting;
      const first = this.#active < 0;
      if (near === this.#near && !first) return;
      this.#near = near;
      // Every chart starts in its first step's state, wherever the page opens; and a jump (a link,
      // Back) can land a story in view with no step crossing the reading line.
      if (first) this.#update();
      else if (near) this.#refresh();
    },
    // Half a screen ahead, so a chart has its state before any of it shows.
    { rootMargin: '50% 0px' },
  );

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
    this.#steps.forEach((s, i) => s.classList.toggle('is-active', i === index));
    this.dataset.activeStep = step.id;
    this.#chart?.show(index);
  }

  /** Moves to another step by keyboard or button: scroll it to its reading position and focus it. */
  #go(index: number): void {
    const step = this.#steps[index];
    if (!step) return;
    const smooth = currentMotion() !== 'reduced';
    clearTimeout(this.#settling);
    if (smooth) this.#settling = setTimeout(() => this.#refresh(new Event('scrollend')), 1500);
    // To its reading position (its scroll margin): stacked, just below the pinned graphic.
    step.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'instant' });
    step.focus({ preventScroll: true });
    this.#show(index);
    // The address names the step now shown, so copying it shares this step; replaced, not pushed,
    // so stepping through a chart does not fill Back with one entry a step.
    history.replaceState(history.state, '', `#${step.id}`);
  }

  /**
   * Stacked, the pinned graphic lies over the steps above the reading line; a control focused
   * there (Shift+Tab back to a card's Copy link) is brought down below it, so focus is never hidden.
   */
  #onFocus = (event: FocusEvent): void => {
    const target = event.target as Element;
    // The step itself is focused by Next and Previous, already on its reading position.
    if (this.#stackedLine === undefined || target.classList.contains('scrolly-step') || !target.closest('.scrolly-steps')) return;
    const top = target.getBoundingClientRect().top;
    if (top < this.#stackedLine) scrollBy({ top: top - this.#stackedLine - 8, behavior: 'instant' });
  };

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
