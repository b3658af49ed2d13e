// The UI language, handed to every component so none of them decides it on its own.
import { createContext, useContext, type ReactNode } from "react";
import type { Bilingual } from "../core/check/finding";
import { pick, type Language } from "../ui-text/language";
import { stringsFor, type Strings } from "../ui-text/strings";

interface LanguageValue {
  language: Language;
  s: Strings;
  /** The user's half of a two-language message from the adapter or the core. */
  say: (message: Bilingual) => string;
}

const LanguageContext = createContext<LanguageValue>({
  language: "vi",
  s: stringsFor("vi"),
  say: (m) => m.vi,
});

/** Gives the components below the strings of one language. */
export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return (
    <LanguageContext.Provider
      value={{
        language,
        s: stringsFor(language),
        say: (m) => pick(m, language),
      }}
    >
      {children}
    </LanguageContext.Provider>
  );
}

/** The UI language and its strings, for a component to render with. */
export function useLanguage(): LanguageValue {
  return useContext(LanguageContext);
}
