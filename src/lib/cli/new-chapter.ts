/**
 * Starts a chapter: writes content/chapters/<slug>.mdx with valid frontmatter and a first section,
 * and registers its anchors. Refuses a slug that is malformed or already taken.
 *
 *   npm run new:chapter -- <slug> "<title>"
 */
import { newChapter, ScaffoldRefusal } from '../scaffold/new-chapter.ts';
import { REGISTRY_FILE } from '../validate/permalinks.ts';
import { contentDir } from '../content-dir.ts';

const [slug, title, ...extra] = process.argv.slice(2);
try {
  if (extra.length) throw new ScaffoldRefusal(`put the title in quotes, so it arrives as one piece: npm run new:chapter -- ${slug} "${[title, ...extra].join(' ')}"`);
  const made = newChapter(contentDir, slug, title);
  console.log(`Wrote ${made.file}: chapter ${made.order}, with a first section "${made.sectionId}".`);
  if (made.registered.length) console.log(`Registered ${made.registered.map((id) => `"${id}"`).join(', ')} in ${contentDir}/${REGISTRY_FILE}.`);
  if (made.teaching) console.log(`Added three placeholder discussion questions for it to ${made.teaching}.`);
  console.log(`Next: replace every "Replace this" (summary, objective, first paragraph${made.teaching ? ', questions' : ''}), then preview with \`npm run dev\`.`);
} catch (error) {
  if (!(error instanceof ScaffoldRefusal)) throw error;
  console.error(`No chapter written: ${error.message}`);
  process.exit(1);
}
