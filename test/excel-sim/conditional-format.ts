// Conditional formats: rules stored per sheet with the ranges they apply to; a sheet-wide range sees every rule.
// Rules are recorded, not evaluated: tests read the formula and format from the snapshot.
import { intersect, subtract } from "./address";
import { normalizeColor } from "./colors";
import type { Exec } from "./context";
import { expectBoolean, expectNumber, expectOneOf, expectString, fail } from "./errors";
import { PropDef, SimClientObject, SimCollection, boundOrigin, defineType } from "./proxy";
import { RangeHandle, SimRange, SimRangeAreas, sheetOf } from "./range";
import { ConditionalFormatState, ConditionalFormatStyle } from "./state";

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
] as const;
const CELL_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
] as const;
const TEXT_OPERATORS = ["Contains", "NotContains", "BeginsWith", "EndsWith"] as const;

/** A rule on a sheet. */
interface RuleHandle {
  sheetId: string;
  id: string;
}

function ruleOf(h: RuleHandle, ex: Exec, location: string): ConditionalFormatState {
  return (
    sheetOf(h, ex, location).conditionalFormats.find((cf) => cf.id === h.id) ??
    fail("ItemNotFound", "the conditional format was deleted", location)
  );
}

function rulesOn(h: RangeHandle, ex: Exec): ConditionalFormatState[] {
  return sheetOf(h, ex).conditionalFormats.filter((cf) => cf.rects.some((r) => intersect(r, h.rect)));
}

/** Excel.ConditionalFormatCollection: the rules touching a range, in priority order. */
export class SimConditionalFormatCollection extends SimCollection<SimConditionalFormat, RangeHandle> {
  protected _itemHandles(h: RangeHandle, ex: Exec): unknown[] {
    return rulesOn(h, ex).map((cf) => ({ sheetId: h.sheetId, id: cf.id }));
  }

  protected _makeItem(handle: unknown): SimConditionalFormat {
    return new SimConditionalFormat(this.context, boundOrigin(handle as RuleHandle));
  }

  protected override _countApi(): string {
    return "1.6";
  }

  /** Adds a rule over this range at the top priority (0), as Excel does. */
  add(type: (typeof TYPES)[number]): SimConditionalFormat {
    return this._create(
      SimConditionalFormat,
      "add",
      [type],
      (ex, h: RangeHandle) => {
        const kind = expectOneOf(type, TYPES, "ConditionalFormatCollection.add");
        const sheet = sheetOf(h, ex);
        const rule: ConditionalFormatState = {
          id: ex.model.newId("cf"),
          type: kind,
          rects: [h.rect],
          stopIfTrue: false,
          rule: {},
          format: {},
        };
        sheet.conditionalFormats.unshift(rule);
        return { sheetId: sheet.id, id: rule.id };
      },
      { sideEffects: true },
    );
  }

  /** Removes every rule from this range; rules reaching beyond it keep the rest of their range. */
  clearAll(): void {
    this._call("clearAll", [], (h, ex) => {
      const sheet = sheetOf(h, ex);
      for (const cf of sheet.conditionalFormats) cf.rects = cf.rects.flatMap((r) => subtract(r, h.rect));
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.rects.length);
    });
  }

  getItem(id: string): SimConditionalFormat {
    return this._create(SimConditionalFormat, "getItem", [id], (ex, h: RangeHandle) =>
      rulesOn(h, ex).some((cf) => cf.id === id)
        ? { sheetId: h.sheetId, id }
        : fail("ItemNotFound", `no conditional format "${id}"`, "ConditionalFormatCollection.getItem"),
    );
  }

  getItemOrNullObject(id: string): SimConditionalFormat {
    return this._create(
      SimConditionalFormat,
      "getItemOrNullObject",
      [id],
      (ex, h: RangeHandle) => (rulesOn(h, ex).some((cf) => cf.id === id) ? { sheetId: h.sheetId, id } : null),
      {
        api: "1.14",
      },
    );
  }

  getItemAt(index: number): SimConditionalFormat {
    return this._create(SimConditionalFormat, "getItemAt", [index], (ex, h: RangeHandle) => {
      const cf =
        rulesOn(h, ex)[index] ??
        fail("ItemNotFound", `no conditional format at index ${index}`, "ConditionalFormatCollection.getItemAt");
      return { sheetId: h.sheetId, id: cf.id };
    });
  }
}

defineType<RangeHandle>(SimConditionalFormatCollection, "ConditionalFormatCollection", {});

/** Resolves the sub-object of a rule of one type (custom, cellValue, textComparison). */
function typedPart(type: string) {
  return (_ex: Exec, h: RuleHandle): TypedHandle => ({ ...h, expect: type });
}

/** Excel.ConditionalFormat: one rule with the areas it applies to. */
export class SimConditionalFormat extends SimClientObject<RuleHandle> {
  declare readonly id: string;
  declare readonly type: string;
  declare priority: number;
  declare stopIfTrue: boolean;
  declare readonly custom: SimCustomConditionalFormat;
  declare readonly cellValue: SimCellValueConditionalFormat;
  declare readonly textComparison: SimTextConditionalFormat;

