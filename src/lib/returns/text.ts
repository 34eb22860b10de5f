/** One folding for header names, reason texts and dictionary words, so they compare as a reader would. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0_]+/g, ' ')
    .replace(/[«»"“”'’:;,，。：；!?！？()（）[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
