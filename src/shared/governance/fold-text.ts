/**
 * Text folding for search: case- and diacritics-insensitive, so "skovde" finds "Skövde" and
 * "koha" finds "KOHA". Unicode decomposition strips accents (ö, å, é); the letters that do not
 * decompose (Norwegian ø and æ, German ß…) are mapped by hand, since users type them both ways.
 * Locale-free lower-casing keeps the result the same on every machine.
 */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter);
}

/** The words of a search query, folded; quotes and extra spaces are ignored. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/[\s"]+/)
    .filter((term) => term !== '');
}
