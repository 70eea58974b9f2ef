/** Lower case, accents and punctuation dropped: "Liège" and "liege", "Sint-Niklaas" and "sint niklaas" meet. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
