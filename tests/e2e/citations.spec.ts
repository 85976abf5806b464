/**
 * Citations that hold, as a teacher and a reference manager meet them: a named publisher and
 * author, first publication fixed in the content and "updated" from the corrections log (never
 * the day of the build), a citation for every section at its own address, RIS and BibTeX files,
 * and Highwire `citation_*` tags on every page for Zotero.
 */
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { sitemapPaths } from "./support.ts";

const read = (path: string) =>
  JSON.parse(
    readFileSync(new URL(`../../content/${path}`, import.meta.url), "utf8"),
  );
const explainer = read("explainer.json") as {
  url: string;
  title: string;
  byline: { publisher: string; author: string };
  published: string;
};
const corrections = read("data/corrections.json") as { date: string }[];
const { publisher } = explainer.byline;
const authors = [explainer.byline.author];
const { published } = explainer;
const newestCorrection = corrections
  .map((c) => c.date)
  .toSorted()
  .at(-1)!;
const long = (iso: string) =>
  new Intl.DateTimeFormat("en-US", {
    month: "long",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

test.describe("reference managers", () => {
  test.use({ javaScriptEnabled: false });
  test("every page carries Highwire citation tags: title, author, first publication, publisher, its own address", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // Reference managers read these tags from the HTML alone: styles, scripts, fonts and
    // pictures are left out, so that sixty pages are not laid out in full for it.
    await page.route("**/*", (route) =>
      route.request().resourceType() === "document" ? route.continue() : route.abort(),
    );
    for (const path of sitemapPaths()) {
      await page.goto(path, { waitUntil: "domcontentloaded" });
      const meta = (name: string) => page.locator(`meta[name="${name}"]`);
      await expect(meta("citation_title"), path).toHaveCount(1);
      expect(
        (await meta("citation_title").getAttribute("content"))!.length,
        path,
      ).toBeGreaterThan(2);
      expect(
        await meta("citation_author").evaluateAll((els) =>
          els.map((el) => el.getAttribute("content")),
        ),
      ).toEqual(authors);
      await expect(meta("citation_publication_date")).toHaveAttribute(
        "content",
        published.replaceAll("-", "/"),
      );
      await expect(meta("citation_publisher")).toHaveAttribute(
        "content",
        publisher,
      );
      await expect(meta("citation_public_url")).toHaveAttribute(
        "content",
        new URL(path, explainer.url).href,
      );
    }
  });
});

test("a chapter is cited at its own page, by its publisher and author, first published on the fixed day, updated from the corrections log", async ({
  page,
}) => {
  await page.goto("/chapters/the-rise/cite/");
  const [apa, mla, chicago] = await page
    .locator('[data-cite="the-rise"] .citation-text')
    .allTextContents();
  const url = new URL("/chapters/the-rise/", explainer.url).href;
  expect(apa).toContain(
    `${authors.join(", ")}. (${published.slice(0, 4)}, ${long(published).replace(/ \d+, \d+$/, "")} ${Number(published.slice(8))}).`,
  );
  expect(apa).toContain(`${publisher}.`);
  expect(apa).toMatch(new RegExp(`from ${url.replaceAll(".", "\\.")}$`));
  expect(mla).toContain(`${publisher}, `);
  expect(mla).toContain(url.replace("https://", "").replace(/\/$/, ""));
  expect(chicago).toContain(`${publisher}, ${long(published)}.`);
  expect(chicago).toContain(`Last modified ${long(newestCorrection)}.`);
  expect(chicago).toContain(url);
});

test("every section can be cited: its heading links to its own citation, at its own address", async ({
  page,
}) => {
  await page.goto("/chapters/the-collapse/");
  const sections = await page
    .locator("article.chapter section.story-section")
    .evaluateAll((els) => els.map((el) => el.id));
  expect(sections.length).toBeGreaterThan(1);
  for (const id of sections) {
    const link = page.locator(`[id="${id}"] > .section-head a.section-cite`);
    await expect(link, id).toHaveAttribute(
      "href",
      `/chapters/the-collapse/cite/#cite-${id}`,
    );
  }
  const id = sections[1]!;
  await page.locator(`[id="${id}"] > .section-head a.section-cite`).click();
  await expect(page).toHaveURL(
    new RegExp(`/chapters/the-collapse/cite/#cite-${id}$`),
  );
  const texts = await page
    .locator(`[id="cite-${id}"] .citation-text`)
    .allTextContents();
  expect(texts).toHaveLength(3);
  const title = await page.locator(`[id="cite-${id}-title"]`).textContent();
  for (const text of texts) {
    expect(text).toContain(`/chapters/the-collapse/#${id}`);
    expect(text.toLowerCase()).toContain(
      title!.trim().toLowerCase().slice(0, 12),
    );
  }
});

test("the explainer and each chapter download as RIS and BibTeX", async ({
  page,
  request,
}) => {
  await page.goto("/#cite");
  for (const [href, check] of [
    [
      "/cite/explainer.ris",
      (body: string) =>
        expect(body).toMatch(
          /^TY {2}- ELEC\r\n[\s\S]*\r\nUR {2}- https:\/\/\S+\/\r\nER {2}-\r\n$/,
        ),
    ],
    [
      "/cite/explainer.bib",
      (body: string) =>
        expect(body).toMatch(
          /^@online\{explainer,\n[\s\S]*date = \{\d{4}-\d{2}-\d{2}\}/,
        ),
    ],
  ] as const) {
    await expect(page.locator(`#cite a[href="${href}"]`)).toHaveAttribute(
      "download",
      "",
    );
    const response = await request.get(href);
    expect(response.status()).toBe(200);
    check(await response.text());
  }
  const ris = await (await request.get("/cite/the-last-pocket.ris")).text();
  for (const author of authors) expect(ris).toContain(`AU  - ${author}\r\n`);
  expect(ris).toContain(`PB  - ${publisher}\r\n`);
  expect(ris).toContain(`DA  - ${published.replaceAll("-", "/")}\r\n`);
  expect(ris).toContain(
    `UR  - ${new URL("/chapters/the-last-pocket/", explainer.url).href}\r\n`,
  );
  const bib = await (await request.get("/cite/the-last-pocket.bib")).text();
  expect(bib).toContain(`publisher = {${publisher}}`);
  expect(bib).toContain(`date = {${published}}`);
});
