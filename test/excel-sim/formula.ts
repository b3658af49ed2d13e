// A small formula evaluator: enough for formulas an adapter writes (SUM, COUNTIFS, HYPERLINK...) and for text that Excel
// mistakes for a formula, which must read back as an error ("#NAME?") exactly as it would in Excel.
import { Rect, parseRef, splitSheet } from "./address";
import { Scalar, isErrorText } from "./cells";
import { excelSerialToIso, isoToExcelSerial } from "../../src/core/model/dates";

/** Where a formula reads cells from: the workbook model, which evaluates formula cells recursively. */
export interface FormulaEnv {
  /** The computed value of a cell (undefined when empty); `sheet` null means the formula's own sheet. */
  cellValue(sheet: string | null, row: number, col: number): Scalar | undefined;
  /** The part of a rectangle worth reading (big ranges are cut to the sheet's used range); null for an unknown sheet. */
  clip(sheet: string | null, rect: Rect): Rect | null | "unknown-sheet";
  /** What a workbook name refers to ("'Sheet'!$B$4"), or undefined when the workbook has no such name. */
  name?(name: string): string | undefined;
  /** TODAY() as an Excel serial number. */
  today?(): number;
}

type Err = { error: string };
type RangeRef = { sheet: string | null; rect: Rect };
type Value = Scalar | null | Err | RangeRef;
type Node =
  | { t: "lit"; v: Scalar }
  | { t: "ref"; ref: RangeRef }
  | { t: "name"; name: string }
  | { t: "call"; name: string; args: Node[] }
  | { t: "neg"; x: Node }
  | { t: "pct"; x: Node }
  | { t: "bin"; op: string; a: Node; b: Node };

class SyntaxError_ extends Error {}

const isErr = (v: unknown): v is Err => typeof v === "object" && v !== null && "error" in v;
const isRange = (v: Value): v is RangeRef => typeof v === "object" && v !== null && "rect" in v;
const err = (code: string): Err => ({ error: code });

/** Evaluates "=..." against the workbook; anything the evaluator does not know yields "#NAME?", as unknown names do in Excel. */
export function evaluateFormula(formula: string, env: FormulaEnv): Scalar {
  let node: Node;
  try {
    node = new Parser(formula.replace(/^=/, "")).parseAll();
  } catch (e) {
    if (e instanceof SyntaxError_) return "#NAME?";
    throw e;
  }
  const v = scalar(evaluate(node, env), env);
  if (isErr(v)) return v.error;
  return v === null ? 0 : v;
}

const TOKEN =
  /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!\$?[A-Za-z]{1,3}\$?\d*(?::\$?[A-Za-z]{1,3}\$?\d*)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![\p{L}\p{N}_(])|([\p{L}_][\p{L}\p{N}_.]*)|(<=|>=|<>|[-+*/^&=<>%(),@]))/uy;

type Token = { kind: "num" | "str" | "ref" | "id" | "op"; text: string };

class Parser {
  private readonly tokens: Token[] = [];
  private pos = 0;

  constructor(source: string) {
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (TOKEN.lastIndex < source.length && (m = TOKEN.exec(source))) {
      const kinds: Token["kind"][] = ["num", "str", "ref", "ref", "id", "op"];
      const i = [1, 2, 3, 4, 5, 6].find((g) => m![g] !== undefined);
      if (i === undefined) break;
      this.tokens.push({ kind: kinds[i - 1], text: m[i] });
    }
    if (source.slice(TOKEN.lastIndex).trim() !== "") throw new SyntaxError_();
  }

