// Server-rendered pages of the mock identification service. Plain HTML forms (POST), labels,
// fieldsets and legends, no scripts at all, so the pages work under a strict CSP.
import type { Persona } from "../../prisma/seed/personas";
import { IDP_LANGUAGES, translator, type IdpLanguage, type MessageKey, type Translate } from "./i18n";
import { BANK_IDS, methodLabelKey, type DomesticMethod } from "./identities";

export const CSS_PATH = "/idp-assets/idp.css";

export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export type PageContext = {
  lang: IdpLanguage;
  t: Translate;
  /** URL of the same page in another language (GET), for the language switch. */
  hrefFor: (lang: IdpLanguage) => string;
};

export function pageContext(lang: IdpLanguage, hrefFor: PageContext["hrefFor"]): PageContext {
  return { lang, t: translator(lang), hrefFor };
}

function layout(ctx: PageContext, title: string, main: string): string {
  const { t, lang } = ctx;
  const links = IDP_LANGUAGES.map((l) => {
    const name = escapeHtml(translator(l)("languageName"));
    const current = l === lang ? ' aria-current="true"' : "";
    return `<li><a href="${escapeHtml(ctx.hrefFor(l))}" lang="${l}" hreflang="${l}"${current}>${name}</a></li>`;
  }).join("");
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} – ${escapeHtml(t("layout.serviceName"))}</title>
<link rel="stylesheet" href="${CSS_PATH}">
</head>
<body>
<a class="skip" href="#main">${escapeHtml(t("layout.skipToContent"))}</a>
<header class="top">
<p class="brand">${escapeHtml(t("layout.serviceName"))}</p>
<nav aria-label="${escapeHtml(t("layout.languageNav"))}"><ul class="langs">${links}</ul></nav>
</header>
<p class="demo">${escapeHtml(t("layout.demoNotice"))}</p>
<main id="main" tabindex="-1">
<h1>${escapeHtml(title)}</h1>
${main}
</main>
<footer><p>${escapeHtml(t("layout.footer"))}</p></footer>
</body>
</html>
`;
}

function identifyingTo(t: Translate): string {
  return `<p class="client">${escapeHtml(t("client.identifyingTo", { service: t("client.name") }))}</p>`;
}

function cancelForm(action: string, label: string): string {
  return `<form method="post" action="${escapeHtml(action)}" class="inline"><button type="submit" class="secondary">${escapeHtml(label)}</button></form>`;
}

type RadioOptions = { hint?: string; describedBy?: string; checked?: boolean };

function radio(name: string, value: string, id: string, label: string, opts: RadioOptions = {}): string {
  const hintId = opts.hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, opts.describedBy].filter(Boolean).join(" ");
  const hint = opts.hint
    ? `<span class="hint" id="${hintId}">${escapeHtml(opts.hint)}</span>`
    : "";
  return `<div class="choice"><input type="radio" name="${name}" value="${escapeHtml(value)}" id="${id}"${opts.checked ? " checked" : ""}${describedBy ? ` aria-describedby="${describedBy}"` : ""}><label for="${id}">${escapeHtml(label)}</label>${hint}</div>`;
}

function errorSummary(t: Translate, items: { href: string; text: string }[]): string {
  if (items.length === 0) return "";
  const list = items
    .map((i) => `<li><a href="${escapeHtml(i.href)}">${escapeHtml(i.text)}</a></li>`)
    .join("");
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title"><h2 id="error-summary-title">${escapeHtml(t("identify.errorSummary"))}</h2><ul>${list}</ul></div>`;
}

export function methodPage(
  ctx: PageContext,
  urls: { action: string; abort: string },
  error?: MessageKey,
): string {
  const { t } = ctx;
  const err = error ? `<p class="error" id="method-error">${escapeHtml(t(error))}</p>` : "";
  const describedBy = error ? "method-error" : undefined;
  const banks = BANK_IDS.map((b) =>
    radio("method", `bank-${b}`, `method-bank-${b}`, t(`method.banks.${b}`), { describedBy }),
  ).join("");
  const main = `${identifyingTo(t)}
<p>${escapeHtml(t("method.intro"))}</p>
${error ? errorSummary(t, [{ href: "#method-bank-aurora", text: t(error) }]) : ""}
<form method="post" action="${escapeHtml(urls.action)}" novalidate>
${err}
<fieldset><legend>${escapeHtml(t("method.banksLegend"))}</legend>${banks}</fieldset>
<fieldset><legend>${escapeHtml(t("method.otherLegend"))}</legend>
${radio("method", "mobile", "method-mobile", t("method.mobile"), { describedBy })}
${radio("method", "card", "method-card", t("method.card"), { describedBy })}
</fieldset>
<fieldset><legend>${escapeHtml(t("method.foreignLegend"))}</legend>
${radio("method", "eidas", "method-eidas", t("method.eidas"), { hint: t("method.eidasHint"), describedBy })}
</fieldset>
<div class="actions"><button type="submit">${escapeHtml(t("method.continue"))}</button></div>
</form>
${cancelForm(urls.abort, t("identify.cancel"))}`;
  return layout(ctx, t("method.title"), main);
}

