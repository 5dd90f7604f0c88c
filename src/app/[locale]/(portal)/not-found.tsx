import { PortalNotFound } from "@/components/portal-fallbacks";

// Rendered inside the portal layout: the frame stays (an unknown or hidden record id).
export default function NotFound() {
  return <PortalNotFound />;
}
