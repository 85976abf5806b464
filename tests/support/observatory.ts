/**
 * The MDN HTTP Observatory's grade for one page of a locally served site: its own scanner and
 * scoring (vendored, see tests/vendor/mdn-http-observatory/README.md) over what that server sends.
 */
import { scan } from '../vendor/mdn-http-observatory/src/scanner/index.js';

export interface ObservatoryTest {
  name: string;
  pass: boolean;
  result: string;
  /** What this test adds to or takes from the base score of 100. */
  modifier: number;
}

export interface ObservatoryReport {
  score: number;
  grade: string;
  tests: ObservatoryTest[];
}

/** `server` is "host:port" of a local server; `path` the page to grade ("/" is what the Observatory grades). */
export async function observatoryScan(server: string, path = '/'): Promise<ObservatoryReport> {
  const { scan: summary, tests } = await scan(`${server}${path}`);
  return {
    score: summary.score,
    grade: summary.grade,
    tests: Object.entries(tests).map(([name, test]) => ({
      name,
      pass: Boolean(test.pass),
      result: String(test.result),
      modifier: test.scoreModifier ?? 0,
    })),
  };
}

/** The score and each test's result, one line each, as the Observatory's report lists them. */
export function describeReport(path: string, { score, grade, tests }: ObservatoryReport): string {
  const lines = tests.map((t) => `  ${t.pass ? 'pass' : 'FAIL'} ${t.name.padEnd(30)} ${String(t.modifier >= 0 ? `+${t.modifier}` : t.modifier).padStart(4)}  ${t.result}`);
  return [`${path}: ${score}/100, ${grade}`, ...lines].join('\n');
}
