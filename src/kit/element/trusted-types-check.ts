/**
 * Says why no chart draws on a page whose Content-Security-Policy enforces Trusted Types
 * (`require-trusted-types-for 'script'`) without allowing Lit's policy. Lit creates a
 * policy named `lit-html` when its module loads; a `trusted-types` directive that does
 * not list it makes that throw, the chart modules never finish loading, and the
 * browser's own report names neither the library nor the fix.
 *
 * Imported first by every chart entry, so that it runs before Lit: the browser reports
 * the refused policy as a `securitypolicyviolation` event, which this turns into one
 * console error naming the directive to add.
 */

export const TRUSTED_TYPES_POLICY = 'lit-html';

const LISTENING = Symbol.for('livelihood-charts.trusted-types-check');

type Global = typeof globalThis & { trustedTypes?: unknown; [LISTENING]?: true };

const global = globalThis as Global;
if (global.trustedTypes && typeof document !== 'undefined' && !global[LISTENING]) {
  global[LISTENING] = true;
  const handle = (event: SecurityPolicyViolationEvent) => {
    if (event.effectiveDirective !== 'trusted-types' || !event.sample.startsWith(TRUSTED_TYPES_POLICY)) return;
    document.removeEventListener('securitypolicyviolation', handle);
    console.error(
      `livelihood-charts: this page's Content-Security-Policy refused the Trusted Types policy "${TRUSTED_TYPES_POLICY}" ` +
        `that the charts (Lit) need, so no chart can draw. Allow it in the header: ` +
        `"trusted-types ${TRUSTED_TYPES_POLICY}" (with your own policy names, if any).`,
    );
  };
  document.addEventListener('securitypolicyviolation', handle);
}
