/**
 * `/slides/<chart>/index.json`: the chart's slides, one a step, each with its PNG, its SVG and
 * its alt text (the words the page gives screen readers for that step), for a slide deck's alt.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getExplainer } from '../../../lib/data/explainer.ts';
import { slideEntries, slidePath } from '../../../lib/slides/slide-list.ts';

export const getStaticPaths = (async () => (await getExplainer()).charts.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const steps = slideEntries(await getExplainer())
    .filter((entry) => entry.chart === params.chart)
    .map(({ id, number, of, title, alt, chart }) => ({ id, step: `${number} of ${of}`, title, png: slidePath(chart, id, 'png'), svg: slidePath(chart, id, 'svg'), alt }));
  return new Response(`${JSON.stringify({ chart: params.chart, width: 1920, height: 1080, steps }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
