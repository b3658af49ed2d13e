// Workbook settings (ExcelApi 1.4): JSON-serialisable values stored in the document, shared by everyone who opens it.
import type { Exec } from "./context";
import { SimOfficeError, expectString, fail } from "./errors";
import { SimClientObject, SimCollection, boundOrigin, defineType } from "./proxy";

const SETTINGS_API = "1.4";

/** Settings travel as JSON, so what comes back is a copy (Dates become strings, undefined members vanish). */
function viaJson(value: unknown, location: string): unknown {
  if (value === undefined) throw new SimOfficeError("InvalidArgument", "a setting needs a value", location);
  return JSON.parse(JSON.stringify(value));
}

function settingValue(key: string, ex: Exec, location: string): unknown {
  const settings = ex.model.state.settings;
  return settings.has(key)
    ? viaJson(settings.get(key), location)
    : fail("ItemNotFound", `no setting "${key}"`, location);
}

/** Excel.SettingCollection: the workbook settings. */
export class SimSettingCollection extends SimCollection<SimSetting, "settings"> {
  protected _itemHandles(_h: "settings", ex: Exec): unknown[] {
    return [...ex.model.state.settings.keys()];
  }

  protected _makeItem(handle: unknown): SimSetting {
    return new SimSetting(this.context, boundOrigin(handle as string));
  }

  /** Adds a setting, or replaces the value of an existing one with the same key. */
  add(key: string, value: unknown): SimSetting {
    return this._create(
      SimSetting,
      "add",
      [key, value],
      (ex) => {
        const k = expectString(key, "SettingCollection.add");
        if (!k) fail("InvalidArgument", "a setting needs a key", "SettingCollection.add");
        ex.model.state.settings.set(k, viaJson(value, "SettingCollection.add"));
        return k;
      },
      { sideEffects: true, api: SETTINGS_API },
    );
  }

  getItem(key: string): SimSetting {
    return this._create(
      SimSetting,
      "getItem",
      [key],
      (ex) =>
        ex.model.state.settings.has(key)
          ? key
          : fail("ItemNotFound", `no setting "${key}"`, "SettingCollection.getItem"),
      { api: SETTINGS_API },
    );
  }

  getItemOrNullObject(key: string): SimSetting {
    return this._create(
      SimSetting,
      "getItemOrNullObject",
      [key],
      (ex) => (ex.model.state.settings.has(key) ? key : null),
      { api: SETTINGS_API },
    );
  }
}

defineType<"settings">(SimSettingCollection, "SettingCollection", {});

/** Excel.Setting. */
export class SimSetting extends SimClientObject<string> {
  declare readonly key: string;
  declare value: unknown;

  delete(): void {
    this._call("delete", [], (key, ex) => {
      ex.model.state.settings.delete(key);
    });
  }
}

defineType<string>(SimSetting, "Setting", {
  key: { get: (key) => key },
  value: {
    get: (key, ex) => settingValue(key, ex, "Setting.value"),
    set: (key, v, ex) => {
      settingValue(key, ex, "Setting.value");
      ex.model.state.settings.set(key, viaJson(v, "Setting.value"));
    },
  },
});
