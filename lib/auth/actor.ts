import type { DivisionRole } from "@/lib/db/schema";

/** The signed-in person as every `lib/` function sees them: loaded fresh from the database per request. */
export interface Actor {
  id: string;
  email: string;
  name: string | null;
  isAccountAdmin: boolean;
  isConnectorAdmin: boolean;
  mustChangePassword: boolean;
  /** Division id → role in that division. */
  divisions: Record<string, DivisionRole>;
}
