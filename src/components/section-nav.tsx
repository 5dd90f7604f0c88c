"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** Section links; marks the current one. Prefetch is off so that no background request renders a page. */
export function SectionNav({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname() ?? "";
  return (
    <nav className="site-nav" aria-label={label}>
      <div className="nav-inner">
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} prefetch={false} aria-current={pathname.startsWith(item.href) ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
