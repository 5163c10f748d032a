/**
 * Reads the stored state itself (every SQLite file of the Durable Objects and of D1, and their
 * write-ahead logs) for the client's raw IP address: it must appear nowhere.
 * @module
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface StorageScan {
  files: number;
  bytes: number;
  ipFound: string[];
}

function* filesUnder(directory: string): Generator<string> {
  for (const entry of readdirSync(directory)) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** The address the load comes from (the tests call 127.0.0.1), as text and as UTF-16 (SQLite may store either). */
const NEEDLES = ['127.0.0.1', '::ffff:127.0.0.1'].flatMap((ip) => [Buffer.from(ip, 'utf8'), Buffer.from(ip, 'utf16le')]);

/** `extra`: more addresses the run made clients come from (behind a trusted proxy header), as text prefixes. */
export function scanForIp(stateDirectory: string, extra: readonly string[] = []): StorageScan {
  const scan: StorageScan = { files: 0, bytes: 0, ipFound: [] };
  const needles = [...NEEDLES, ...extra.flatMap((ip) => [Buffer.from(ip, 'utf8'), Buffer.from(ip, 'utf16le')])];
  for (const path of filesUnder(stateDirectory)) {
    if (!/\.(sqlite|sqlite-wal|sqlite-shm)$/.test(path)) continue;
    const bytes = readFileSync(path);
    scan.files += 1;
    scan.bytes += bytes.length;
    if (needles.some((needle) => bytes.includes(needle))) scan.ipFound.push(path);
  }
  return scan;
}
