/**
 * Checks each chapter: frontmatter against the chapter schema, and every prose component against
 * the data it names, with the line it is on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapterSchema } from '../schemas/chapters.ts';
import { pageSchema } from '../schemas/pages.ts';
import { dataCollections, type DataCollectionName } from '../schemas/index.ts';
import { kebabId } from '../schemas/common.ts';
import { outlineChapter, FrontmatterSyntaxError, MdxSyntaxError, type ChapterOutline } from '../mdx/outline.ts';
import { proseComponents } from '../mdx/components.ts';
import { chartIds, datedCharts, isChartId, type ChartId } from '../../charts/index.ts';
import { parsePartialDate } from '../schemas/common.ts';
import { DATE_PLACEHOLDERS, FIGURE_PLACEHOLDER } from '../data/fill-figures.ts';
import { closest, fieldPath, issuePath, reportedIssues, suggestion, type ContentProblem } from './problems.ts';
import type { ParsedRow } from './data.ts';
import { checkCitationMarks } from './citation-marks.ts';
import { duplicateAnchorProblem, type AnchorClaim } from './duplicate-anchors.ts';

/** The parsed rows of content/data/figures.json, for checks that need more than an id. */
type FigureRows = ReadonlyMap<string, ParsedRow>;

export interface ChapterCheck {
  problems: ContentProblem[];
  /** Anchors in use (chapter slugs and section ids), each with where it is defined. */
  anchors: Map<string, string>;
  /** The slugs of the chapters whose frontmatter is valid. */
  slugs: string[];
  /** Each step's chart, by step id: what teaching notes may say about a chart's steps. */
  stepCharts: Map<string, string>;
}

export function checkChapters(
  contentDir: string,
  displayDir: string,
  ids: Map<DataCollectionName, Set<string>>,
  unreadable: Set<DataCollectionName> = new Set(),
  figures: FigureRows = new Map(),
  layersOf: LayersOf = () => undefined,
  /** The ids in content/permalinks.json: a duplicate of one of them says which part to rename. */
  published: ReadonlySet<string> = new Set(),
): ChapterCheck {
  const problems: ContentProblem[] = [];
  const anchors = new Map<string, string>();
  const slugs: string[] = [];
  const stepCharts = new Map<string, string>();
  const orders = new Map<number, string>();
  const folder = join(contentDir, 'chapters');
  const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.mdx')).sort() : [];
  if (files.length === 0) {
    problems.push({ file: `${displayDir}/chapters/`, message: 'holds no chapter: add at least one .mdx file' });
  }

  const claims = new Map<string, AnchorClaim>();
  const claimAnchor: ClaimAnchor = (anchor, where, at, kind) => {
    const claim = { where, at, kind, path: join(contentDir, at.file.slice(displayDir.length + 1)) };
    const earlier = claims.get(anchor);
    if (earlier) {
      problems.push(duplicateAnchorProblem(anchor, earlier, claim, { published: published.has(anchor), scope: 'across the explainer' }));
    } else {
      claims.set(anchor, claim);
      anchors.set(anchor, where);
    }
  };

  for (const name of files) {
    const file = `${displayDir}/chapters/${name}`;
    let outline;
    const source = readFileSync(join(folder, name), 'utf8');
    try {
      outline = outlineChapter(source);
    } catch (error) {
      if (!(error instanceof MdxSyntaxError)) throw error;
      problems.push(syntaxProblem(file, name.replace(/\.mdx$/, ''), error, source));
      continue;
    }

    const parsed = chapterSchema.safeParse(outline.frontmatter);
    const entry = typeof outline.frontmatter.slug === 'string' ? outline.frontmatter.slug : name.replace(/\.mdx$/, '');
    if (!parsed.success) {
      for (const issue of reportedIssues(parsed.error.issues)) {
        problems.push({ file, entry, field: fieldPath(issuePath(issue)) || undefined, message: `in the frontmatter: ${issue.message}` });
      }
    } else {
      claimAnchor(parsed.data.slug, `the chapter ${file}`, { file, entry, field: 'slug' }, 'slug');
      slugs.push(parsed.data.slug);
      const earlier = orders.get(parsed.data.order);
      if (earlier) {
        problems.push({ file, entry, field: 'order', message: `${parsed.data.order} is already the order of ${earlier}; give each chapter its own position` });
      } else {
        orders.set(parsed.data.order, file);
      }
    }

    if (outline.proseOutsideSections) {
      problems.push({
        file,
        ...outline.outsideAt,
        entry,
        message: `text outside any <Section> cannot be linked to: move it into a section ("${outline.proseOutsideSections.slice(0, 60)}…")`,
      });
    }
    checkUses(outline, { file, entry }, ids, unreadable, displayDir, problems, claimAnchor, figures, layersOf);
    problems.push(...checkCitationMarks(outline, { file, entry }, figures));
    for (const heading of outline.headings) {
      problems.push({
        file,
        entry,
        line: heading.line,
        column: heading.column,
        message: `a "${'#'.repeat(heading.depth)}" heading inside a chapter has no anchor and no place in the contents: start a new <Section id="…" title="…"> with that title instead`,
      });
    }
    for (const use of outline.uses) {
      const chart = use.ancestors.find((ancestor) => ancestor.name === 'Scrolly')?.attributes.chart;
      if (use.name === 'Step' && use.attributes.id && chart) stepCharts.set(use.attributes.id, chart);
    }
  }
  return { problems, anchors, slugs, stepCharts };
}

