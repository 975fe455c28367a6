import { MessageKey } from '../core/messages';

/**
 * What a file that is not an .xlsx package is, from its first bytes, so the message can say which and what
 * to do: an old binary workbook, a password-protected one (both are Compound File Binary files; Excel keeps
 * an encrypted .xlsx inside one, as a stream named EncryptedPackage), OpenDocument, text such as CSV.
 */

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Whether a stream of this name appears in a compound file (names are UTF-16LE in its directory). */
function hasStreamName(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  const first = pattern[0];
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - pattern.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** Text: no NUL among the first bytes (UTF-8), or a UTF-16 byte-order mark. */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control * 20 < head.length;
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_SIGNATURE);
}

/** The message for a file that is no zip at all. */
export function nonZipKind(bytes: Uint8Array): MessageKey {
  if (bytes.length === 0) return 'file.empty';
  if (startsWith(bytes, CFB_SIGNATURE)) {
    if (hasStreamName(bytes, 'EncryptedPackage') || hasStreamName(bytes, 'EncryptionInfo')) return 'file.encrypted';
    if (hasStreamName(bytes, 'Workbook') || hasStreamName(bytes, 'Book')) return 'file.xls';
    return 'file.unknown';
  }
  if (looksLikeText(bytes)) return 'file.csv';
  return 'file.unknown';
}

/** The OpenDocument mimetype entry, stored first and uncompressed as the format requires. */
export function isOpenDocumentSpreadsheet(mimetype: string): boolean {
  return mimetype.trim().startsWith('application/vnd.oasis.opendocument.spreadsheet');
}
