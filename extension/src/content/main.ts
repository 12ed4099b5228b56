import { onContentMessage, type PageStatus } from '../messaging';

/**
 * PLACEHOLDER written by the extension-shell engineer so the build has a content-script entry.
 * The content engineer replaces this file with the real overlay; keep answering the popup's
 * status/set-overlay messages through onContentMessage, and guard against double injection
 * (a registered script and a one-off executeScript can both run in the same tab).
 */
const MARK = '__nilaiKerjaContentLoaded';
const state = globalThis as unknown as Record<string, boolean>;
if (!state[MARK]) {
  state[MARK] = true;
  let overlay = true;
  const status = (): PageStatus => ({
    pageType: 'unknown',
    rows: document.querySelectorAll('table tbody tr').length,
    recognised: [],
    overlay,
    issues: [],
  });
  onContentMessage({
    status,
    setOverlay: (on) => {
      overlay = on;
      return status();
    },
  });
}
