// Line building and column alignment for the printer. Lines are made of cells (text that
// ends at an alignment point) and a tail. Within a section (lines between hard breaks),
// a column of cells is aligned over each run of consecutive lines that have a cell in
// that column: every cell of the run is padded to the widest text plus one space. Leading
// empty cells are indentation and print as tabs. These are the elastic-tabstop rules of
// Go's text/tabwriter as `alloy fmt` configures it (padding 1, tab width 8, empty columns
// discarded, tabs for indentation).

interface Cell {
  text: string;
  /** Ended by a tab (indentation or before a comment) rather than an alignment mark. */
  tab: boolean;
}

interface Row {
  indent: number;
  cells: Cell[];
  tail: string;
  /** The line break after this row ends every alignment run. */
  hardBreak: boolean;
}

const TAB_WIDTH = 8;

export class Layout {
  /** Indentation for lines started from now on. */
  indent = 0;
  /** Number of line breaks written so far, counting those inside multi-line literals. */
  lineCount = 0;
  /** The current line ends in a `//` comment, so nothing more may follow on it. */
  commentEndsLine = false;

  private readonly rows: Row[] = [];
  private cells: Cell[] = [];
  private text = "";
  /** Indentation of the current line, fixed when its first text is written. */
  private rowIndent: number | undefined;

  write(s: string): void {
    if (this.commentEndsLine) this.lineBreak(true);
    if (this.rowIndent === undefined) this.rowIndent = this.indent;
    this.text += s;
    for (const ch of s) if (ch === "\n") this.lineCount++;
  }

  /**
   * Counts a line break the output leaves out: an empty `{\n}` or `[\n]` prints on one
   * line, but `alloy fmt` still treats it as spanning lines, which ends an alignment run.
   */
  countCollapsedLineBreak(): void {
    this.lineCount++;
  }

  /** Ends the current cell: `tab` for a tab stop, otherwise an alignment mark. */
  cell(tab: boolean): void {
    if (this.rowIndent === undefined) this.rowIndent = this.indent;
    this.cells.push({ text: this.text, tab });
    this.text = "";
  }

  /**
   * Ends the current line, optionally followed by a blank line. At the start of the output
   * it does nothing; at the start of a line it strengthens the break that ended the last one.
   */
  lineBreak(hard: boolean, blank = false): void {
    this.commentEndsLine = false;
    if (this.rowIndent === undefined) {
      const last = this.rows[this.rows.length - 1];
      if (!last) return;
      last.hardBreak ||= hard || blank;
      if (blank && !isBlank(last)) this.pushBlank();
      return;
    }
    this.rows.push({ indent: this.rowIndent, cells: this.cells, tail: this.text, hardBreak: hard || blank });
    this.cells = [];
    this.text = "";
    this.rowIndent = undefined;
    this.lineCount++;
    if (blank) this.pushBlank();
  }

  private pushBlank(): void {
    this.rows.push({ indent: 0, cells: [], tail: "", hardBreak: true });
    this.lineCount++;
  }

  /** The laid-out text, without a final newline. */
  finish(): string {
    if (this.rowIndent !== undefined) this.lineBreak(true);
    while (this.rows.length > 0 && isBlank(this.rows[this.rows.length - 1])) this.rows.pop();
    const lines: string[] = [];
    let start = 0;
    for (let i = 0; i < this.rows.length; i++) {
      if (this.rows[i].hardBreak || i === this.rows.length - 1) {
        lines.push(...renderSection(this.rows.slice(start, i + 1)));
        start = i + 1;
      }
    }
    return lines.join("\n");
  }
}

function isBlank(row: Row): boolean {
  return row.cells.length === 0 && row.tail === "" && row.indent === 0;
}

function renderSection(rows: Row[]): string[] {
  const cells = rows.map((r) => [
    ...Array.from({ length: r.tail === "" && r.cells.length === 0 ? 0 : r.indent }, (): Cell => ({ text: "", tab: true })),
    ...r.cells,
  ]);
  const widths = cells.map((c) => new Array<number>(c.length).fill(0));
  alignColumn(cells, widths, 0, cells.length, 0);
  return rows.map((r, i) => renderRow(cells[i], widths[i], r.tail));
}

/** Sets the width of `column` over each run of rows (within [from, to)) that have a cell there. */
function alignColumn(cells: Cell[][], widths: number[][], from: number, to: number, column: number): void {
  let i = from;
  while (i < to) {
    if (cells[i].length <= column) {
      i++;
      continue;
    }
    let end = i;
    let width = 0;
    let empty = true;
    while (end < to && cells[end].length > column) {
      const cell = cells[end][column];
      width = Math.max(width, textWidth(cell.text) + 1);
      if (cell.text !== "" || cell.tab) empty = false;
      end++;
    }
    for (let k = i; k < end; k++) widths[k][column] = empty ? 0 : width;
    alignColumn(cells, widths, i, end, column + 1);
    i = end;
  }
}

function renderRow(cells: Cell[], widths: number[], tail: string): string {
  let out = "";
  let leading = true;
  let end = 0;
  cells.forEach((cell, j) => {
    if (cell.text === "") {
      out += leading ? "\t".repeat(Math.ceil(widths[j] / TAB_WIDTH)) : " ".repeat(widths[j]);
      if (leading) end = out.length;
      return;
    }
    leading = false;
    out += cell.text;
    end = out.length;
    out += " ".repeat(widths[j] - textWidth(cell.text));
  });
  if (tail !== "") return out + tail;
  // Padding at the end of a line is trimmed; so is indentation of an otherwise empty line.
  return cells.some((c) => c.text !== "") ? out.slice(0, end) : "";
}

/** Width as the tabwriter counts it: one per code point. */
function textWidth(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
