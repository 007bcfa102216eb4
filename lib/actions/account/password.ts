"use server";

import { redirect } from "next/navigation";
import { changeOwnPassword } from "@/lib/admin/users";
import { authedAction } from "@/lib/actions/safe-action";
import { changePasswordSchema } from "@/lib/validation/admin";

const change = authedAction(changePasswordSchema, changeOwnPassword);

export async function changePasswordAction(_previous: unknown, formData: FormData) {
  const result = await change(formData);
  if (result.ok) redirect("/files");
  return result;
}
