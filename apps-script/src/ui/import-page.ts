/**
 * The page of the import sidebars (Impor riwayat, Rekap OPD), one copy for both: what to pick, a picker
 * for the JSON files, the line of buttons (Import first, disabled until the chosen files pass the
 * server's check) and the results of the check and of the import below it.
 */
import { button, el, labelFor, noteList } from './dom';
import { jsonFileInput } from './files';

export interface ImportPageTexts {
  help: string;
  pick: string;
  import: string;
}

export interface ImportPicker {
  /** The file input's id. */
  id: string;
  /** Several files at once (the OPD packages), or one. */
  multiple?: boolean;
  onPick: (files: FileList | null) => void;
}

/** Builds the page in `app`; the page adds its own buttons after Import in `buttons`. */
export function importPage(
  app: HTMLElement,
  texts: ImportPageTexts,
  picker: ImportPicker,
): { importButton: HTMLButtonElement; buttons: HTMLParagraphElement; results: HTMLDivElement } {
  const input = jsonFileInput(picker.id);
  if (picker.multiple) input.multiple = true;
  input.addEventListener('change', () => picker.onPick(input.files));
  const importButton = button(texts.import, 'import', 'primary');
  importButton.disabled = true;
  const buttons = el('p');
  buttons.appendChild(importButton);
  const results = el('div');
  results.id = 'results';
  app.append(el('p', texts.help), labelFor(texts.pick, picker.id), el('br'), input, buttons, results);
  return { importButton, buttons, results };
}

/** The lines an import or a check reports (`ul#lines`), under the results. */
export function showLines(results: HTMLElement, lines: readonly string[]): void {
  results.appendChild(noteList(lines, 'lines'));
}
