/**
 * <glossary-term>: a term whose definition opens in a popover beside it, on click, tap or
 * keyboard focus, and closes with Esc, a click elsewhere, or when focus moves on.
 *
 * The server renders a plain link to /glossary#id, which is what readers without JavaScript
 * get. Here the link becomes a button (a control that opens something is a button to assistive
 * technology), and the glossary link moves into the popover. The native popover API supplies
 * the top layer, Esc and light dismiss; this script adds opening on focus, closing when focus
 * leaves, and a position that never covers the term (WCAG 2.4.11).
 */
const GAP = 6;
const EDGE = 8;
let count = 0;

/**
 * A copy of the term's popover from the place on the page that carries it: the server writes each
 * definition once a page (Term.astro), however often the term is used, and readers without
 * JavaScript never see a popover.
 */
function borrowedPopover(term: string): HTMLElement | null {
  const original = document.querySelector<HTMLElement>(`glossary-term[data-term="${CSS.escape(term)}"] > [popover]`);
  if (!original) return null;
  const copy = original.cloneNode(true) as HTMLElement;
  // The definition's id names the original's; #enhance gives the copy its own.
  copy.querySelector('.term-definition')?.removeAttribute('id');
  return copy;
}

class GlossaryTerm extends HTMLElement {
  #button?: HTMLButtonElement;
  #popover?: HTMLElement;
  /** Set while focus is handed back to the button, so that focus does not reopen the popover. */
  #returning = false;
  /** Whether focus was inside the popover as it began to close. */
  #focusInside = false;

  connectedCallback(): void {
    if (!this.#button) this.#enhance();
    const button = this.#button;
    const popover = this.#popover;
    if (!button || !popover) return;
    button.addEventListener('focus', this.#onFocus);
    this.addEventListener('focusout', this.#onFocusOut);
    popover.addEventListener('beforetoggle', this.#onBeforeToggle);
    popover.addEventListener('toggle', this.#onToggle);
  }

  /** Swaps the server's link for a button that opens the popover; once, even if the element moves. */
  #enhance(): void {
    const link = this.querySelector<HTMLAnchorElement>(':scope > a.term');
    // Without the popover API the link to the glossary is the better experience.
    if (!link || !('popover' in HTMLElement.prototype)) return;
    const popover = this.querySelector<HTMLElement>(':scope > [popover]') ?? borrowedPopover(link.dataset.term ?? '');
    if (!popover) return;
    if (!popover.isConnected) this.append(popover);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'term';
    button.dataset.term = link.dataset.term ?? '';
    button.append(...link.childNodes);
    button.popoverTargetElement = popover;
    const definition = popover.querySelector<HTMLElement>('.term-definition');
    if (definition) {
      definition.id ||= `term-definition-${++count}`;
      // Screen readers hear the definition with the term, open or not.
      button.setAttribute('aria-describedby', definition.id);
    }
    button.setAttribute('aria-expanded', 'false');
    link.replaceWith(button);
    this.#button = button;
    this.#popover = popover;
  }

  disconnectedCallback(): void {
    this.#button?.removeEventListener('focus', this.#onFocus);
    this.removeEventListener('focusout', this.#onFocusOut);
    this.#popover?.removeEventListener('beforetoggle', this.#onBeforeToggle);
    this.#popover?.removeEventListener('toggle', this.#onToggle);
    removeEventListener('scroll', this.#place);
    removeEventListener('resize', this.#place);
  }

  /**
   * Keyboard focus opens the definition. A click focuses the button too, but the click itself
   * toggles the popover, so opening here as well would close it again at once.
   */
  #onFocus = (): void => {
    if (this.#returning || !this.#button?.matches(':focus-visible')) return;
    this.#show();
  };

  #show(): void {
    const popover = this.#popover!;
    if (!popover.matches(':popover-open')) popover.showPopover({ source: this.#button! });
  }

  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && this.contains(next)) return;
    if (this.#popover?.matches(':popover-open')) this.#popover.hidePopover();
  };

  #onBeforeToggle = (event: Event): void => {
    if ((event as ToggleEvent).newState === 'open') {
      // The popover is laid out as soon as it opens; a frame callback places it before it is
      // painted, so it never flashes in the corner ("toggle" may come a frame late).
      requestAnimationFrame(this.#place);
    } else {
      this.#focusInside = !!this.#popover?.contains(document.activeElement);
    }
  };

  #onToggle = (event: Event): void => {
    const open = (event as ToggleEvent).newState === 'open';
    // Browsers derive this from popovertarget unevenly; stating it keeps every screen reader told.
    this.#button?.setAttribute('aria-expanded', String(open));
    if (open) {
      addEventListener('scroll', this.#place, { passive: true });
      addEventListener('resize', this.#place);
      return;
    }
    removeEventListener('scroll', this.#place);
    removeEventListener('resize', this.#place);
    // Closed with Esc while focus was inside: focus would fall to the page, so return it to the term.
    if (this.#focusInside && (document.activeElement === document.body || document.activeElement === null)) {
      this.#returning = true;
      this.#button?.focus();
      this.#returning = false;
    }
  };

  /** Below the term, or above it when there is no room below; always inside the viewport. */
  #place = (): void => {
    const button = this.#button;
    const popover = this.#popover;
    if (!button || !popover?.matches(':popover-open')) return;
    const term = button.getBoundingClientRect();
    // A term that wraps onto two lines: line the popover up with the part on the last line.
    const lastLine = [...button.getClientRects()].at(-1) ?? term;
    const { width, height } = popover.getBoundingClientRect();
    const viewportWidth = document.documentElement.clientWidth;
    const viewportHeight = document.documentElement.clientHeight;
    const below = term.bottom + GAP;
    const above = term.top - GAP - height;
    const top = below + height <= viewportHeight - EDGE || above < EDGE ? below : above;
    const left = Math.max(EDGE, Math.min(lastLine.left, viewportWidth - width - EDGE));
    // CSSOM, not a style attribute: the CSP refuses inline style attributes but not this.
    popover.style.setProperty('top', `${Math.round(top)}px`);
    popover.style.setProperty('left', `${Math.round(left)}px`);
  };
}

customElements.define('glossary-term', GlossaryTerm);
