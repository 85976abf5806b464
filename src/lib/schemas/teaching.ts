/**
 * `content/teaching.json`: what the /teachers page adds to each chapter, written by editors as
 * content: discussion questions and, for some chapters, a timed lesson plan. A mistake stops the
 * build with the file, the entry and the field, like every other content error, because a lesson
 * plan that points at a section which no longer exists would fail a teacher in front of a class.
 */
import { z } from 'astro/zod';
import { expected, kebabId, oneOf, text } from './common.ts';
import { chartIds as allChartIds, type ChartId } from '../../charts/index.ts';
import { closest, ContentError, fieldPath, type ContentProblem } from '../validate/problems.ts';

/**
 * Numbers of 100 or more, years apart, typed as numerals. Teaching notes point readers to the
 * explainer's figures, which carry their sources; a number typed here would carry none and would
 * not change when the data does.
 */
function typedNumbers(value: string): string[] {
  return [...value.matchAll(/\d[\d,.]*\d|\d/g)]
    .map(([match]) => match)
    .filter((match) => Number(match.replace(/,/g, '')) >= 100 && !/^(19|20)\d\d$/.test(match));
}

/** Prose for teachers and students: non-empty, and with no figure typed in it. */
const teachingText = (valid: string) =>
  text(valid).superRefine((value, ctx) => {
    const found = typedNumbers(value);
    if (found.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `types the number ${found.map((n) => `"${n}"`).join(', ')}: refer to the figure in the explainer instead (for example "the broadcaster's estimate"), so the number keeps its source`,
      });
    }
  });

const chartIds: ChartId[] = [...allChartIds];

export const lessonStageSchema = z.object({
  /** How long the stage takes, in whole minutes. */
  minutes: z.number({ error: expected('the minutes this stage takes, a whole number') }).int().min(1).max(120),
  /** A short name for the stage, e.g. "Starter". */
  title: teachingText('a short name for the stage, e.g. "Starter"'),
  /** What the teacher and the students do. */
  activity: teachingText('what the teacher and students do in this stage'),
  /** Chapter, section or step anchors the stage uses; each becomes a link to `/#<id>`. */
  use: z.array(kebabId, { error: expected('a list of chapter, section or step ids, e.g. ["city-falls"]') }).default([]),
  /** A chart to show (its embed, `/embed/<chart>/`, suits a projector or a slide). */
  chart: z.enum(chartIds as [ChartId, ...ChartId[]], { error: oneOf(chartIds) }).optional(),
});

export const lessonPlanSchema = z
  .object({
    /** The lesson's title, as a question it answers or a topic. */
    title: teachingText('the lesson title'),
    /** Length of the lesson; the stages add up to it. */
    minutes: z.number({ error: expected('the lesson length in minutes, e.g. 45') }).int().min(10).max(120),
    /** What students should come away with, in one or two sentences. */
    aim: teachingText('the lesson aim, one or two sentences'),
    /** What to prepare before the lesson. */
    prepare: z.array(teachingText('a thing to prepare')).default([]),
    /** The lesson, stage by stage, in order. */
    stages: z.array(lessonStageSchema, { error: expected('a list of stages') }).min(2, { error: 'a lesson plan needs at least two stages' }),
  })
  .superRefine((plan, ctx) => {
    const total = plan.stages.reduce((sum, stage) => sum + stage.minutes, 0);
    if (total !== plan.minutes) {
      ctx.addIssue({ code: 'custom', path: ['stages'], message: `the stages add up to ${total} minutes, but the lesson is ${plan.minutes}: make them match` });
    }
  });

export const teachingEntrySchema = z.object({
  /** The chapter's slug (its frontmatter `slug`). */
  chapter: kebabId,
  /** Open questions for discussion: neutral, answerable from the chapter and its sources. */
  questions: z
    .array(teachingText('a discussion question'), { error: expected('a list of discussion questions') })
    .min(3, { error: 'write at least three discussion questions for the chapter' }),
  /** A suggested lesson built on the chapter. */
  lessonPlan: lessonPlanSchema.optional(),
});

export const teachingSchema = z.array(teachingEntrySchema, { error: expected('a list of { chapter, questions, lessonPlan? } entries') });

export type TeachingEntry = z.infer<typeof teachingEntrySchema>;
export type LessonPlan = z.infer<typeof lessonPlanSchema>;
export type LessonStage = z.infer<typeof lessonStageSchema>;

/**
 * Checks the parsed file against the chapters: one entry per chapter, no entry for a chapter that
 * does not exist, and every anchor a lesson stage uses still on the page. Returns the entries by
 * chapter slug, or throws a ContentError listing every problem.
 */
export function teachingNotes(raw: unknown, context: { file: string; chapters: string[]; anchors: ReadonlySet<string> }): Map<string, TeachingEntry> {
  const { file, chapters, anchors } = context;
  const problems: ContentProblem[] = [];
  const parsed = teachingSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [index, ...field] = issue.path;
      const entry = typeof index === 'number' && Array.isArray(raw) ? ((raw[index] as { chapter?: unknown })?.chapter ?? `#${index + 1}`) : undefined;
      problems.push({ file, entry: entry === undefined ? undefined : String(entry), field: field.length ? fieldPath(field) : undefined, message: issue.message });
    }
    throw new ContentError(problems);
  }
  const notes = new Map<string, TeachingEntry>();
  for (const entry of parsed.data) {
    if (notes.has(entry.chapter)) problems.push({ file, entry: entry.chapter, field: 'chapter', message: 'this chapter already has an entry: merge the two' });
    if (!chapters.includes(entry.chapter)) {
      problems.push({ file, entry: entry.chapter, field: 'chapter', message: `no chapter has this slug: use one of ${chapters.map((slug) => `"${slug}"`).join(', ')}` });
    }
    notes.set(entry.chapter, entry);
    entry.lessonPlan?.stages.forEach((stage, i) =>
      stage.use.forEach((id, j) => {
        if (anchors.has(id)) return;
        const near = closest(id, anchors);
        const hint = near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
        problems.push({ file, entry: entry.chapter, field: `lessonPlan.stages[${i}].use[${j}]`, message: `no chapter, section or step has the id "${id}"${hint}` });
      }),
    );
  }
  for (const slug of chapters) {
    if (!notes.has(slug)) problems.push({ file, entry: slug, message: 'the chapter has no teaching notes: add an entry with at least three discussion questions' });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return notes;
}
