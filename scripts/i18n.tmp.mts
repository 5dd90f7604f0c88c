import { createInstance } from "i18next";
import { RESOURCES } from "/work/main/src/i18n/resources";
import { NAMESPACES } from "/work/main/src/i18n/settings";
const inst = createInstance();
await inst.init({ lng: "fi", fallbackLng: false, ns: [...NAMESPACES], defaultNS: "common", resources: RESOURCES as never, interpolation: { escapeValue: false }, returnNull: false });
const t = inst.getFixedT("fi", "health");
const N = 20000;
for (const [label, fn] of [["plain", () => t("lab.title")], ["interp", () => t("lab.title", { date: "x" })], ["count", () => t("newResults", { count: 3 })]] as const) {
  for (let i = 0; i < 2000; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) fn();
  console.log(label, ((performance.now() - t0) / N * 1000).toFixed(1), "µs/call", fn());
}
