import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  onContentMessage,
  type PageStatus,
  requestSetOverlay,
  requestStatus,
} from '../../extension/src/messaging';
import { pageTypeLabel } from '../../extension/src/popup/labels';
import { formatIssue } from '../../shared/messages/format';

type Listener = (message: unknown, sender: { id?: string }, respond: (r: unknown) => void) => boolean;

const listeners: Listener[] = [];
const sendMessage = vi.fn();
const g = globalThis as unknown as { chrome: unknown };

beforeEach(() => {
  listeners.length = 0;
  sendMessage.mockReset();
  g.chrome = {
    runtime: {
      id: 'nilaikerjaextensionid',
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
      },
    },
    tabs: { sendMessage },
  };
});

afterEach(() => {
  g.chrome = undefined;
});

const SKP_STATUS: PageStatus = {
  pageType: 'skp-hasil-kerja',
  rows: 3,
  recognised: ['rhk', 'indikator', 'target', 'realisasi'],
  overlay: true,
  issues: ['Di halaman: tabel "Hasil Kerja", baris 3: Target kosong: isi nilainya.'],
};

/** Delivers a message to the registered listener as Chrome would; resolves with the answer, if any. */
function deliver(message: unknown, senderId = 'nilaikerjaextensionid'): Promise<unknown> | 'ignored' {
  let respond: (r: unknown) => void = () => undefined;
  const answer = new Promise((done) => {
    respond = done;
  });
  const kept = listeners.some((l) => l(message, { id: senderId }, respond));
  return kept ? answer : 'ignored';
}

describe('content side: onContentMessage', () => {
  it('answers the popup status request and the overlay switch', async () => {
    let overlay = true;
    onContentMessage({
      status: () => ({ ...SKP_STATUS, overlay }),
      setOverlay: async (on) => {
        overlay = on;
        return { ...SKP_STATUS, overlay };
      },
    });
    expect(await deliver({ type: 'nilai-kerja/status' })).toEqual(SKP_STATUS);
    expect(await deliver({ type: 'nilai-kerja/set-overlay', on: false })).toEqual({
      ...SKP_STATUS,
      overlay: false,
    });
    expect(overlay).toBe(false);
  });

  it('leaves other messages, malformed requests and other senders alone', () => {
    onContentMessage({ status: () => SKP_STATUS, setOverlay: () => SKP_STATUS });
    expect(deliver({ type: 'other-extension/ping' })).toBe('ignored');
    expect(deliver({ type: 'nilai-kerja/set-overlay', on: 'ya' })).toBe('ignored');
    expect(deliver({ type: 'nilai-kerja/status' }, 'someotherextension')).toBe('ignored');
  });

  it('reports a failing handler as an error reply instead of leaving the popup waiting', async () => {
    onContentMessage({
      status: () => {
        throw new Error('tabel belum dimuat');
      },
      setOverlay: () => SKP_STATUS,
    });
    expect(await deliver({ type: 'nilai-kerja/status' })).toEqual({ error: 'tabel belum dimuat' });
  });

  it('answers with an error, not silence, when the content side builds an invalid status', async () => {
    onContentMessage({
      status: () => ({ ...SKP_STATUS, rows: -1 }),
      setOverlay: () => SKP_STATUS,
    });
    const reply = (await deliver({ type: 'nilai-kerja/status' })) as { error?: string };
    expect(reply.error).toBeTruthy();
  });

  it('stops answering once unsubscribed (overlay torn down)', () => {
    const stop = onContentMessage({ status: () => SKP_STATUS, setOverlay: () => SKP_STATUS });
    stop();
    expect(deliver({ type: 'nilai-kerja/status' })).toBe('ignored');
  });
});

describe('popup: page type names', () => {
  it('names the page types the overlay reports, in the user language', () => {
    expect(pageTypeLabel('skp-penilaian', 'id')).toBe('penilaian SKP');
    expect(pageTypeLabel('skp-penilaian', 'en')).toBe('SKP appraisal');
    expect(pageTypeLabel('unknown', 'id')).toBe('belum dikenali');
    expect(pageTypeLabel('rekap-tpp-2027', 'id')).toBe('rekap-tpp-2027');
  });
});

describe('popup side: requestStatus / requestSetOverlay', () => {
  it('returns the validated status of the tab', async () => {
    sendMessage.mockResolvedValue(SKP_STATUS);
    expect(await requestStatus(7)).toEqual({ ok: true, value: SKP_STATUS });
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'nilai-kerja/status' });
    await requestSetOverlay(7, false);
    expect(sendMessage).toHaveBeenLastCalledWith(7, { type: 'nilai-kerja/set-overlay', on: false });
  });

  it('tells the user how to start Nilai Kerja when the tab has no content script', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const result = await requestStatus(7);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssue(result.issue)).toContain('Aktifkan di situs ini');
  });

  it('says the reply was not understood when an outdated content script answers', async () => {
    sendMessage.mockResolvedValue({ pageType: 'skp', rows: 'tiga' });
    const result = await requestStatus(7);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssue(result.issue)).toContain('Muat ulang halaman');
    sendMessage.mockResolvedValue({ error: 'tabel belum dimuat' });
    const failed = await requestStatus(7);
    expect(!failed.ok && formatIssue(failed.issue)).toContain('tabel belum dimuat');
  });
});
