/**
 * The studio page's entry: loads the studio, and says so on the page when it cannot (an
 * old browser, a file that failed to load), rather than leaving it blank.
 */
import('./studio-app.js').catch((error: unknown) => {
  const note = document.querySelector('#studio-loading');
  if (!note) return;
  note.setAttribute('role', 'alert');
  note.textContent = `工作台无法加载：${error instanceof Error ? error.message : String(error)}。请使用较新的浏览器，或刷新页面重试。`;
});
