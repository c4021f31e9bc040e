// Precompressed copies (.br and .gz beside each text file), made once at build time with Node's own
// zlib, so the server sends them without compressing on every request.
// Brotli at quality 9 with a window fitted to the file, not 10 or 11: measured on this site's 259 text
// files, quality 10 costs 1.2 s of CPU (a quarter of the whole build) and 11 costs 3.2 s, for copies
// 9% and 10% smaller: about 350 bytes on a page whose brotli copy is 3 to 4 KB, far inside the first
// round trip either way. A window larger than the file buys nothing and costs a large table per file
// (quality 9 with the default 4 MB window takes 1.5 s; fitted, 0.1 s). Synchronous on purpose: the
// thread-pool versions cost twice the CPU for these small files, and this step waits for them anyway.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Text files worth compressing; images other than SVG, PDFs and fonts are compressed already. */
export const isCompressible = (name: string) => /\.(html|css|js|mjs|svg|json|xml|txt)$/.test(name);
export const isPrecompressed = (name: string) => /\.(br|gz)$/.test(name);

const BROTLI_QUALITY = 9;

/** log2 of the smallest Brotli window (16 to 24 bits) that holds the whole file. */
const brotliWindowBits = (size: number) => Math.min(24, Math.max(16, Math.ceil(Math.log2(size + 1))));

export function compressBoth(content: Buffer): { br: Buffer; gz: Buffer } {
  const br = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      [constants.BROTLI_PARAM_LGWIN]: brotliWindowBits(content.length),
    },
  });
  return { br, gz: gzipSync(content, { level: constants.Z_BEST_COMPRESSION }) };
}
