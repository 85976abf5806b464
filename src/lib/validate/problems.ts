/** Content problems, reported the way an editor needs them: file, entry, field, what would be valid. */

export interface ContentProblem {
  /** Path of the file, relative to the project folder. */
  file: string;
  line?: number;
  column?: number;
  /** The entry's id (or its position, `#3`, when it has no id). */
  entry?: string;
  /** The field within the entry, e.g. `low` or `altDates[0].date`; for MDX, the component attribute. */
  field?: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  const parts = [where];
  if (problem.entry) parts.push(`entry "${problem.entry}"`);
  if (problem.field) parts.push(`field "${problem.field}"`);
  return `${parts.join(' › ')}: ${problem.message}`;
}

export function formatReport(problems: ContentProblem[]): string {
  // The same words in the build, the preview and check:content, so they must be true in all three.
  const one = problems.length === 1;
  const heading = `The content has ${problems.length} problem${one ? '' : 's'}, and no build will publish until ${one ? 'it is' : 'they are'} fixed:`;
  return [heading, ...problems.map((problem) => `  ✗ ${formatProblem(problem)}`)].join('\n');
}

/** Thrown by `assertContent`; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatReport(problems));
    this.problems = problems;
    this.name = 'ContentError';
  }
}

/** `altDates[0].date` from a Zod issue path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/** Where a schema problem is: an unknown field is named as the field, not as the entry it sits in. */
export function issuePath(issue: { code?: string; path: readonly PropertyKey[]; keys?: readonly string[] }): PropertyKey[] {
  return issue.code === 'unrecognized_keys' && issue.keys?.length === 1 ? [...issue.path, issue.keys[0]!] : [...issue.path];
}

type SchemaIssue = { code?: string; path: readonly PropertyKey[]; keys?: readonly string[]; message: string };

/**
 * One mistake, one message: a misspelt field ("sumary") also leaves the field it was meant to be
 * missing, and "required: …" beside "did you mean "summary"?" says the same thing twice.
 */
export function reportedIssues<Issue extends SchemaIssue>(issues: readonly Issue[]): Issue[] {
  const misspelt = issues.filter((issue) => issue.code === 'unrecognized_keys');
  const sameEntry = (a: readonly PropertyKey[], b: readonly PropertyKey[]) => a.length === b.length && a.every((key, i) => key === b[i]);
  return issues.filter((issue) => {
    if (!issue.message.startsWith('required')) return true;
    const field = String(issue.path.at(-1));
    return !misspelt.some((m) => sameEntry(m.path, issue.path.slice(0, -1)) && (m.keys ?? []).some((key) => closest(key, [field]).length > 0));
  });
}

/** Up to three ids close to a mistyped one, for "did you mean". */
export function closest(wrong: string, candidates: Iterable<string>, most = 3): string[] {
  const scored = [...candidates].map((candidate) => ({ candidate, distance: editDistance(wrong, candidate) }));
  const limit = Math.max(2, Math.floor(wrong.length / 3));
  return scored
    .filter(({ distance, candidate }) => distance <= limit || candidate.includes(wrong) || wrong.includes(candidate))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, most)
    .map(({ candidate }) => candidate);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The sentence that ends an unknown-id message. */
export function suggestion(wrong: string, candidates: Iterable<string>): string {
  const near = closest(wrong, candidates);
  return near.length ? ` Did you mean ${near.map((id) => `"${id}"`).join(' or ')}?` : '';
}

/**
 * An editor's JSON text, parsed; or, when it does not parse, the problem to report, with the line
 * and column the parser gives so the editor can go straight there.
 */
export function parseJson(text: string, file: string): { value: unknown } | { problem: ContentProblem } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const reason = (error as Error).message;
    const position = /line (\d+) column (\d+)/.exec(reason);
    return {
      problem: {
        file,
        ...(position ? { line: Number(position[1]), column: Number(position[2]) } : {}),
        message: `is not valid JSON (${reason}). Check for a missing comma or quote, or a trailing comma`,
      },
    };
  }
}
