import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { articleDates, jsonLdText, newsArticle } from '../../src/lib/data/article.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/schemas/common.ts';
import { settingsSchema } from '../../src/lib/schemas/settings.ts';

const day = (iso: string) => parsePartialDate(iso) as PartialDate;
const settings = JSON.parse(readFileSync(new URL('../fixtures/good/explainer.json', import.meta.url), 'utf8'));
const messages = (input: unknown) => {
  const result = settingsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the article dates', () => {
  it('takes "updated" from the newest correction, whatever the order of the log', () => {
    const dates = articleDates({ published: day('2026-11-23') }, [{ date: day('2026-11-30') }, { date: day('2026-12-02') }, { date: day('2026-11-25') }]);
    expect(dates.published.iso).toBe('2026-11-23');
    expect(dates.updated?.iso).toBe('2026-12-02');
  });

  it('has no "updated" while the corrections log is empty', () => {
    expect(articleDates({ published: day('2026-11-23') }, [])).toEqual({ published: day('2026-11-23') });
  });
});

describe('the NewsArticle JSON-LD', () => {
  const parsed = settingsSchema.parse(settings);
  const site = 'https://example.org';
  const article = newsArticle({
    settings: parsed,
    dates: { published: day('2026-11-23') },
    url: new URL('/', site),
    image: new URL('/og/explainer.png', site),
    sources: new URL('/sources', site),
  });

  it('gives the modified date as the published one before any correction', () => {
    expect(article).toMatchObject({ '@type': 'NewsArticle', datePublished: '2026-11-23', dateModified: '2026-11-23', publisher: { name: parsed.byline.publisher } });
  });

  it('cannot end its script block early', () => {
    const text = jsonLdText({ ...article, headline: 'A </script><script>alert(1)</script> title' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe('A </script><script>alert(1)</script> title');
  });
});

describe('the byline and published settings', () => {
  it('accept the good fixture', () => {
    expect(messages(settings)).toEqual([]);
  });

  it('say what to write when the byline is missing or empty', () => {
    const { byline: _, ...withoutByline } = settings;
    expect(messages(withoutByline)).toEqual([expect.stringMatching(/^byline: required: who publishes and who wrote the explainer/)]);
    expect(messages({ ...settings, byline: { publisher: ' ', author: 'A team' } })).toEqual([expect.stringMatching(/^byline.publisher: is empty: the name of who publishes/)]);
  });

  it('take the first publication as a day', () => {
    expect(messages({ ...settings, published: '2026-11' })).toEqual(['published: "2026-11" is not a day: write the day it was first published as YYYY-MM-DD, e.g. "2026-11-23"']);
    expect(messages({ ...settings, published: '2026-02-30' })).toEqual([expect.stringMatching(/^published: "2026-02-30" is not a real calendar date/)]);
  });
});
