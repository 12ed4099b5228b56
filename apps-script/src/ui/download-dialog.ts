/**
 * The start of the download dialogs' pages (Ekspor hasil, Ekspor riwayat, Ekspor paket OPD), one copy for
 * all three: each asks the add-on for its files once and shows the reply from scratch, a refusal in the
 * status line, else what the files are for and what to know about them, above the page's own links.
 */
import { el, noteList, type Say } from './dom';

/** What the download calls answer: a refusal, or files with their help and notes. */
type DownloadReply = { ok: false; message: string } | { ok: true; help: string; notes: readonly string[] };

/**
 * Empties `app` and shows `reply`: a refusal in the status line (answering false, for the page to offer
 * what may fix it), else the status line cleared, the help and any notes (answering true, for the page
 * to add its files).
 */
export function showReply<R extends DownloadReply>(
  app: HTMLElement,
  say: Say,
  reply: R,
): reply is Extract<R, { ok: true }> {
  app.textContent = '';
  if (!reply.ok) {
    say(reply.message, true);
    return false;
  }
  say('');
  app.appendChild(el('p', reply.help));
  if (reply.notes.length > 0) app.appendChild(noteList(reply.notes));
  return true;
}
