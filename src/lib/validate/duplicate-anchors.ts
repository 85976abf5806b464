/**
 * Two parts of the explainer with the same id. When that id is published (in
 * content/permalinks.json), teachers' links to it lead to the part that had it first, so the
 * message must name the part the editor just added as the one to rename, wherever it sits in
 * file order. Which part is new is read from the last commit: the file as committed either
 * claims the id already (the published part) or does not (the new one).
 */
import { spawnSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import type { ContentProblem } from './problems.ts';

export interface AnchorClaim {
  /** In words, for the message: "a section in content/chapters/the-end.mdx:10". */
  where: string;
  /** The file on disk, to look up in the last commit. */
  path: string;
  /** The component or frontmatter field that claims it: a step and a section are told apart. */
  kind: 'slug' | 'Section' | 'Step';
  at: Omit<ContentProblem, 'message'>;
}

/** Whether the committed version of a file already claimed this id; undefined when git cannot say. */
export type CommittedClaim = (claim: AnchorClaim, anchor: string) => boolean | undefined;

export function duplicateAnchorProblem(
  anchor: string,
  first: AnchorClaim,
  second: AnchorClaim,
  options: { published: boolean; scope: string; committed?: CommittedClaim },
): ContentProblem {
  const { published, scope, committed = claimedInLastCommit } = options;
  const unique = `anchors must be unique ${scope}`;
  const renameThis = (claim: AnchorClaim) => (claim.kind === 'slug' ? 'give this chapter another slug' : `give this <${claim.kind}> another id`);
  if (!published) {
    return { ...second.at, message: `the anchor "${anchor}" is already used by ${first.where}; ${unique}: ${renameThis(second)}` };
  }
  const firstOld = committed(first, anchor);
  const secondOld = committed(second, anchor);
  const [added, kept] = firstOld === true && secondOld === false ? [second, first] : firstOld === false && secondOld === true ? [first, second] : [];
  if (added && kept) {
    return {
      ...added.at,
      message: `the anchor "${anchor}" is already used by ${kept.where}, which published it (teachers' links to /#${anchor} lead there); ${unique}: ${renameThis(added)}, then run npm run permalinks`,
    };
  }
  return {
    ...second.at,
    message: `the anchor "${anchor}" is already used by ${first.where}; ${unique}. "${anchor}" is published (in permalinks.json): keep it on the part that had it and give the part you added a new id`,
  };
}

/** Reads the file as committed at HEAD; a file git has never seen claims nothing yet. */
export function claimedInLastCommit(claim: AnchorClaim, anchor: string): boolean | undefined {
  const folder = dirname(claim.path);
  const inRepo = spawnSync('git', ['-C', folder, 'rev-parse', '--verify', '--quiet', 'HEAD'], { encoding: 'utf8' });
  if (inRepo.status !== 0) return undefined;
  const shown = spawnSync('git', ['-C', folder, 'show', `HEAD:./${basename(claim.path)}`], { encoding: 'utf8' });
  if (shown.status !== 0) return /does not exist|exists on disk, but not in/.test(shown.stderr) ? false : undefined;
  return claimsAnchor(shown.stdout, claim.kind, anchor);
}

/** Whether MDX text gives this id to a chapter slug, a section or a step. */
export function claimsAnchor(text: string, kind: AnchorClaim['kind'], anchor: string): boolean {
  const id = anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern =
    kind === 'slug'
      ? new RegExp(`^slug:\\s*["']?${id}["']?\\s*$`, 'm')
      : new RegExp(`<${kind}\\b[^>]*\\bid=["']${id}["']`);
  return pattern.test(text);
}