export function foreignRefusalPage(ctx: PageContext, urls: { back: string; abort: string }): string {
  const { t } = ctx;
  const main = `<div class="refusal" role="alert">
<p>${escapeHtml(t("foreign.body", { service: t("client.name") }))}</p>
</div>
<p>${escapeHtml(t("foreign.what"))}</p>
<p><a href="${escapeHtml(urls.back)}">${escapeHtml(t("foreign.back"))}</a></p>
${cancelForm(urls.abort, t("foreign.cancel"))}`;
  return layout(ctx, t("foreign.title"), main);
}

export type IdentifyFormState = {
  hetu?: string;
  persona?: string;
  error?: { field: "hetu" | "persona"; key: MessageKey };
};

export function identifyPage(
  ctx: PageContext,
  method: DomesticMethod,
  personas: readonly Persona[],
  urls: { action: string; abort: string },
  state: IdentifyFormState = {},
): string {
  const { t } = ctx;
  const err = state.error;
  const personaErr =
    err?.field === "persona" ? `<p class="error" id="persona-error">${escapeHtml(t(err.key))}</p>` : "";
  const hetuErr =
    err?.field === "hetu" ? `<p class="error" id="hetu-error">${escapeHtml(t(err.key))}</p>` : "";
  const personaList = personas
    .map((p) =>
      radio("persona", p.key, `persona-${p.key}`, `${p.firstNames} ${p.lastName}, ${p.hetu}`, {
        hint: t(`personas.${p.key}`),
        describedBy: err?.field === "persona" ? "persona-error" : undefined,
        checked: state.persona === p.key,
      }),
    )
    .join("");
  const hetuDescribedBy = ["hetu-hint", err?.field === "hetu" ? "hetu-error" : ""].filter(Boolean).join(" ");
  const summaryHref = err?.field === "hetu" ? "#hetu" : `#persona-${personas[0]?.key ?? ""}`;
  const main = `${identifyingTo(t)}
<p>${escapeHtml(t("identify.intro"))}</p>
${err ? errorSummary(t, [{ href: summaryHref, text: t(err.key) }]) : ""}
<form method="post" action="${escapeHtml(urls.action)}" novalidate>
<input type="hidden" name="method" value="${escapeHtml(method)}">
<fieldset class="personas"><legend>${escapeHtml(t("identify.personaLegend"))}</legend>${personaErr}${personaList}</fieldset>
<fieldset class="hetu"><legend>${escapeHtml(t("identify.hetuLegend"))}</legend>
<label for="hetu">${escapeHtml(t("identify.hetuLabel"))}</label>
<span class="hint" id="hetu-hint">${escapeHtml(t("identify.hetuHint"))}</span>
${hetuErr}
<input type="text" id="hetu" name="hetu" autocomplete="off" spellcheck="false" autocapitalize="characters" maxlength="20" value="${escapeHtml(state.hetu ?? "")}" aria-describedby="${hetuDescribedBy}"${err?.field === "hetu" ? ' aria-invalid="true"' : ""}>
</fieldset>
<div class="actions"><button type="submit">${escapeHtml(t("identify.submit"))}</button></div>
</form>
${cancelForm(urls.abort, t("identify.cancel"))}`;
  return layout(ctx, t("identify.title", { method: t(methodLabelKey(method)) }), main);
}

export function confirmPage(
  ctx: PageContext,
  persona: Persona,
  method: DomesticMethod,
  urls: { action: string; abort: string },
): string {
  const { t } = ctx;
  const main = `${identifyingTo(t)}
<dl class="details">
<dt>${escapeHtml(t("confirm.nameLabel"))}</dt><dd>${escapeHtml(`${persona.firstNames} ${persona.lastName}`)}</dd>
<dt>${escapeHtml(t("confirm.hetuLabel"))}</dt><dd>${escapeHtml(persona.hetu)}</dd>
<dt>${escapeHtml(t("confirm.methodLabel"))}</dt><dd>${escapeHtml(t(methodLabelKey(method)))}</dd>
</dl>
<div class="actions">
<form method="post" action="${escapeHtml(urls.action)}" class="inline"><button type="submit">${escapeHtml(t("confirm.continue"))}</button></form>
${cancelForm(urls.abort, t("confirm.cancel"))}
</div>`;
  return layout(ctx, t("confirm.title"), main);
}

