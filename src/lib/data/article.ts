/**
 * The explainer as a published article: when it first appeared, when it last changed, and the
 * schema.org description search engines and link previews read. Pure: pages pass in the settings
 * and the corrections log, so the dates never depend on when the site happened to be built.
 */
import type { PartialDate } from '../schemas/common.ts';
import type { Settings } from '../schemas/settings.ts';

export interface ArticleDates {
  /** The day it was first published, from explainer.json. */
  published: PartialDate;
  /** The newest entry in the corrections log; absent while the log is empty. */
  updated?: PartialDate;
}

/** A correction is a change to what was published, so the newest one is when the article last changed. */
export function articleDates(settings: Pick<Settings, 'published'>, corrections: readonly { date: PartialDate }[]): ArticleDates {
  const newest = corrections.reduce<PartialDate | undefined>((latest, { date }) => (!latest || date.start > latest.start ? date : latest), undefined);
  return newest ? { published: settings.published, updated: newest } : { published: settings.published };
}

export interface NewsArticleInput {
  settings: Pick<Settings, 'title' | 'description' | 'byline'>;
  dates: ArticleDates;
  /** The page's own address. */
  url: URL;
  /** The share card, absolute. */
  image: URL;
  /** The sources page, absolute: what the article cites. */
  sources: URL;
  /** The article's headline: the explainer's title, or a chapter's. */
  headline?: string;
  description?: string;
}

/** schema.org NewsArticle (https://schema.org/NewsArticle) as a plain object, ready for JSON. */
export function newsArticle({ settings, dates, url, image, sources, headline, description }: NewsArticleInput): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: settings.byline.publisher };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: headline ?? settings.title,
    description: description ?? settings.description,
    url: url.href,
    mainEntityOfPage: url.href,
    datePublished: dates.published.iso,
    dateModified: (dates.updated ?? dates.published).iso,
    author: { '@type': 'Organization', name: settings.byline.author },
    publisher,
    image: [image.href],
    citation: { '@type': 'WebPage', name: 'Sources', url: sources.href },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<` is escaped so no text in the data
 * (a title with "</script>" in it) can end the block early.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
