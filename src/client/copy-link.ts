/**
 * <copy-link data-anchor="id">: copies the full address of a section or step, fragment and all,
 * so a teacher can paste it into a lesson. The page ships the element empty and the script builds
 * its button: without JavaScript the button could do nothing (the heading link still shows the
 * address then), and sixty-four hidden buttons weighed about 17 KB on the home page. The result is
 * announced through the element's own polite status region, which is also what sighted readers see.
 */
const ANNOUNCE_FOR_MS = 4000;
const SVG = 'http://www.w3.org/2000/svg';

/**
 * The icon: a <use> of the paths IconSymbols.astro draws once a page. The viewBox is here and the
 * paths are a plain group there (not a <symbol> with its own viewBox), so they are placed exactly
 * as when each button carried them: a nested viewport shifted the antialiasing of a few pixels.
 */
function icon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'copy-link-icon');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const use = document.createElementNS(SVG, 'use');
  use.setAttribute('href', '#copy-link-icon');
  svg.append(use);
  return svg;
}

const srOnly = (text: string): HTMLSpanElement => {
  const span = document.createElement('span');
  span.className = 'sr-only';
  span.textContent = text;
  return span;
};

/**
 * A step's button says "Copy link" (and "to this step" to a screen reader); a section's shows the
 * icon alone, with a tooltip, and is named for the section's heading (`<id>-title`, which also names the section).
 */
function buildButton(element: HTMLElement, anchor: string): { button: HTMLButtonElement; status: HTMLSpanElement } {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link-button';
  if (element.classList.contains('copy-link-step')) {
    button.append(icon(), 'Copy link', srOnly(' to this step'));
  } else {
    button.title = 'Copy link';
    const title = document.getElementById(`${anchor}-title`)?.textContent ?? '';
    button.append(icon(), srOnly(`Copy link to ${title}`));
  }
  const status = document.createElement('span');
  status.className = 'copy-link-status';
  status.setAttribute('role', 'status');
  element.replaceChildren(button, status);
  return { button, status };
}

class CopyLink extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  #status: HTMLElement | null = null;
  #timer?: ReturnType<typeof setTimeout>;

  connectedCallback(): void {
    const anchor = this.dataset.anchor;
    if (!anchor) return;
    // Built once, even if the element moves.
    if (!this.#button) ({ button: this.#button, status: this.#status } = buildButton(this, anchor));
    this.#button.addEventListener('click', this.#copy);
  }

  disconnectedCallback(): void {
    this.#button?.removeEventListener('click', this.#copy);
    clearTimeout(this.#timer);
  }

  #copy = async (): Promise<void> => {
    const fragment = `#${encodeURIComponent(this.dataset.anchor!)}`;
    try {
      await navigator.clipboard.writeText(`${location.origin}${location.pathname}${fragment}`);
      this.#announce('Link copied');
    } catch {
      // No clipboard (an old browser, a refused permission): put the link in the address bar,
      // where it can be copied by hand.
      history.replaceState(history.state, '', fragment);
      this.#announce('Copy the link from the address bar');
    }
  };

  #announce(text: string): void {
    const status = this.#status;
    if (!status) return;
    clearTimeout(this.#timer);
    // Emptied first, so a second copy of the same link is announced again.
    status.textContent = '';
    this.#timer = setTimeout(() => {
      status.textContent = text;
      this.#timer = setTimeout(() => (status.textContent = ''), ANNOUNCE_FOR_MS);
    }, 50);
  }
}

customElements.define('copy-link', CopyLink);
