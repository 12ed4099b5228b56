/**
 * A built sidebar or dialog page in happy-dom, talking to the built add-on in the sandbox through a
 * google.script.run that behaves as the real one: asynchronous, JSON in and out, calling Code.js's globals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { DIST, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';

/** google.script.run as a page sees it: asynchronous, JSON in and out, calling Code.js's globals. */
export function scriptRun(box: Sandbox): unknown {
  const runner = (onOk: (v: unknown) => void, onFail: (e: Error) => void): unknown =>
    new Proxy(
      {},
      {
        get: (_, name: string) => {
          if (name === 'withSuccessHandler') return (fn: (v: unknown) => void) => runner(fn, onFail);
          if (name === 'withFailureHandler') return (fn: (e: Error) => void) => runner(onOk, fn);
          return (...args: unknown[]) =>
            setTimeout(() => {
              try {
                onOk(JSON.parse(JSON.stringify(box.call(name, ...JSON.parse(JSON.stringify(args))) ?? null)));
              } catch (e) {
                onFail(e as Error);
              }
            }, 0);
        },
      },
    );
  return runner(
    () => {},
    () => {},
  );
}

/** Loads dist/apps-script/<file>.html and runs its inline script against the sandbox. */
export function openPage(box: Sandbox, file: string) {
  const html = readFileSync(join(DIST, `${file}.html`), 'utf8');
  const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
  const window = new Window();
  window.document.write(html.replace(/<script>[\s\S]*<\/script>/, ''));
  // The page's own globals it uses besides the DOM (the sidebars read chosen files with FileReader).
  new Function('document', 'google', 'window', 'FileReader', script)(
    window.document,
    { script: { run: scriptRun(box) } },
    window,
    window.FileReader,
  );
  return window.document;
}