/**
 * An MDX parse error, with the fix for the mistakes editors make most: a component left open, and a
 * "<" or "{" meant as text, which MDX reads as the start of a component or an expression.
 */
function syntaxProblem(file: string, entry: string, error: MdxSyntaxError, source: string): ContentProblem {
  if (error instanceof FrontmatterSyntaxError) return { file, entry, line: error.line, column: error.column, message: error.message };
  const at = { file, entry, line: error.line, column: error.column };
  const unclosed = /Expected a closing tag for `<(\w+)>` \((\d+):(\d+)/.exec(error.message);
  if (unclosed) {
    const [, name, line, column] = unclosed;
    return {
      ...at,
      line: Number(line),
      column: Number(column),
      message: `the MDX cannot be read: this <${name}> is never closed. One that wraps text ends with </${name}> where its text ends; one with nothing inside ends with "/>", as in <${name} … />`,
    };
  }
  const text = source.split('\n')[error.line - 1] ?? '';
  const before = text.slice(0, Math.max(0, error.column - 1));
  const angle = before.lastIndexOf('<');
  if (/acorn|expression/i.test(error.message)) {
    return {
      ...at,
      message: `the MDX cannot be read: "{" starts a piece of code in MDX (${error.message}). To write a curly bracket as text, put a backslash before it: \\{like this\\}`,
    };
  }
  // A "<" before anything but a component's name is text that MDX misread.
  const tag = /^<\/?([A-Za-z]\w*)/.exec(text.slice(angle))?.[1];
  if (angle >= 0 && !(tag && tag in proseComponents)) {
    return {
      ...at,
      column: angle + 1,
      message: `the MDX cannot be read: "<" starts a component in MDX ("${text.slice(angle, angle + 12)}…"). To write it as text, use &lt; (as in "5 &lt; 7") or the words "less than"`,
    };
  }
  return { ...at, message: `the MDX cannot be read: ${error.message}` };
}

/**
 * The layers a chart has with the current data (undefined when the data could not be read), or
 * what explainer.json must add before the chart can be drawn.
 */
export type LayersOf = (chart: ChartId) => Record<string, string> | { missing: string[] } | undefined;

type ClaimAnchor = (anchor: string, where: string, at: Omit<ContentProblem, 'message'>, kind: AnchorClaim['kind']) => void;

/** Checks every component an MDX file uses against the rules and the data it names. */
function checkUses(
  outline: ChapterOutline,
  where: { file: string; entry: string },
  ids: Map<DataCollectionName, Set<string>>,
  unreadable: Set<DataCollectionName>,
  displayDir: string,
  problems: ContentProblem[],
  claimAnchor: ClaimAnchor,
  figures: FigureRows,
  layersOf: LayersOf,
): void {
  const { file } = where;
  for (const { code, line, column } of outline.expressions) {
    const written = `{${code}}`;
    problems.push({
      file,
      line,
      column,
      entry: where.entry,
      message: `"${written.length > 40 ? `${written.slice(0, 40)}…` : written}" is read as code, not as text: MDX runs what stands in curly brackets. To print them, put a backslash before each: \\{like this\\}; a number comes from content/data/figures.json through <Fig id="…" />`,
    });
  }
  for (const use of outline.uses) {
    const at = { ...where, line: use.line, column: use.column };
    const rule = proseComponents[use.name];
    if (!rule) {
      // MDX renders <fig> as an unknown HTML tag, so the number would silently vanish.
      const meant = Object.keys(proseComponents).find((component) => component.toLowerCase() === use.name.toLowerCase());
      if (meant) {
        problems.push({ ...at, message: `<${use.name}> prints nothing: components start with a capital letter, so write <${meant}>` });
      } else if (/^[A-Z]/.test(use.name)) {
        const known = Object.entries(proseComponents).map(([component, { purpose }]) => `<${component}> (${purpose})`);
        problems.push({ ...at, message: `<${use.name}> is not a component chapters can use: use ${known.join(', ')}` });
      }
      continue;
    }
    const allowed = [...rule.required, ...(rule.optional ?? [])];
    for (const attribute of Object.keys(use.attributes)) {
      if (allowed.includes(attribute)) continue;
      problems.push({
        ...at,
        field: `${attribute} of <${use.name}>`,
        message: `<${use.name}> has no attribute "${attribute}": it takes ${allowed.map((a) => `${a}="…"`).join(', ')}.${suggestion(attribute, allowed)}`,
      });
    }
    for (const attribute of rule.required) {
      const value = use.attributes[attribute];
      if (value === undefined || value === '') {
        problems.push({ ...at, field: `${attribute} of <${use.name}>`, message: `required: <${use.name}> needs ${attribute}="…"` });
      } else if (value === null) {
        problems.push({ ...at, field: `${attribute} of <${use.name}>`, message: `write ${attribute} as a quoted string, ${attribute}="…", not as an expression` });
      }
    }
    for (const [attribute, collection] of Object.entries(rule.references ?? {})) {
      const value = use.attributes[attribute];
      if (!value || unreadable.has(collection)) continue;
      const known = ids.get(collection) ?? new Set<string>();
      if (!known.has(value)) {
        problems.push({
          ...at,
          field: `${attribute} of <${use.name}>`,
          message: `no entry "${value}" in ${displayDir}/data/${dataCollections[collection].file}: use the id of an existing entry, or add one.${suggestion(value, known)}`,
        });
      }
    }
    for (const [attribute, words] of Object.entries(rule.values ?? {})) {
      const value = use.attributes[attribute];
      if (value && !words.includes(value)) {
        problems.push({ ...at, field: `${attribute} of <${use.name}>`, message: `"${value}" is not valid: use ${words.map((w) => `${attribute}="${w}"`).join(' or ')}, or leave ${attribute} out` });
      }
    }
    const id = use.attributes.id;
    if (rule.idNames && id && !unreadable.has(rule.idNames)) {
      const known = ids.get(rule.idNames) ?? new Set<string>();
      if (!known.has(id)) {
        problems.push({
          ...at,
          field: `id of <${use.name}>`,
          message: `no entry "${id}" in ${displayDir}/data/${dataCollections[rule.idNames].file}: use the id of an existing entry, or add one.${suggestion(id, known)}`,
        });
      }
    }
    if (use.name === 'Ratio') checkRatio(use.attributes, figures, at, displayDir, problems);
    if (use.name === 'Scrolly' && use.attributes.chart && !isChartId(use.attributes.chart)) {
      problems.push({ ...at, field: 'chart of <Scrolly>', message: `"${use.attributes.chart}" is not a chart: use one of ${chartIds.map((c) => `"${c}"`).join(', ')}` });
    } else if (use.name === 'Scrolly' && use.attributes.chart) {
      const known = layersOf(use.attributes.chart as ChartId);
      if (known && 'missing' in known && Array.isArray(known.missing)) {
        problems.push({
          ...at,
          field: 'chart of <Scrolly>',
          message: `the ${use.attributes.chart} chart needs ${known.missing.map((path) => `"${path}"`).join(' and ')} in ${displayDir}/explainer.json: add ${known.missing.length === 1 ? 'it' : 'them'} (the editor's guide shows an example)`,
        });
      }
    }
    if (use.name === 'Step' && use.attributes.alt && !unreadable.has('figures')) {
      const figures = ids.get('figures') ?? new Set<string>();
      for (const [braced, inner] of use.attributes.alt.matchAll(/\{([^{}]*)\}/g)) {
        if (new RegExp(`^${FIGURE_PLACEHOLDER.source}$`).test(braced)) continue;
        const meant = inner!.trim().toLowerCase().replace(/[\s_]+/g, '-');
        const near = closest(meant, [...figures, ...DATE_PLACEHOLDERS]);
        const hint = near.length ? ` Did you mean ${near.map((n) => `"{${n}}"`).join(' or ')}?` : '';
        problems.push({ ...at, field: 'alt of <Step>', message: `"${braced}" is not a placeholder, so readers would hear the braces: a placeholder is a figure's id in braces, e.g. "{area-2015}", or ${[...DATE_PLACEHOLDERS].map((p) => `"{${p}}"`).join(', ')}.${hint}` });
      }
      for (const [, figure] of use.attributes.alt.matchAll(FIGURE_PLACEHOLDER)) {
        if (!figures.has(figure!) && !DATE_PLACEHOLDERS.has(figure!)) {
          problems.push({ ...at, field: 'alt of <Step>', message: `"{${figure}}" names no figure in ${displayDir}/data/figures.json.${suggestion(figure!, figures)}` });
        }
      }
    }
    if (use.name === 'Step') {
      const scrolly = use.ancestors.find((ancestor) => ancestor.name === 'Scrolly');
      const chart = scrolly?.attributes.chart;
      if (!scrolly) {
        problems.push({ ...at, field: 'id of <Step>', message: `the step "${use.attributes.id ?? ''}" is not inside a <Scrolly chart="…">: a step belongs to a chart, so put it between a <Scrolly> and its </Scrolly>` });
      } else if (chart && isChartId(chart) && datedCharts.has(chart) && !use.attributes.date) {
        problems.push({ ...at, field: 'date of <Step>', message: `required: a step of the ${chart} shows a moment: give date="YYYY-MM-DD" (or YYYY-MM)` });
      }
      if (use.attributes.alt?.includes('{places-held}') && !use.attributes.date) {
        problems.push({ ...at, field: 'alt of <Step>', message: '"{places-held}" lists the places held on the step\'s date, and this step has none: give the step date="YYYY-MM-DD", or take "{places-held}" out of its alt' });
      }
      if (use.attributes.date) {
        const parsed = parsePartialDate(use.attributes.date);
        if (typeof parsed === 'string') problems.push({ ...at, field: 'date of <Step>', message: parsed });
      }
      const known = scrolly && chart && isChartId(chart) ? layersOf(chart) : undefined;
      const chartLayers = known && !('missing' in known && Array.isArray(known.missing)) ? (known as Record<string, string>) : undefined;
      if (chartLayers && use.attributes.show) {
        const layers = Object.keys(chartLayers);
        for (const layer of use.attributes.show.split(/\s+/).filter(Boolean)) {
          if (!layers.includes(layer)) {
            problems.push({ ...at, field: 'show of <Step>', message: `"${layer}" is not a layer of the ${chart} chart: use ${layers.map((l) => `"${l}"`).join(', ')}` });
          }
        }
      }
    }
    if ((use.name === 'Section' || use.name === 'Step') && id) {
      const valid = kebabId.safeParse(id);
      if (!valid.success) {
        problems.push({ ...at, field: `id of <${use.name}>`, message: valid.error.issues[0]!.message });
      } else {
        claimAnchor(id, `a ${use.name === 'Step' ? 'step' : 'section'} in ${file}:${use.line}`, { ...at, field: `id of <${use.name}>` }, use.name);
      }
    }
  }
}

/**
 * `<Ratio of to>` divides one figure by another at build time, which only means something for two
 * single values in the same unit; say so here rather than let the page fail to render.
 */
function checkRatio(
  attributes: Record<string, string | null>,
  figures: FigureRows,
  at: Omit<ContentProblem, 'message' | 'field'>,
  displayDir: string,
  problems: ContentProblem[],
): void {
  const of = attributes.of ? figures.get(attributes.of) : undefined;
  const to = attributes.to ? figures.get(attributes.to) : undefined;
  for (const [attribute, figure] of [['of', of], ['to', to]] as const) {
    if (figure && figure.low !== figure.high) {
      problems.push({
        ...at,
        field: `${attribute} of <Ratio>`,
        message: `"${figure.id}" is a range (${figure.low} to ${figure.high}) in ${displayDir}/data/figures.json, and a ratio needs one value: name a figure with a single "value"`,
      });
    }
  }
  if (of && to && of.unit !== to.unit) {
    problems.push({
      ...at,
      field: 'to of <Ratio>',
      message: `"${of.id}" is in ${String(of.unit)} but "${to.id}" is in ${String(to.unit)}: a share compares two figures in the same unit, so name a "to" figure in ${String(of.unit)}`,
    });
  }
}

/** Checks the stand-alone MDX pages in `content/pages/` (e.g. methods.mdx → /methods). */
export function checkPages(
  contentDir: string,
  displayDir: string,
  ids: Map<DataCollectionName, Set<string>>,
  unreadable: Set<DataCollectionName> = new Set(),
  figures: FigureRows = new Map(),
  layersOf: LayersOf = () => undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const folder = join(contentDir, 'pages');
  if (!existsSync(folder)) return problems;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.mdx')).sort()) {
    const file = `${displayDir}/pages/${name}`;
    const entry = name.replace(/\.mdx$/, '');
    let outline;
    const source = readFileSync(join(folder, name), 'utf8');
    try {
      outline = outlineChapter(source);
    } catch (error) {
      if (!(error instanceof MdxSyntaxError)) throw error;
      problems.push(syntaxProblem(file, name.replace(/\.mdx$/, ''), error, source));
      continue;
    }
    const parsed = pageSchema.safeParse(outline.frontmatter);
    if (!parsed.success) {
      for (const issue of reportedIssues(parsed.error.issues)) {
        problems.push({ file, entry, field: fieldPath(issuePath(issue)) || undefined, message: `in the frontmatter: ${issue.message}` });
      }
    }
    // Anchors only need to be unique within the page.
    const claims = new Map<string, AnchorClaim>();
    const claimAnchor: ClaimAnchor = (anchor, where, at, kind) => {
      const claim = { where, at, kind, path: join(folder, name) };
      const earlier = claims.get(anchor);
      if (earlier) problems.push(duplicateAnchorProblem(anchor, earlier, claim, { published: false, scope: 'on the page' }));
      else claims.set(anchor, claim);
    };
    checkUses(outline, { file, entry }, ids, unreadable, displayDir, problems, claimAnchor, figures, layersOf);
    problems.push(...checkCitationMarks(outline, { file, entry }, figures));
  }
  return problems;
}