  parseAll(): Node {
    const node = this.comparison();
    if (this.pos !== this.tokens.length) throw new SyntaxError_();
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private takeOp(...ops: string[]): string | null {
    const t = this.peek();
    if (t && t.kind === "op" && ops.includes(t.text)) {
      this.pos++;
      return t.text;
    }
    return null;
  }

  private binary(next: () => Node, ops: string[]): Node {
    let node = next();
    for (let op = this.takeOp(...ops); op; op = this.takeOp(...ops)) node = { t: "bin", op, a: node, b: next() };
    return node;
  }

  private comparison = (): Node => this.binary(this.concat, ["=", "<>", "<", ">", "<=", ">="]);
  private concat = (): Node => this.binary(this.additive, ["&"]);
  private additive = (): Node => this.binary(this.multiplicative, ["+", "-"]);
  private multiplicative = (): Node => this.binary(this.power, ["*", "/"]);
  private power = (): Node => this.binary(this.unary, ["^"]);

  private unary = (): Node => {
    const op = this.takeOp("-", "+", "@");
    if (op === "-") return { t: "neg", x: this.unary() };
    if (op) return this.unary();
    let node = this.primary();
    while (this.takeOp("%")) node = { t: "pct", x: node };
    return node;
  };

  private primary(): Node {
    const t = this.tokens[this.pos++];
    if (!t) throw new SyntaxError_();
    switch (t.kind) {
      case "num":
        return { t: "lit", v: Number(t.text) };
      case "str":
        return { t: "lit", v: t.text.slice(1, -1).replace(/""/g, '"') };
      case "ref": {
        const { sheet, ref } = splitSheet(t.text);
        const rect = parseRef(ref);
        if (!rect) throw new SyntaxError_();
        return { t: "ref", ref: { sheet, rect } };
      }
      case "id": {
        if (this.takeOp("(")) {
          const args: Node[] = [];
          if (!this.takeOp(")")) {
            do args.push(this.comparison());
            while (this.takeOp(","));
            if (!this.takeOp(")")) throw new SyntaxError_();
          }
          return { t: "call", name: t.text.toUpperCase(), args };
        }
        const upper = t.text.toUpperCase();
        if (upper === "TRUE" || upper === "FALSE") return { t: "lit", v: upper === "TRUE" };
        return { t: "name", name: t.text };
      }
      default:
        if (t.text === "(") {
          const inner = this.comparison();
          if (!this.takeOp(")")) throw new SyntaxError_();
          return inner;
        }
        throw new SyntaxError_();
    }
  }
}

function evaluate(node: Node, env: FormulaEnv): Value {
  switch (node.t) {
    case "lit":
      return node.v;
    case "ref":
      return node.ref;
    case "name": {
      // A defined name stands for its reference, as Excel reads it.
      const target = env.name?.(node.name);
      if (target === undefined) return err("#NAME?");
      try {
        return evaluate(new Parser(target.replace(/^=/, "")).parseAll(), env);
      } catch (e) {
        if (e instanceof SyntaxError_) return err("#NAME?");
        throw e;
      }
    }
    case "neg": {
      const n = toNumber(evaluate(node.x, env), env);
      return isErr(n) ? n : -n;
    }
    case "pct": {
      const n = toNumber(evaluate(node.x, env), env);
      return isErr(n) ? n : n / 100;
    }
    case "bin":
      return binary(node.op, evaluate(node.a, env), evaluate(node.b, env), env);
    case "call":
      return call(
        node.name,
        node.args.map((a) => evaluate(a, env)),
        env,
      );
  }
}

function scalar(v: Value, env: FormulaEnv): Scalar | null | Err {
  if (!isRange(v)) return v;
  const { rect } = v;
  if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) return err("#VALUE!");
  if (env.clip(v.sheet, rect) === "unknown-sheet") return err("#REF!");
  return env.cellValue(v.sheet, rect.r0, rect.c0) ?? null;
}

function toNumber(v: Value, env: FormulaEnv): number | Err {
  const s = scalar(v, env);
  if (isErr(s)) return s;
  if (s === null) return 0;
  if (typeof s === "number") return s;
  if (typeof s === "boolean") return s ? 1 : 0;
  if (isErrorText(s)) return err(s);
  const n = Number(s.trim());
  return s.trim() !== "" && Number.isFinite(n) ? n : err("#VALUE!");
}

function toText(v: Value, env: FormulaEnv): string | Err {
  const s = scalar(v, env);
  if (isErr(s)) return s;
  if (s === null) return "";
  if (typeof s === "boolean") return s ? "TRUE" : "FALSE";
  if (typeof s === "string" && isErrorText(s)) return err(s);
  return String(s);
}

function toBool(v: Value, env: FormulaEnv): boolean | Err {
  const s = scalar(v, env);
  if (isErr(s)) return s;
  if (s === null) return false;
  if (typeof s === "boolean") return s;
  if (typeof s === "number") return s !== 0;
  if (/^true$/i.test(s)) return true;
  if (/^false$/i.test(s)) return false;
  return err("#VALUE!");
}

