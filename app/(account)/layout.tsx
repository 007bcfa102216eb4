import { Brand } from "@/components/brand";
import { requireActor } from "@/lib/auth/session";

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  await requireActor();
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
