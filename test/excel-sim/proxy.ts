// Proxy objects with Office.js semantics: calls and property writes queue operations, reads need load() + sync(),
// objects returned by methods resolve when their instantiate operation runs in the batch (as office.js does).
import { SimOfficeError, fail, propertyNotLoaded } from "./errors";
import type { Exec, SimRequestContext } from "./context";

/** How a scalar property reads and writes the document while a batch runs. */
export interface PropDef<H> {
  get: (h: H, ex: Exec) => unknown;
  set?: (h: H, value: unknown, ex: Exec) => void;
  /** Minimum ExcelApi version for this property. */
  api?: string;
  /** Cells a read of this property returns (counted in stats; over 5,000,000 the read fails as on Excel on the web). */
  readCells?: (h: H, ex: Exec) => number;
}

interface TypeMeta {
  name: string;
  props: Record<string, PropDef<any>>;
  navs: Set<string>;
}

const META = new WeakMap<object, TypeMeta>();

/** Installs a proxy type's properties: getters that demand load+sync, setters that queue writes, and navigation objects. */
export function defineType<H>(
  cls: { prototype: SimClientObject<H> },
  name: string,
  props: Record<string, PropDef<H>>,
  navs: Record<string, (self: any) => SimClientObject<any>> = {},
): void {
  META.set(cls.prototype, { name, props, navs: new Set(Object.keys(navs)) });
  for (const [key, def] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, key, {
      get(this: SimClientObject<H>) {
        return this._read(key);
      },
      set: def.set
        ? function (this: SimClientObject<H>, value: unknown) {
            this._write(key, value);
          }
        : undefined,
      configurable: true,
      enumerable: true,
    });
  }
  for (const [key, make] of Object.entries(navs)) {
    Object.defineProperty(cls.prototype, key, {
      get(this: SimClientObject<H>) {
        return this._child(key, make);
      },
      configurable: true,
      enumerable: true,
    });
  }
}

function metaOf(obj: object): TypeMeta {
  for (let proto = Object.getPrototypeOf(obj); proto; proto = Object.getPrototypeOf(proto)) {
    const meta = META.get(proto);
    if (meta) return meta;
  }
  throw new Error("simulator bug: proxy type without metadata");
}

/** One queued operation: its JSON description (what goes over the wire) and what it does when the batch runs. */
export interface Op {
  desc: Record<string, unknown>;
  run: (ex: Exec) => void;
}

/** Resolves a proxy from its parent's handle while a batch runs; null makes it a null object. */
export type Resolver<H, P> = (ex: Exec, parent: P) => H | null;

type Origin<H> =
  | { kind: "root"; handle: H }
  | { kind: "bound"; handle: H }
  | { kind: "navigation"; parent: SimClientObject<any>; resolve: Resolver<H, any> }
  | {
      kind: "method";
      parent: SimClientObject<any>;
      resolve: Resolver<H, any>;
      sideEffects: boolean;
      method: string;
      args: unknown[];
    };

/** The constructor every proxy type shares. */
export type ProxyClass<C> = new (context: SimRequestContext, origin: Origin<any>) => C;

/** What a load() asked for: scalar properties, navigation properties with their own plans, paging for collections. */
export interface LoadPlan {
  all: boolean;
  props: Set<string>;
  navs: Map<string, LoadPlan>;
  top?: number;
  skip?: number;
}

const emptyPlan = (): LoadPlan => ({ all: false, props: new Set(), navs: new Map() });

/** The plan for a navigation path ("format/fill"), created on the way. */
function navPlan(target: LoadPlan, segments: string[]): LoadPlan {
  let at = target;
  for (const seg of segments) {
    if (!at.navs.has(seg)) at.navs.set(seg, emptyPlan());
    at = at.navs.get(seg)!;
  }
  return at;
}

/** Path segments without "items": a collection's only navigation, so "items/tables/items/name" means tables' names. */
function segmentsOf(path: string): string[] {
  return path
    .trim()
    .split("/")
    .filter((seg) => seg && seg !== "items");
}

function addSelect(target: LoadPlan, path: string): void {
  const segments = segmentsOf(path);
  if (!segments.length) target.all = true;
  else navPlan(target, segments.slice(0, -1)).props.add(segments[segments.length - 1]);
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(",") : [];
}

function addTree(target: LoadPlan, tree: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(tree)) {
    if (key === "$all") target.all = value === true;
    else if (key === "$top") target.top = Number(value);
    else if (key === "$skip") target.skip = Number(value);
    else if (value === true) addSelect(target, key);
    else if (value && typeof value === "object") {
      const sub = navPlan(target, [key]);
      addTree(sub, value as Record<string, unknown>);
      if (!sub.props.size && !sub.navs.size) sub.all = true;
    }
  }
}

