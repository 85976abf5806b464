/** Frontmatter of a stand-alone page written in MDX, e.g. `content/pages/methods.mdx` → /methods. */
import { z } from 'astro/zod';
import { text, fields } from './common.ts';

export const pageSchema = fields({
  /** The page title. */
  title: text('the page title'),
  /** One sentence for search results and link previews. */
  summary: text('a one-sentence description of the page'),
});

export type PageFrontmatter = z.infer<typeof pageSchema>;
