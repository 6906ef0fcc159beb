import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { z } from 'zod';
import { freePort } from '@server/test-support/postgres-cluster';

/** What the rural-link spec reports: its figure and its own summary of the run. */
export interface RuralLinkFigures {
  seconds: number;
  /** « Première synchronisation à 256 kbit/s et 600 ms : 45.2 s pour 11774 documents (…) ». */
  summary: string;
  aborted: string;
}

/** The part of Playwright's JSON report read here (its `json` reporter). */
const resultSchema = z.object({
  status: z.string(),
  stdout: z.array(z.object({ text: z.string().optional() }).passthrough()).default([]),
  errors: z.array(z.object({ message: z.string().optional() }).passthrough()).default([]),
  annotations: z.array(z.object({ type: z.string(), description: z.string().optional() })).default([]),
});
const testSchema = z.object({
  annotations: z.array(z.object({ type: z.string(), description: z.string().optional() })).default([]),
  results: z.array(resultSchema),
});
interface Suite {
  specs?: { title: string; tests: unknown[] }[];
  suites?: Suite[];
}

function testsOf(suite: Suite): unknown[] {
  return [
    ...(suite.specs ?? []).flatMap((spec) => spec.tests),
    ...(suite.suites ?? []).flatMap((inner) => testsOf(inner)),
  ];
}

/**
 * Issue 19's rural link, in the bench: the end-to-end run of `test/e2e/rural-link.spec.ts` (a new
 * device joins an association of 5,000 people, Chromium's network emulated at 256 kbit/s each way
 * with 600 ms of latency, from « Inscrire cet appareil » to « À jour ») run by Playwright, whose
 * figure the bench reads from the spec's annotation. The association's server serves the web
 * build (`dist/renderer`): built first when missing. A failed run (a request abandoned, a
 * timeout) fails the bench, with the spec's words.
 */
export async function measureRuralLink(
  root: string,
  log: (message: string) => void,
): Promise<RuralLinkFigures> {
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) {
    log('lien rural : construction de l’application web (dist/renderer)…');
    await build({ configFile: join(root, 'build/vite.renderer.config.ts'), logLevel: 'warn' });
  }
  const port = await freePort();
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      'npx',
      [
        'playwright',
        'test',
        '--config',
        'test/e2e/playwright.config.ts',
        'rural-link.spec.ts',
        '--reporter=json',
      ],
      { cwd: root, env: { ...process.env, E2E_PORT: String(port) }, maxBuffer: 64 * 1024 * 1024 },
      // The JSON report comes on stdout whether the test passed or not: read it either way.
      (error, out) => (out ? resolve(out) : reject(error ?? new Error('Playwright: no report'))),
    );
  });
  const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { suites?: Suite[] };
  const tests = (report.suites ?? [])
    .flatMap((suite) => testsOf(suite))
    .map((test) => testSchema.parse(test));
  const [test] = tests;
  const result = test?.results.at(-1);
  if (tests.length !== 1 || !test || !result)
    throw new Error(`lien rural : ${tests.length} tests dans le rapport`);
  const printed = result.stdout.map((line) => line.text ?? '').join('');
  if (result.status !== 'passed') {
    const why = result.errors.map((error) => error.message ?? '').join('\n');
    throw new Error(
      `lien rural : la première synchronisation a échoué (${result.status})\n${why}\n${printed}`,
    );
  }
  const annotation = [...test.annotations, ...result.annotations].find(
    (entry) => entry.type === 'première synchronisation (s)',
  );
  const seconds = Number(annotation?.description);
  if (!Number.isFinite(seconds)) throw new Error('lien rural : pas de durée dans le rapport');
  const line = (prefix: string) =>
    printed
      .split('\n')
      .find((text) => text.startsWith(prefix))
      ?.trim() ?? '';
  return { seconds, summary: line('Première synchronisation'), aborted: line('Requêtes que Chromium') };
}
