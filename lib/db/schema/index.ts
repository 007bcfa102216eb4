export * from "./audit";
export * from "./auth";
export * from "./divisions";
export * from "./files";
export * from "./integrations";
export * from "./insights";
export * from "./reports";
