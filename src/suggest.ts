// "Did you mean …?" for a mistyped word (a source format, a report format, a command): the
// closest known word by edit distance, when it is close enough to be the likely intent.

/** Levenshtein distance, case-insensitive: the number of single-letter edits between two words. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[t.length]!;
}

/** The known word closest to `word`, if at most a third of its letters (and at least one or two) differ. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(Math.max(word.length, best?.length ?? 0) / 3));
  // A prefix ("prom" for "prometheus") is a likely intent too.
  const prefixed = word.length >= 3 ? known.filter((k) => k.toLowerCase().startsWith(word.toLowerCase())) : [];
  if (bestDistance <= allowed) return best;
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** ` (did you mean "x"?)`, or nothing. */
export function didYouMean(word: string, known: readonly string[]): string {
  const guess = closest(word, known);
  return guess === undefined ? "" : ` (did you mean "${guess}"?)`;
}
