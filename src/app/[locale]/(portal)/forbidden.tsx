import { PortalForbidden } from "@/components/portal-fallbacks";

// Rendered inside the portal layout: the frame stays, and the page says why (src/server/guard.ts).
export default function Forbidden() {
  return <PortalForbidden />;
}
