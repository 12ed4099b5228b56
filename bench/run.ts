/**
 * `npm run bench`: every benchmark section in one run, clearly labelled lines, no assertions.
 * Extension point: the add-on and the extension add their sections to SECTIONS (e.g. "addon: Code.js
 * scoring the province through the fake SpreadsheetApp", "extension: overlay on a 2,000-row saved page").
 */
import { pathToFileURL } from 'node:url';
import { benchAddon } from './addon';
import { runCoreBench } from './core';
import { benchCustomFunctions } from './custom-functions';
import { benchExtension } from './extension';
import { benchHistory } from './history';
import { benchRecap } from './recap';
import { benchRecognition } from './recognition';

export interface BenchSection {
  /** Prefix of every line the section prints ("core", "addon", "extension"). */
  name: string;
  run(): string[] | Promise<string[]>;
}

export const SECTIONS: BenchSection[] = [
  { name: 'core', run: () => runCoreBench() },
  { name: 'recognition', run: () => benchRecognition() },
  { name: 'history', run: () => benchHistory() },
  { name: 'addon', run: () => benchAddon() },
  { name: 'recap', run: () => benchRecap() },
  { name: 'custom-functions', run: () => benchCustomFunctions() },
  { name: 'extension', run: () => benchExtension() },
];

export async function main(sections: readonly BenchSection[] = SECTIONS): Promise<void> {
  process.stdout.write(`bench: node ${process.version}, ${process.platform}/${process.arch}\n`);
  for (const section of sections) {
    try {
      for (const line of await section.run()) process.stdout.write(`${line}\n`);
    } catch (error) {
      process.stdout.write(
        `${section.name}: FAILED ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
