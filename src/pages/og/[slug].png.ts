/**
 * Share cards, drawn once at build time: `/og/<chapter-slug>.png` for each chapter and
 * `/og/explainer.png` for the front page. Static files, so a crawler fetching a preview runs no code.
 */
import { loadSettings } from '../../lib/data/settings.ts';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getExplainer } from '../../lib/data/explainer.ts';
import { renderCard, type CardText } from '../../lib/og/card.ts';

const siteName = loadSettings().title;
const FRONT_PAGE = 'explainer';

export const getStaticPaths = (async () => {
  const { chapters } = await getExplainer();
  // The front page's card takes this name; a chapter with the same slug would overwrite it.
  const clash = chapters.find(({ entry }) => entry.data.slug === FRONT_PAGE);
  if (clash) throw new Error(`${clash.entry.id}: slug "${FRONT_PAGE}" is reserved for the front page's share card (/og/${FRONT_PAGE}.png); choose another slug`);
  const card = (text: Pick<CardText, 'kicker' | 'title' | 'summary'>) => ({ ...text, site: siteName });
  return [
    {
      params: { slug: FRONT_PAGE },
      props: card({
        kicker: 'Explainer',
        title: siteName,
        summary: loadSettings().description,
      }),
    },
    ...chapters.map(({ entry }, i) => ({
      params: { slug: entry.data.slug },
      props: card({ kicker: `Chapter ${i + 1} of ${chapters.length}`, title: entry.data.title, summary: entry.data.summary }),
    })),
  ];
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const png = await renderCard({ ...props, address: site?.host ?? '' });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
