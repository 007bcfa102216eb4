import { requireActor } from "@/lib/auth/session";
import { ChangePasswordForm } from "./change-password-form";

export const metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const actor = await requireActor();
  return <ChangePasswordForm required={actor.mustChangePassword} />;
}
