/**
 * A value as JavaScript source for an inline <script>: JSON with every `<`
 * escaped, so that no text it holds can end the element (`</script>`) or
 * open a comment (`<!--`). Safe in the browser and on the server.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
