// Go's regexp (RE2) syntax errors for the patterns configs carry. RE2 differs from
// JavaScript; the checks below cover the errors users actually make, with Go's texts.

/** Go's `error parsing regexp: …` for `pattern`, or undefined when Go accepts it. */
export function goRegexpError(pattern: string): string | undefined {
  const problem = findProblem(pattern);
  return problem && `error parsing regexp: ${problem}`;
}

function findProblem(p: string): string | undefined {
  const open: number[] = [];
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      if (p[i + 1] === "]") i++;
      else if (p[i + 1] === "^" && p[i + 2] === "]") i += 2;
    } else if (c === "(") open.push(i);
    else if (c === ")") {
      if (open.length === 0) return `unexpected ): \`${p}\``;
      open.pop();
    } else if (c === "*" || c === "+" || c === "?") {
      const prev = p[i - 1];
      if (i === 0 || prev === "(" || prev === "|" || (prev === ":" && p[i - 2] === "?")) return `missing argument to repetition operator: \`${c}\``;
      if ((prev === "*" || prev === "+" || prev === "?") && p[i - 2] !== "\\" && c !== "?") {
        return `invalid nested repetition operator: \`${prev}${c}\``;
      }
    }
  }
  if (inClass) return `missing closing ]: \`${p.slice(p.lastIndexOf("["))}\``;
  if (open.length > 0) return `missing closing ): \`${p}\``;
  return undefined;
}
