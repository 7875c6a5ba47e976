/**
 * Gzip copies beside the text files of a built site (`x.js` → `x.js.gz`), made
 * once at the highest level, for nginx's `gzip_static`. Docusaurus rewrites its
 * pages in place and never removes old files, so a copy older than its file is
 * stale: nginx would send yesterday's page. `onlyStale` redoes exactly those.
 */
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {constants, gzipSync} from 'node:zlib';

const TEXT = /\.(html|css|js|json|svg|txt|xml|webmanifest)$/;
/** Below this, gzip's own header outweighs what it saves. */
const MIN_BYTES = 512;

export interface Compressed {
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

/** The modification time of a file, or -1 when it does not exist. */
function mtimeOf(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

export function compressSite(siteDir: string, {onlyStale = false} = {}): Compressed {
  const done: Compressed = {files: 0, rawBytes: 0, gzipBytes: 0};
  for (const entry of readdirSync(siteDir, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile() || !TEXT.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const {size, mtimeMs} = statSync(file);
    if (size < MIN_BYTES || (onlyStale && mtimeOf(`${file}.gz`) >= mtimeMs)) continue;
    const gz = gzipSync(readFileSync(file), {level: constants.Z_BEST_COMPRESSION});
    writeFileSync(`${file}.gz`, gz);
    done.files += 1;
    done.rawBytes += size;
    done.gzipBytes += gz.length;
  }
  return done;
}
