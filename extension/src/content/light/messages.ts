/**
 * The content script's side of the popup messages (extension/src/messaging.ts), without zod: the
 * content script runs on every e-kinerja page and must stay light. The two guards below check exactly
 * what ContentRequestSchema and PageStatusSchema check (test/extension/light.test.ts compares them on
 * random values with fast-check); the popup still validates every answer with the zod schemas.
 */

/** What the content script found on its page (PageStatusSchema in messaging.ts; the types are checked equal there). */
export interface PageStatus {
  /** Page kind recognised by the overlay, e.g. "skp-hasil-kerja", "aktivitas-harian", "unknown". */
  pageType: string;
  /** Rows the overlay scored. */
  rows: number;
  /** Field ids (shared/model/fields.ts) recognised in the page's tables. */
  recognised: string[];
  /** Whether the overlay is currently shown. */
  overlay: boolean;
  /** Already-rendered issue texts (formatIssue) in the user's language. */
  issues: string[];
}

/** The content script's side: each handler returns the page status after it ran. */
export interface ContentHandlers {
  status: () => PageStatus | Promise<PageStatus>;
  setOverlay: (on: boolean) => PageStatus | Promise<PageStatus>;
}

type ContentRequest = { type: 'nilai-kerja/status' } | { type: 'nilai-kerja/set-overlay'; on: boolean };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** ContentRequestSchema's check: one of our two requests (unknown keys are dropped, as zod does). */
export function contentRequest(message: unknown): ContentRequest | null {
  if (!isRecord(message)) return null;
  if (message.type === 'nilai-kerja/status') return { type: 'nilai-kerja/status' };
  if (message.type === 'nilai-kerja/set-overlay' && typeof message.on === 'boolean')
    return { type: 'nilai-kerja/set-overlay', on: message.on };
  return null;
}

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const isTextList = (value: unknown, max: number): value is string[] =>
  Array.isArray(value) && value.every((item) => isText(item, max));

/** PageStatusSchema's check: what is wrong with a status (null when nothing), else the clean status. */
export function pageStatus(status: unknown): PageStatus | string {
  if (!isRecord(status)) return 'status: expected object';
  if (!isText(status.pageType, 100)) return 'pageType: expected a text of at most 100 characters';
  if (typeof status.rows !== 'number' || !Number.isSafeInteger(status.rows) || status.rows < 0)
    return 'rows: expected a whole number >= 0';
  if (!isTextList(status.recognised, 100)) return 'recognised: expected texts of at most 100 characters';
  if (typeof status.overlay !== 'boolean') return 'overlay: expected boolean';
  if (!isTextList(status.issues, 2000)) return 'issues: expected texts of at most 2000 characters';
  const { pageType, rows, recognised, overlay, issues } = status;
  return { pageType, rows, recognised: [...recognised], overlay, issues: [...issues] };
}

/**
 * Answers popup requests in a content script. Messages that are not ours are left for other
 * listeners. Returns a function that stops listening (call it when the overlay is torn down).
 * `answers: false` (a frame inside the page): requests are carried out but never answered, so the
 * popup, which messages every frame of the tab, always gets the top page's status.
 */
export function onContentMessage(handlers: ContentHandlers, answers = true): () => void {
  const listener = (
    message: unknown,
    sender: chrome.runtime.MessageSender,
    sendResponse: (response: unknown) => void,
  ): boolean => {
    if (sender.id !== chrome.runtime.id) return false;
    const request = contentRequest(message);
    if (!request) return false;
    if (!answers) {
      if (request.type === 'nilai-kerja/set-overlay') void handlers.setOverlay(request.on);
      return false;
    }
    const run = async (): Promise<PageStatus> =>
      request.type === 'nilai-kerja/status' ? handlers.status() : handlers.setOverlay(request.on);
    // Checked before answering, so a malformed status becomes an error reply, never a silent port.
    run()
      .then((status) => {
        const checked = pageStatus(status);
        if (typeof checked === 'string') throw new Error(checked);
        return checked;
      })
      .then(sendResponse, (e: unknown) =>
        sendResponse({ error: e instanceof Error ? e.message : String(e) }),
      );
    // Keeps the channel open for the asynchronous answer.
    return true;
  };
  chrome.runtime.onMessage.addListener(listener);
  return () => chrome.runtime.onMessage.removeListener(listener);
}
