import { connection } from "next/server";
import { Content } from "../content";

// Rendered per request, as every page of the portal is.
export default async function DynamicPage() {
  await connection();
  return <Content />;
}
