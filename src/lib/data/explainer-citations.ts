/**
 * Every citable part of the explainer: the whole, each chapter at `/chapters/<slug>/` and each
 * section at `/chapters/<slug>/#<section>`, at the published address in explainer.json (not the
 * host that happened to build this copy), with authors, publisher and dates from the content.
 */
import { getExplainer } from './explainer.ts';
import { loadSettings } from './settings.ts';
import { calendarDate, type CitedWork } from './citation-formats.ts';
import { citedWork, publication } from './cited-works.ts';

export interface ChapterCitations {
  slug: string;
  title: string;
  work: CitedWork;
  sections: { id: string; title: string; work: CitedWork }[];
}

export interface ExplainerCitations {
  whole: CitedWork;
  chapters: ChapterCitations[];
}

export async function explainerCitations(): Promise<ExplainerCitations> {
  const settings = loadSettings();
  const { chapters, corrections } = await getExplainer();
  const pub = publication(settings, corrections.map((entry) => entry.date.start.toISOString().slice(0, 10)));
  // The access date is the reader's: the page prints the build's day only until its script swaps in today.
  const accessed = calendarDate(new Date(), 'utc');
  const at = (path: string) => new URL(path, settings.url).href;
  return {
    whole: citedWork(pub, { title: settings.title, url: at('/'), accessed }),
    chapters: chapters.map(({ entry, outline }) => {
      const { slug, title } = entry.data;
      const url = at(`/chapters/${slug}/`);
      return {
        slug,
        title,
        work: citedWork(pub, { title, container: settings.title, url, accessed }),
        sections: outline.uses
          .filter((use) => use.name === 'Section' && use.attributes.id && use.attributes.title)
          .map((use) => ({
            id: use.attributes.id!,
            title: use.attributes.title!,
            work: citedWork(pub, { title: use.attributes.title!, container: `${settings.title}: ${title}`, url: `${url}#${use.attributes.id}`, accessed }),
          })),
      };
    }),
  };
}

/** A BibTeX key from a slug: letters and digits only, so every tool accepts it. */
export const bibKey = (slug: string) => slug.replace(/[^A-Za-z0-9]+/g, '');
