// Loaded first by the test pages, as a classic script from the page's own origin (a
// strict policy allows nothing inline): records what the policy refused and what the
// page logged as an error, for the test in the parent page to read.
window.violations = [];
window.consoleErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
});
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.consoleErrors.push(args.map(String).join(' '));
  consoleError(...args);
};
