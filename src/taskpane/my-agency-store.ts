// The user's agency is remembered on this computer, per workbook: it is this user's choice, not the shared workbook's,
// so it goes to the browser's localStorage (task panes have no roaming settings), never to workbook settings.

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
