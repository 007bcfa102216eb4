import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

/** The body of Ferry's no-access, not-found and error pages: what happened, why, and what to do next. */
export function StatusPage({
  icon: Icon,
  title,
  cause,
  fix,
  back,
  actions,
}: {
  icon: LucideIcon;
  title: string;
  cause: React.ReactNode;
  fix: React.ReactNode;
  /** Where to go instead: an outline button before any other actions. */
  back?: { href: string; label: string };
  actions?: React.ReactNode;
}) {
  return (
    <div className="grid place-items-center px-6 py-24">
      <div className="grid max-w-md gap-3 text-center">
        <Icon className="text-muted-foreground mx-auto size-10" aria-hidden />
        <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
        <p className="text-muted-foreground text-sm">{cause}</p>
        <p className="text-sm">{fix}</p>
        {(back || actions) && (
          <div className="mt-2 flex flex-wrap justify-center gap-2">
            {back && (
              <Button asChild variant="outline">
                <Link href={back.href}>{back.label}</Link>
              </Button>
            )}
            {actions}
          </div>
        )}
      </div>
    </div>
  );
}
