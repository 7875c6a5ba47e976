/**
 * Writes a gzip copy beside every text file of a built site, for nginx to send
 * as is (`gzip_static on` in deploy/nginx). Run after every `npm run build`.
 *
 *   npm run compress-build [-- <site dir>]     (default: build)
 */
import path from 'node:path';
import {compressSite} from './lib/compress';

const siteDir = path.resolve(process.argv[2] ?? 'build');
const done = compressSite(siteDir);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(`Compressed ${done.files} files in ${siteDir}: ${kb(done.rawBytes)} → ${kb(done.gzipBytes)} gzip.`);
