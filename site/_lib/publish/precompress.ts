// Precompressed copies (.br and .gz beside each text file), made once at build time with Node's own
// zlib, so the server sends them without compressing on every request. Brotli at quality 10, not 11:
// measured on this site's files, 11 costs twice the CPU of 10 (about half of the whole build's) for
// copies under 1% smaller.
import { brotliCompress, constants, gzip } from "node:zlib";
import { promisify } from "node:util";

/** Text files worth compressing; images other than SVG, PDFs and fonts are compressed already. */
export const isCompressible = (name: string) => /\.(html|css|js|mjs|svg|json|xml|txt)$/.test(name);
export const isPrecompressed = (name: string) => /\.(br|gz)$/.test(name);

const BROTLI_QUALITY = 10;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export async function compressBoth(content: Buffer): Promise<{ br: Buffer; gz: Buffer }> {
  const [b, g] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gz(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { br: b, gz: g };
}