/** Reads every load() form Office.js accepts: "a, b/c", ["a"], { select, expand, top, skip }, { a: true, b: { c: true } }. */
export function parseLoad(spec: unknown): LoadPlan {
  const plan = emptyPlan();
  const paths = typeof spec === "string" || Array.isArray(spec) ? listOf(spec).filter((p) => p.trim()) : null;
  if (spec === undefined || spec === null || (paths !== null && paths.length === 0)) {
    plan.all = true;
  } else if (paths) {
    for (const path of paths) addSelect(plan, path);
  } else if (typeof spec === "object") {
    const option = spec as Record<string, unknown>;
    if (["select", "expand", "top", "skip"].some((k) => k in option)) {
      for (const path of listOf(option.select)) if (path.trim()) addSelect(plan, path);
      for (const path of listOf(option.expand)) if (path.trim()) navPlan(plan, segmentsOf(path)).all = true;
      if (option.select === undefined) plan.all = true;
      if (option.top !== undefined) plan.top = Number(option.top);
      if (option.skip !== undefined) plan.skip = Number(option.skip);
    } else {
      addTree(plan, option);
    }
  }
  return plan;
}

/** Byte size of a JSON payload, as the 5 MB limits count it. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? "").length;
}

/** Replaces proxies inside call arguments with their object-path id, so payloads describe them as office.js does. */
function describe(value: unknown): unknown {
  if (value instanceof SimClientObject) return { _ref: value._id };
  if (Array.isArray(value)) return value.map(describe);
  return value;
}

/** The base of every simulated Excel object. */
export abstract class SimClientObject<H = unknown> {
  readonly context: SimRequestContext;
  /** @internal */ readonly _id: number;
  /** @internal */ _isNull: boolean | undefined;
  /** @internal */ readonly _loaded = new Map<string, unknown>();
  private readonly _children = new Map<string, SimClientObject<any>>();
  private _bound = false;
  private _instantiated = false;
  private _handle: H | null = null;
  private readonly _origin: Origin<H>;

  constructor(context: SimRequestContext, origin: Origin<H>) {
    this.context = context;
    this._id = context._nextObjectId();
    this._origin = origin;
    if (origin.kind === "root" || origin.kind === "bound") {
      this._bound = true;
      this._handle = origin.handle;
      if (origin.kind === "bound") this._isNull = false;
    }
    if (origin.kind === "method") {
      // office.js instantiates every object returned by a method at once, so a bad getItem() fails even if unused.
      const desc = { a: "Instantiate", o: this._id, p: origin.parent._id, n: origin.method, v: describe(origin.args) };
      context._enqueue({
        desc,
        run: (ex) => {
          this._instantiated = true;
          const handle = this._bind(ex);
          ex.deliver(() => {
            this._isNull = handle === null;
          });
        },
      });
    }
  }

  /** @internal The document object this proxy stands for in the running batch (null for a null object). */
  _bind(ex: Exec): H | null {
    if (this._bound) return this._handle;
    const origin = this._origin;
    if (origin.kind === "root" || origin.kind === "bound") return origin.handle;
    if (origin.kind === "method" && origin.sideEffects && !this._instantiated) {
      fail(
        "InvalidObjectPath",
        `the sync that should have run ${origin.method}() failed before it, so this object does not exist`,
        metaOf(this).name,
      );
    }
    const parent = origin.parent._bind(ex);
    this._handle = parent === null ? null : origin.resolve(ex, parent);
    this._bound = true;
    return this._handle;
  }

  /** @internal */
  _typeName(): string {
    return metaOf(this).name;
  }

  /** @internal Reads a loaded property; like office.js, a null object answers undefined instead of throwing. */
  _read(name: string): unknown {
    const def = metaOf(this).props[name];
    if (def?.api) this.context._requireApi(def.api, `${this._typeName()}.${name}`);
    if (this._isNull === true) return undefined;
    if (!this._loaded.has(name)) throw propertyNotLoaded(this._typeName(), name);
    return this._loaded.get(name);
  }

  /** @internal Queues a property write; the value is also kept locally, as office.js does (reading it back needs no load). */
  _write(name: string, value: unknown): void {
    const def = metaOf(this).props[name];
    if (def.api) this.context._requireApi(def.api, `${this._typeName()}.${name}`);
    this._loaded.set(name, value);
    this.context._enqueue({
      desc: { a: "SetProperty", o: this._id, n: name, v: describe(value) },
      run: (ex) => {
        const h = this._bind(ex);
        if (h !== null) def.set!(h, value, ex);
      },
    });
  }

