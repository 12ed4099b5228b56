import { fail, ok, type Result } from '../../shared';
import * as z from '../../shared/core/zod';
import { type PageStatus as LightPageStatus, onContentMessage } from './content/light/messages';

/**
 * Messages between the popup and the content script of a tab. Both sides validate (the popup with
 * zod, the content script with the zod-free guards of content/light/messages.ts that check the same): a page
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

/** The content script's side lives in content/light/messages.ts, without zod (the content script stays light). */
export { onContentMessage };

/** The hand-written PageStatus of the content side and the schema's type are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameStatus: Same<PageStatus, LightPageStatus> = true;
void _sameStatus;

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
