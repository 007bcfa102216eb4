import type { Metadata } from "next";
import { connection } from "next/server";
import { Toaster } from "@/components/ui/sonner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Ferry", template: "%s · Ferry" },
  description: "Document sync from HighQ and Intralinks for legal teams.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its scripts carry that request's CSP nonce (proxy.ts).
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        {children}
        <Toaster position="bottom-right" />
      </body>
    </html>
  );
}
