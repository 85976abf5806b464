/**
 * <toc-nav>: marks the contents link of the part of the story in view with aria-current.
 * An IntersectionObserver wakes it only when a chapter or section crosses the reading line,
 * so it does no work while the reader scrolls through the middle of a section.
 */
import { currentMotion } from './motion.ts';

class TocNav extends HTMLElement {
  #observer?: IntersectionObserver;
  #links = new Map<Element, HTMLAnchorElement>();

  connectedCallback(): void {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a.toc-link')) {
      const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (target) this.#links.set(target, link);
    }
    this.#targets = [...this.#links.keys()].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    // The page sends the list closed, as a phone shows it; beside the text on a wide screen it opens
    // (opening it there moves nothing, as the story has its own column).
    const details = this.querySelector('details');
    if (details && matchMedia('(min-width: 64rem)').matches) details.open = true;

    this.#observer = new IntersectionObserver(() => this.#update(), { rootMargin: '0px 0px -66% 0px' });
    for (const target of this.#links.keys()) this.#observer.observe(target);
    // The last sections may never reach the reading line on a short page; scrollend catches the bottom.
    addEventListener('scrollend', this.#onScrollEnd, { passive: true });
    // The observer's first report, after the next layout, marks the part in view: reading positions
    // here would force a layout of the whole page while the rest of it is still being set up.
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    removeEventListener('scrollend', this.#onScrollEnd);
  }

  #onScrollEnd = (): void => this.#update();

  /**
   * The current part is the last one whose top has passed the upper third of the viewport, or,
   * at the very bottom of the page, the last one in view.
   */
  #update(): void {
    const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    const line = atBottom ? window.innerHeight : window.innerHeight / 3;
    const current = this.#links.get(this.#targets[this.#lastPassed(line)]!);
    if (current === this.#current) return;
    this.#current?.removeAttribute('aria-current');
    current?.setAttribute('aria-current', 'location');
    this.#current = current;
    if (current) this.#reveal(current);
  }

  #current?: HTMLAnchorElement;
  /** The chapters and sections in page order, so their tops only grow down the list. */
  #targets: Element[] = [];

  /**
   * The last target whose top has passed `line`, or -1. A binary search: this runs at the end of
   * every scroll, and some fifty positions read each time added a millisecond or more to each
   * scroll's frame on a slow phone.
   */
  #lastPassed(line: number): number {
    const targets = this.#targets;
    let low = 0;
    let high = targets.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (targets[middle]!.getBoundingClientRect().top <= line) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  /**
   * Beside the text the list scrolls in its own box, taller than the screen: keep the marked entry
   * in view there, a third of the way down, so the reader sees where they are and what comes next.
   * The box scrolls by itself (not scrollIntoView, which would move the page as well).
   */
  #reveal(link: HTMLAnchorElement): void {
    if (this.scrollHeight <= this.clientHeight) return;
    const box = this.getBoundingClientRect();
    const at = link.getBoundingClientRect();
    const margin = at.height * 2;
    if (at.top >= box.top + margin && at.bottom <= box.bottom - margin) return;
    const top = this.scrollTop + at.top - box.top - this.clientHeight / 3;
    this.scrollTo({ top, behavior: currentMotion() === 'reduced' ? 'instant' : 'smooth' });
  }
}

customElements.define('toc-nav', TocNav);
