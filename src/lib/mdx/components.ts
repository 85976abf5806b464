/**
 * The components chapters may use without importing them, and what their attributes must name.
 * The validator checks chapters against this list; `src/components/prose/index.ts` supplies the
 * matching Astro components (a unit test keeps the two in step).
 */
import type { DataCollectionName } from '../schemas/index.ts';
import { dateStyles } from '../data/dates.ts';

export interface ComponentRule {
  /** Attributes that must be present and non-empty. */
  required: string[];
  /** Attributes that may be left out; any attribute in neither list is refused as a likely typo. */
  optional?: string[];
  /** The collection whose ids the `id` attribute must name, if any. */
  idNames?: DataCollectionName;
  /** Other attributes that must name an entry, and in which collection. */
  references?: Record<string, DataCollectionName>;
  /** Attributes that take one of a few words, and those words. */
  values?: Record<string, readonly string[]>;
  /** What the component is for, shown in the error for an unknown component. */
  purpose: string;
}

export const proseComponents: Record<string, ComponentRule> = {
  Fig: { required: ['id'], optional: ['bare'], idNames: 'figures', purpose: 'a number from content/data/figures.json' },
  Cite: { required: ['id'], idNames: 'sources', purpose: 'a numbered citation of a source' },
  Term: { required: ['id'], idNames: 'glossary', purpose: 'a glossary term' },
  Section: { required: ['id', 'title'], purpose: 'a section with a stable anchor' },
  Scrolly: { required: ['chart', 'title', 'subtitle'], purpose: 'a chart that moves with the steps inside it' },
  Step: { required: ['id', 'show', 'alt'], optional: ['date'], purpose: 'one step of a <Scrolly>, with the chart layers it shows' },
  Ratio: { required: ['of', 'to'], references: { of: 'figures', to: 'figures' }, purpose: 'one figure as a percentage of another, computed' },
  When: {
    required: ['event'],
    optional: ['format'],
    references: { event: 'events' },
    values: { format: dateStyles },
    purpose: 'the date of an event from content/data/events.json, at the precision its source gives',
  },
  Quote: { required: ['id'], idNames: 'quotes', purpose: 'a quotation from content/data/quotes.json, word for word, with its source' },
};
