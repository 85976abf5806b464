/**
 * <copy-text>: a Copy button for a piece of text rendered by the server (a citation). The button
 * ships hidden, so without JavaScript, or without a clipboard, readers still select the text
 * themselves. The result is said in the element's role="status" region.
 *
 * Markup: the text in [data-copy-source], a hidden <button data-copy>, an empty
 * [data-copy-status], and the message in data-copied (e.g. "Citation copied").
 * A <time data-access-style="apa|mla|chicago"> inside the text is an access date: the server can
 * only write the build date there, so it is set to the reader's own date, again at each copy.
 */
import { calendarDate, formatCitationDate, isoDate, type CitationStyle } from '../lib/data/citation-formats.ts';

const CLEAR_AFTER_MS = 4000;
const styles = new Set<string>(['apa', 'mla', 'chicago']);

class CopyText extends HTMLElement {
  #clearTimer: number | undefined;

  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button[data-copy]');
    if (!button || !this.#source() || !navigator.clipboard) return;
    this.#refreshAccessDates();
    button.hidden = false;
    button.addEventListener('click', this.#onClick);
  }

  disconnectedCallback(): void {
    this.querySelector('button[data-copy]')?.removeEventListener('click', this.#onClick);
    clearTimeout(this.#clearTimer);
  }

  #source(): HTMLElement | null {
    return this.querySelector<HTMLElement>('[data-copy-source]');
  }

  #refreshAccessDates(): void {
    const today = calendarDate(new Date(), 'local');
    for (const time of this.querySelectorAll<HTMLTimeElement>('time[data-access-style]')) {
      const style = time.dataset.accessStyle ?? '';
      if (!styles.has(style)) continue;
      time.dateTime = isoDate(today);
      time.textContent = formatCitationDate(style as CitationStyle, today);
    }
  }

  #onClick = async (): Promise<void> => {
    const source = this.#source();
    if (!source) return;
    this.#refreshAccessDates();
    try {
      // Code (a textarea) is copied as it reads, line by line and as plain text only; prose joins its lines.
      if (source instanceof HTMLTextAreaElement) await navigator.clipboard.writeText(source.value);
      else await this.#write(source.textContent?.replace(/\s+/g, ' ').trim() ?? '', source.innerHTML.trim());
      this.#announce(this.dataset.copied ?? 'Copied');
    } catch {
      this.#announce('Could not copy: select the text and copy it instead');
    }
  };

  /** Rich text keeps the italics when pasted into a word processor; plain text everywhere else. */
  async #write(text: string, html: string): Promise<void> {
    if (typeof ClipboardItem === 'function') {
      try {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/plain': new Blob([text], { type: 'text/plain' }),
            'text/html': new Blob([html], { type: 'text/html' }),
          }),
        ]);
        return;
      } catch {
        // Some browsers refuse text/html; plain text is still worth trying.
      }
    }
    await navigator.clipboard.writeText(text);
  }

  #announce(message: string): void {
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    if (!status) return;
    clearTimeout(this.#clearTimer);
    // Emptying first makes a second copy of the same citation announce again.
    status.textContent = '';
    requestAnimationFrame(() => {
      status.textContent = message;
    });
    this.#clearTimer = window.setTimeout(() => {
      status.textContent = '';
    }, CLEAR_AFTER_MS);
  }
}

customElements.define('copy-text', CopyText);
