/*
 * The back/forward cache, as the content script's requests to the background meet it. Chromium closes an
 * extension's message channels when a page enters the cache, and a request in flight then is never
 * answered (Chromium 156: neither resolved nor refused). A page restored by Back would wait for it for
 * good, so whoever waits on such a request asks again when the page is shown from the cache:
 * on-demand.ts (the period, working-days and panel modules) and light/english.ts (the English texts).
 */

let hidden = 0;
const restored: (() => void)[] = [];
let watching = false;

function watch(): void {
  if (watching) return;
  watching = true;
  const page = globalThis as { addEventListener?: Window['addEventListener'] };
  page.addEventListener?.('pagehide', (event) => {
    if (event.persisted) hidden++;
  });
  page.addEventListener?.('pageshow', (event) => {
    if (event.persisted) for (const resume of restored) resume();
  });
}

/** How many times the page has entered the back/forward cache (since the first call of either function). */
export function timesHidden(): number {
  watch();
  return hidden;
}

/** Calls `resume` each time the page is shown again from the back/forward cache. */
export function onRestored(resume: () => void): void {
  watch();
  restored.push(resume);
}
