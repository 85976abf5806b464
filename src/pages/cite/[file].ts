/**
 * Citation downloads for reference managers: `/cite/explainer.ris` and `.bib` for the whole
 * explainer, `/cite/<chapter>.ris` and `.bib` for each chapter. Written at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtexEntry, risRecord } from '../../lib/data/citation-files.ts';
import { bibKey, explainerCitations } from '../../lib/data/explainer-citations.ts';

export const getStaticPaths = (async () => {
  const { whole, chapters } = await explainerCitations();
  const works = [{ name: 'explainer', work: whole }, ...chapters.map((chapter) => ({ name: chapter.slug, work: chapter.work }))];
  return works.flatMap(({ name, work }) => [
    { params: { file: `${name}.ris` }, props: { body: risRecord(work), type: 'application/x-research-info-systems' } },
    { params: { file: `${name}.bib` }, props: { body: bibtexEntry(bibKey(name), work), type: 'application/x-bibtex' } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': `${props.type as string}; charset=utf-8` } });
