// The one script in index.html's <head>, inlined (no request, nothing render-blocking) and allowed
// by the Content-Security-Policy through its hash, computed here from the very text inlined.
// The start screen prerendered into index.html is right for a plain address only: a link with
// answers (#commune=…) or parameters (?lang=, ?embed=…) must not flash it; src/main.tsx removes
// the mark once the app has rendered the right screen.
import { createHash } from 'node:crypto';

export const RESUME_SCRIPT =
  "if(location.hash.length>1||location.search.length>1)document.documentElement.classList.add('resuming')";

/** The CSP source that allows exactly this script. */
export const RESUME_SCRIPT_HASH = `'sha256-${createHash('sha256').update(RESUME_SCRIPT).digest('base64')}'`;

/** The script element index.html carries. */
export const RESUME_SCRIPT_TAG = `<script>${RESUME_SCRIPT}</script>`;
