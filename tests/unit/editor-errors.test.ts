/**
 * What an editor sees when they make a mistake: each bad fixture stops `npm run check:content`
 * with a message naming the file, the entry, the field and what would be valid.
 */
import { describe, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fixtureContent, FIXTURES } from './support/fixtures.ts';

/** Runs the command editors run, in its own process; several at once, as each waits on its own. */
function checkContentCli(folder: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--experimental-strip-types', 'src/lib/cli/check-content.ts', folder], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: stdout + stderr });
    });
  });
}

/** Each bad case and the lines its report must contain (paths relative to the fixture folder). */
const expectedMessages: Record<string, string[]> = {
  'unknown-source': [
    'data/territory.json › entry "ihs-2015-01" › field "source": no entry "ihs-markit-2061" in',
    'Did you mean "ihs-markit-2016"?',
  ],
  'row-without-source': [
    'data/fighters.json › entry "cia-2014" › field "source": required: every row names the source it comes from, as the id of an entry in content/data/sources.json',
  ],
  'low-above-high': [
    'data/fighters.json › entry "cia-2014" › field "low": 31500 is greater than high (20000): low must be less than or equal to high',
  ],
  'impossible-date': [
    'data/events.json › entry "baghuz-falls" › field "date": "2019-02-30" is not a real calendar date',
  ],
  'negative-area': [
    'data/territory.json › entry "ihs-2015-01" › field "value": -90800 is negative: an area (km²) or a share (percent) cannot be below zero',
  ],
  'duplicate-id': [
    'data/places.json › entry "baghuz" › field "id": duplicate id: entries #1 and #2 both use "baghuz"; every id in places.json must be unique',
  ],
  'unknown-figure': [
    'chapters/the-end.mdx:12:32 › entry "the-end" › field "id of <Fig>": no entry "area-2016" in',
    'data/figures.json',
    'Did you mean "area-2015"?',
  ],
  'unknown-term': ['chapters/the-end.mdx:12:60 › entry "the-end" › field "id of <Term>": no entry "ypg" in', 'data/glossary.json'],
  'chapter-without-title': [
    'chapters/the-end.mdx › entry "the-end" › field "title": in the frontmatter: required: the chapter title',
  ],
  'unknown-place': [
    'data/events.json › entry "baghuz-falls" › field "places[0]": no entry "baghouz" in',
    'Did you mean "baghuz"?',
  ],
  'latitude-out-of-range': [
    'data/places.json › entry "baghuz" › field "lat": 134.4697 is out of range: latitude must be between -90 and 90',
  ],
  'figure-without-unit': [
    'data/figures.json › entry "area-2015" › field "unit": required: one of "people", "fighters", "members", "km2", "sq-mi", "km", "percent", "countries", "count"',
  ],
  'unknown-citation': [
    'chapters/the-end.mdx:12:29 › entry "the-end" › field "id of <Cite>": no entry "guardian-2019" in',
    'Did you mean "guardian-2019-baghuz"?',
  ],
  'invalid-json': ['data/glossary.json:2:', 'is not valid JSON', 'trailing comma'],
  'duplicate-anchor': [
    'chapters/the-end.mdx:10:1 › entry "the-end" › field "id of <Section>": the anchor "the-end" is already used by the chapter',
    'anchors must be unique across the explainer. "the-end" is published (in permalinks.json): keep it on the part that had it and give the part you added a new id',
  ],
  'unknown-component': ['chapters/the-end.mdx:12:16 › entry "the-end": <Figure> is not a component chapters can use: use <Fig>'],
  'anchor-removed': [
    'permalinks.json:3:5 › entry "baghuz" › field "anchors": no chapter, section or step has this id any more; teachers\' links to /#baghuz would break.',
    'Restore the id, or add an alias "baghuz": "<new-id>" under "aliases"',
    'New ids not registered yet: "last-village".',
  ],
  'unknown-area': [
    'data/territory.json › entry "ihs-2015-01" › field "where": "iraqq" is not one of the areas in',
    'explainer.json: use one of "iraq", "syria", "both", "pocket", or add it there under "areas". Did you mean "iraq"?',
  ],
  'settings-unknown-figure': [
    'explainer.json › entry "explainer" › field "map.compare.figure": no entry "area-ukk" in',
    'data/figures.json: use the id of an existing entry. Did you mean "area-uk"?',
  ],
  'published-after-correction': [
    'explainer.json › entry "explainer" › field "published": "2026-11-23" is after the correction "2026-11-early-fix" (2026-11-01) in',
    'data/corrections.json: a correction changes what was already published, so give the day the explainer was first published, on or before 2026-11-01',
  ],
  'alias-to-missing-id': [
    'permalinks.json:8:5 › entry "baghuz-falls" › field "aliases": points at "baghuzz", which no chapter, section or step has as its id',
    'Did you mean "baghuz"?',
  ],
  'step-unknown-layer': [
    'chapters/the-end.mdx:14:1 › entry "the-end" › field "show of <Step>": "mosul" is not a layer of the territory chart: use "series-2015", "other-estimates"',
  ],
  'scrolly-unknown-chart': [
    'chapters/the-end.mdx:12:1 › entry "the-end" › field "chart of <Scrolly>": "population" is not a chart: use one of "territory", "people"',
  ],
  'map-step-without-date': [
    'chapters/the-end.mdx:14:1 › entry "the-end" › field "date of <Step>": required: a step of the control-map shows a moment: give date="YYYY-MM-DD"',
  ],
  'step-id-not-kebab-case': [
    'chapters/the-end.mdx:14:1 › entry "the-end" › field "id of <Step>": "Baghuz_Falls" is not a kebab-case id: use lower-case letters, digits and single hyphens',
  ],
  'unknown-attribute': ['chapters/the-end.mdx:12:51 › entry "the-end" › field "page of <Cite>": <Cite> has no attribute "page": it takes id="…".'],
  'ratio-of-different-units': [
    'chapters/the-end.mdx:12:56 › entry "the-end" › field "to of <Ratio>": "area-2015" is in km2 but "people-2015" is in people: a share compares two figures in the same unit',
  ],
  'when-unknown-event': [
    'chapters/the-end.mdx:13:101 › entry "the-end" › field "event of <When>": no entry "baghuz-fall" in',
    'data/events.json: use the id of an existing entry, or add one. Did you mean "baghuz-falls"?',
  ],
  'when-unknown-format': [
    'chapters/the-end.mdx:13:101 › entry "the-end" › field "format of <When>": "short" is not valid: use format="full" or format="day-month", or leave format out',
  ],
  'typed-quotation': [
    'chapters/the-end.mdx:13:147 › entry "the-end": "ended the last of the caliphate" is a quotation typed into the text: add it to',
    'data/quotes.json (the words exactly as the source gives them, the speaker, the date, where it was said and the source) and print it with <Quote id="…" />',
  ],
  'glossary-spelling-variant': [
    'chapters/the-end.mdx:13:114 › entry "the-end": "Popular Mobilization Forces" is spelled "Popular Mobilisation Forces" in',
    'data/glossary.json (entry "pmf"): use the glossary\'s spelling, or change the glossary\'s term if it is the one that is wrong',
  ],
  'places-held-without-date': [
    'chapters/the-end.mdx:14:1 › entry "the-end" › field "alt of <Step>": "{places-held}" lists the places held on the step\'s date, and this step has none: give the step date="YYYY-MM-DD"',
  ],
  'step-outside-scrolly': [
    'chapters/the-end.mdx:12:1 › entry "the-end" › field "id of <Step>": the step "baghuz-falls" is not inside a <Scrolly chart="…">: a step belongs to a chart',
  ],
  'text-outside-section': [
    'chapters/the-end.mdx:10:1 › entry "the-end": text outside any <Section> cannot be linked to: move it into a section ("The last pocket fell in March 2019.',
  ],
  'mdx-syntax-error': [
    'chapters/the-end.mdx:12:32 › entry "the-end": the MDX cannot be read: this <Fig> is never closed.',
    'one with nothing inside ends with "/>", as in <Fig … />',
  ],
  'duplicate-order': ['chapters/the-end.mdx › entry "the-end" › field "order": 1 is already the order of', 'chapters/the-beginning.mdx; give each chapter its own position'],
  'source-invalid-url': [
    'data/sources.json › entry "guardian-2019-baghuz" › field "url": "www.theguardian.com/world/2019/mar/23/isis-defeated-us-backed-syrian-democratic-forces-announce" does not start with https:// (or http://): give the full web address, as the browser\'s address bar shows it',
  ],
  'event-in-the-future': ['data/events.json › entry "baghuz-falls" › field "date": 2099-03-23 is after today (', '): the map shows what has happened, so check the year'],
  'retaken-never-captured': [
    'data/events.json › entry "baghuz-falls" › field "kind": Baghuz is retaken on 2019-03-23 but never captured or fought for: the map would show it as never held by the group, then retaken. Add the event of its capture (kind "captured") or of the group\'s assault on it (kind "offensive"), with its date and source, to',
  ],
  'retaken-before-captured': [
    'data/events.json › entry "baghuz-falls" › field "date": Baghuz is retaken on 2019-03-23, before the group took it or fought for it (2019-05, "baghuz-captured"): check the two dates, since the map would show Baghuz retaken before it was ever held',
  ],
  'place-coordinates-swapped': [
    'data/places.json › entry "baghuz" › field "lat": Baghuz (lat 40.9486, lon 34.4697) lies outside the map\'s region (longitude 35.4 to 46.6, latitude 30.8 to 37.7), so the map would not show it. Swapped (lat 34.4697, lon 40.9486), it would be in Syria: are latitude and longitude the wrong way round?',
  ],
  'place-in-another-country': [
    'data/places.json › entry "baghuz" › field "lat": Baghuz (lat 34.4697, lon 42.9486) is not in Syria, the country the entry gives: it lies in Iraq. Check the coordinates (decimal degrees, north and east positive) or the country',
  ],
  'url-with-space': [
    'data/sources.json › entry "guardian-2019-baghuz" › field "url": "https://www.theguardian.com/world/2019/mar/23/isis defeated-us-backed-syrian-democratic-forces-announce" has a space in it: a web address has none',
  ],
  'url-comma-in-domain': [
    'data/sources.json › entry "guardian-2019-baghuz" › field "url": "https://www.theguardian,com/world/2019/mar/23/isis-defeated-us-backed-syrian-democratic-forces-announce" has a comma in its domain ("www.theguardian,com"): a domain has dots, as in "www.theguardian.com"',
  ],
  'url-domain-without-dot': [
    'data/sources.json › entry "guardian-2019-baghuz" › field "url": "https://theguardian/world/2019/mar/23/isis-defeated-us-backed-syrian-democratic-forces-announce" has no dot in its domain ("theguardian"): give the whole domain, as in "www.theguardian.com"',
  ],
  'teaching-link-to-missing-anchor': [
    'teaching.json › entry "the-end" › field "lessonPlan.stages[0].use[0]": no chapter, section or step has the id "baghuz-falls"; did you mean "baghuz"?',
  ],
  'frontmatter-colon-unquoted': [
    'chapters/the-end.mdx:4:8 › entry "the-end": the frontmatter cannot be read: a value with ": " in it reads as a second field. Put the whole value in double quotes, e.g. title: "Reading the numbers: a guide"',
  ],
  'frontmatter-quote-inside-quotes': [
    'chapters/the-end.mdx:4:14 › entry "the-end": the frontmatter cannot be read (Unexpected scalar at node end). Put a value that holds a colon, a # or starts with a quote in double quotes, and write a double quote inside it as \\", e.g. title: "The \\"last\\" pocket"',
  ],
  'stray-less-than': [
    'chapters/the-end.mdx:12:26 › entry "the-end": the MDX cannot be read: "<" starts a component in MDX ("<RAND, the g…"). To write it as text, use &lt; (as in "5 &lt; 7") or the words "less than"',
  ],
  'curly-brackets-as-code': [
    'chapters/the-end.mdx:12:31 › entry "the-end": "{urban}" is read as code, not as text: MDX runs what stands in curly brackets. To print them, put a backslash before each: \\{like this\\}; a number comes from content/data/figures.json through <Fig id="…" />',
  ],
  'stray-curly-bracket': [
    'chapters/the-end.mdx:12:20 › entry "the-end": the MDX cannot be read: "{" starts a piece of code in MDX',
    'To write a curly bracket as text, put a backslash before it: \\{like this\\}',
  ],
  'section-never-closed': [
    'chapters/the-end.mdx:10:1 › entry "the-end": the MDX cannot be read: this <Section> is never closed. One that wraps text ends with </Section> where its text ends',
  ],
  'misspelt-field': [
    'data/territory.json › entry "ihs-2015-01" › field "qualifer": "qualifer" is not a field of this entry: did you mean "qualifier"?',
    'one it does not know would be dropped without a word',
  ],
  'frontmatter-unknown-field': [
    'chapters/the-end.mdx › entry "the-end" › field "sumary": in the frontmatter: "sumary" is not a field of this entry: did you mean "summary"? Its fields are "slug", "order", "title", "summary", "objectives", "draft"',
  ],
  'number-typed-in-prose': [
    'chapters/the-end.mdx:12:92 › entry "the-end": "45,000" is an amount typed into the text: a number readers see comes from',
    'data/figures.json, with its source. Add it there and print it with <Fig id="…" /> (a share with <Ratio>); a number that is not a figure (a count of steps, say) is written in words',
  ],
  'alt-placeholder-misspelt': [
    'chapters/the-end.mdx:14:1 › entry "the-end" › field "alt of <Step>": "{area 2015}" is not a placeholder, so readers would hear the braces: a placeholder is a figure\'s id in braces, e.g. "{area-2015}", or "{places-held}". Did you mean "{area-2015}"?',
  ],
  'heading-inside-section': [
    'chapters/the-end.mdx:16:1 › entry "the-end": a "##" heading inside a chapter has no anchor and no place in the contents: start a new <Section id="…" title="…"> with that title instead',
  ],
  'placeholder-in-published-chapter': [
    'chapters/the-end.mdx:5:1 › entry "the-end": still has "Replace this …" from npm run new:chapter: write the real text, or mark the chapter draft: true in its frontmatter until it is ready (a draft is not published)',
  ],
  'chapter-too-short': ['chapters/the-end.mdx › entry "the-end": has 12 words; a published chapter has 600–1600 (explainer.json, "chapters.words"): finish it, or mark it draft: true until it is ready'],
  'lower-case-component': ['chapters/the-end.mdx:12:32 › entry "the-end": <fig> prints nothing: components start with a capital letter, so write <Fig>'],
  'teaching-names-a-chart-not-shown': [
    'teaching.json › entry "the-end" › field "lessonPlan.stages[1].activity": names the size map, which no chapter shows: name a chart the story has (territory), or take it out',
  ],
  'teaching-stage-shows-a-chart-not-drawn': [
    'teaching.json › entry "the-end" › field "lessonPlan.stages[0].chart": no chapter shows the people chart: use one the story has (territory)',
  ],
  'teaching-miscounts-steps': [
    'teaching.json › entry "the-end" › field "lessonPlan.stages[0].activity": says "its three steps", but the territory chart has 1 step: give the number it has, or write "its steps"',
  ],
  'chapter-without-teaching-notes': ['teaching.json › entry "the-end": the chapter has no teaching notes: add an entry with at least three discussion questions'],
  'event-unknown-kind': [
    'data/events.json › entry "baghuz-falls" › field "kind": "liberated" is not valid: use one of "captured", "retaken", "declared", "offensive", "strike", "other"',
  ],
  'derived-too-precise': [
    'data/figures.json › entry "area-2014-km2" › field "value": 209789 is more precise than its inputs: our sq-mi-to-km2 of "area-2014-sq-mi" is worked out from them, and it gives 209,789.04, which to 2 significant figures (the precision of its inputs) is 210,000: write 210000',
  ],
  'derived-unknown-input': [
    'data/figures.json › entry "area-uk-minus-2015" › field "derivedFrom.inputs[1]": no entry "area-2016" in',
    'data/figures.json: use the id of an existing figure, or add one. Did you mean "area-2015"?',
  ],
  'derived-drops-qualifier': [
    'data/figures.json › entry "area-2014-km2" › field "qualifier": "exact" is not what the inputs said: a calculation from "area-2014-sq-mi" (about) keeps their qualifier, so use "about"',
  ],
  'calculation-without-derived-from': [
    'data/territory.json › entry "survey-2014-09" › field "note": speaks of our own calculation ("our conversion") but the row has no "derivedFrom": if the row\'s value is ours, give it "derivedFrom": { "operation", "inputs" } so every page prints it as ours',
  ],
  'source-words-without-qualifier': [
    'data/figures.json › entry "share-2015-05" › field "sourceWords": "half of the country" leaves out the qualifier "more than" (qualifier "more-than"): the words are printed in place of the number, so quote the source\'s words with it, e.g. "more than half of the country"',
  ],
  'cite-beside-its-fig': [
    'chapters/the-end.mdx:12:55 › entry "the-end" › field "id of <Cite>": <Fig id="area-2015"> already cites its source "ihs-markit-2016" in this sentence; remove the <Cite>, which would print the same citation mark a second time',
  ],
  'cite-twice-in-a-sentence': [
    'chapters/the-end.mdx:12:164 › entry "the-end" › field "id of <Cite>": <Cite id="guardian-2019-baghuz"> already cites this source in this sentence; remove the second <Cite>, which would print the same citation mark a second time',
  ],
};

// Concurrent: 74 processes one after another left a core idle for most of the unit run.
describe.concurrent('npm run check:content', () => {
  it('passes the good fixture', async ({ expect }) => {
    const { status, output } = await checkContentCli(fixtureContent());
    expect(output).toContain('is valid');
    expect(status).toBe(0);
  });

  it('has a test for every bad fixture, and at least 20 of them', ({ expect }) => {
    const cases = readdirSync(`${FIXTURES}/bad`).sort();
    expect(cases).toEqual(Object.keys(expectedMessages).sort());
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const [badCase, lines] of Object.entries(expectedMessages)) {
    it(`stops on ${badCase} with its own message`, async ({ expect }) => {
      const folder = fixtureContent(badCase);
      const { status, output } = await checkContentCli(folder);
      expect(status).toBe(1);
      expect(output).toContain('The content has 1 problem, and no build will publish until it is fixed:');
      for (const line of lines) expect(output).toContain(/^(data|chapters|teaching)\b/.test(line) ? `${folder}/${line}` : line);
      // One mistake, one message: a single bad edit must not bury the editor in knock-on errors.
      expect(output.match(/✗/g)).toHaveLength(1);
    });
  }
});
