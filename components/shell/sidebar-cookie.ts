/** Cookie that remembers whether the sidebar is collapsed (read on the server to avoid a layout jump). */
export const SIDEBAR_COOKIE = "ferry-sidebar";
