// Go's os.Expand with os.Getenv, as Prometheus's config.Load applies it to external label
// values: `$NAME` and `${NAME}` become the variable's value (empty when unset), `$$`
// becomes `$`, and the forms Go calls bad syntax (`${}`, an unclosed `${`) are dropped.

const SPECIAL = "*#$@!?-0123456789";

function isAlphaNum(c: string): boolean {
  return /^[A-Za-z0-9_]$/.test(c);
}

/** getShellName: the variable name after a `$` and how many characters it spans. */
function shellName(s: string): [string, number] {
  if (s[0] === "{") {
    if (s.length > 2 && SPECIAL.includes(s[1]) && s[2] === "}") return [s[1], 3];
    for (let i = 1; i < s.length; i++) {
      if (s[i] === "}") return i === 1 ? ["", 2] : [s.slice(1, i), i + 1];
    }
    return ["", 1];
  }
  if (SPECIAL.includes(s[0])) return [s[0], 1];
  let i = 0;
  while (i < s.length && isAlphaNum(s[i])) i++;
  return [s.slice(0, i), i];
}

export function expandEnvLikeGo(s: string, lookup: (name: string) => string | undefined = (n) => process.env[n]): string {
  let out = "";
  let start = 0;
  for (let j = 0; j < s.length; j++) {
    if (s[j] !== "$" || j + 1 >= s.length) continue;
    out += s.slice(start, j);
    const [name, width] = shellName(s.slice(j + 1));
    if (name === "" && width > 0) {
      // Bad syntax: Go eats these characters.
    } else if (name === "") {
      out += "$";
    } else {
      out += name === "$" ? "$" : (lookup(name) ?? "");
    }
    j += width;
    start = j + 1;
  }
  return out + s.slice(start);
}
