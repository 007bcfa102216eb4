export { IntralinksConnector } from "./connector";
export { PRODUCTION_HOSTS as INTRALINKS_PRODUCTION_HOSTS, ROOT_FOLDER_ID as INTRALINKS_ROOT_FOLDER_ID } from "./assumptions";
export {
  intralinksAuthorizationUrl,
  intralinksTokenRequest,
  type IntralinksAuthVersion,
  type IntralinksAuthorizationParams,
  type IntralinksTokenRequest,
} from "./oauth";
