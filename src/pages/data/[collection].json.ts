/** /data/<collection>.json: one collection as an array of rows, written at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getExplainer } from '../../lib/data/explainer.ts';
import { collectionNames, isCollectionName } from '../../lib/data/dictionary.ts';
import { exportCollection } from '../../lib/data/export.ts';

export const getStaticPaths = (() => collectionNames.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  if (!isCollectionName(params.collection)) return new Response(null, { status: 404 });
  const { json } = exportCollection(await getExplainer(), params.collection);
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
