/**
 * Search by words, the same everywhere a list is searched: case- and accent-insensitive (so
 * "skovde" finds Skövde and "tromso" Tromsø), and each typed word is looked for inside one word of
 * the text, never across words run together ("sko" finds Skövde, not "Alingsås kommun").
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ø/giu, 'o')
    .replace(/æ/giu, 'ae')
    .toLocaleLowerCase('sv');
}

/** The typed words, folded; none for blank input. */
export function searchWords(search: string): string[] {
  return foldText(search).split(/\s+/u).filter(Boolean);
}

/** Whether every typed word lies inside one word of `text` (true when nothing is typed). */
export function matchesWords(words: readonly string[], text: string): boolean {
  if (words.length === 0) return true;
  const tokens = foldText(text).split(/[\s,()/]+/u).filter(Boolean);
  return words.every((word) => tokens.some((token) => token.includes(word)));
}
