import type { Lang } from '../../../../shared/messages';
import { onRestored, timesHidden } from '../page-cache';

/*
 * The overlay's English texts, loaded on demand. The content script runs on every e-kinerja page and has
 * a size budget (test/extension/build.test.ts); its catalog's English half was ~5 KB of it gzipped, and most
 * users read Indonesian. So the built content script carries the Indonesian texts only, and the English
 * ones of the same codes are a script of their own (extension/build.ts writes src/content/lang-en.js) that
 * the background injects into the frame that asks, once, as it does the period module (period/api.ts).
 * The overlay asks before its first render in English (main.ts), so no badge is drawn before its words
 * are here. If they cannot come (a frame the extension may not script), the built catalog answers in
 * Indonesian: a text is always shown, never "undefined". Run from sources (unit tests) the catalog holds
 * both languages and nothing is loaded.
 */

/** Where the English texts sit in the isolated world (a registered symbol: no page can reach it). */
export const ENGLISH_TEXTS = Symbol.for('nilai-kerja/english-texts');

/** The runtime message by which the content script asks the background to inject the English texts. */
export const LOAD_ENGLISH_TEXTS = 'nilai-kerja/load-english-texts';

/** The English texts' script in the built extension (extension/build.ts writes it; the background injects it). */
export const ENGLISH_TEXTS_FILE = 'src/content/lang-en.js';

/** Whether the content build's catalog waits for English texts (the build defines this true). */
declare const __NILAI_KERJA_SPLIT_CATALOG__: boolean | undefined;

let asked: Promise<void> | undefined;

const here = (): boolean => Boolean((globalThis as unknown as Record<symbol, unknown>)[ENGLISH_TEXTS]);

/** Resolves when the texts of `lang` can be shown (at once for Indonesian; never rejects). */
export function textsFor(lang: Lang): Promise<void> {
  const split = typeof __NILAI_KERJA_SPLIT_CATALOG__ !== 'undefined' && __NILAI_KERJA_SPLIT_CATALOG__;
  if (lang !== 'en' || !split || here()) return Promise.resolve();
  asked ??= new Promise<void>((resolve) => {
    let done = false;
    let attempt = 0;
    const ask = (): void => {
      const mine = ++attempt;
      const hidden = timesHidden();
      // Answered, or refused (no background to ask: the Indonesian texts stand in, see above); unless
      // the page went into the back/forward cache meanwhile: then asked again when it is shown.
      const answered = (): void => {
        if (done || mine !== attempt || (hidden !== timesHidden() && !here())) return;
        done = true;
        resolve();
      };
      try {
        chrome.runtime.sendMessage({ type: LOAD_ENGLISH_TEXTS }).then(answered, answered);
      } catch {
        answered();
      }
    };
    onRestored(() => {
      if (done) return;
      if (here()) {
        done = true;
        resolve();
      } else ask();
    });
    ask();
  });
  return asked;
}
