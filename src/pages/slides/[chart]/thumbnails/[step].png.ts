/** `/slides/<chart>/thumbnails/<step>.png`: the slide at the width the /slides/ page shows it. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getExplainer } from '../../../../lib/data/explainer.ts';
import { slidePng } from '../../../../lib/slides/slide.ts';
import { slideEntries, stepSlideSvg, THUMBNAIL_WIDTH } from '../../../../lib/slides/slide-list.ts';

export const getStaticPaths = (async () => slideEntries(await getExplainer()).map((entry) => ({ params: { chart: entry.chart, step: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) =>
  new Response(slidePng(stepSlideSvg(await getExplainer(), props.entry, site?.host ?? ''), THUMBNAIL_WIDTH), { headers: { 'Content-Type': 'image/png' } });
