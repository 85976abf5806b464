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

export const proseComponentMap = { Fig, Cite, Term, Section, Scrolly, Step, Ratio };
