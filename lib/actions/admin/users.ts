"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import { createUser, resetUserPassword, setUserDisabled, updateUserRoles } from "@/lib/admin/users";
import { createUserSchema, setUserDisabledSchema, updateUserRolesSchema, userRefSchema } from "@/lib/validation/admin";

export const createUserAction = authedAction(createUserSchema, async (actor, input) => {
  const created = await createUser(actor, input);
  revalidatePath("/settings/users");
  return created;
});

export const updateUserRolesAction = authedAction(updateUserRolesSchema, async (actor, input) => {
  await updateUserRoles(actor, input);
  revalidatePath("/settings/users");
});

export const setUserDisabledAction = authedAction(setUserDisabledSchema, async (actor, input) => {
  await setUserDisabled(actor, input);
  revalidatePath("/settings/users");
});

export const resetUserPasswordAction = authedAction(userRefSchema, (actor, input) => resetUserPassword(actor, input.userId));
