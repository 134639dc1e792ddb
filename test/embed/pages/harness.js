// Records what a host page would suffer from: errors, CSP violations, widget events.
// Loaded first, as a classic script from 'self', so it also works under a strict CSP.
window.harness = { errors: [], violations: [], loads: [], failures: [] };
window.addEventListener('error', (event) => window.harness.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.harness.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.harness.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
);
document.addEventListener('rus-load', (event) => window.harness.loads.push(event.target.localName));
document.addEventListener('rus-error', (event) =>
  window.harness.failures.push(`${event.target.localName}:${event.detail.kind}`),
);
