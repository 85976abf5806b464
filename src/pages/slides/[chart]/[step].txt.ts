/** `/slides/<chart>/<step>.txt`: the slide's alt text, the words the page gives screen readers for that step. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getExplainer } from '../../../lib/data/explainer.ts';
import { slideEntries } from '../../../lib/slides/slide-list.ts';

export const getStaticPaths = (async () => slideEntries(await getExplainer()).map((entry) => ({ params: { chart: entry.chart, step: entry.id }, props: { alt: entry.alt } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(`${props.alt}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
