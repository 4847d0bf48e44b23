import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import config from './web-test-runner.config.mjs';

/**
 * The page-level tests again in Firefox ESR (`npm run test:firefox`): a locked-down page,
 * layout shift on an article, a news site's own styles, and the cheap tests that pass
 * there as they are. (The charts' own files set the colour scheme through CDP, which
 * Firefox lacks.) The installed Firefox
 * (`/usr/bin/firefox-esr`, Debian's `firefox-esr`, or `FIREFOX_PATH`) is driven over
 * WebDriver BiDi by the puppeteer-core the Chromium launcher already brings: nothing is
 * downloaded. One file in Firefox: `npx web-test-runner --config <this file> <test file>`.
 */
export default {
  ...config,
  files: [
    'test/browser/csp.test.ts',
    'test/browser/layout-shift.test.ts',
    'test/browser/host-style.test.ts',
    // Cheap and browser-neutral (a few seconds each): fetching, on-demand modules, iframes, a page's own table.
    'test/browser/{load,on-demand,intl,hardening,property,table-data,lang}.test.ts',
    'test/browser/indicator-names.test.ts',
  ],
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' },
    }),
  ],
};
