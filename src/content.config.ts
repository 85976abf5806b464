// Wiring only: the collections load from the top-level content/ folder with the schemas in
// src/lib/schemas/. The content guard (src/lib/build/content-guard.ts) has already checked
// everything, including the references Astro itself would only warn about.
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { keepsPreviewUp } from './lib/build/preview-loader.ts';
import { emptyIsACollection } from './lib/build/empty-collection.ts';
import { chapterSchema } from './lib/schemas/chapters.ts';
import { pageSchema } from './lib/schemas/pages.ts';
import { dataCollections } from './lib/schemas/index.ts';
import { contentDir } from './lib/content-dir.ts';

const refs = { source: reference('sources'), place: reference('places') };

const data = (name: keyof typeof dataCollections) => {
  const path = `${contentDir}/data/${dataCollections[name].file}`;
  return keepsPreviewUp(emptyIsACollection(file(path)), path);
};
const mdx = (folder: string) => keepsPreviewUp(glob({ pattern: '*.mdx', base: `${contentDir}/${folder}` }), `${contentDir}/${folder}`);

export const collections = {
  chapters: defineCollection({ loader: mdx('chapters'), schema: chapterSchema }),
  pages: defineCollection({ loader: mdx('pages'), schema: pageSchema }),
  sources: defineCollection({ loader: data('sources'), schema: dataCollections.sources.schema(refs) }),
  territory: defineCollection({ loader: data('territory'), schema: dataCollections.territory.schema(refs) }),
  population: defineCollection({ loader: data('population'), schema: dataCollections.population.schema(refs) }),
  fighters: defineCollection({ loader: data('fighters'), schema: dataCollections.fighters.schema(refs) }),
  events: defineCollection({ loader: data('events'), schema: dataCollections.events.schema(refs) }),
  places: defineCollection({ loader: data('places'), schema: dataCollections.places.schema(refs) }),
  glossary: defineCollection({ loader: data('glossary'), schema: dataCollections.glossary.schema(refs) }),
  figures: defineCollection({ loader: data('figures'), schema: dataCollections.figures.schema(refs) }),
  corrections: defineCollection({ loader: data('corrections'), schema: dataCollections.corrections.schema(refs) }),
  quotes: defineCollection({ loader: data('quotes'), schema: dataCollections.quotes.schema(refs) }),
};
