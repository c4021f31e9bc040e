// People's own words, the pure part of the search field's second try (issue 20): split a query into
// words, drop small words, recognise the words of the maintained list (_data/search-topics.ts) with
// their inflections and small typos, and correct a longer word against the index's vocabulary. The
// browser gets the list as a Lexicon (written by scripts/build-search.ts) and runs these functions.

/** One entry of the list as the browser gets it. */
export interface LexiconTopic {
  /** Where the entry leads: "/nl/rechten-op-het-werk/#je-paspoort-of-id-kaart" (Dutch heading id). */
  to: string;
  /** What to search for instead of the person's words. */
  find: string;
  /** Alternatives, each a list of words that must all be typed. */
  words: string[][];
  broad?: boolean;
}
export interface Lexicon {
  small: string[];
  topics: LexiconTopic[];
}

/** Lower-cased words of a text, without punctuation around them ("ID-kaart" stays one word). */
export function wordsOf(text: string, locale: string): string[] {
  return text
    .toLocaleLowerCase(locale)
    .replace(/ё/g, "е")
    .replace(/[’ʼ]/g, "'")
    .split(/[\s,.;:!?()«»"“”„/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);
}

/** Edit distance with transpositions ("bureua" ↔ "bureau" is one edit), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/** Typos tolerated in a typed word: none below 6 letters, one up to 8, two from 9. */
export const typosAllowed = (word: string) => (word.length < 6 ? 0 : word.length < 9 ? 1 : 2);

/**
 * Whether a typed word is a listed word: the same, another form of it (both 5+ letters, differing
 * only in the last two letters: "paspoorten" – "paspoort", "зарплатою" – "зарплата"), or a small
 * typo of it (6+ letters: "pasport", "uitzendbureua", "агенство").
 */
export function sameWord(typed: string, listed: string): boolean {
  if (typed === listed) return true;
  const shorter = Math.min(typed.length, listed.length);
  const longer = Math.max(typed.length, listed.length);
  if (shorter >= 5 && commonPrefix(typed, listed) >= Math.max(4, longer - 2)) return true;
  const typos = typosAllowed(typed);
  return typos > 0 && editDistance(typed, listed, typos) <= typos;
}

export interface Understood {
  /** All typed words. */
  words: string[];
  /** The typed words without small words. */
  content: string[];
  /** The list entries the words match, best first: covering more typed words, specific before broad. */
  hits: LexiconTopic[];
}

/** Reads a query against the list: which entries the person's words name, best first. */
export function understand(query: string, lexicon: Lexicon, locale: string): Understood {
  const words = wordsOf(query, locale);
  const small = new Set(lexicon.small);
  const content = words.filter((w) => !small.has(w));
  const scored: { topic: LexiconTopic; score: number; order: number }[] = [];
  lexicon.topics.forEach((topic, order) => {
    const covered = new Set<number>();
    const exact = new Set<number>();
    for (const alternative of topic.words) {
      const at = alternative.map((w) => words.findIndex((typed) => sameWord(typed, w)));
      if (!at.every((i) => i >= 0)) continue;
      at.forEach((i) => covered.add(i));
      for (const w of alternative) if (words.includes(w)) exact.add(words.indexOf(w));
    }
    // Only small words matched ("how much") says nothing on its own.
    if (![...covered].some((i) => !small.has(words[i]!))) return;
    // A word typed exactly as listed beats one read as a typo of another entry's word ("deport" is not "report").
    scored.push({ topic, score: covered.size * 10 + (topic.broad ? 0 : 5) + exact.size * 2, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return { words, content, hits: scored.map((s) => s.topic) };
}

/**
 * A word of 6 or more letters that is not in the index's vocabulary, replaced by the closest word that
 * is (one typo up to 8 letters, two from 9); undefined when nothing is close enough.
 */
export function correct(word: string, vocabulary: readonly string[]): string | undefined {
  const typos = typosAllowed(word);
  if (!typos || vocabulary.includes(word)) return undefined;
  let best: string | undefined;
  let bestDistance = typos + 1;
  for (const known of vocabulary) {
    const d = editDistance(word, known, typos);
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best;
}

/**
 * Whether a word of a page is really one the person searched for, not a fragment of it: Pagefind falls
 * back to ever shorter prefixes ("uit" for "uitzendbureua"); those must not count as found. A page word
 * counts when it extends the searched word ("paspoort" → "paspoorten") or is another form of it.
 */
export function isRealMatch(pageWord: string, searched: string, locale: string): boolean {
  const word = wordsOf(pageWord, locale)[0] ?? "";
  if (!word || !searched) return false;
  if (word.startsWith(searched) && (searched.length >= 3 || word === searched)) return true;
  return sameWord(word, searched) || (searched.length >= 4 && commonPrefix(word, searched) >= Math.max(4, searched.length - 2) && word.length >= searched.length - 2);
}
