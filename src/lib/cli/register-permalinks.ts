/**
 * Registers every anchor the chapters define now in content/permalinks.json. It only ever adds:
 * a published anchor may sit in a lesson plan, so dropping one takes an alias (by hand), never
 * this command.
 *
 *   node src/lib/cli/register-permalinks.ts [content-folder]
 */
import { registerAnchors, REGISTRY_FILE } from '../validate/permalinks.ts';
import { contentDir } from '../content-dir.ts';

const folder = process.argv[2] ?? contentDir;
const { added, total } = registerAnchors(folder);
if (added.length === 0) {
  console.log(`All ${total} anchors are already in ${folder}/${REGISTRY_FILE}.`);
} else {
  console.log(`Registered ${added.length} new anchor${added.length === 1 ? '' : 's'} in ${folder}/${REGISTRY_FILE} (${total} in all):`);
  for (const anchor of added) console.log(`  + ${anchor}`);
}
