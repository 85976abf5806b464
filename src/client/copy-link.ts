/**
 * <copy-link data-anchor="id">: copies the full address of a section or step, fragment and all,
 * so a teacher can paste it into a lesson. The button ships hidden because it can do nothing
 * without JavaScript (the heading link still shows the address then). The result is announced
 * through the element's own polite status region, which is also what sighted readers see.
 */
const ANNOUNCE_FOR_MS = 4000;

class CopyLink extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  #status: HTMLElement | null = null;
  #timer?: ReturnType<typeof setTimeout>;

  connectedCallback(): void {
    this.#button = this.querySelector('button');
    this.#status = this.querySelector('[role="status"]');
    if (!this.#button || !this.dataset.anchor) return;
    this.#button.addEventListener('click', this.#copy);
    this.#button.hidden = false;
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
