/**
 * Next.js drops the Content-Encoding header of every route handler response
 * (it cannot tell our compressed bytes from a body fetch() has already
 * decompressed), and compresses none itself. Our route handlers therefore
 * name the coding they used in a header of their own, which the HTTP server
 * (server.mjs) sends as Content-Encoding. Plain JavaScript, because
 * server.mjs uses it before any TypeScript is loaded.
 */

/** The response header a route handler names its body's coding in. */
export const CONTENT_ENCODING_HEADER = 'x-blue-lights-content-encoding';

/**
 * Makes `res` send our header as Content-Encoding, as soon as it is set (so
 * that nothing downstream compresses the body a second time).
 * @param {import('node:http').ServerResponse} res
 */
export function passContentEncoding(res) {
  for (const method of /** @type {const} */ (['setHeader', 'appendHeader'])) {
    const original = res[method];
    res[method] = function (name, value) {
      const ours = typeof name === 'string' && name.toLowerCase() === CONTENT_ENCODING_HEADER;
      return original.call(this, ours ? 'Content-Encoding' : name, value);
    };
  }
}
