"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { TableHead } from "@/components/ui/table";

export type HrefWith = (changes: Record<string, string | null>) => string;

/** Builds links to the current page with some query parameters changed (null removes one). */
export function useHrefWith(): HrefWith {
  const pathname = usePathname();
  const params = useSearchParams();
  return (changes) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    return `${pathname}?${next}`;
  };
}

/** A column header that sorts by `column`, ascending first, and shows the current direction. */
export function SortHeader({ sort, hrefWith, column, label, className }: { sort: string; hrefWith: HrefWith; column: string; label: string; className?: string }) {
  const active = sort.replace("-", "") === column;
  const descending = sort.startsWith("-");
  return (
    <TableHead className={className} aria-sort={active ? (descending ? "descending" : "ascending") : "none"}>
      <Link href={hrefWith({ sort: active && !descending ? `-${column}` : column, page: null })} className="hover:text-foreground inline-flex items-center gap-1">
        {label}
        {active && (descending ? <ArrowDown className="size-3" /> : <ArrowUp className="size-3" />)}
      </Link>
    </TableHead>
  );
}

/** Previous / next links for a paginated list; nothing when it fits on one page. */
export function Pagination({ page, pages, hrefWith }: { page: number; pages: number; hrefWith: HrefWith }) {
  if (pages <= 1) return null;
  const step = (target: number, label: string, disabled: boolean) => (
    <Button asChild variant="outline" size="sm" aria-disabled={disabled} className={disabled ? "pointer-events-none opacity-50" : ""}>
      <Link href={hrefWith({ page: String(target) })}>{label}</Link>
    </Button>
  );
  return (
    <nav className="flex items-center justify-end gap-2 text-sm" aria-label="Pages">
      <span className="text-muted-foreground">
        Page {page} of {pages}
      </span>
      {step(page - 1, "Previous", page <= 1)}
      {step(page + 1, "Next", page >= pages)}
    </nav>
  );
}

/** A search box that puts its text in `?q=` and goes back to the first page. */
export function SearchBox({ hrefWith, defaultValue, placeholder, label }: { hrefWith: HrefWith; defaultValue?: string; placeholder: string; label: string }) {
  const router = useRouter();
  return (
    <form
      className="w-full max-w-xs min-w-48"
      onSubmit={(event) => {
        event.preventDefault();
        const value = String(new FormData(event.currentTarget).get("q") ?? "");
        router.push(hrefWith({ q: value || null, page: null }));
      }}
    >
      <Input name="q" type="search" placeholder={placeholder} defaultValue={defaultValue} aria-label={label} />
    </form>
  );
}