  /** @internal Queues a method call that returns nothing. */
  _call(name: string, args: unknown[], run: (h: H, ex: Exec) => void, api?: string): void {
    if (api) this.context._requireApi(api, `${this._typeName()}.${name}`);
    this._checkArgs(args);
    this.context._enqueue({
      desc: { a: "Method", o: this._id, n: name, v: describe(args) },
      run: (ex) => {
        const h = this._bind(ex);
        if (h !== null) run(h, ex);
      },
    });
  }

  /** @internal Queues a method call whose value arrives in a ClientResult after sync. */
  _callForResult<T>(name: string, args: unknown[], compute: (h: H, ex: Exec) => T, api?: string): SimClientResult<T> {
    const result = new SimClientResult<T>();
    this._call(
      name,
      args,
      (h, ex) => {
        const value = compute(h, ex);
        ex.respond(value);
        ex.deliver(() => result._set(value));
      },
      api,
    );
    return result;
  }

  /** @internal Creates the object a method returns, instantiated in this batch. */
  _create<C extends SimClientObject<any>>(
    cls: ProxyClass<C>,
    method: string,
    args: unknown[],
    resolve: Resolver<any, H>,
    options: { sideEffects?: boolean; api?: string } = {},
  ): C {
    if (options.api) this.context._requireApi(options.api, `${this._typeName()}.${method}`);
    this._checkArgs(args);
    return new cls(this.context, {
      kind: "method",
      parent: this,
      resolve,
      sideEffects: options.sideEffects ?? false,
      method,
      args,
    });
  }

  /** @internal The object behind a navigation property (range.format, sheet.tables...), created once per proxy. */
  _child<C extends SimClientObject<any>>(name: string, make: (self: any) => C): C {
    let child = this._children.get(name) as C | undefined;
    if (!child) {
      child = make(this);
      this._children.set(name, child);
    }
    return child;
  }

  /** @internal The proxy behind a navigation property, resolved from this object's handle. */
  _navigate<C extends SimClientObject<any>>(cls: ProxyClass<C>, resolve: Resolver<any, H>): C {
    return new cls(this.context, { kind: "navigation", parent: this, resolve });
  }

  private _checkArgs(args: unknown[]): void {
    for (const arg of args) {
      if (arg instanceof SimClientObject && arg.context !== this.context) {
        throw new SimOfficeError(
          "InvalidRequestContext",
          "an object from another request context was passed in",
          this._typeName(),
        );
      }
    }
  }

  /** Queues a read of the given properties; their values are available after `await context.sync()`. */
  load(spec?: unknown): this {
    const plan = parseLoad(spec);
    this._prepareNavs(plan);
    this.context._enqueue({ desc: { a: "Query", o: this._id, v: spec ?? null }, run: (ex) => this._runLoad(plan, ex) });
    return this;
  }

  /** @internal Creates the navigation objects named in a load plan now, so loading them later needs no new queue entries. */
  _prepareNavs(plan: LoadPlan): void {
    const meta = metaOf(this);
    for (const name of [...plan.props]) {
      if (meta.navs.has(name)) {
        plan.props.delete(name);
        if (!plan.navs.has(name)) plan.navs.set(name, { all: true, props: new Set(), navs: new Map() });
      }
    }
    for (const [name, sub] of plan.navs) {
      if (!meta.navs.has(name))
        throw new SimOfficeError(
          "InvalidArgument",
          `"${name}" is not a navigation property of ${meta.name}`,
          meta.name,
        );
      (this as unknown as Record<string, SimClientObject<any>>)[name]._prepareNavs(sub);
    }
  }

  /** @internal Runs a load plan against the document and schedules the values to land in this proxy. */
  _runLoad(plan: LoadPlan, ex: Exec): void {
    const h = this._bind(ex);
    if (h === null) {
      ex.deliver(() => {
        this._isNull = true;
      });
      return;
    }
    const meta = metaOf(this);
    const names = plan.all
      ? Object.keys(meta.props).filter((p) => !meta.props[p].api || this.context._apiAtLeast(meta.props[p].api!))
      : [...plan.props];
    const values = new Map<string, unknown>();
    for (const name of names) {
      const def = meta.props[name] ?? fail("InvalidArgument", `"${name}" is not a property of ${meta.name}`, meta.name);
      if (def.api) this.context._requireApi(def.api, `${meta.name}.${name}`);
      if (def.readCells) ex.readCells(def.readCells(h, ex), `${meta.name}.${name}`);
      values.set(name, def.get(h, ex));
    }
    ex.respond(Object.fromEntries(values));
    ex.deliver(() => {
      this._isNull = false;
      for (const [k, v] of values) this._loaded.set(k, v);
    });
    for (const [name, sub] of plan.navs)
      (this as unknown as Record<string, SimClientObject<any>>)[name]._runLoad(sub, ex);
  }