/** A page with a title and a paragraph: rate limit, expired interaction, generic errors. */
export function messagePage(ctx: PageContext, titleKey: MessageKey, bodyKey: MessageKey, extra = ""): string {
  const { t } = ctx;
  return layout(ctx, t(titleKey), `<p>${escapeHtml(t(bodyKey))}</p>${extra}`);
}

export function errorPage(ctx: PageContext, details: { error?: string; description?: string }): string {
  const { t } = ctx;
  const code = details.error
    ? `<dl class="details"><dt>${escapeHtml(t("error.codeLabel"))}</dt><dd><code>${escapeHtml(details.error)}</code></dd></dl>`
    : "";
  const description = details.description ? `<p lang="en">${escapeHtml(details.description)}</p>` : "";
  return layout(ctx, t("error.title"), `<p>${escapeHtml(t("error.body"))}</p>${code}${description}`);
}

/** The RP-initiated logout confirmation. `form` is oidc-provider's hidden form (with its xsrf token). */
export function logoutPage(ctx: PageContext, form: string): string {
  const { t } = ctx;
  const main = `<p>${escapeHtml(t("logout.body"))}</p>
${form}
<div class="actions">
<button type="submit" form="op.logoutForm" name="logout" value="yes">${escapeHtml(t("logout.confirm"))}</button>
<button type="submit" form="op.logoutForm" class="secondary">${escapeHtml(t("logout.stay"))}</button>
</div>`;
  return layout(ctx, t("logout.title"), main);
}

export const STYLESHEET = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.0625rem;line-height:1.5;color:#1a1a1a;background:#f4f6f8}
a{color:#0b4ea2}
a:hover{color:#06336b}
:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem}
.top{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:1rem;padding:.75rem 1.5rem;background:#003479;color:#fff}
.top a{color:#fff}
.brand{margin:0;font-weight:700;font-size:1.25rem}
.langs{display:flex;gap:1rem;list-style:none;margin:0;padding:0}
.langs a[aria-current]{font-weight:700;text-decoration-thickness:3px}
.demo{margin:0;padding:.5rem 1.5rem;background:#fff3cd;border-bottom:1px solid #e0c36a}
main{max-width:44rem;margin:1.5rem auto;padding:1.5rem;background:#fff;border:1px solid #d0d7de;border-radius:4px}
main:focus{outline:none}
h1{font-size:1.75rem;margin-top:0}
.client{font-weight:600}
fieldset{border:1px solid #b5bec8;border-radius:4px;margin:0 0 1rem;padding:.75rem 1rem}
legend{font-weight:700;padding:0 .25rem}
.choice{margin:.4rem 0}
.choice input{width:1.25rem;height:1.25rem;vertical-align:middle;margin-right:.5rem}
.choice .hint{display:block;margin-left:1.85rem}
.hint{color:#4a5560;font-size:.9375rem}
label{font-weight:600}
input[type=text]{display:block;width:100%;max-width:16rem;font-size:1.125rem;padding:.5rem;border:2px solid #4a5560;border-radius:4px;margin-top:.25rem;text-transform:uppercase}
input[aria-invalid=true]{border-color:#b00020}
.error{color:#b00020;font-weight:600;margin:.25rem 0}
.error-summary{border:3px solid #b00020;padding:.5rem 1rem;margin-bottom:1rem}
.error-summary h2{font-size:1.125rem;margin:.25rem 0}
.refusal{border-left:6px solid #b00020;background:#fdecee;padding:.75rem 1rem;margin-bottom:1rem}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
form.inline{display:inline}
button{font:inherit;font-weight:600;padding:.6rem 1.25rem;border-radius:4px;border:2px solid #003479;background:#003479;color:#fff;cursor:pointer}
button:hover{background:#06336b}
button.secondary{background:#fff;color:#003479}
button.secondary:hover{background:#e8eef7}
.details{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
.details dt{font-weight:600}
.details dd{margin:0}
footer{max-width:44rem;margin:0 auto 2rem;padding:0 1.5rem;color:#4a5560;font-size:.9375rem}
`;
