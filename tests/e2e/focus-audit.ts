/**
 * Measurements taken inside the page for the keyboard, zoom and target-size tests. Installed with
 * page.addInitScript (which the page's Content-Security-Policy does not govern) as
 * `window.focusAudit`; everything here runs in the browser, so it may not use anything from
 * this module's scope.
 */
import type { Page } from '@playwright/test';

export interface FocusStop {
  /** Position of the focused element in the list of tabbable elements, -1 if not in it. */
  index: number;
  what: string;
  /** Inside a popover that opened for the previous stop (a glossary term's "Full entry" link). */
  inPopover: boolean;
  /** Why the focus indicator is not good enough, or null. */
  indicatorProblem: string | null;
  /** What covers part of the focused element, or null. */
  obscuredBy: string | null;
  /** The focused element is not where the reader is looking. */
  offscreen: boolean;
}

export interface TargetProblem {
  what: string;
  width: number;
  height: number;
}

export interface AuditApi {
  /** Lists the elements Tab should reach, in order, and remembers them for `stop()`. */
  tabbables(): string[];
  /** The focused element, checked, once the browser has scrolled it into view and painted. */
  stop(): Promise<FocusStop | null>;
  /**
   * Focuses each tabbable element in turn (by script, after a key press, so `:focus-visible`
   * applies as it would for Tab) and returns those whose focus indicator falls short.
   */
  indicators(): string[];
  /** Controls smaller than 24×24 CSS px without the spacing or inline exceptions. */
  smallTargets(): { problems: TargetProblem[]; inline: number; checked: number };
  /** Elements that clip their own text (overflow hidden or clip, or an ellipsis). */
  clippedText(): string[];
  /** How far the page scrolls sideways, in CSS px. */
  horizontalOverflow(): { overflow: number; widest: string[] };
  /** Charts drawn narrower than 300 CSS px although the space they sit in is wider. */
  narrowCharts(): string[];
  /** Step text that a sticky graphic paints over, with each step brought to its reading line. */
  coveredStepText(): Promise<string[]>;
}

declare global {
  interface Window {
    focusAudit: AuditApi;
  }
}

export async function installFocusAudit(page: Page): Promise<void> {
  await page.addInitScript(defineAudit);
}

