// Byte sizes as github.com/alecthomas/units reads and prints them (Base2Bytes): Alloy
// writes sizes such as `batch_size` in this notation, e.g. `1KiB`, `1MiB512B`, `0B`.

const PREFIXES = ["", "K", "M", "G", "T", "P", "E"];

/** Base2Bytes.String: each non-zero power of 1024 from the largest, `0B` for zero. */
export function formatBase2Bytes(n: number): string {
  if (n === 0) return "0B";
  const parts: string[] = [];
  let rest = Math.trunc(n);
  for (let i = 0; i < PREFIXES.length && rest !== 0; i++) {
    const digit = rest % 1024;
    if (digit !== 0) parts.unshift(`${digit}${PREFIXES[i]}${i === 0 ? "B" : "iB"}`);
    rest = Math.trunc(rest / 1024);
  }
  return parts.join("");
}

const UNIT_SIZES: Record<string, number> = { B: 1 };
PREFIXES.slice(1).forEach((p, i) => {
  UNIT_SIZES[p + "B"] = 1024 ** (i + 1);
  UNIT_SIZES[p + "iB"] = 1024 ** (i + 1);
});

/** units.ParseBase2Bytes (`256KB`, `1MiB`, `1KB512B`); undefined when the text does not parse. */
export function parseBase2Bytes(text: string): number | undefined {
  const re = /^(\d+)([A-Za-z]+)/;
  let rest = text;
  let total = 0;
  if (rest === "") return undefined;
  while (rest.length > 0) {
    const m = re.exec(rest);
    const size = m ? UNIT_SIZES[m[2]] : undefined;
    if (!m || size === undefined) return undefined;
    total += parseInt(m[1], 10) * size;
    rest = rest.slice(m[0].length);
  }
  return total;
}
