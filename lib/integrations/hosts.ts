import { z } from "zod";

/**
 * What an administrator may type as a HighQ Host: `company.highq.com`, `company.highq.com/instance`,
 * or a pasted URL (`https://company.highq.com/instance/`), normalised to `host[:port]/instance`.
 */
export function normalizeHighqHost(input: string): { ok: true; host: string } | { ok: false; reason: string } {
  let value = input.trim();
  if (!value) return { ok: false, reason: "Enter the HighQ host, for example company.highq.com/company." };
  value = value.replace(/^https?:\/\//i, "");
  value = value.replace(/[?#].*$/, "").replace(/\/+$/, "");
  const [authority, ...path] = value.split("/").filter(Boolean);
  if (!authority) return { ok: false, reason: "Enter the HighQ host, for example company.highq.com/company." };
  if (authority.includes("@")) return { ok: false, reason: "The host must not contain a user name or password." };
  const hostname = authority.replace(/:\d{1,5}$/, "");
  const validHostname =
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(hostname) ||
    /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname);
  if (!validHostname) return { ok: false, reason: `“${authority}” is not a host name. Use only the address, such as company.highq.com.` };
  if (path.length > 1) return { ok: false, reason: "Enter at most one path segment after the host (the instance name), such as company.highq.com/company." };
  if (path[0] && !/^[A-Za-z0-9._-]+$/.test(path[0])) return { ok: false, reason: `“${path[0]}” is not a valid instance name.` };
  return { ok: true, host: [authority.toLowerCase(), ...path].join("/") };
}

/** The Intralinks API host: an absolute URL, kept as its origin. */
export function normalizeIntralinksHost(input: string): { ok: true; host: string } | { ok: false; reason: string } {
  const parsed = z.url().safeParse(input.trim().match(/^https?:\/\//i) ? input.trim() : `https://${input.trim()}`);
  if (!parsed.success) return { ok: false, reason: "Enter the Intralinks API address, such as https://api.intralinks.com." };
  const url = new URL(parsed.data);
  if (url.pathname !== "/" && url.pathname !== "") return { ok: false, reason: "Enter only the API address, without a path." };
  return { ok: true, host: url.origin };
}

/**
 * The base URL Ferry calls. Hosts are https, except the `host:port` pairs the deployment allows
 * (the emulators), which are reached over plain http on this machine.
 */
export function baseUrlFor(provider: "highq" | "intralinks", host: string, allowedHosts: string[]): string {
  if (provider === "intralinks") {
    const url = new URL(host);
    if (allowedHosts.includes(url.host)) url.protocol = "http:";
    return url.origin;
  }
  const authority = host.split("/")[0];
  return `${allowedHosts.includes(authority) ? "http" : "https"}://${host}`;
}