/** Excel's ordering across types: numbers < text < booleans; text compares without case. */
function compare(a: Scalar | null, b: Scalar | null): number {
  const rank = (x: Scalar | null, other: Scalar | null): [number, Scalar] => {
    if (x === null) return typeof other === "string" ? [1, ""] : typeof other === "boolean" ? [2, false] : [0, 0];
    return [typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2, x];
  };
  const [ra, va] = rank(a, b);
  const [rb, vb] = rank(b, a);
  if (ra !== rb) return ra - rb;
  if (typeof va === "string" && typeof vb === "string") return va.localeCompare(vb, undefined, { sensitivity: "base" });
  return Number(va) - Number(vb);
}

function binary(op: string, a: Value, b: Value, env: FormulaEnv): Value {
  if (op === "&") {
    const x = toText(a, env);
    const y = toText(b, env);
    return isErr(x) ? x : isErr(y) ? y : x + y;
  }
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
    const x = scalar(a, env);
    const y = scalar(b, env);
    if (isErr(x)) return x;
    if (isErr(y)) return y;
    const c = compare(x, y);
    return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op] as boolean;
  }
  const x = toNumber(a, env);
  const y = toNumber(b, env);
  if (isErr(x)) return x;
  if (isErr(y)) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? err("#DIV/0!") : x / y;
    default:
      return Math.pow(x, y);
  }
}

/** Every value of the arguments, ranges expanded (empty cells skipped), for aggregate functions. */
function* flatten(args: Value[], env: FormulaEnv): Generator<{ value: Scalar | Err; direct: boolean }> {
  for (const arg of args) {
    if (!isRange(arg)) {
      if (arg !== null) yield { value: arg, direct: true };
      continue;
    }
    const clipped = env.clip(arg.sheet, arg.rect);
    if (clipped === "unknown-sheet") {
      yield { value: err("#REF!"), direct: false };
      continue;
    }
    if (!clipped) continue;
    for (let r = clipped.r0; r <= clipped.r1; r++) {
      for (let c = clipped.c0; c <= clipped.c1; c++) {
        const v = env.cellValue(arg.sheet, r, c);
        if (v !== undefined) yield { value: isErrorText(v) ? err(v as string) : v, direct: false };
      }
    }
  }
}

