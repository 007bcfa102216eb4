/** The legal forms that end a company's name, shared by the PDF layout (which keeps a wrapped name in its table row) and the party rules. */
const LEGAL_FORM = String.raw`(?:limited|ltd|llp|llc|l\.l\.c|inc|incorporated|plc|corp|corporation|company|co|l\.?p|gmbh|ag|ab|s\.a|b\.v|n\.v|pty\s+(?:ltd|limited)|(?:pte|pvt)\.?\s+ltd|sdn\.?\s+bhd|berhad|bhd|npc|dac|pjsc|psc|saog|bsc|wll|fze|fzco|ulc|lt[ée]e|n\.a)\.?`;
/** A name that ends in its legal form: "… Limited", "… Pty Ltd", "… DAC". */
export const LEGAL_FORM_END = new RegExp(String.raw`\b${LEGAL_FORM}$`, "i");
/** A line that is only a legal form: the end of a name a PDF wrapped ("… Designated Activity / Company"). */
export const LEGAL_FORM_ONLY = new RegExp(String.raw`^${LEGAL_FORM}$`, "i");
/** A line a PDF wrapped that opens with the legal form of the name on the line above: "LIMITED (Company No. …)". */
export const LEGAL_FORM_FIRST = new RegExp(String.raw`^${LEGAL_FORM}(?=[\s,(]|$)`, "i");
