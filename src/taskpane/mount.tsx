import { createRoot, type Root } from "react-dom/client";
import { OutsidePane, TaskPane, type PaneProps } from "./components/App";
import type { Language } from "../ui-text/language";

/** Shows the task pane in a page element, working on the workbook through `props.service`. */
export function mountPane(element: HTMLElement, props: PaneProps): Root {
  const root = createRoot(element);
  root.render(<TaskPane {...props} />);
  return root;
}

/** Shows the "open this in Excel" page in a page element. */
export function mountOutside(element: HTMLElement, language: Language, helpUrl: string): Root {
  const root = createRoot(element);
  root.render(<OutsidePane language={language} helpUrl={helpUrl} />);
  return root;
}
