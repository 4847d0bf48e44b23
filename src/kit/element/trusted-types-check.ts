/**
 * Says why no chart draws on a page whose Content-Security-Policy enforces Trusted Types
 * (`require-trusted-types-for 'script'`) without allowing Lit's policy. Lit creates a
 * policy named `lit-html` when its module loads; a `trusted-types` directive that does
 * not list it makes that throw, the chart modules never finish loading, and the
 * browser's own report names neither the library nor the fix.
 *
 * Imported first by every chart entry, so that it runs before Lit: the browser reports
 * the refused policy as a `securitypolicyviolation` event, which this turns into one
 * console error naming the directive to add (its text loaded then: trusted-types-message.ts).
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
    import('./trusted-types-message.js').then(
      (m) => console.error(m.refusedPolicyMessage(TRUSTED_TYPES_POLICY)),
      // Not even that could load (offline): the browser's own report stands alone.
      () => undefined,
    );
  };
  document.addEventListener('securitypolicyviolation', handle);
}
