"use client";
import { createContext, useContext, type ReactNode } from "react";
import { lookup, type StringTree } from "@/i18n/string-tree";

// A few server-translated strings for client components that cannot fetch their own (the section
// error boundary). A plain context keeps i18next out of every page's JavaScript.
const StringsContext = createContext<StringTree>({});

export function StringsProvider({ strings, children }: { strings: StringTree; children: ReactNode }) {
  return <StringsContext.Provider value={strings}>{children}</StringsContext.Provider>;
}

/** t(key, values) over the provided strings; {{name}} placeholders are filled from values. */
export function useStrings() {
  const strings = useContext(StringsContext);
  return (key: string, values: Record<string, string> = {}) => {
    const found = lookup(strings, key);
    const text = typeof found === "string" ? found : key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name] ?? "");
  };
}
