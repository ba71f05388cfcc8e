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

  /**
   * Rows not laid out yet. Sections are independent, so rows up to a hard break are laid
   * out as soon as that break is final, and only the section being written stays in
   * memory (a big file's rows and cells would otherwise all be alive until the end).
   */
  private readonly rows: Row[] = [];
  /** The lines laid out so far. */
  private readonly lines: string[] = [];
  private cells: Cell[] = [];
  private text = "";
  /** Indentation of the current line, fixed when its first text is written. */
  private rowIndent: number | undefined;

  write(s: string): void {
    if (this.commentEndsLine) this.lineBreak(true);
    if (this.rowIndent === undefined) this.rowIndent = this.indent;
    this.text += s;
    for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) this.lineCount++;
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
    this.push({ indent: this.rowIndent, cells: this.cells, tail: this.text, hardBreak: hard || blank });
    this.cells = [];
    this.text = "";
    this.rowIndent = undefined;
    this.lineCount++;
    if (blank) this.pushBlank();
  }

  private pushBlank(): void {
    this.push({ indent: 0, cells: [], tail: "", hardBreak: true });
    this.lineCount++;
  }

  /**
   * Only the last row's break can still change (lineBreak above), so once a row follows it,
   * a hard break there ends the rows before as a finished section. A blank row is kept
   * back, as finish() drops the blank rows that end the output.
   */
  private push(row: Row): void {
    const last = this.rows[this.rows.length - 1];
    if (last && last.hardBreak && !isBlank(last)) {
      renderSections(this.rows, this.lines);
      this.rows.length = 0;
    }
    this.rows.push(row);
  }

  /** The laid-out text, without a final newline. */
  finish(): string {
    if (this.rowIndent !== undefined) this.lineBreak(true);
    while (this.rows.length > 0 && isBlank(this.rows[this.rows.length - 1])) this.rows.pop();
    renderSections(this.rows, this.lines);
    this.rows.length = 0;
    return this.lines.join("\n");
  }
}

function isBlank(row: Row): boolean {
  return row.cells.length === 0 && row.tail === "" && row.indent === 0;
}

/** Lays out rows (each section between hard breaks on its own) and appends their lines. */
function renderSections(rows: readonly Row[], lines: string[]): void {
  let start = 0;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].hardBreak || i === rows.length - 1) {
      renderSection(rows, start, i + 1, lines);
      start = i + 1;
    }
  }
}

/**
 * A row's cells as the tabwriter sees them: its indentation as leading empty tab cells
 * (none on a line with nothing on it), then its own. The leading ones are not allocated:
 * `lead` says how many there are.
 */
function leadOf(row: Row): number {
  return row.tail === "" && row.cells.length === 0 ? 0 : row.indent;
}

function renderSection(rows: readonly Row[], from: number, to: number, lines: string[]): void {
  // A line alone has nothing to align with: each cell is its text and one space.
  if (to - from === 1) {
    const row = rows[from];
    lines.push(renderRow(row, leadOf(row), undefined, 0));
    return;
  }
  // Column widths of every row, one after the other in one array.
  const offsets = new Array<number>(to - from + 1);
  offsets[0] = 0;
  for (let r = from; r < to; r++) offsets[r - from + 1] = offsets[r - from] + leadOf(rows[r]) + rows[r].cells.length;
  const widths = new Array<number>(offsets[to - from]).fill(0);
  alignColumn(rows, from, to, 0, widths, offsets, from);
  for (let r = from; r < to; r++) lines.push(renderRow(rows[r], leadOf(rows[r]), widths, offsets[r - from]));
}

/**
 * Sets the width of `column` over each run of rows (within [from, to)) that have a cell
 * there; `base` is the section's first row, where `offsets` start.
 */
function alignColumn(rows: readonly Row[], from: number, to: number, column: number, widths: number[], offsets: number[], base: number): void {
  let i = from;
  while (i < to) {
    if (offsetCount(offsets, i - base) <= column) {
      i++;
      continue;
    }
    let end = i;
    let width = 0;
    let empty = true;
    while (end < to && offsetCount(offsets, end - base) > column) {
      const row = rows[end];
      const lead = leadOf(row);
      if (column < lead) {
        // An indentation cell: empty, ended by a tab.
        width = Math.max(width, 1);
        empty = false;
      } else {
        const cell = row.cells[column - lead];
        width = Math.max(width, textWidth(cell.text) + 1);
        if (cell.text !== "" || cell.tab) empty = false;
      }
      end++;
    }
    for (let k = i; k < end; k++) widths[offsets[k - base] + column] = empty ? 0 : width;
    alignColumn(rows, i, end, column + 1, widths, offsets, base);
    i = end;
  }
}

function offsetCount(offsets: number[], r: number): number {
  return offsets[r + 1] - offsets[r];
}

/**
 * One row as text. `widths` from `at` holds its cells' widths; without it (a row alone)
 * each cell is its text and one space.
 */
function renderRow(row: Row, lead: number, widths: number[] | undefined, at: number): string {
  let out = "";
  let end = 0;
  let leading = true;
  const count = lead + row.cells.length;
  for (let j = 0; j < count; j++) {
    const text = j < lead ? "" : row.cells[j - lead].text;
    const width = widths ? widths[at + j] : text === "" && j >= lead && !row.cells[j - lead].tab ? 0 : textWidth(text) + 1;
    if (text === "") {
      out += leading ? "\t".repeat(Math.ceil(width / TAB_WIDTH)) : " ".repeat(width);
      if (leading) end = out.length;
      continue;
    }
    leading = false;
    out += text;
    end = out.length;
    out += " ".repeat(width - textWidth(text));
  }
  if (row.tail !== "") return out + row.tail;
  // Padding at the end of a line is trimmed; so is indentation of an otherwise empty line.
  return leading ? "" : out.slice(0, end);
}

/** Width as the tabwriter counts it: one per code point. */
function textWidth(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
