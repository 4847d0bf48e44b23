/**
 * What a page whose Trusted Types refuse Lit's policy is told (trusted-types-check.ts): a
 * chunk of its own, fetched only then. It imports nothing, so it loads even though the
 * chart module that asked for it failed to.
 */
export const refusedPolicyMessage = (policy: string): string =>
  `livelihood-charts: this page's Content-Security-Policy refused the Trusted Types policy "${policy}" ` +
  `that the charts (Lit) need, so no chart can draw. Allow it in the header: ` +
  `"trusted-types ${policy}" (with your own policy names, if any).`;
