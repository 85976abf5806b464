/**
 * An embed framed in another page tells that page its height whenever it changes (the chart
 * laid out, a step's words, the data table opened, the frame made narrower), so the embed code's
 * script (EmbedCode.astro) can make the frame exactly as tall: nothing cut off, no scroll bar
 * inside it. Only the height is sent, which any page may know, so any page may hear it.
 */
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from './embed-message.ts';

if (window.parent !== window) {
  const chart = document.body.dataset.embedChart ?? '';
  const post = () => {
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, chart, height: Math.ceil(document.documentElement.getBoundingClientRect().height) };
    window.parent.postMessage(message, '*');
  };
  // The observer reports once at the start and after every layout that changes the page's size.
  new ResizeObserver(post).observe(document.documentElement);
}
