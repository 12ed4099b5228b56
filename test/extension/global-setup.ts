import { assertChromium, ensureBuilt } from './harness';

/**
 * Vitest global setup: builds the test variant of the extension once per run (content scripts also
 * on http://127.0.0.1/* so fixture pages get them) and fails early when Chromium is missing.
 */
export default function setup(): void {
  assertChromium();
  ensureBuilt();
}
