/**
 * <chapter-bar>: the pinned bar on narrow screens. It shows once the reader is inside a chapter,
 * names that chapter, opens the contents as a modal dialog (the browser traps focus there, closes
 * it on Escape and hands focus back to the button), and takes the reader back to the top.
 * An IntersectionObserver wakes it only when a chapter crosses the reading line.
 */
import { currentMotion } from './motion.ts';

class ChapterBar extends HTMLElement {
  #observer?: IntersectionObserver;
  #chapters: { target: HTMLElement; link: HTMLAnchorElement }[] = [];
  #dialog?: HTMLDialogElement | null;
  #opener?: HTMLButtonElement | null;
  #label?: HTMLElement | null;
  #current?: HTMLAnchorElement;

  connectedCallback(): void {
    this.#dialog = this.querySelector('dialog');
    this.#opener = this.querySelector('[data-open-contents]');
    this.#label = this.querySelector('[data-current-chapter]');
    this.#fillList();
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-chapter]')) {
      const target = document.getElementById(link.dataset.chapter ?? '');
      if (target) this.#chapters.push({ target, link });
    }
    if (!this.#dialog || !this.#opener || this.#chapters.length === 0) return;
    // The stylesheet keeps anchors and pinned charts clear of the bar only while it can show.
    document.documentElement.dataset.chapterBar = '';
    this.hidden = false;

    this.addEventListener('click', this.#onClick);
    this.#dialog.addEventListener('close', this.#onClose);
    this.#observer = new IntersectionObserver(() => this.#update(), { rootMargin: '0px 0px -66% 0px' });
    for (const { target } of this.#chapters) this.#observer.observe(target);
    addEventListener('scrollend', this.#onScrollEnd, { passive: true });
    // Turned to a wide screen the bar is not drawn, and a modal left open there would leave the page inert.
    this.#wide.addEventListener('change', this.#onWide);
  }

  /**
   * The dialog's list is the contents list at the top of the story, chapter by chapter and section
   * by section, in the bar's own classes. Built here because the bar exists only with JavaScript:
   * sent in the page, the same links would be there twice.
   */
  #fillList(): void {
    const list = this.querySelector('.chapter-bar-list');
    if (!list || list.childElementCount > 0) return;
    const linkTo = (from: HTMLAnchorElement, chapter: boolean): HTMLAnchorElement => {
      const link = document.createElement('a');
      link.href = from.getAttribute('href') ?? '';
      link.textContent = from.textContent;
      link.className = chapter ? 'chapter-bar-link chapter-bar-chapter' : 'chapter-bar-link';
      if (chapter) link.dataset.chapter = decodeURIComponent(from.hash.slice(1));
      return link;
    };
    for (const item of document.querySelectorAll('.toc-chapters > li')) {
      const chapter = item.querySelector<HTMLAnchorElement>(':scope > a.toc-chapter');
      if (!chapter) continue;
      const entry = document.createElement('li');
      entry.append(linkTo(chapter, true));
      const sections = [...item.querySelectorAll<HTMLAnchorElement>(':scope > .toc-sections > li > a.toc-link')];
      if (sections.length > 0) {
        const inner = document.createElement('ol');
        for (const section of sections) {
          const li = document.createElement('li');
          li.append(linkTo(section, false));
          inner.append(li);
        }
        entry.append(inner);
      }
      list.append(entry);
    }
  }

  #wide = matchMedia('(min-width: 64rem)');
  #onWide = (): void => {
    if (this.#wide.matches) this.#dialog?.close();
  };

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    removeEventListener('scrollend', this.#onScrollEnd);
    this.#wide.removeEventListener('change', this.#onWide);
    delete document.documentElement.dataset.chapterBar;
  }

  #onScrollEnd = (): void => this.#update();

  /** The chapter whose top has passed the upper third of the viewport; none above the first. */
  #update(): void {
    const line = window.innerHeight / 3;
    let current: HTMLAnchorElement | undefined;
    for (const { target, link } of this.#chapters) if (target.getBoundingClientRect().top <= line) current = link;
    if (current === this.#current) return;
    this.#current?.removeAttribute('aria-current');
    current?.setAttribute('aria-current', 'location');
    this.#current = current;
    if (this.#label) this.#label.textContent = current?.textContent?.trim() ?? '';
    // Above the first chapter the masthead and the contents list are on screen: no bar is needed.
    this.toggleAttribute('data-visible', current !== undefined);
    // A dialog open while the bar slides away would be left with no button to return to.
    if (!current && this.#dialog?.open) this.#dialog.close();
  }

  #onClick = (event: Event): void => {
    const target = event.target as Element;
    if (target.closest('[data-open-contents]')) this.#open();
    else if (target.closest('[data-close-contents]')) this.#dialog?.close();
    else if (target.closest('[data-to-top]')) this.#toTop();
    // A link in the contents: close first, so the page scrolls to the section under no backdrop.
    else if (target.closest('dialog a')) this.#dialog?.close();
    // A tap on the backdrop lands on the dialog element itself, outside its content.
    else if (target === this.#dialog) this.#dialog.close();
  };

  #open(): void {
    if (!this.#dialog || !this.#opener) return;
    this.#dialog.showModal();
    this.#opener.setAttribute('aria-expanded', 'true');
    // Start at the chapter being read, so its sections are one tap away.
    const start = this.#current ?? this.#dialog.querySelector<HTMLAnchorElement>('a');
    start?.focus();
  }

  #onClose = (): void => {
    this.#opener?.setAttribute('aria-expanded', 'false');
  };

  #toTop(): void {
    window.scrollTo({ top: 0, behavior: currentMotion() === 'reduced' ? 'instant' : 'smooth' });
    // Keyboard and screen-reader users go back to the top too, not only the view.
    document.querySelector<HTMLElement>('#main')?.focus({ preventScroll: true });
  }
}

customElements.define('chapter-bar', ChapterBar);
