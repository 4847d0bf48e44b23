import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';

/** Prints "N passed, N failed" as the very last line, for tools that read summaries. */
function lastLineReporter() {
  let passed = 0;
  let failed = 0;
  const count = (tests) => {
    for (const t of tests ?? []) (t.passed ? passed++ : t.skipped ? 0 : failed++);
  };
  const walk = (suite) => {
    if (!suite) return;
    count(suite.tests);
    for (const s of suite.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const s of sessions) walk(s.testResults);
      process.on('exit', () => console.log(`${passed} passed, ${failed} failed`));
    },
  };
}

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), lastLineReporter()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
