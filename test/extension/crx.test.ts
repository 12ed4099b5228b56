import { createHash, createPublicKey, verify } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../../extension/build';
import { extensionIdFromKey, findSigningKey, newSigningKey, publicKeyDer } from '../../extension/crx';
import { launchExtension, REPO_ROOT, TEST_EXTENSION_DIR } from './harness';

/** Reads a protobuf varint at `at`; returns the value and the next offset. */
function varint(bytes: Buffer, at: number): [number, number] {
  let value = 0;
  let scale = 1;
  let i = at;
  for (;;) {
    const b = bytes[i++]!;
    value += (b & 0x7f) * scale;
    scale *= 128;
    if (b < 0x80) return [value, i];
  }
}

/** The length-delimited fields of a protobuf message, by field number. */
function fields(bytes: Buffer): Map<number, Buffer[]> {
  const out = new Map<number, Buffer[]>();
  let at = 0;
  while (at < bytes.length) {
    const [key, afterKey] = varint(bytes, at);
    expect(key & 7).toBe(2);
    const [length, start] = varint(bytes, afterKey);
    out.set(key >>> 3, [...(out.get(key >>> 3) ?? []), bytes.subarray(start, start + length)]);
    at = start + length;
  }
  return out;
}

const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;
const out = mkdtempSync(join(tmpdir(), 'nilai-kerja-crx-'));
// A throwaway key, made for this run only.
const key = newSigningKey();
let crx: Buffer;
let zip: Buffer;
let updateXml: string;

beforeAll(async () => {
  const built = await buildExtension({
    outDir: join(out, 'extension'),
    zipPath: join(out, 'store.zip'),
    crxKey: key,
    crxPath: join(out, 'nilai-kerja.crx'),
    updateXmlPath: join(out, 'update.xml'),
    crxUrl: 'https://ekinerja.contohkab.go.id/ext/nilai-kerja.crx',
  });
  expect(built.crx?.extensionId).toBe(extensionIdFromKey(key));
  crx = readFileSync(join(out, 'nilai-kerja.crx'));
  zip = readFileSync(join(out, 'store.zip'));
  updateXml = readFileSync(join(out, 'update.xml'), 'utf8');
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('self-hosting: signed .crx and update.xml from the build', () => {
  it('writes a CRX3 file: magic Cr24, version 3, a header, then the store zip', () => {
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const headerLength = crx.readUInt32LE(8);
    expect(crx.subarray(12 + headerLength).equals(zip)).toBe(true);
  });

  it('signs the header and the zip with the key (sha256_with_rsa), as Chrome verifies it', () => {
    const headerLength = crx.readUInt32LE(8);
    const header = fields(crx.subarray(12, 12 + headerLength));
    const proof = fields(header.get(2)![0]!);
    const publicKey = proof.get(1)![0]!;
    const signature = proof.get(2)![0]!;
    expect(publicKey.equals(publicKeyDer(key))).toBe(true);
    const signedData = header.get(10000)![0]!;
    const crxId = fields(signedData).get(1)![0]!;
    expect(crxId.equals(createHash('sha256').update(publicKey).digest().subarray(0, 16))).toBe(true);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(signedData.length);
    const message = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'latin1'), length, signedData, zip]);
    const spki = createPublicKey({ key: publicKey, format: 'der', type: 'spki' });
    expect(verify('sha256', message, spki, signature)).toBe(true);
    expect(verify('sha256', Buffer.concat([message, Buffer.from([0])]), spki, signature)).toBe(false);
  });

  it('names the extension id derived from the key and the version in update.xml', () => {
    const id = extensionIdFromKey(key);
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(updateXml).toContain("<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>");
    expect(updateXml).toContain(`<app appid='${id}'>`);
    expect(updateXml).toContain(
      `<updatecheck codebase='https://ekinerja.contohkab.go.id/ext/nilai-kerja.crx' version='${version}' />`,
    );
  });

  it('derives the same id as Chromium does from the same public key', async () => {
    const dir = join(out, 'with-key');
    cpSync(join(REPO_ROOT, TEST_EXTENSION_DIR), dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({ ...manifest, key: publicKeyDer(key).toString('base64') }),
    );
    const ext = await launchExtension({ extensionPath: dir });
    try {
      expect(ext.extensionId).toBe(extensionIdFromKey(key));
    } finally {
      await ext.close();
    }
  }, 120_000);

  it('takes the key from NILAI_KERJA_CRX_KEY (the PEM or its file) and fails on a missing file', () => {
    expect(findSigningKey({ NILAI_KERJA_CRX_KEY: ` ${key}` })?.pem).toBe(key);
    const file = join(out, 'kunci.pem');
    writeFileSync(file, key);
    expect(findSigningKey({ NILAI_KERJA_CRX_KEY: file })).toEqual({ pem: key, from: file });
    expect(() => findSigningKey({ NILAI_KERJA_CRX_KEY: join(out, 'tidak-ada.pem') })).toThrow(/not found/);
  });

  it('makes no .crx without a key, and the store zip still', async () => {
    const built = await buildExtension({ outDir: join(out, 'nokey'), zipPath: join(out, 'nokey.zip') });
    expect(built.crx).toBeNull();
    expect(built.zipPath).toBe(join(out, 'nokey.zip'));
  }, 120_000);
});
