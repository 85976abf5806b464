/**
 * <present-deck>: present mode's clicker, keys and swipes. Every step is a page with Previous and
 * Next links, so all this does is follow them: presentation clickers send Page Down and Page Up
 * (some send the arrow keys), whiteboards send swipes. Keys pressed with a modifier belong to the
 * browser, and keys typed into a field or held down (auto-repeat) move nothing.
 */
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
/** A swipe this long, and mostly sideways, turns the page; shorter ones are taps or slips. */
const SWIPE_PX = 60;

const inField = (target: EventTarget | null) => target instanceof Element && !!target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
// Space and Enter press a focused button or link; only Space on the page itself moves on.
const onControl = (target: EventTarget | null) => target instanceof Element && !!target.closest('button, a, summary');

class PresentDeck extends HTMLElement {
  #touch?: { x: number; y: number };

  connectedCallback(): void {
    document.addEventListener('keydown', this.#onKey);
    this.addEventListener('touchstart', this.#onTouchStart, { passive: true });
    this.addEventListener('touchend', this.#onTouchEnd, { passive: true });
    this.querySelector<HTMLElement>('.present-keys')?.removeAttribute('hidden');
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onKey);
    this.removeEventListener('touchstart', this.#onTouchStart);
    this.removeEventListener('touchend', this.#onTouchEnd);
  }

  #link(which: 'prev' | 'next' | 'exit'): string | undefined {
    return this.querySelector<HTMLAnchorElement>(`[data-present-${which}]`)?.href;
  }

  #go(href: string | undefined, event?: Event): void {
    if (!href) return;
    event?.preventDefault();
    if (href !== location.href) location.assign(href);
  }

  #onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey || inField(event.target)) return;
    const { key, shiftKey } = event;
    if (key === ' ' && onControl(event.target)) return;
    if (shiftKey && key !== ' ') return;
    if (key === ' ' && shiftKey) this.#go(this.#link('prev'), event);
    else if (NEXT.has(key)) this.#go(this.#link('next'), event);
    else if (PREVIOUS.has(key)) this.#go(this.#link('prev'), event);
    else if (key === 'Home') this.#go(this.#address(this.dataset.first), event);
    else if (key === 'End') this.#go(this.#address(this.dataset.last), event);
    // An open glossary definition takes Escape first: it closes, and the deck stays.
    else if (key === 'Escape' && !document.querySelector(':popover-open')) this.#go(this.#link('exit'), event);
  };

  #address(path: string | undefined): string | undefined {
    return path && new URL(path, location.href).href;
  }

  #onTouchStart = (event: TouchEvent): void => {
    const touch = event.touches.length === 1 ? event.touches[0] : undefined;
    this.#touch = touch && { x: touch.clientX, y: touch.clientY };
  };

  #onTouchEnd = (event: TouchEvent): void => {
    const start = this.#touch;
    const touch = event.changedTouches[0];
    this.#touch = undefined;
    if (!start || !touch) return;
    const dx = touch.clientX - start.x;
    const dy = touch.clientY - start.y;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
    this.#go(this.#link(dx < 0 ? 'next' : 'prev'));
  };
}

customElements.define('present-deck', PresentDeck);
