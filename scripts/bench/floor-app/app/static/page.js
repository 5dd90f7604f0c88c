import { Content } from "../content";

// Prerendered at build time; the build fails if it ever becomes dynamic.
export const dynamic = "error";

export default function StaticPage() {
  return <Content />;
}