  delete(): void {
    this._call("delete", [], (h, ex) => {
      const sheet = sheetOf(h, ex);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.id !== h.id);
    });
  }

  /** The range the rule applies to; Excel refuses when the rule covers several areas (use getRanges()). */
  getRange(): SimRange {
    return this._create(SimRange, "getRange", [], (ex, h: RuleHandle) => {
      const cf = ruleOf(h, ex, "ConditionalFormat.getRange");
      if (cf.rects.length !== 1)
        fail("InvalidOperation", "the conditional format applies to several areas", "ConditionalFormat.getRange");
      return { sheetId: h.sheetId, rect: cf.rects[0] };
    });
  }

  getRangeOrNullObject(): SimRange {
    return this._create(SimRange, "getRangeOrNullObject", [], (ex, h: RuleHandle) => {
      const cf = ruleOf(h, ex, "ConditionalFormat.getRangeOrNullObject");
      return cf.rects.length === 1 ? { sheetId: h.sheetId, rect: cf.rects[0] } : null;
    });
  }

  getRanges(): SimRangeAreas {
    return this._create(
      SimRangeAreas,
      "getRanges",
      [],
      (ex, h: RuleHandle) => ({ sheetId: h.sheetId, rects: [...ruleOf(h, ex, "ConditionalFormat.getRanges").rects] }),
      { api: "1.9" },
    );
  }
}

defineType<RuleHandle>(
  SimConditionalFormat,
  "ConditionalFormat",
  {
    id: { get: (h) => h.id },
    type: { get: (h, ex) => ruleOf(h, ex, "ConditionalFormat.type").type },
    priority: {
      get: (h, ex) => sheetOf(h, ex).conditionalFormats.findIndex((cf) => cf.id === h.id),
      set: (h, v, ex) => {
        const list = sheetOf(h, ex).conditionalFormats;
        const cf = ruleOf(h, ex, "ConditionalFormat.priority");
        const target = Math.min(expectNumber(v, "ConditionalFormat.priority", 0), list.length - 1);
        list.splice(list.indexOf(cf), 1);
        list.splice(target, 0, cf);
      },
    },
    stopIfTrue: {
      get: (h, ex) => ruleOf(h, ex, "ConditionalFormat.stopIfTrue").stopIfTrue,
      set: (h, v, ex) => {
        ruleOf(h, ex, "ConditionalFormat.stopIfTrue").stopIfTrue = expectBoolean(v, "ConditionalFormat.stopIfTrue");
      },
    },
  },
  {
    custom: (self: SimConditionalFormat) => self._navigate(SimCustomConditionalFormat, typedPart("Custom")),
    cellValue: (self: SimConditionalFormat) => self._navigate(SimCellValueConditionalFormat, typedPart("CellValue")),
    textComparison: (self: SimConditionalFormat) => self._navigate(SimTextConditionalFormat, typedPart("ContainsText")),
  },
);

/** A rule of an expected type; Excel fails when custom/cellValue/textComparison is used on a rule of another type. */
interface TypedHandle extends RuleHandle {
  expect: string;
}

function typedRule(h: TypedHandle, ex: Exec, location: string): ConditionalFormatState {
  const cf = ruleOf(h, ex, location);
  if (cf.type !== h.expect)
    fail("InvalidOperation", `the conditional format is of type ${cf.type}, not ${h.expect}`, location);
  return cf;
}

const formatNav = (self: SimClientObject<TypedHandle>) =>
  self._navigate(SimConditionalRangeFormat, (_ex, h: TypedHandle) => h);

/** Excel.CustomConditionalFormat: a formula rule and its format. */
export class SimCustomConditionalFormat extends SimClientObject<TypedHandle> {
  declare readonly rule: SimConditionalFormatRule;
  declare readonly format: SimConditionalRangeFormat;
}

defineType<TypedHandle>(
  SimCustomConditionalFormat,
  "CustomConditionalFormat",
  {},
  {
    rule: (self: SimCustomConditionalFormat) => self._navigate(SimConditionalFormatRule, (_ex, h: TypedHandle) => h),
    format: formatNav,
  },
);

/** Excel.ConditionalFormatRule: the formula of a custom rule. */
export class SimConditionalFormatRule extends SimClientObject<TypedHandle> {
  declare formula: string;
  declare formulaLocal: string;
}

const formulaProp = (location: string): PropDef<TypedHandle> => ({
  get: (h, ex) => (typedRule(h, ex, location).rule.formula as string | undefined) ?? "",
  set: (h, v, ex) => {
    typedRule(h, ex, location).rule.formula = expectString(v, location);
  },
});

defineType<TypedHandle>(SimConditionalFormatRule, "ConditionalFormatRule", {
  formula: formulaProp("ConditionalFormatRule.formula"),
  formulaLocal: formulaProp("ConditionalFormatRule.formulaLocal"),
});

