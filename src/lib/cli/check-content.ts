/**
 * Checks the content without building the site: every data file against its schema, every
 * reference between them, and every component a chapter uses. Exits 1 with the problems listed.
 *
 *   node src/lib/cli/check-content.ts [content-folder]
 */
import { checkContent, formatReport } from '../validate/index.ts';
import { contentDir } from '../content-dir.ts';

const folder = process.argv[2] ?? contentDir;
const problems = checkContent(folder);
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`Content in ${folder}/ is valid.`);
