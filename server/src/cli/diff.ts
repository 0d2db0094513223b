/**
 * A line-based unified diff for `--fix --dry-run`. The lines between the common head and tail are
 * compared by longest common subsequence; past MAX_CELLS (a quadratic table) they are paired line by
 * line instead, which is still a correct diff, only not always the shortest.
 */

const CONTEXT = 3;
const MAX_CELLS = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; line: string };

/** The unified diff between two texts, or '' when they are equal. */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string): string {
  if (oldText === newText) return '';
  const ops = lineOps(splitLines(oldText), splitLines(newText));
  let out = `--- ${oldName}\n+++ ${newName}\n`;
  for (const hunk of hunks(ops)) out += `${hunk.join('\n')}\n`;
  return out;
}

/** Lines with their "\n" kept, so a missing final newline shows as a difference. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function lineOps(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const middle = (midA.length + 1) * (midB.length + 1) <= MAX_CELLS ? lcsOps(midA, midB) : pairedOps(midA, midB);
  // concat, not spread: a spread of a huge array overflows the call stack.
  return a.slice(0, head).map(same).concat(middle, a.slice(a.length - tail).map(same));
}

const same = (line: string): Op => ({ kind: ' ', line });

function lcsOps(a: string[], b: string[]): Op[] {
  const width = b.length + 1;
  // table[i * width + j]: length of the common subsequence of a[i..] and b[j..].
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push(same(a[i++]));
      j++;
    } else if (j >= b.length || (i < a.length && table[(i + 1) * width + j] >= table[i * width + j + 1])) {
      ops.push({ kind: '-', line: a[i++] });
    } else {
      ops.push({ kind: '+', line: b[j++] });
    }
  }
  return ops;
}

/** The fallback for huge inputs: line k against line k, then whatever one side has left. */
function pairedOps(a: string[], b: string[]): Op[] {
  const ops: Op[] = [];
  const shared = Math.min(a.length, b.length);
  for (let k = 0; k < shared; k++) {
    if (a[k] === b[k]) ops.push(same(a[k]));
    else ops.push({ kind: '-', line: a[k] }, { kind: '+', line: b[k] });
  }
  for (let k = shared; k < a.length; k++) ops.push({ kind: '-', line: a[k] });
  for (let k = shared; k < b.length; k++) ops.push({ kind: '+', line: b[k] });
  return ops;
}

/** Groups the changes with CONTEXT lines around them; changes closer than 2 × CONTEXT share a hunk. */
function* hunks(ops: Op[]): Generator<string[]> {
  const changed = ops.map((op, index) => (op.kind === ' ' ? -1 : index)).filter((index) => index >= 0);
  // Line numbers (1-based) that each op starts at on the old and the new side.
  const oldAt = new Uint32Array(ops.length + 1);
  const newAt = new Uint32Array(ops.length + 1);
  oldAt[0] = newAt[0] = 1;
  ops.forEach((op, index) => {
    oldAt[index + 1] = oldAt[index] + (op.kind === '+' ? 0 : 1);
    newAt[index + 1] = newAt[index] + (op.kind === '-' ? 0 : 1);
  });
  let k = 0;
  while (k < changed.length) {
    let end = k;
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= 2 * CONTEXT) end++;
    const from = Math.max(0, changed[k] - CONTEXT);
    const to = Math.min(ops.length, changed[end] + CONTEXT + 1);
    yield hunk(ops, from, to, oldAt[from], newAt[from]);
    k = end + 1;
  }
}

function hunk(ops: Op[], from: number, to: number, oldLine: number, newLine: number): string[] {
  const body: string[] = [];
  let oldCount = 0;
  let newCount = 0;
  for (let index = from; index < to; index++) {
    const { kind, line } = ops[index];
    if (kind !== '+') oldCount++;
    if (kind !== '-') newCount++;
    body.push(kind + line.replace(/\n$/, ''));
    if (!line.endsWith('\n')) body.push('\\ No newline at end of file');
  }
  // An empty side is numbered by the line before it, as diff and patch expect.
  const range = (start: number, count: number) => `${count === 0 ? start - 1 : start},${count}`;
  return [`@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@`, ...body];
}
