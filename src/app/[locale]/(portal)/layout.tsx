import type { ReactNode } from "react";
import { localeFrom } from "@/server/locale-param";
import { getPortalState } from "@/server/portal-context";
import { PortalShell } from "@/components/portal-shell";
import { PublicShell } from "@/components/public-shell";

// Shell only. Layouts are not re-run on every navigation, so no permission decision lives here:
// each page calls authorizePage with its feature id.
export default async function PortalLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await localeFrom(params);
  const state = await getPortalState();
  if (state.status !== "active") return <PublicShell locale={locale}>{children}</PublicShell>;
  return (
    <PortalShell locale={locale} ctx={state.ctx}>
      {children}
    </PortalShell>
  );
}
