// Workbook-scoped defined names (ExcelApi 1.4): a name and the reference it stands for, which formulas may use.
import type { Exec } from "./context";
import { expectString, fail } from "./errors";
import { SimClientObject, SimCollection, boundOrigin, defineType } from "./proxy";

const NAMES_API = "1.4";
const key = (name: string) => name.toLowerCase();

/** Excel.NamedItemCollection of the workbook. References are given as formulas ("='Sheet'!$B$4"), as Excel reports them. */
export class SimNamedItemCollection extends SimCollection<SimNamedItem, "names"> {
  protected _itemHandles(_h: "names", ex: Exec): unknown[] {
    return [...ex.model.state.names.keys()];
  }

  protected _makeItem(handle: unknown): SimNamedItem {
    return new SimNamedItem(this.context, boundOrigin(handle as string));
  }

  /** Adds a name; Excel refuses a name that exists already (names compare without case). */
  add(name: string, reference: string): SimNamedItem {
    return this._create(
      SimNamedItem,
      "add",
      [name, reference],
      (ex) => {
        const n = expectString(name, "NamedItemCollection.add");
        const ref = expectString(reference, "NamedItemCollection.add");
        if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(n))
          fail("InvalidArgument", `bad name "${n}"`, "NamedItemCollection.add");
        if (ex.model.state.names.has(key(n)))
          fail("ItemAlreadyExists", `name "${n}" exists`, "NamedItemCollection.add");
        ex.model.state.names.set(key(n), { name: n, formula: ref.startsWith("=") ? ref : `=${ref}` });
        return key(n);
      },
      { sideEffects: true, api: NAMES_API },
    );
  }

  getItemOrNullObject(name: string): SimNamedItem {
    return this._create(
      SimNamedItem,
      "getItemOrNullObject",
      [name],
      (ex) => (ex.model.state.names.has(key(name)) ? key(name) : null),
      { api: NAMES_API },
    );
  }
}

defineType<"names">(SimNamedItemCollection, "NamedItemCollection", {});

/** Excel.NamedItem. */
export class SimNamedItem extends SimClientObject<string> {
  declare readonly name: string;
  declare formula: string;

  delete(): void {
    this._call("delete", [], (k, ex) => {
      ex.model.state.names.delete(k);
    });
  }
}

defineType<string>(SimNamedItem, "NamedItem", {
  name: { get: (k, ex) => ex.model.state.names.get(k)?.name ?? fail("ItemNotFound", k, "NamedItem.name") },
  formula: {
    get: (k, ex) => ex.model.state.names.get(k)?.formula ?? fail("ItemNotFound", k, "NamedItem.formula"),
    set: (k, v, ex) => {
      const item = ex.model.state.names.get(k) ?? fail("ItemNotFound", k, "NamedItem.formula");
      const ref = expectString(v, "NamedItem.formula");
      item.formula = ref.startsWith("=") ? ref : `=${ref}`;
    },
  },
});
