/** One entry point for every content check, used by the build, `npm run check:content` and tests. */
import { relative, resolve } from 'node:path';
import { checkData } from './data.ts';
import { checkDerived } from './derived.ts';
import { checkChapters, checkPages } from './chapters.ts';
import { checkRegistry, readRegistry, REGISTRY_FILE } from './permalinks.ts';
import { checkTeaching } from './teaching.ts';
import { checkTypedNumbers } from './typed-numbers.ts';
import { checkPlaceEvents } from './place-events.ts';
import { checkPlaceCoordinates } from './place-coordinates.ts';
import { checkChapterShape } from './chapter-shape.ts';
import { checkSettings } from './settings.ts';
import { checkSpellings } from './spellings.ts';
import { checkQuotations } from './quotations.ts';
import { layersFor, missingSettings } from '../data/charts.ts';
import type { TerritoryRow } from '../schemas/territory.ts';
import type { FighterRow } from '../schemas/fighters.ts';
import type { ChartId } from '../../charts/index.ts';
import { ContentError, type ContentProblem } from './problems.ts';

export { ContentError, formatProblem, formatReport, type ContentProblem } from './problems.ts';

/** Every problem in a content folder (`content/` with `data/` and `chapters/`), in file order. */
export function checkContent(contentDir: string, projectDir = process.cwd()): ContentProblem[] {
  const absolute = resolve(projectDir, contentDir);
  const display = relative(projectDir, absolute).split('\\').join('/') || '.';
  const data = checkData(absolute, display);
  const settings = checkSettings(absolute, display, data);
  // A step's layers follow the data, so they are known only when the data and settings are.
  const layersKnown = settings.settings && !data.unreadable.has('territory') && !data.unreadable.has('fighters');
  const layers = (chart: ChartId) => {
    const missing = settings.settings ? missingSettings(chart, settings.settings) : [];
    if (missing.length) return { missing };
    return layersKnown
      ? layersFor(chart, {
          territory: [...data.rows.get('territory')!.values()] as unknown as TerritoryRow[],
          fighters: [...data.rows.get('fighters')!.values()] as unknown as FighterRow[],
          settings: settings.settings!,
        })
      : undefined;
  };
  const figures = data.rows.get('figures');
  const published = new Set(readRegistry(absolute, `${display}/${REGISTRY_FILE}`).registry?.anchors);
  const chapters = checkChapters(absolute, display, data.ids, data.unreadable, figures, layers, published);
  const pages = checkPages(absolute, display, data.ids, data.unreadable, figures, layers);
  const chaptersComplete = chapters.problems.length === 0;
  const permalinks = checkRegistry(absolute, display, chapters.anchors, chaptersComplete);
  const teaching = chaptersComplete ? checkTeaching(absolute, display, chapters.slugs, chapters.anchors, chapters.stepCharts) : [];
  const derived = checkDerived(data, display);
  const spellings = data.unreadable.has('glossary') ? [] : checkSpellings(absolute, display, data.rows.get('glossary'));
  // Without the quotations, typed words cannot be told from stored ones; the unreadable file is reported already.
  const quotations = data.unreadable.has('quotes') ? [] : checkQuotations(absolute, display, data.rows.get('quotes'));
  const typedNumbers = checkTypedNumbers(absolute, display);
  const chapterShape = checkChapterShape(absolute, display, settings.settings?.chapters);
  const placeEvents = checkPlaceEvents(data.rows.get('events'), data.rows.get('places'), display);
  const placeCoordinates = checkPlaceCoordinates(data.rows.get('places'), settings.settings?.map?.region as [number, number, number, number] | undefined, display);
  return [...data.problems, ...derived, ...placeEvents, ...placeCoordinates, ...settings.problems, ...chapters.problems, ...chapterShape, ...pages, ...typedNumbers, ...quotations, ...spellings, ...permalinks, ...teaching];
}

/** Throws a `ContentError` listing every problem, or returns quietly. */
export function assertContent(contentDir: string, projectDir = process.cwd()): void {
  const problems = checkContent(contentDir, projectDir);
  if (problems.length) throw new ContentError(problems);
}