/** Runs in the page. */
function defineAudit(): void {
  const FOCUSABLE =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"], audio[controls], video[controls]';
  const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  let list: Element[] = [];

  const what = (el: Element): string => {
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${id}${cls} "${label}"`;
  };

  const firstSummary = (el: Element): boolean =>
    el.tagName !== 'SUMMARY' || (el.parentElement?.tagName === 'DETAILS' && el.parentElement.querySelector(':scope > summary') === el);

  const isTabbable = (el: Element): boolean => {
    const html = el as HTMLElement;
    if (html.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert]')) return false;
    if (!firstSummary(el)) return false;
    // Hidden, display: none, visibility: hidden, inside a closed <details> or a closed popover.
    return el.checkVisibility({ visibilityProperty: true });
  };

  const parseColor = (value: string): [number, number, number, number] | null => {
    const m = value.match(/rgba?\(([^)]+)\)/);
    if (!m) {
      const srgb = value.match(/color\(srgb ([^)]+)\)/);
      if (!srgb) return null;
      const [r, g, b, a] = srgb[1]!.split(/[\s/]+/).map(Number);
      return [r! * 255, g! * 255, b! * 255, a ?? 1];
    }
    const [r, g, b, a] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r!, g!, b!, a ?? 1];
  };
  const luminance = ([r, g, b]: number[]): number => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  };
  const contrast = (a: number[], b: number[]): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  /** The colour behind an element's outline: the first opaque background among its ancestors. */
  const backdrop = (el: Element): number[] => {
    const layers: number[][] = [];
    for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
      const color = parseColor(getComputedStyle(node).backgroundColor);
      if (color && color[3] > 0) {
        layers.push(color);
        if (color[3] >= 1) break;
      }
    }
    let base = layers.pop() ?? [255, 255, 255, 1];
    // Blend any translucent layers over the opaque one beneath them.
    for (const top of layers.reverse()) base = base.map((c, i) => (i < 3 ? top[i]! * top[3]! + c * (1 - top[3]!) : 1));
    return base;
  };

  const indicatorProblem = (el: Element): string | null => {
    const style = getComputedStyle(el);
    const behind = backdrop(el);
    const outlineWidth = Number.parseFloat(style.outlineWidth);
    if (style.outlineStyle !== 'none' && outlineWidth >= 2) {
      const color = parseColor(style.outlineColor);
      if (!color) return `unreadable outline colour ${style.outlineColor}`;
      const ratio = contrast(color, behind);
      if (ratio < 3) return `outline contrast ${ratio.toFixed(2)}:1 against its background`;
      return clippedOutline(el, outlineWidth + Math.max(0, Number.parseFloat(style.outlineOffset)));
    }
    if (style.boxShadow !== 'none') {
      const color = parseColor(style.boxShadow);
      if (color && contrast(color, behind) >= 3) return null;
      return `box-shadow ${style.boxShadow} is too faint`;
    }
    return `no outline or box-shadow (outline: ${style.outlineStyle} ${style.outlineWidth})`;
  };

  /** An outline drawn outside the element can be cut off by an ancestor that clips its overflow. */
  const clippedOutline = (el: Element, outside: number): string | null => {
    const r = el.getBoundingClientRect();
    for (let node: Element | null = el.parentElement; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const box = node.getBoundingClientRect();
      const left = box.left + node.clientLeft;
      const top = box.top + node.clientTop;
      const cut = [
        left - (r.left - outside),
        r.right + outside - (left + node.clientWidth),
        top - (r.top - outside),
        r.bottom + outside - (top + node.clientHeight),
      ].map((v) => Math.max(0, v));
      // The whole ring is gone on some side: not just trimmed by a pixel of rounding.
      if (cut.some((v, i) => v >= (i < 2 ? Math.min(outside, r.width) : Math.min(outside, r.height)) - 0.5 && v > 1))
        return `outline cut off by ${what(node)} (overflow ${style.overflowX}/${style.overflowY})`;
    }
    return null;
  };

  /** Sticky and fixed boxes (popovers among them), found once per page: the search is slow. */
  let stuck: Element[] = [];
  const findStuck = (): Element[] =>
    [...document.querySelectorAll('body *')].filter((el) => {
      if (el.closest('svg')) return false;
      const position = getComputedStyle(el).position;
      return position === 'fixed' || position === 'sticky';
    });

  /** Sticky or fixed boxes, and what of the focused element each paints over. */
  const obscuredBy = (el: Element): string | null => {
    const rects = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const covers = stuck.filter(
      (other) => !other.contains(el) && !el.contains(other) && other.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
    );
    for (const cover of covers) {
      const box = cover.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      for (const r of rects) {
        const left = Math.max(r.left, box.left);
        const right = Math.min(r.right, box.right);
        const top = Math.max(r.top, box.top);
        const bottom = Math.min(r.bottom, box.bottom);
        if (right - left < 1 || bottom - top < 1) continue;
        // The rectangles overlap; the paint order says which is on top. A decorative overlay
        // that ignores the pointer is made hit-testable for the question.
        const html = cover as HTMLElement;
        const previous = html.style.getPropertyValue('pointer-events');
        html.style.setProperty('pointer-events', 'auto');
        try {
          // Corners a little inside, so a rounded corner does not let the point miss the control.
          const inset = Math.min(4, (right - left) / 2, (bottom - top) / 2);
          for (const [x, y] of [
            [(left + right) / 2, (top + bottom) / 2],
            [left + inset, top + inset],
            [right - inset, bottom - inset],
            [left + inset, bottom - inset],
            [right - inset, top + inset],
          ] as const) {
            const topmost = document.elementFromPoint(x, y);
            if (topmost && cover.contains(topmost)) return `${what(cover)} covers ${Math.round(right - left)}×${Math.round(bottom - top)} px`;
          }
        } finally {
          if (previous) html.style.setProperty('pointer-events', previous);
          else html.style.removeProperty('pointer-events');
        }
      }
    }
    return null;
  };

  const offscreen = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const fitsX = r.width <= width;
    const fitsY = r.height <= height;
    // A box that fits must be wholly in view; a bigger one (a long table) must at least show.
    const inX = fitsX ? r.left >= -1 && r.right <= width + 1 : r.right > 0 && r.left < width;
    const inY = fitsY ? r.top >= -1 && r.bottom <= height + 1 : r.bottom > 0 && r.top < height;
    return !(inX && inY);
  };

  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  const targetRect = (el: Element): DOMRect => el.getBoundingClientRect();

  /** WCAG 2.5.8's inline exception: a target in a sentence, sized by the line of text around it. */
  const inSentence = (el: Element): boolean => {
    if (!getComputedStyle(el).display.startsWith('inline')) return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block) return false;
    let text = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !parent.closest(INTERACTIVE) && parent.checkVisibility()) text += node.textContent;
    }
    return /\p{L}{2,}/u.test(text);
  };

  const overlaps = (a: DOMRect, b: DOMRect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  /** Distance from a point to the nearest point of a rectangle. */
  const distance = (x: number, y: number, r: DOMRect): number =>
    Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));

  const isSrOnly = (el: Element): boolean => {
    const style = getComputedStyle(el);
    return style.position === 'absolute' && (style.clip !== 'auto' || style.clipPath !== 'none') && el.getBoundingClientRect().width <= 1;
  };

  window.focusAudit = {
    tabbables() {
      const all = [...document.querySelectorAll(FOCUSABLE)];
      const positive = all.filter((el) => (el as HTMLElement).tabIndex > 0);
      if (positive.length) throw new Error(`positive tabindex breaks reading order: ${positive.map(what).join(', ')}`);
      list = all.filter(isTabbable);
      stuck = findStuck();
      return list.map(what);
    },

    async stop() {
      // A glossary popover places itself in the next frame; focus scrolling is already done.
      if (document.querySelector(':popover-open')) await frame();
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      return {
        index: list.indexOf(el),
        what: what(el),
        inPopover: !!el.closest('[popover]'),
        indicatorProblem: indicatorProblem(el),
        obscuredBy: obscuredBy(el),
        offscreen: offscreen(el),
      };
    },

    indicators() {
      const found: string[] = [];
      for (const el of list) {
        (el as HTMLElement).focus();
        if (!el.matches(':focus-visible')) found.push(`${what(el)}: focus not shown as keyboard focus`);
        else {
          const problem = indicatorProblem(el);
          if (problem) found.push(`${what(el)}: ${problem}`);
        }
      }
      return found;
    },

    smallTargets() {
      const targets = [...document.querySelectorAll(INTERACTIVE)].filter(
        (el) => el.checkVisibility({ visibilityProperty: true }) && firstSummary(el) && !el.closest('[inert]'),
      );
      const rects = new Map(targets.map((el) => [el, targetRect(el)]));
      const small = targets.filter((el) => {
        const r = rects.get(el)!;
        return r.width < 24 || r.height < 24;
      });
      const inline = small.filter(inSentence);
      const problems: TargetProblem[] = [];
      for (const el of small) {
        if (inline.includes(el)) continue;
        const r = rects.get(el)!;
        const x = (r.left + r.right) / 2;
        const y = (r.top + r.bottom) / 2;
        // The spacing exception: a 24 px circle centred on the target touches no other target,
        // and no other small target's circle.
        const crowded = targets.some((other) => {
          if (other === el || other.contains(el) || el.contains(other)) return false;
          const o = rects.get(other)!;
          if (distance(x, y, o) < 12) return true;
          if (!small.includes(other)) return false;
          return Math.hypot(x - (o.left + o.right) / 2, y - (o.top + o.bottom) / 2) < 24;
        });
        if (crowded) problems.push({ what: what(el), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 });
      }
      return { problems, inline: inline.length, checked: targets.length };
    },

    clippedText() {
      const found: string[] = [];
      for (const el of document.querySelectorAll('body *')) {
        if (el.closest('svg') || !el.checkVisibility() || isSrOnly(el)) continue;
        const style = getComputedStyle(el);
        const clips = (value: string) => value === 'hidden' || value === 'clip';
        const text = (el.textContent ?? '').trim();
        if (!text) continue;
        if (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) found.push(`${what(el)} cuts ${el.scrollWidth - el.clientWidth} px sideways`);
        else if (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1) found.push(`${what(el)} cuts ${el.scrollHeight - el.clientHeight} px off the bottom`);
        else if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) found.push(`${what(el)} ends in an ellipsis`);
      }
      return found;
    },

    horizontalOverflow() {
      const root = document.documentElement;
      const width = root.clientWidth;
      const overflow = Math.max(root.scrollWidth, document.body.scrollWidth) - width;
      const widest: Element[] = [];
      // What sticks out: a box, or the text of a box too narrow for a long word. Whatever scrolls
      // inside its own container (a wide table) or draws inside a chart does not move the page.
      const scrollsInside = (el: Element): boolean => {
        for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
          if (getComputedStyle(node).overflowX !== 'visible') return true;
        }
        return false;
      };
      if (overflow > 0) {
        for (const el of document.querySelectorAll('body *')) {
          // Report the outermost culprits, not every descendant of one.
          if (widest.some((w) => w.contains(el)) || (el.closest('svg') !== null && el.tagName !== 'svg') || scrollsInside(el)) continue;
          if (el.getBoundingClientRect().right > width + 1 && !isSrOnly(el)) widest.push(el);
          if (widest.length >= 8) break;
        }
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node && widest.length < 8; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (!node.textContent?.trim() || parent.closest('svg') || widest.some((w) => w.contains(parent)) || scrollsInside(parent)) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          if ([...range.getClientRects()].some((r) => r.right > width + 1)) widest.push(parent);
        }
      }
      return { overflow, widest: widest.map(what) };
    },

    narrowCharts() {
      const found: string[] = [];
      for (const chart of document.querySelectorAll('.scrolly-graphic, .explorer-figure, .embed-figure')) {
        if (!chart.checkVisibility()) continue;
        const width = chart.getBoundingClientRect().width;
        const room = chart.parentElement!.clientWidth;
        if (width < Math.min(300, room) - 1) found.push(`${what(chart)} is ${Math.round(width)} px wide in ${Math.round(room)} px`);
      }
      return found;
    },

    async coveredStepText() {
      const found: string[] = [];
      for (const step of document.querySelectorAll<HTMLElement>('scrolly-story[data-enhanced] .scrolly-step')) {
        const card = step.querySelector<HTMLElement>('.step-card')!;
        const graphic = step.closest('scrolly-story')!.querySelector('.scrolly-graphic')!;
        // The reading line, where a step takes over the chart; then, side by side, the card in
        // mid-screen, where it is read. Stacked (one column), the graphic is pinned above the
        // steps and the card is read just below it, on the measured line the story sets.
        const story = step.closest<HTMLElement>('scrolly-story')!;
        const stackedLine = Number.parseFloat(story.style.getPropertyValue('--scrolly-line'));
        const trigger = Number.parseFloat(getComputedStyle(story).getPropertyValue('--scrolly-trigger')) || 0.5;
        const height = window.innerHeight;
        const readAt = stackedLine > 0 ? [stackedLine - 2] : [height * trigger - 2, Math.max(height * 0.1, (height - card.offsetHeight) / 2)];
        for (const cardTop of readAt) {
          window.scrollTo({ top: window.scrollY + card.getBoundingClientRect().top - cardTop, behavior: 'instant' });
          await frame();
          const problem = coveredText(card, graphic);
          if (problem) {
            found.push(`${step.id}: ${problem}`);
            break;
          }
        }
      }
      return found;
    },
  };

  /** The first line of text in `card` that `graphic` paints over, or null. */
  function coveredText(card: Element, graphic: Element): string | null {
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || !node.parentElement?.checkVisibility() || node.parentElement.closest('.sr-only')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.bottom < 0 || r.top > window.innerHeight || r.width < 2) continue;
        const x = r.left + Math.min(r.width / 2, 8);
        const y = (r.top + r.bottom) / 2;
        const top = document.elementFromPoint(x, y);
        if (top && graphic.contains(top)) return `"${node.textContent.trim().slice(0, 30)}" under ${what(top)}`;
      }
    }
    return null;
  }
}
