/**
 * Signed CRX3 package and update manifest, for a region that hosts the extension itself and
 * force-installs it with ExtensionInstallForcelist ("<id>;https://host/update.xml").
 *
 * Written with Node's crypto: the format is one small protobuf header (CrxFileHeader with one
 * sha256_with_rsa proof and the SignedData holding the crx id) before the zip, so a dependency would add
 * more than it saves. Format: chromium/src/components/crx_file/crx3.proto.
 *
 * The private key decides the extension id, so it must be kept (and backed up) outside the repository:
 * NILAI_KERJA_CRX_KEY names its file (or holds the PEM itself); without it the build looks at
 * DEFAULT_KEY_PATH (git-ignored). `npx tsx extension/crx.ts --new-key [path]` makes one.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the build looks for the key when NILAI_KERJA_CRX_KEY is not set (git-ignored: .keys/). */
export const DEFAULT_KEY_PATH = '.keys/nilai-kerja-extension.pem';
export const CRX_PATH = 'dist/nilai-kerja-extension.crx';
export const UPDATE_XML_PATH = 'dist/update.xml';
/** Where the .crx will be downloaded from, written into update.xml (NILAI_KERJA_CRX_URL). */
export const PLACEHOLDER_CRX_URL = 'https://ekinerja.contohkab.go.id/nilai-kerja/nilai-kerja-extension.crx';

const CRX_MAGIC = 'Cr24';
const SIGNED_DATA_PREFIX = 'CRX3 SignedData\x00';

function varint(n: number): Buffer {
  const bytes: number[] = [];
  let v = n;
  while (v > 0x7f) {
    bytes.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  bytes.push(v);
  return Buffer.from(bytes);
}

/** One length-delimited protobuf field (wire type 2). */
const field = (number: number, bytes: Buffer): Buffer =>
  Buffer.concat([varint(number * 8 + 2), varint(bytes.length), bytes]);

/** The public key as Chrome stores it (DER SubjectPublicKeyInfo). */
export function publicKeyDer(privateKeyPem: string): Buffer {
  return createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'der' });
}

/** The 16-byte crx id: the first half of SHA-256 of the public key. */
const crxIdBytes = (publicKey: Buffer): Buffer =>
  createHash('sha256').update(publicKey).digest().subarray(0, 16);

/** The extension id Chrome derives from the key: the crx id in hex, with digits 0-f written a-p. */
export function extensionIdFromKey(privateKeyPem: string): string {
  return [...crxIdBytes(publicKeyDer(privateKeyPem)).toString('hex')]
    .map((c) => String.fromCharCode(97 + Number.parseInt(c, 16)))
    .join('');
}

/** A CRX3 file: magic, version 3, header length, CrxFileHeader, then the zip. */
export function signCrx(zip: Uint8Array, privateKeyPem: string): Buffer {
  const key = createPrivateKey(privateKeyPem);
  const publicKey = publicKeyDer(privateKeyPem);
  const signedData = field(1, crxIdBytes(publicKey)); // SignedData { bytes crx_id = 1; }
  const length = Buffer.alloc(4);
  length.writeUInt32LE(signedData.length);
  const signature = sign(
    'sha256',
    Buffer.concat([Buffer.from(SIGNED_DATA_PREFIX, 'latin1'), length, signedData, zip]),
    key,
  );
  const header = Buffer.concat([
    // CrxFileHeader { repeated AsymmetricKeyProof sha256_with_rsa = 2; bytes signed_header_data = 10000; }
    field(2, Buffer.concat([field(1, publicKey), field(2, signature)])),
    field(10000, signedData),
  ]);
  const prefix = Buffer.alloc(12);
  prefix.write(CRX_MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(3, 4);
  prefix.writeUInt32LE(header.length, 8);
  return Buffer.concat([prefix, header, zip]);
}

const xmlAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The update manifest (gupdate) Chrome polls for a self-hosted extension. */
export function updateManifest(extensionId: string, version: string, crxUrl: string): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${xmlAttr(extensionId)}'>`,
    `    <updatecheck codebase='${xmlAttr(crxUrl)}' version='${xmlAttr(version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

/**
 * The signing key: NILAI_KERJA_CRX_KEY (a PEM text, or the path of a PEM file), else DEFAULT_KEY_PATH
 * when it exists; null when there is none. A named file that is missing is an error (a typo must not
 * silently skip the package).
 */
export function findSigningKey(env: NodeJS.ProcessEnv = process.env): { pem: string; from: string } | null {
  const value = env.NILAI_KERJA_CRX_KEY?.trim();
  if (value?.startsWith('-----BEGIN')) return { pem: `${value}\n`, from: 'NILAI_KERJA_CRX_KEY' };
  if (value) {
    const path = resolve(REPO_ROOT, value);
    if (!existsSync(path)) throw new Error(`NILAI_KERJA_CRX_KEY: file not found: ${path}`);
    return { pem: readFileSync(path, 'utf8'), from: path };
  }
  const fallback = resolve(REPO_ROOT, DEFAULT_KEY_PATH);
  return existsSync(fallback) ? { pem: readFileSync(fallback, 'utf8'), from: DEFAULT_KEY_PATH } : null;
}

/** A new 2048-bit RSA key in PKCS#8 PEM (what Chrome's "Pack extension" makes). */
export function newSigningKey(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (process.argv[2] !== '--new-key') {
    console.error('Usage: npx tsx extension/crx.ts --new-key [path]');
    process.exitCode = 2;
  } else {
    const path = resolve(REPO_ROOT, process.argv[3] ?? DEFAULT_KEY_PATH);
    if (existsSync(path)) {
      console.error(`${path} exists already; it is kept (the extension id depends on it).`);
      process.exitCode = 1;
    } else {
      const pem = newSigningKey();
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, pem, { mode: 0o600 });
      console.log(`Key written: ${path}`);
      console.log(`Extension id: ${extensionIdFromKey(pem)}`);
      console.log('Back it up outside the repository: a lost key means a new extension id.');
    }
  }
}
