/** The components a chapter renders with when present mode takes one step's words from it. */
import { proseComponentMap } from '../prose/index.ts';
import PresentWordsScrolly from './PresentWordsScrolly.astro';
import PresentWordsStep from './PresentWordsStep.astro';

export const presentWordsMap = { ...proseComponentMap, Scrolly: PresentWordsScrolly, Step: PresentWordsStep };
