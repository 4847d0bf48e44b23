/**
 * The studio page's entry: picks the language and theme (`?lang=en`, `?theme=dark`; the
 * screenshots use them), loads the studio, and says so on the page when it cannot (an
 * old browser, a file that failed to load), rather than leaving it blank.
 */
const params = new URLSearchParams(location.search);
const studio = document.querySelector('livelihood-studio');
if (params.get('lang') === 'en') {
  studio?.setAttribute('lang', 'en');
  document.documentElement.lang = 'en';
}
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') studio?.setAttribute('theme', theme);

import('./studio-app.js').catch((error: unknown) => {
  const note = document.querySelector('#studio-loading');
  if (!note) return;
  note.setAttribute('role', 'alert');
  const message = error instanceof Error ? error.message : String(error);
  note.textContent = params.get('lang') === 'en'
    ? `The studio could not load: ${message}. Use a recent browser, or reload the page.`
    : `工作台无法加载：${message}。请使用较新的浏览器，或刷新页面重试。`;
});
