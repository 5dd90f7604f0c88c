"use client";
import { useEffect, useRef } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";

type Item = { href: string; label: string };

/**
 * Section links; marks the current one. On a phone they sit behind a menu button (a <details>
 * disclosure, so it works without JavaScript) that names the current section; from 48rem up they
 * are a plain row. Prefetch is off so that no background request renders a page.
 */
export function SectionNav({ label, menuLabel, items }: { label: string; menuLabel: string; items: Item[] }) {
  const pathname = usePathname() ?? "";
  const menu = useRef<HTMLDetailsElement>(null);
  // A client-side navigation keeps the page: close the menu once the new section shows.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  const isCurrent = (item: Item) => pathname === item.href || pathname.startsWith(`${item.href}/`);
  const current = items.find(isCurrent);
  const list = (
    <ul>
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} prefetch={false} aria-current={isCurrent(item) ? "page" : undefined}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <nav className="site-nav" aria-label={label}>
      <div className="nav-inner">
        <details className="nav-menu" ref={menu}>
          <summary>
            <span className="nav-menu-icon" aria-hidden="true" />
            {menuLabel}
            {current ? <span className="nav-menu-current">: {current.label}</span> : null}
          </summary>
          {list}
        </details>
        <div className="nav-row">{list}</div>
      </div>
    </nav>
  );
}
