import { Brand } from "@/components/brand";

/** The narrow, centred frame of sign-in, set-up and password pages. */
export function CenteredLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="bg-muted/40 grid min-h-screen place-items-center p-6">
      <div className="grid w-full max-w-sm gap-6">
        <div className="flex justify-center">
          <Brand />
        </div>
        {children}
      </div>
    </main>
  );
}