/** A rule object property (cellValue.rule, textComparison.rule), checked by `check` and stored as given. */
function ruleObjectProp(location: string, check: (v: Record<string, unknown>) => void): PropDef<TypedHandle> {
  return {
    get: (h, ex) => typedRule(h, ex, location).rule,
    set: (h, v, ex) => {
      if (!v || typeof v !== "object") fail("InvalidArgument", "the rule must be an object", location);
      check(v as Record<string, unknown>);
      typedRule(h, ex, location).rule = { ...(v as Record<string, unknown>) };
    },
  };
}

/** Excel.CellValueConditionalFormat: an operator/formula rule and its format. */
export class SimCellValueConditionalFormat extends SimClientObject<TypedHandle> {
  declare rule: Record<string, unknown>;
  declare readonly format: SimConditionalRangeFormat;
}

defineType<TypedHandle>(
  SimCellValueConditionalFormat,
  "CellValueConditionalFormat",
  {
    rule: ruleObjectProp("CellValueConditionalFormat.rule", (v) => {
      expectOneOf(v.operator, CELL_VALUE_OPERATORS, "CellValueConditionalFormat.rule.operator");
      expectString(v.formula1, "CellValueConditionalFormat.rule.formula1");
    }),
  },
  { format: formatNav },
);

/** Excel.TextConditionalFormat: a text-comparison rule and its format. */
export class SimTextConditionalFormat extends SimClientObject<TypedHandle> {
  declare rule: Record<string, unknown>;
  declare readonly format: SimConditionalRangeFormat;
}

defineType<TypedHandle>(
  SimTextConditionalFormat,
  "TextConditionalFormat",
  {
    rule: ruleObjectProp("TextConditionalFormat.rule", (v) => {
      expectOneOf(v.operator, TEXT_OPERATORS, "TextConditionalFormat.rule.operator");
      expectString(v.text, "TextConditionalFormat.rule.text");
    }),
  },
  { format: formatNav },
);

/** A property of the rule's format, stored on the rule. */
function styleProp<K extends keyof ConditionalFormatStyle>(
  key: K,
  check: (v: unknown, location: string) => ConditionalFormatStyle[K],
  location: string,
): PropDef<TypedHandle> {
  return {
    get: (h, ex) => typedRule(h, ex, location).format[key] ?? null,
    set: (h, v, ex) => {
      typedRule(h, ex, location).format[key] = check(v, location);
    },
  };
}

/** Excel.ConditionalRangeFormat: the format a rule applies. */
export class SimConditionalRangeFormat extends SimClientObject<TypedHandle> {
  declare numberFormat: string | null;
  declare readonly fill: SimConditionalRangeFill;
  declare readonly font: SimConditionalRangeFont;
}

defineType<TypedHandle>(
  SimConditionalRangeFormat,
  "ConditionalRangeFormat",
  { numberFormat: styleProp("numberFormat", expectString, "ConditionalRangeFormat.numberFormat") },
  {
    fill: (self: SimConditionalRangeFormat) => self._navigate(SimConditionalRangeFill, (_ex, h: TypedHandle) => h),
    font: (self: SimConditionalRangeFormat) => self._navigate(SimConditionalRangeFont, (_ex, h: TypedHandle) => h),
  },
);

/** Excel.ConditionalRangeFill. */
export class SimConditionalRangeFill extends SimClientObject<TypedHandle> {
  declare color: string | null;

  clear(): void {
    this._call("clear", [], (h, ex) => {
      delete typedRule(h, ex, "ConditionalRangeFill.clear").format.fill;
    });
  }
}

defineType<TypedHandle>(SimConditionalRangeFill, "ConditionalRangeFill", {
  color: styleProp("fill", normalizeColor, "ConditionalRangeFill.color"),
});

/** Excel.ConditionalRangeFont. */
export class SimConditionalRangeFont extends SimClientObject<TypedHandle> {
  declare bold: boolean | null;
  declare italic: boolean | null;
  declare color: string | null;
  declare strikethrough: boolean | null;
  declare underline: string | null;

  clear(): void {
    this._call("clear", [], (h, ex) => {
      const format = typedRule(h, ex, "ConditionalRangeFont.clear").format;
      for (const key of ["bold", "italic", "fontColor", "strikethrough", "underline"] as const) delete format[key];
    });
  }
}

defineType<TypedHandle>(SimConditionalRangeFont, "ConditionalRangeFont", {
  bold: styleProp("bold", expectBoolean, "ConditionalRangeFont.bold"),
  italic: styleProp("italic", expectBoolean, "ConditionalRangeFont.italic"),
  color: styleProp("fontColor", normalizeColor, "ConditionalRangeFont.color"),
  strikethrough: styleProp("strikethrough", expectBoolean, "ConditionalRangeFont.strikethrough"),
  underline: styleProp(
    "underline",
    (v, l) => expectOneOf(v, ["None", "Single", "Double"] as const, l),
    "ConditionalRangeFont.underline",
  ),
});
