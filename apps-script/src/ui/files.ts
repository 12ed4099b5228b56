/**
 * Files in the sidebars and dialogs, one copy for every page: a download as a data: URI (nothing goes
 * over the network; the add-on needs no Drive scope), a picker for JSON files, and a chosen file read as
 * text in the browser (FileReader), refused above a size before it is read.
 */
import { type MessageCode, t } from '../../../shared/messages';
import { el } from './dom';
import { detailOf } from './script-run';

const dataUri = (json: string): string => `data:application/json;charset=utf-8,${encodeURIComponent(json)}`;

/** A link (`a.download`) that saves `json` as `fileName`. */
export function downloadLink(text: string, json: string, fileName: string): HTMLAnchorElement {
  const link = el('a', text, 'download');
  link.href = dataUri(json);
  link.download = fileName;
  return link;
}

/** A file input offering JSON files first (the exports the add-on writes). */
export function jsonFileInput(id: string): HTMLInputElement {
  const input = el('input');
  input.type = 'file';
  input.id = id;
  input.accept = '.json,application/json';
  return input;
}

/** Files above this size are refused before they are read (the server refuses them too). */
export const MAX_FILE_MB = 8;

/** What each page says when a file is too large ({file}, {size}, {max}) or cannot be read ({file}, {detail}). */
export interface FileMessages {
  tooLarge: MessageCode;
  unreadable: MessageCode;
}

/** The file's text; rejects with the page's message when it is too large or cannot be read. */
export function readTextFile(file: File, messages: FileMessages): Promise<{ name: string; text: string }> {
  return new Promise((resolve, reject) => {
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      reject(
        new Error(
          t(messages.tooLarge, { file: file.name, size: (file.size / 1048576).toFixed(1), max: MAX_FILE_MB }),
        ),
      );
      return;
    }
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, text: String(reader.result ?? '') });
    reader.onerror = () =>
      reject(new Error(t(messages.unreadable, { file: file.name, detail: detailOf(reader.error) })));
    reader.readAsText(file, 'utf-8');
  });
}
