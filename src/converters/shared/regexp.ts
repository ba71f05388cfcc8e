// Go's regexp (RE2) syntax errors for the patterns configs carry. RE2 differs from
// JavaScript; the checks below cover the errors users actually make, with Go's texts.

/** Go's `error parsing regexp: …` for `pattern`, or undefined when Go accepts it. */
export function goRegexpError(pattern: string): string | undefined {
  const problem = findProblem(pattern);
  return problem && `error parsing regexp: ${problem}`;
}

const REPEAT = new Set(["*", "+", "?"]);

function findProblem(p: string): string | undefined {
  const open: number[] = [];
  // Whether nothing repeatable precedes: start, just after `(…` or `|`.
  let atStart = true;
  let lastWasRepeat = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (REPEAT.has(c)) {
      if (atStart) return `missing argument to repetition operator: \`${c}\``;
      // `*?`, `+?`, `??` are lazy forms; any other doubled operator is nested repetition.
      if (lastWasRepeat && c !== "?") return `invalid nested repetition operator: \`${p[i - 1]}${c}\``;
      lastWasRepeat = c !== "?" || !lastWasRepeat;
      continue;
    }
    lastWasRepeat = false;
    atStart = false;
    if (c === "\\") i++;
    else if (c === "[") {
      const end = classEnd(p, i);
      if (end < 0) return `missing closing ]: \`${p.slice(i)}\``;
      i = end;
    } else if (c === "(") {
      open.push(i);
      // Group flags and names such as `(?s:`, `(?:` and `(?P<name>` belong to the opening.
      if (p[i + 1] === "?") i += Math.max(p.slice(i).search(/[:>)]/), 0);
      atStart = true;
    } else if (c === ")") {
      if (open.length === 0) return `unexpected ): \`${p}\``;
      open.pop();
    } else if (c === "|") atStart = true;
  }
  if (open.length > 0) return `missing closing ): \`${p}\``;
  return undefined;
}

/** The index of the `]` closing the class opened at `start`, or -1. */
function classEnd(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === "^") i++;
  if (p[i] === "]") i++;
  for (; i < p.length; i++) {
    if (p[i] === "\\") i++;
    else if (p[i] === "]") return i;
  }
  return -1;
}
