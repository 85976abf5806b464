/**
 * The components MDX chapters use without importing them. Keep in step with
 * src/lib/mdx/components.ts, which the content validator reads (a unit test checks both).
 */
import Fig from './Fig.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import Section from './Section.astro';
import Scrolly from '../scrolly/Scrolly.astro';
import Step from '../scrolly/Step.astro';
import Ratio from './Ratio.astro';
import PageSection from './PageSection.astro';
import When from './When.astro';
import Quote from './Quote.astro';

export const proseComponentMap = { Fig, Cite, Term, Section, Scrolly, Step, Ratio, When, Quote };

/** The same components for a page whose h1 is the chapter's or page's title: sections head with an h2. */
export const pageProseComponentMap = { ...proseComponentMap, Section: PageSection };
