/** The HighQ emulator's control client: the shared control API plus what only HighQ has (iSheets). */
import { ControlClient } from "../shared/control-client";
import type { HighQConditions } from "./state";

export class HighQControlClient extends ControlClient<HighQConditions> {
  /** removes every row of an iSheet */
  clearSheetItems = (sheetId: number) => this.call<{ ok: true }>("DELETE", `/sheets/${sheetId}/items`);
}
