/**
 * The components a chapter renders with inside a chart's embed: the prose components, with the
 * scrollytelling replaced by a plain list of each chart's steps (see EmbedStepText).
 */
import { proseComponentMap } from '../prose/index.ts';
import EmbedScrolly from './EmbedScrolly.astro';
import EmbedStep from './EmbedStep.astro';

export const embedComponentMap = { ...proseComponentMap, Scrolly: EmbedScrolly, Step: EmbedStep };

