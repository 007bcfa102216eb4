import { z } from "./zod";
import { flag } from "./fields";
import { nameSchema } from "./names";

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address."));

export const password = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(200, "Use at most 200 characters.");

const name = nameSchema({ max: 120, required: "Enter a name." });
const uuid = z.uuid("That reference is not valid.");

export const setupSchema = z.object({ name, email, password });

export const signInSchema = z.object({ email, password: z.string().min(1, "Enter your password.") });
/** The sign-in form: the credentials and where to go afterwards (checked to be on Ferry's origin when used). */
export const signInFormSchema = signInSchema.extend({ next: z.string().max(2000).optional().catch(undefined) });

export const createUserSchema = z.object({
  name,
  email,
  isAccountAdmin: flag,
  isConnectorAdmin: flag,
});

export const updateUserRolesSchema = z.object({
  userId: uuid,
  isAccountAdmin: flag,
  isConnectorAdmin: flag,
});

export const userRefSchema = z.object({ userId: uuid });
export const setUserDisabledSchema = z.object({ userId: uuid, disabled: flag });

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "Enter your current password."), newPassword: password })
  .refine((value) => value.currentPassword !== value.newPassword, {
    message: "Choose a password different from the current one.",
    path: ["newPassword"],
  });

export const divisionNameSchema = z.object({ name });
export const renameDivisionSchema = z.object({ divisionId: uuid, name });
export const divisionIdSchema = z.object({ divisionId: uuid });

export const membershipSchema = z.object({
  divisionId: uuid,
  userId: uuid,
  role: z.enum(["admin", "member"]),
});
export const removeMembershipSchema = z.object({ divisionId: uuid, userId: uuid });
