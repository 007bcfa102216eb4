export { HighqConnector } from "./connector";
export { HighqIsheets, type IsheetColumn, type IsheetColumnKind, type IsheetItem, type IsheetItemInput, type IsheetValue, type IsheetWriteResult } from "./isheets";
export { highqAuthorizationUrl, highqTokenRequest, type HighqTokenRequest } from "./oauth";
