// The user's agency, and the place of the pane they were in, are remembered on this computer, per workbook: they are
// this user's choices, not the shared workbook's, so they go to the browser's localStorage (task panes have no roaming
// settings), never to workbook settings.

/** The part of Web Storage the pane uses (window.localStorage in the browser, a map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = "kehoach.myAgency:";

/** The browser's localStorage, or null where it is blocked (private modes, some webviews). */
export function browserStore(): KeyValueStore | null {
  try {
    const store = window.localStorage;
    const probe = `${PREFIX}probe`;
    store.setItem(probe, "1");
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

/** The agency this user picked for this workbook, if any. */
export function rememberedAgency(store: KeyValueStore | null, workbook: string): string | null {
  try {
    return store?.getItem(PREFIX + workbook) ?? null;
  } catch {
    return null;
  }
}

/** Remembers (or, with null, forgets) this user's agency for this workbook. */
export function rememberAgency(store: KeyValueStore | null, workbook: string, agency: string | null): void {
  try {
    if (agency === null) store?.removeItem(PREFIX + workbook);
    else store?.setItem(PREFIX + workbook, agency);
  } catch {
    // A full or blocked storage only costs the user picking again next time.
  }
}

/** The places of the pane, one per kind of user: checking (coordinators), my agency (staff), reports (leaders). */
export type PaneView = "check" | "agency" | "reports";

const VIEWS: readonly PaneView[] = ["check", "agency", "reports"];
const VIEW_PREFIX = "kehoach.view:";

/** Where this user was in the pane for this workbook last time, if it is still a place of the pane. */
export function rememberedView(store: KeyValueStore | null, workbook: string): PaneView | null {
  try {
    const view = store?.getItem(VIEW_PREFIX + workbook) ?? null;
    return VIEWS.find((v) => v === view) ?? null;
  } catch {
    return null;
  }
}

/** Remembers where this user is in the pane for this workbook. */
export function rememberView(store: KeyValueStore | null, workbook: string, view: PaneView): void {
  try {
    store?.setItem(VIEW_PREFIX + workbook, view);
  } catch {
    // As for the agency: forgetting only costs one click next time.
  }
}
