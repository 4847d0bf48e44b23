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

/**
 * The strict Content-Security-Policy a locked-down news page sends (README, "Security
 * headers"), as a real header on the test pages under test/browser/pages/: `?tt=lit`
 * allows Lit's Trusted Types policy, `?tt=none` allows none. A `<meta>` policy would not
 * do: it ignores some directives and cannot cover the page's own response.
 */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

function strictCspHeader() {
  return async (ctx, next) => {
    await next();
    if (!ctx.path.startsWith('/test/browser/pages/') || !ctx.path.endsWith('.html')) return;
    const tt = ctx.query.tt === 'none' ? "'none'" : ctx.query.tt === 'lit' ? 'lit-html' : undefined;
    if (tt) ctx.set('Content-Security-Policy', `${STRICT_CSP}; trusted-types ${tt}`);
  };
}

/**
 * `executeServerCommand('ax-tree')`: the page's whole accessibility tree as Chromium computes it
 * (roles, names, descriptions, ignored nodes left out), for what a screen reader is given.
 * The stock a11ySnapshot keeps only "interesting" nodes, which drops tables, rows and cells.
 */
function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`ax-tree needs a puppeteer browser, not ${session.browser.type}`);
      return session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: false });
    },
  };
}

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  // The studio's files paste whole articles and build them in a worker, test after test: on a
  // loaded 2-core machine one file has taken 3 minutes, past the default 2.
  testsFinishTimeout: 360000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [strictCspHeader()],
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }), axTreePlugin()],
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
