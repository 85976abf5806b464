/**
 * `content/teaching.json`: what the /teachers page adds to each chapter, written by editors as
 * content: discussion questions and, for some chapters, a timed lesson plan. A mistake stops the
 * build with the file, the entry and the field, like every other content error, because a lesson
 * plan that points at a section which no longer exists would fail a teacher in front of a class.
 */
import { z } from 'astro/zod';
import { expected, kebabId, oneOf, text, fields } from './common.ts';
import { chartIds as allChartIds, type ChartId } from '../../charts/index.ts';
import { closest, ContentError, fieldPath, issuePath, reportedIssues, type ContentProblem } from '../validate/problems.ts';

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

export const lessonStageSchema = fields({
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

export const lessonPlanSchema = fields({
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

export const teachingEntrySchema = fields({
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
export function teachingNotes(
  raw: unknown,
  context: {
    file: string;
    chapters: string[];
    anchors: ReadonlySet<string>;
    stepCharts: ReadonlyMap<string, string>;
    /** content/permalinks.json's aliases: a stage may still name an id that was renamed. */
    aliases?: Readonly<Record<string, string>>;
  },
): Map<string, TeachingEntry> {
  const { file, chapters, anchors, stepCharts, aliases = {} } = context;
  const problems: ContentProblem[] = [];
  const parsed = teachingSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of reportedIssues(parsed.error.issues)) {
      const [index, ...field] = issuePath(issue);
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
    // A renamed id keeps its lesson links: the page links straight to the new id, which also
    // works without the script that follows aliases.
    entry.lessonPlan?.stages.forEach((stage) => {
      stage.use = stage.use.map((id) => (!anchors.has(id) && anchors.has(aliases[id] ?? '') ? aliases[id]! : id));
    });
    entry.lessonPlan?.stages.forEach((stage, i) =>
      stage.use.forEach((id, j) => {
        if (anchors.has(id)) return;
        const near = closest(id, anchors);
        const hint = near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
        problems.push({ file, entry: entry.chapter, field: `lessonPlan.stages[${i}].use[${j}]`, message: `no chapter, section or step has the id "${id}"${hint}` });
      }),
    );
    for (const problem of chartWordsProblems(entry, stepCharts)) problems.push({ file, entry: entry.chapter, ...problem });
  }
  for (const slug of chapters) {
    if (!notes.has(slug)) problems.push({ file, entry: slug, message: 'the chapter has no teaching notes: add an entry with at least three discussion questions' });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return notes;
}

/** What teachers call each chart in their notes, so a note about a chart the story no longer has is caught. */
const CHART_NAMES: [RegExp, string][] = [
  [/\bsize map\b/i, 'size-map'],
  [/\bpeople chart\b/i, 'people'],
  [/\bfighters chart\b/i, 'fighters'],
  [/\bterritory chart\b/i, 'territory'],
  [/\bcontrol map\b/i, 'control-map'],
];

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const STEP_COUNT = new RegExp(`\\b(?:its|the|all)\\s+(${NUMBER_WORDS.join('|')}|\\d+)\\s+steps\\b`, 'i');

/**
 * What the notes say about the charts against what the chapters draw: a chart named in the notes
 * is one the story shows; a stage that shows a chart uses that chart's steps; and "its four steps"
 * is the number the chart has, since a teacher reads it out in class and counts.
 */
function chartWordsProblems(entry: TeachingEntry, stepCharts: ReadonlyMap<string, string>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const shown = new Set(stepCharts.values());
  const stepsOf = (chart: string) => [...stepCharts].filter(([, of]) => of === chart).map(([id]) => id);
  const texts: [string, string][] = entry.questions.map((question, i) => [`questions[${i}]`, question]);
  const plan = entry.lessonPlan;
  if (plan) {
    texts.push(['lessonPlan.aim', plan.aim], ...plan.prepare.map((line, i): [string, string] => [`lessonPlan.prepare[${i}]`, line]));
    plan.stages.forEach((stage, i) => texts.push([`lessonPlan.stages[${i}].title`, stage.title], [`lessonPlan.stages[${i}].activity`, stage.activity]));
  }
  for (const [field, value] of texts) {
    for (const [name, chart] of CHART_NAMES) {
      const said = name.exec(value)?.[0];
      if (said && !shown.has(chart)) problems.push({ field, message: `names the ${said}, which no chapter shows: name a chart the story has (${[...shown].join(', ')}), or take it out` });
    }
  }
  plan?.stages.forEach((stage, i) => {
    const usedCharts = new Set(stage.use.flatMap((id) => (stepCharts.has(id) ? [stepCharts.get(id)!] : [])));
    if (stage.chart && !shown.has(stage.chart)) {
      problems.push({ field: `lessonPlan.stages[${i}].chart`, message: `no chapter shows the ${stage.chart} chart: use one the story has (${[...shown].join(', ')})` });
      return;
    }
    if (stage.chart) {
      stage.use.forEach((id, j) => {
        const of = stepCharts.get(id);
        if (of && of !== stage.chart) {
          problems.push({
            field: `lessonPlan.stages[${i}].use[${j}]`,
            message: `"${id}" is a step of the ${of} chart, but this stage shows the ${stage.chart} chart: use its steps (${stepsOf(stage.chart!).join(', ')}), or change "chart"`,
          });
        }
      });
    }
    const count = STEP_COUNT.exec(stage.activity);
    if (!count) return;
    const chart = stage.chart ?? (usedCharts.size === 1 ? [...usedCharts][0] : undefined);
    if (!chart) {
      problems.push({ field: `lessonPlan.stages[${i}].activity`, message: `says "${count[0]}" but the stage names no chart: give it "chart", or write "its steps"` });
      return;
    }
    const said = NUMBER_WORDS.indexOf(count[1]!.toLowerCase());
    const number = said >= 0 ? said : Number(count[1]);
    const has = stepsOf(chart).length;
    if (number !== has) {
      problems.push({ field: `lessonPlan.stages[${i}].activity`, message: `says "${count[0]}", but the ${chart} chart has ${has} step${has === 1 ? '' : 's'}: give the number it has, or write "its steps"` });
    }
  });
  return problems;
}
