/** Frontmatter of a chapter in `content/chapters/*.mdx`. */
import { z } from 'astro/zod';
import { kebabId, expected, text, fields } from './common.ts';

export const chapterSchema = fields({
  /** The chapter's anchor (`/#<slug>`): chosen once, never changed, because teachers link to it. */
  slug: kebabId,
  /** Position in the explainer, from 1. */
  order: z.number({ error: expected('the chapter position, a whole number from 1') }).int().min(1),
  /** The chapter title as readers see it. */
  title: text('the chapter title, e.g. title: "The rise"'),
  /** One or two sentences on what the chapter covers, shown in the contents and in previews. */
  summary: text('a one- or two-sentence summary'),
  /** What a student should be able to do after reading, for teachers. */
  objectives: z
    .array(text('a learning objective'), { error: expected('a list of learning objectives, e.g. "- Explain why estimates differ"') })
    .min(1, { error: 'list at least one learning objective for teachers' }),
  /**
   * A chapter still being written: checked like the others, never published, and allowed the
   * "Replace this" placeholders and a length outside the explainer's limits. Remove it to publish.
   */
  draft: z.boolean({ error: expected('true while the chapter is being written; remove the line to publish it') }).default(false),
});

export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