function numbersOf(args: Value[], env: FormulaEnv): number[] | Err {
  const out: number[] = [];
  for (const { value, direct } of flatten(args, env)) {
    if (isErr(value)) return value;
    if (typeof value === "number") out.push(value);
    else if (direct) {
      const n = toNumber(value, env);
      if (isErr(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function call(name: string, args: Value[], env: FormulaEnv): Value {
  const numeric = (f: (xs: number[]) => Value): Value => {
    const xs = numbersOf(args, env);
    return isErr(xs) ? xs : f(xs);
  };
  switch (name) {
    case "SUM":
      return numeric((xs) => xs.reduce((s, x) => s + x, 0));
    case "AVERAGE":
      return numeric((xs) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : err("#DIV/0!")));
    case "MIN":
      return numeric((xs) => (xs.length ? Math.min(...xs) : 0));
    case "MAX":
      return numeric((xs) => (xs.length ? Math.max(...xs) : 0));
    case "COUNT":
      return [...flatten(args, env)].filter(
        ({ value, direct }) => typeof value === "number" || (direct && !isErr(toNumber(value as Value, env))),
      ).length;
    case "COUNTA":
      return [...flatten(args, env)].filter(({ value }) => value !== "").length;
    case "COUNTBLANK":
      return countIfs([args[0], ""], env);
    case "COUNTIF":
    case "COUNTIFS":
      return countIfs(args, env);
    case "SUMIF":
      return sumIf(args, env);
    case "IF": {
      const cond = toBool(args[0] ?? false, env);
      if (isErr(cond)) return cond;
      return cond ? (args[1] ?? true) : (args[2] ?? false);
    }
    case "IFERROR": {
      const v = scalar(args[0] ?? null, env);
      return isErr(v) || (typeof v === "string" && isErrorText(v)) ? (args[1] ?? "") : v;
    }
    case "AND":
    case "OR": {
      const bools: boolean[] = [];
      for (const { value } of flatten(args, env)) {
        const b = toBool(value, env);
        if (isErr(b)) return b;
        bools.push(b);
      }
      return name === "AND" ? bools.every(Boolean) : bools.some(Boolean);
    }
    case "NOT": {
      const b = toBool(args[0] ?? false, env);
      return isErr(b) ? b : !b;
    }
    case "ISBLANK":
      return scalar(args[0] ?? null, env) === null;
    case "LEN":
    case "TRIM":
    case "UPPER":
    case "LOWER": {
      const s = toText(args[0] ?? "", env);
      if (isErr(s)) return s;
      if (name === "LEN") return s.length;
      if (name === "TRIM") return s.trim().replace(/ +/g, " ");
      return name === "UPPER" ? s.toUpperCase() : s.toLowerCase();
    }
    case "CONCATENATE":
    case "CONCAT": {
      let out = "";
      const parts = name === "CONCAT" ? [...flatten(args, env)].map((p) => p.value) : args;
      for (const part of parts) {
        const s = toText(part, env);
        if (isErr(s)) return s;
        out += s;
      }
      return out;
    }
    case "HYPERLINK":
      return args.length > 1 ? scalar(args[1], env) : toText(args[0] ?? "", env);
    case "ROUND": {
      const x = toNumber(args[0] ?? 0, env);
      const d = toNumber(args[1] ?? 0, env);
      if (isErr(x)) return x;
      if (isErr(d)) return d;
      const f = Math.pow(10, Math.trunc(d));
      return Math.round(x * f) / f;
    }
    case "ABS": {
      const x = toNumber(args[0] ?? 0, env);
      return isErr(x) ? x : Math.abs(x);
    }
    case "ROUNDUP": {
      const x = toNumber(args[0] ?? 0, env);
      const d = toNumber(args[1] ?? 0, env);
      if (isErr(x)) return x;
      if (isErr(d)) return d;
      const f = Math.pow(10, Math.trunc(d));
      return (Math.sign(x) * Math.ceil(Math.abs(x) * f - 1e-9)) / f;
    }
    case "INDEX": {
      // INDEX(range, n) over one row or one column: the n-th cell (1-based), as Excel reads it.
      const range = args[0];
      const n = toNumber(args[1] ?? 0, env);
      if (isErr(n)) return n;
      if (range === undefined || !isRange(range)) return err("#VALUE!");
      const { r0, c0, r1, c1 } = range.rect;
      const at = Math.trunc(n) - 1;
      const down = c0 === c1;
      if (at < 0 || at > (down ? r1 - r0 : c1 - c0)) return err("#REF!");
      return env.cellValue(range.sheet, down ? r0 + at : r0, down ? c0 : c0 + at) ?? null;
    }
    case "DATE": {
      // Excel's DATE rolls months and days over (month 13 is January of the next year, day 0 the previous month's last).
      const parts = [args[0], args[1], args[2]].map((a) => toNumber(a ?? 0, env));
      const bad = parts.find(isErr);
      if (bad !== undefined) return bad;
      const [y, m, d] = parts.map((p) => Math.trunc(p as number));
      return isoToExcelSerial(new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10));
    }
    case "TODAY":
      return env.today ? env.today() : err("#NAME?");
    case "YEAR":
    case "MONTH":
    case "DAY": {
      const x = toNumber(args[0] ?? 0, env);
      if (isErr(x)) return x;
      const iso = excelSerialToIso(x);
      return Number(name === "YEAR" ? iso.slice(0, 4) : name === "MONTH" ? iso.slice(5, 7) : iso.slice(8, 10));
    }
    case "RIGHT": {
      const s = toText(args[0] ?? "", env);
      const n = toNumber(args[1] ?? 1, env);
      if (isErr(s)) return s;
      if (isErr(n)) return n;
      return n <= 0 ? "" : s.slice(-n);
    }
    case "ISNUMBER":
      return typeof scalar(args[0] ?? null, env) === "number";
    case "SEARCH": {
      const needle = toText(args[0] ?? "", env);
      const hay = toText(args[1] ?? "", env);
      if (isErr(needle)) return needle;
      if (isErr(hay)) return hay;
      const at = hay.toLocaleLowerCase("vi").indexOf(needle.toLocaleLowerCase("vi"));
      return at < 0 ? err("#VALUE!") : at + 1;
    }
    default:
      return err("#NAME?");
  }
}

/** COUNTIF's criterion: a number, or text with an optional comparison and * ? wildcards. */
function matcher(criterion: Value, env: FormulaEnv): ((v: Scalar | undefined) => boolean) | Err {
  const c = scalar(criterion, env);
  if (isErr(c)) return c;
  if (typeof c === "number" || typeof c === "boolean") return (v) => v === c;
  const text = c ?? "";
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(text)!;
  const op = m[1] ?? "=";
  const operand = m[2];
  const blank = (v: Scalar | undefined) => v === undefined || v === "";
  if (operand === "") return op === "<>" ? (v) => !blank(v) : (v) => blank(v);
  const num = Number(operand);
  if (operand.trim() !== "" && Number.isFinite(num)) {
    return (v) => {
      if (typeof v !== "number") return op === "<>";
      const d = v - num;
      return { "=": d === 0, "<>": d !== 0, "<": d < 0, ">": d > 0, "<=": d <= 0, ">=": d >= 0 }[op] as boolean;
    };
  }
  if (op === "=" || op === "<>") {
    const pattern = new RegExp(
      `^${operand
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/~\*/g, "\u0000")
        .replace(/~\?/g, "\u0001")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".")
        // eslint-disable-next-line no-control-regex -- \u0000 and \u0001 stand for escaped wildcards here
        .replace(/\u0000/g, "\\*")
        // eslint-disable-next-line no-control-regex -- as above
        .replace(/\u0001/g, "\\?")}$`,
      "is",
    );
    return (v) => (typeof v === "string" && pattern.test(v)) === (op === "=");
  }
  return (v) => {
    if (typeof v !== "string") return false;
    const d = v.localeCompare(operand, undefined, { sensitivity: "base" });
    return { "<": d < 0, ">": d > 0, "<=": d <= 0, ">=": d >= 0 }[op] as boolean;
  };
}

/** The cells of a criteria range in row-major order, cut like every other big range. */
function cellsOf(range: Value, env: FormulaEnv): { rect: Rect; sheet: string | null } | Err {
  if (!isRange(range)) return err("#VALUE!");
  const clipped = env.clip(range.sheet, range.rect);
  if (clipped === "unknown-sheet") return err("#REF!");
  return {
    rect: clipped ?? { r0: range.rect.r0, c0: range.rect.c0, r1: range.rect.r0 - 1, c1: range.rect.c0 - 1 },
    sheet: range.sheet,
  };
}

function countIfs(args: Value[], env: FormulaEnv): Value {
  if (args.length < 2 || args.length % 2 !== 0) return err("#VALUE!");
  const pairs: { sheet: string | null; rect: Rect; test: (v: Scalar | undefined) => boolean; origin: Rect }[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const cells = cellsOf(args[i], env);
    const test = matcher(args[i + 1], env);
    if (isErr(cells)) return cells;
    if (isErr(test)) return test;
    pairs.push({ ...cells, test, origin: (args[i] as RangeRef).rect });
  }
  const first = pairs[0].origin;
  const height = first.r1 - first.r0 + 1;
  const width = first.c1 - first.c0 + 1;
  if (pairs.some((p) => p.origin.r1 - p.origin.r0 + 1 !== height || p.origin.c1 - p.origin.c0 + 1 !== width))
    return err("#VALUE!");
  // Offsets are read over the first range's cut, which is the sheet's used range for whole-column criteria.
  const lead = pairs[0].rect;
  let count = 0;
  for (let r = lead.r0; r <= lead.r1; r++) {
    for (let c = lead.c0; c <= lead.c1; c++) {
      const dr = r - first.r0;
      const dc = c - first.c0;
      if (pairs.every((p) => p.test(env.cellValue(p.sheet, p.origin.r0 + dr, p.origin.c0 + dc)))) count++;
    }
  }
  return count;
}

function sumIf(args: Value[], env: FormulaEnv): Value {
  const cells = cellsOf(args[0] ?? null, env);
  const test = matcher(args[1] ?? "", env);
  if (isErr(cells)) return cells;
  if (isErr(test)) return test;
  const origin = (args[0] as RangeRef).rect;
  const sumRange = isRange(args[2] ?? null) ? (args[2] as RangeRef) : (args[0] as RangeRef);
  let total = 0;
  for (let r = cells.rect.r0; r <= cells.rect.r1; r++) {
    for (let c = cells.rect.c0; c <= cells.rect.c1; c++) {
      if (!test(env.cellValue(cells.sheet, r, c))) continue;
      const v = env.cellValue(sumRange.sheet, sumRange.rect.r0 + (r - origin.r0), sumRange.rect.c0 + (c - origin.c0));
      if (typeof v === "number") total += v;
    }
  }
  return total;
}

/** Rectangles bigger than this are read only where the sheet is used, so whole-column references stay cheap. */
export const CLIP_AREA = 200000;
