// Driving the task pane in jsdom without extra libraries: mount it, find elements by their text, click, type, and
// wait for the workbook calls to settle.
import { TextDecoder, TextEncoder } from "node:util";
import { act } from "react";
import type { Root } from "react-dom/client";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom leaves out TextEncoder, which every browser (and the simulator's payload counting) has.
if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder, TextDecoder });

/** A container attached to the document, and a way to remove it. */
export function container(): HTMLElement {
  const el = document.createElement("div");
  document.body.appendChild(el);
  return el;
}

/** Mounts something with React's act so its first effects run. */
export async function mounted(mount: () => Root): Promise<Root> {
  let root: Root | undefined;
  await act(async () => {
    root = mount();
  });
  return root!;
}

/** Unmounts and detaches a pane. */
export async function unmount(root: Root, el: HTMLElement): Promise<void> {
  await act(async () => root.unmount());
  el.remove();
}

/** Every element of `tag` whose text contains `text` (innermost matches only for generic tags). */
export function allByText(root: ParentNode, text: string | RegExp, tag = "*"): HTMLElement[] {
  const matches = (el: Element) =>
    typeof text === "string" ? (el.textContent ?? "").includes(text) : text.test(el.textContent ?? "");
  const all = [...root.querySelectorAll<HTMLElement>(tag)].filter(matches);
  return tag === "*" ? all.filter((el) => ![...el.children].some(matches)) : all;
}

/** The one element of `tag` whose text contains `text`; throws when there is none (or several). */
export function byText(root: ParentNode, text: string | RegExp, tag = "*"): HTMLElement {
  const found = allByText(root, text, tag);
  if (found.length !== 1)
    throw new Error(
      `expected one <${tag}> with text ${String(text)}, found ${found.length}: ${root instanceof HTMLElement ? root.textContent?.slice(0, 400) : ""}`,
    );
  return found[0];
}

/** The button whose text contains `text`. */
export function button(root: ParentNode, text: string | RegExp): HTMLButtonElement {
  return byText(root, text, "button") as HTMLButtonElement;
}

/** Clicks an element and lets React handle what follows. */
export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
}

/** Types into an input or textarea the way React sees a user's typing (its value setter is wrapped by React). */
export async function typeInto(el: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, "value")!.set!.call(el, text);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

/** Presses Enter in a field (the as-of and year fields apply what was typed). */
export async function pressEnter(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  });
}

/** Waits until `check` stops throwing (or returns true), flushing React updates and pending promises in between. */
export async function waitFor(check: () => unknown, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  for (;;) {
    let error: unknown;
    try {
      if (check() !== false) return;
    } catch (e) {
      error = e;
    }
    if (Date.now() - start > timeoutMs) throw error ?? new Error("waitFor: timed out");
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
}

/** Waits until no operation runs (the status spinner is gone). */
export async function settled(root: ParentNode): Promise<void> {
  await waitFor(() => root.querySelector("[role=status] .fui-Spinner") === null);
}
