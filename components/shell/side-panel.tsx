"use client";

import { PanelRight } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { createContext, useContext, useState } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { useWideScreen } from "@/hooks/use-wide-screen";
import { cn } from "@/lib/utils";

const PanelContext = createContext<{ open: boolean; setOpen: (open: boolean) => void } | null>(null);

/**
 * Holds whether a page's side panel is open as a sheet on narrow screens. `openWhen` names query
 * parameters that reopen it (a dialog inside it coming back from a round trip).
 */
export function SidePanelProvider({ openWhen = [], children }: { openWhen?: string[]; children: React.ReactNode }) {
  const params = useSearchParams();
  const [open, setOpen] = useState(() => openWhen.some((name) => params.has(name)));
  return <PanelContext value={{ open, setOpen }}>{children}</PanelContext>;
}

function usePanel() {
  const panel = useContext(PanelContext);
  if (!panel) throw new Error("SidePanel parts must be inside a SidePanelProvider");
  return panel;
}

/** The button that opens the panel; shown only on screens where the panel is not inline. */
export function SidePanelTrigger({ label }: { label: string }) {
  const { setOpen } = usePanel();
  return (
    <Button variant="outline" size="sm" className="xl:hidden" onClick={() => setOpen(true)}>
      <PanelRight /> {label}
    </Button>
  );
}

/** A page's right-hand panel: inline from `xl` up, a sheet from the right below. Rendered once either way. */
export function SidePanel({ title, className, children }: { title: string; className?: string; children: React.ReactNode }) {
  const wide = useWideScreen();
  const { open, setOpen } = usePanel();
  if (wide) {
    return (
      <aside className={cn("hidden xl:grid", className)} aria-label={title}>
        {children}
      </aside>
    );
  }
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetContent side="right" aria-label={title}>
        <SheetHeader className="sr-only">
          <SheetTitle>{title}</SheetTitle>
          <SheetDescription>Details of the selected item</SheetDescription>
        </SheetHeader>
        <div className={cn("grid", className)}>{children}</div>
      </SheetContent>
    </Sheet>
  );
}
