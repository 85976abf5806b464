/**
 * /geo/base.<hash>.svg: the shared base geography every map links to (src/lib/data/shared-geography.ts),
 * written at build time from the npm geography packages like the pages themselves.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sharedGeography } from '../../lib/data/shared-geography.ts';

export const getStaticPaths = (async () => [{ params: { file: (await sharedGeography()).name } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => new Response((await sharedGeography()).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
