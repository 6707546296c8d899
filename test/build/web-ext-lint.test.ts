// Mozilla's linter on the Firefox build: no errors and no warnings (AMO rejects or flags them).
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error web-ext ships no type declarations
import webExt from 'web-ext';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

it('web-ext lint reports 0 errors and 0 warnings on dist/firefox', async () => {
  const result = (await webExt.cmd.lint(
    {
      sourceDir: resolve(import.meta.dirname, '..', '..', process.env.HD_DIST ?? 'dist', 'firefox'),
      output: 'json',
      selfHosted: false,
      boring: true,
    },
    { shouldExitProgram: false },
  )) as LintResult;
  const describe = (m: LintMessage) => `${m.code} ${m.file ?? ''}: ${m.message}`;
  expect(result.errors.map(describe)).toEqual([]);
  expect(result.warnings.map(describe)).toEqual([]);
});
