/** `/slides/<chart>/<step>.svg`: a chart at one scroll step as a 1920×1080 slide, text kept as text. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getExplainer } from '../../../lib/data/explainer.ts';
import { slideEntries, stepSlideSvg } from '../../../lib/slides/slide-list.ts';

export const getStaticPaths = (async () => slideEntries(await getExplainer()).map((entry) => ({ params: { chart: entry.chart, step: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) =>
  new Response(stepSlideSvg(await getExplainer(), props.entry, site?.host ?? ''), { headers: { 'Content-Type': 'image/svg+xml' } });
