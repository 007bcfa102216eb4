export * from "./audit";
export * from "./auth";
export * from "./divisions";
export * from "./files";
export * from "./integrations";