  /** True after sync when the object does not exist (only *OrNullObject methods return such objects). */
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._typeName(), "isNullObject");
    return this._isNull;
  }

  /** Sets several properties at once, including nested ones such as { format: { fill: { color } } }. */
  set(properties: Record<string, unknown>): void {
    const meta = metaOf(this);
    for (const [key, value] of Object.entries(properties)) {
      if (meta.navs.has(key) && value && typeof value === "object") {
        (this as unknown as Record<string, SimClientObject<any>>)[key].set(value as Record<string, unknown>);
      } else if (meta.props[key]?.set) {
        this._write(key, value);
      } else {
        throw new SimOfficeError("InvalidArgument", `"${key}" cannot be set on ${meta.name}`, meta.name);
      }
    }
  }

  /** The loaded properties as plain data (navigation objects included when something was loaded on them). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.fromEntries(this._loaded);
    for (const [name, child] of this._children) {
      const json = child.toJSON();
      if (Object.keys(json).length) out[name] = json;
    }
    return out;
  }

  /** Office keeps objects alive across syncs with track(); here every proxy already stays bound, so this only returns the object. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A value returned by a method (getCount(), ...), readable after sync. */
export class SimClientResult<T> {
  private _value: T | undefined;
  private _has = false;

  /** @internal */
  _set(value: T): void {
    this._value = value;
    this._has = true;
  }

  get value(): T {
    if (!this._has) throw new SimOfficeError("ValueNotLoaded", "", "ClientResult.value");
    return this._value as T;
  }

  toJSON(): { value: T | undefined } {
    return { value: this._value };
  }
}

/** A collection proxy: `items` after load, getCount(), and item proxies created from the document when the batch runs. */
export abstract class SimCollection<T extends SimClientObject<any>, H> extends SimClientObject<H> {
  private _items: T[] | undefined;

  /** @internal Handles of the items, in Excel's order. */
  protected abstract _itemHandles(h: H, ex: Exec): unknown[];

  /** @internal A proxy for one item, already bound. */
  protected abstract _makeItem(handle: unknown): T;

  /** The loaded items; reading them before load + sync throws PropertyNotLoaded, as in Office. */
  get items(): T[] {
    if (this._isNull === true) return [];
    if (!this._items) throw propertyNotLoaded(this._typeName(), "items");
    return this._items;
  }

  /** Queues a count of the items. */
  getCount(): SimClientResult<number> {
    return this._callForResult("getCount", [], (h, ex) => this._itemHandles(h, ex).length, this._countApi());
  }

  /** @internal The ExcelApi version of getCount() on this collection. */
  protected _countApi(): string {
    return "1.4";
  }

  /** @internal Collections load their items: "name" and "items/name" both mean the items' name. */
  override _prepareNavs(): void {
    // Item proxies do not exist yet; their navigation objects are prepared when the batch creates them.
  }

  /** @internal */
  override _runLoad(plan: LoadPlan, ex: Exec): void {
    const h = this._bind(ex);
    if (h === null) {
      ex.deliver(() => {
        this._isNull = true;
      });
      return;
    }
    let handles = this._itemHandles(h, ex);
    if (plan.skip) handles = handles.slice(plan.skip);
    if (plan.top !== undefined) handles = handles.slice(0, plan.top);
    const items = handles.map((handle) => this._makeItem(handle));
    const itemPlan: LoadPlan = {
      all: plan.all || (!plan.props.size && !plan.navs.size),
      props: plan.props,
      navs: plan.navs,
    };
    for (const item of items) {
      const copy: LoadPlan = { ...itemPlan, props: new Set(itemPlan.props), navs: new Map(itemPlan.navs) };
      item._prepareNavs(copy);
      item._runLoad(copy, ex);
    }
    ex.deliver(() => {
      this._isNull = false;
      this._items = items;
    });
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this._items ?? []).map((i) => i.toJSON()) };
  }
}

/** The origin of an item proxy created while a batch runs. */
export function boundOrigin<H>(handle: H): Origin<H> {
  return { kind: "bound", handle };
}

/** The origin of a root object (context.workbook, context.runtime). */
export function rootOrigin<H>(handle: H): Origin<H> {
  return { kind: "root", handle };
}

/** Where a proxy comes from (root, navigation property, method call, or an item of a loaded collection). */
export type { Origin };
