/**
 * A step's words for its present-mode page, cut from the chapter as rendered: the chapter is
 * rendered once with markers around each step (PresentWordsStep), and each page takes the part
 * between its step's markers. The words are the chapter's own, with their figures, citation
 * marks and glossary terms, so nothing is typed twice.
 */
const start = (id: string) => `<template data-present-step="${id}"></template>`;
const end = (id: string) => `<template data-present-step-end="${id}"></template>`;

export const stepMarkers = { start, end };

// Keyed by the chapter's entry, so every step of a chapter shares one rendering.
const rendered = new WeakMap<object, string>();

export const renderedChapter = (entry: object): string | undefined => rendered.get(entry);
export const keepRenderedChapter = (entry: object, html: string): void => void rendered.set(entry, html);

/**
 * The HTML between a step's markers. Scripts are left out: a component's script is written once,
 * where the chapter first uses it, so whether a step carried one would depend on its neighbours;
 * the present page loads the scripts its words need itself.
 */
export function stepWords(chapterHtml: string, id: string): string {
  const from = chapterHtml.indexOf(start(id));
  const to = chapterHtml.indexOf(end(id));
  if (from < 0 || to < from) throw new Error(`Present mode: the words of step "${id}" were not found in its chapter`);
  return chapterHtml.slice(from + start(id).length, to).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
}

/**
 * How long a step's words are, as the type size must allow for: most steps are a sentence or two,
 * a few carry a list of estimates, and all must fit beside the chart without scrolling.
 */
export function wordsLength(html: string): 'short' | 'long' | 'longer' {
  const characters = html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim().length;
  return characters <= 250 ? 'short' : characters <= 450 ? 'long' : 'longer';
}
