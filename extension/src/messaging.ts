import { fail, ok, type Result } from '../../shared';
import * as z from '../../shared/core/zod';

/**
 * Messages between the popup and the content script of a tab. Both sides validate with zod: a page
 * cannot forge these (runtime messages only come from our own extension), but an old content script
 * left in a tab after an update can speak an older dialect, and then we say so instead of crashing.
 */

export const StatusRequestSchema = z.object({ type: z.literal('nilai-kerja/status') });
export const SetOverlayRequestSchema = z.object({
  type: z.literal('nilai-kerja/set-overlay'),
  on: z.boolean(),
});
export const ContentRequestSchema = z.discriminatedUnion('type', [
  StatusRequestSchema,
  SetOverlayRequestSchema,
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** What the content script found on its page; the popup shows it as is. */
export const PageStatusSchema = z.object({
  /** Page kind recognised by the overlay, e.g. "skp-hasil-kerja", "aktivitas-harian", "unknown". */
  pageType: z.string().max(100),
  /** Rows the overlay scored. */
  rows: z.number().int().min(0),
  /** Field ids (shared/model/fields.ts) recognised in the page's tables. */
  recognised: z.array(z.string().max(100)),
  /** Whether the overlay is currently shown. */
  overlay: z.boolean(),
  /** Already-rendered issue texts (formatIssue) in the user's language. */
  issues: z.array(z.string().max(2000)),
});
export type PageStatus = z.infer<typeof PageStatusSchema>;

/** The content script's side: each handler returns the page status after it ran. */
export interface ContentHandlers {
  status: () => PageStatus | Promise<PageStatus>;
  setOverlay: (on: boolean) => PageStatus | Promise<PageStatus>;
}

/**
 * Answers popup requests in a content script. Messages that are not ours are left for other
 * listeners. Returns a function that stops listening (call it when the overlay is torn down).
 */
export function onContentMessage(handlers: ContentHandlers): () => void {
  const listener = (
    message: unknown,
    sender: chrome.runtime.MessageSender,
    sendResponse: (response: unknown) => void,
  ): boolean => {
    if (sender.id !== chrome.runtime.id) return false;
    const parsed = ContentRequestSchema.safeParse(message);
    if (!parsed.success) return false;
    const request = parsed.data;
    const run = async (): Promise<PageStatus> =>
      request.type === 'nilai-kerja/status' ? handlers.status() : handlers.setOverlay(request.on);
    // Validated before answering, so a malformed status becomes an error reply, never a silent port.
    run()
      .then((status) => PageStatusSchema.parse(status))
      .then(sendResponse, (e: unknown) =>
        sendResponse({ error: e instanceof Error ? e.message : String(e) }),
      );
    // Keeps the channel open for the asynchronous answer.
    return true;
  };
  chrome.runtime.onMessage.addListener(listener);
  return () => chrome.runtime.onMessage.removeListener(listener);
}

/** Chrome's words when a tab has no listener (no content script injected there). */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection|message port closed/i;

/**
 * Sends a request to the content script of a tab (popup side) and validates the answer.
 * A tab without our content script yields EXT_NO_CONTENT_SCRIPT, which tells the user how to enable it.
 */
export async function sendToTab(tabId: number, request: ContentRequest): Promise<Result<PageStatus>> {
  let reply: unknown;
  try {
    reply = await chrome.tabs.sendMessage(tabId, ContentRequestSchema.parse(request));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return NO_RECEIVER.test(detail) ? fail('EXT_NO_CONTENT_SCRIPT') : fail('EXT_BAD_REPLY', { detail });
  }
  if (reply === undefined) return fail('EXT_NO_CONTENT_SCRIPT');
  const parsed = PageStatusSchema.safeParse(reply);
  if (!parsed.success) {
    const error =
      typeof reply === 'object' && reply !== null && 'error' in reply ? String(reply.error) : undefined;
    return fail('EXT_BAD_REPLY', { detail: error ?? parsed.error.issues[0]?.message ?? '-' });
  }
  return ok(parsed.data);
}

export const requestStatus = (tabId: number): Promise<Result<PageStatus>> =>
  sendToTab(tabId, { type: 'nilai-kerja/status' });

export const requestSetOverlay = (tabId: number, on: boolean): Promise<Result<PageStatus>> =>
  sendToTab(tabId, { type: 'nilai-kerja/set-overlay', on });
