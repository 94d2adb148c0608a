// Runs before the first paint (a classic script in <head>, allowed by the CSP as 'self'). The
// start screen prerendered into index.html is right for a plain address only: a link with answers
// (#commune=…) or parameters (?lang=, ?embed=…) must not flash it. src/main.tsx removes the mark.
if (window.location.hash.length > 1 || window.location.search.length > 1) {
  document.documentElement.classList.add('resuming');
}
