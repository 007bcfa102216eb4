import { CenteredLayout } from "@/components/shell/centered-layout";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <CenteredLayout>{children}</CenteredLayout>;
}
