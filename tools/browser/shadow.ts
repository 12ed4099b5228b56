/**
 * The overlay's shadow roots are closed (extension/src/content/CONTRACT.md#privacy): the page's own
 * scripts, and `page.evaluate`, get `null` for `host.shadowRoot`, and Playwright's locators do not
 * pierce them. Tests, `npm start`'s screenshots and the bench reach them through the DevTools protocol,
 * which only the automation driving the browser holds: `DOM.describeNode` with `pierce` lists a host's
 * closed root, `DOM.resolveNode` turns it into an object, and `Runtime.callFunctionOn` hands the roots
 * to the caller's function. During that one call each overlay host answers `shadowRoot` with its root
 * (an own property, removed in `finally`), so code written for open roots reads them unchanged.
 */
import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

interface ProtocolNode {
  nodeId: number;
  backendNodeId: number;
  children?: ProtocolNode[];
  shadowRoots?: ProtocolNode[];
  contentDocument?: ProtocolNode;
}

/** The node with `nodeId` in a tree the protocol returned. */
function findNode(node: ProtocolNode, nodeId: number): ProtocolNode | undefined {
  if (node.nodeId === nodeId) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, nodeId);
    if (found) return found;
  }
  return undefined;
}

/** The main document, or the document of the same-origin <iframe> matching `frame` in it. */
async function scopeDocument(session: CDPSession, frame?: string): Promise<ProtocolNode> {
  if (!frame) return ((await session.send('DOM.getDocument', { depth: 0 })) as { root: ProtocolNode }).root;
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: ProtocolNode;
  };
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: frame });
  const document = findNode(root, nodeId)?.contentDocument;
  if (!document) throw new Error(`evaluateInShadow: no same-origin frame document at ${frame}`);
  return document;
}

const OBJECT_GROUP = 'nilai-kerja-shadow';

/** Every overlay element; a caller reading only the panel passes PANEL_HOST (a 5,000-badge page is slow). */
export const OVERLAY_HOSTS = '[data-nilai-kerja]';
export const PANEL_HOST = '[data-nilai-kerja="panel"]';

/** Object ids of [host, root] for one element, or none when it has no root or left the page meanwhile. */
async function hostAndRoot(session: CDPSession, nodeId: number): Promise<string[]> {
  try {
    const { node } = (await session.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as {
      node: ProtocolNode;
    };
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return []; // a page's copy of a badge: it has the attribute but no root
    const [host, root] = await Promise.all([
      session.send('DOM.resolveNode', { nodeId, objectGroup: OBJECT_GROUP }),
      session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup: OBJECT_GROUP }),
    ]);
    return host.object.objectId && root.object.objectId ? [host.object.objectId, root.object.objectId] : [];
  } catch {
    return []; // removed by the page (or the overlay) between the query and now
  }
}

/** Object ids of the document and of [host, closed root] pairs for the main frame's `hosts`. */
async function overlayRoots(
  session: CDPSession,
  hosts: string,
  frame?: string,
): Promise<{ documentId: string; pairs: string[] }> {
  const root = await scopeDocument(session, frame);
  const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: hosts });
  const document = await session.send('DOM.resolveNode', {
    backendNodeId: root.backendNodeId,
    objectGroup: OBJECT_GROUP,
  });
  // Sent together: the protocol answers in order, so 5,000 badges cost one round trip's wait, not 5,000.
  const pairs = (await Promise.all(nodeIds.map((nodeId) => hostAndRoot(session, nodeId)))).flat();
  return { documentId: document.object.objectId!, pairs };
}

/**
 * `page.evaluate(fn, arg)` in the page's main world, with every overlay host's `shadowRoot` readable
 * while `fn` runs (and only then). For tests and tools: the page's scripts have no such way in.
 * `frame`: a CSS selector of a same-origin <iframe>; `fn` then runs in that frame's document.
 */
export async function evaluateInShadow<R, A = undefined>(
  page: Page,
  fn: (arg: A) => R | Promise<R>,
  arg?: A,
  hosts: string = OVERLAY_HOSTS,
  frame?: string,
): Promise<R> {
  const session = await sessionOf(page);
  await session.send('DOM.enable');
  try {
    const { documentId, pairs } = await overlayRoots(session, hosts, frame);
    const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
      objectId: documentId,
      functionDeclaration: `async function (arg, ...pairs) {
        const hosts = [];
        for (let i = 0; i < pairs.length; i += 2) {
          const root = pairs[i + 1];
          Object.defineProperty(pairs[i], 'shadowRoot', { configurable: true, get: () => root });
          hosts.push(pairs[i]);
        }
        try {
          return await (${fn.toString()})(arg);
        } finally {
          for (const host of hosts) delete host.shadowRoot;
        }
      }`,
      arguments: [arg === undefined ? {} : { value: arg }, ...pairs.map((objectId) => ({ objectId }))],
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) {
      const detail = exceptionDetails.exception?.description ?? exceptionDetails.text;
      throw new Error(`evaluateInShadow: ${detail}`);
    }
    return result.value as R;
  } finally {
    await session.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP }).catch(() => undefined);
  }
}

/** Polls `fn` through evaluateInShadow until it returns a truthy value (page.waitForFunction's twin). */
export async function waitInShadow<R, A = undefined>(
  page: Page,
  fn: (arg: A) => R | Promise<R>,
  arg?: A,
  { timeout = 20_000, hosts = OVERLAY_HOSTS }: { timeout?: number; hosts?: string } = {},
): Promise<R> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await evaluateInShadow(page, fn, arg, hosts);
    if (value) return value;
    if (Date.now() > end) throw new Error(`waitInShadow: timed out after ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Clicks, with the real mouse, the first element matching `inner` inside the shadow root of the first
 * element matching `host` (e.g. the panel's toggle), as a user would.
 */
export async function clickInShadow(page: Page, host: string, inner: string): Promise<void> {
  const box = await evaluateInShadow(
    page,
    ([host, inner]) => {
      const target = document.querySelector(host)?.shadowRoot?.querySelector(inner);
      if (!target) return null;
      target.scrollIntoView({ block: 'nearest' });
      const r = target.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    [host, inner] as const,
  );
  if (!box) throw new Error(`clickInShadow: no ${inner} in the shadow root of ${host}`);
  await page.mouse.click(box.x, box.y);
}

/** Focuses the first element matching `inner` inside the shadow root of the first `host`. */
export async function focusInShadow(page: Page, host: string, inner: string): Promise<void> {
  const found = await evaluateInShadow(
    page,
    ([host, inner]) => {
      const target = document.querySelector(host)?.shadowRoot?.querySelector(inner);
      (target as HTMLElement | null | undefined)?.focus();
      return target != null;
    },
    [host, inner] as const,
  );
  if (!found) throw new Error(`focusInShadow: no ${inner} in the shadow root of ${host}`);
}
