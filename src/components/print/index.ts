/**
 * The components a chapter renders with on its printable handout: the prose components, with
 * the scrollytelling replaced by still figures. Only the handout page passes this map, so the
 * explainer and the chapter pages keep the live charts.
 */
import { proseComponentMap } from '../prose/index.ts';
import PrintScrolly from './PrintScrolly.astro';
import PrintStep from './PrintStep.astro';

export const printComponentMap = { ...proseComponentMap, Scrolly: PrintScrolly, Step: PrintStep };
