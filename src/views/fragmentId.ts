// overview.html#outcome-health opens on that row, changes.html#<entry id> on that entry. The
// fragment is whatever the address says: a malformed escape (`#%E0%A4%A`, `#%`) names nothing,
// and must never stop the page.

/** The element id a URL fragment names, or undefined when it names none. */
export function fragmentId(hash: string): string | undefined {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}
