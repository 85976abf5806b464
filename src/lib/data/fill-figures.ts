/**
 * Prints figures inside attribute text, where a `<Fig>` cannot go (a step's alt text):
 * "{area-2015-01}" becomes "90,800 km²". Numbers still come only from the figures data, and a
 * figure we worked out reads as ours, as it does in the prose.
 */
import { printAmount, type Printable } from './derived-text.ts';

export const FIGURE_PLACEHOLDER = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** Placeholders filled from a step's date rather than from a figure. */
export const DATE_PLACEHOLDERS: ReadonlySet<string> = new Set(['places-held']);

export function fillFigures(text: string, figures: ReadonlyMap<string, Printable>): string {
  return text.replace(FIGURE_PLACEHOLDER, (_, id: string) => {
    const figure = figures.get(id);
    if (!figure) throw new Error(`"{${id}}" names no figure in content/data/figures.json`);
    return printAmount(figure, figures);
  });
}
