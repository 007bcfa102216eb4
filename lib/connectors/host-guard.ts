import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { RemoteError } from "./errors";

export type HostGuardOptions = {
  /**
   * `host:port` pairs the deployment explicitly trusts (the emulators in development and tests).
   * They may use `http:` and private/loopback addresses.
   */
  allowedHosts: string[];
  /** Every address a name resolves to; the system resolver unless a test injects one. */
  resolve?: (hostname: string) => Promise<string[]>;
};

/**
 * What the guard approved. `addresses` is set when the host is a name it resolved: connections must
 * go to those addresses (`pinnedDispatcher`), or a second lookup could answer differently.
 */
export type ApprovedHost = { hostname: string; addresses?: string[] };

const systemResolve = async (hostname: string) => (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

// Targets an integration host must never resolve to: an attacker-controlled integration row
// would otherwise let Ferry probe or call internal services.
const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  blocked.addSubnet(net, prefix, "ipv6");
}

/** The IPv4 address carried inside an IPv4-mapped/compatible, NAT64 or 6to4 IPv6 address, if any. */
function embeddedIPv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const groups = expandIPv6(lower);
  const hex = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  if (groups.slice(0, 5).every((g) => g === 0) && (groups[5] === 0xffff || groups[5] === 0)) {
    return hex(groups[6], groups[7]);
  }
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return hex(groups[6], groups[7]);
  if (groups[0] === 0x2002) return hex(groups[1], groups[2]);
  return null;
}

function expandIPv6(address: string): number[] {
  let text = address;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1].split(".").map(Number);
    text = text.slice(0, -v4[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const parse = (part: string | undefined) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  const middle = tail === undefined ? [] : new Array(8 - left.length - right.length).fill(0);
  return [...left, ...middle, ...right];
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family !== 6) return true;
  const v4 = embeddedIPv4(address);
  if (v4 !== null && isIP(v4) === 4 && blocked.check(v4, "ipv4")) return true;
  return blocked.check(address.split("%")[0], "ipv6");
}

function hostWithPort(url: URL): string {
  const port = url.port || (url.protocol === "http:" ? "80" : "443");
  return `${url.hostname.replace(/^\[|\]$/g, "")}:${port}`.toLowerCase();
}

function isAllowlisted(url: URL, allowedHosts: string[]): boolean {
  const target = hostWithPort(url);
  return allowedHosts.some((entry) => {
    const normalised = entry.trim().toLowerCase().replace(/^\[([^\]]+)\]/, "$1");
    return normalised === target;
  });
}

/**
 * Throws HOST_UNREACHABLE unless `url` is an https URL whose host resolves only to public
 * addresses (every A and AAAA record is checked), or its `host:port` is explicitly allowed.
 */
export async function assertHostAllowed(url: string | URL, options: HostGuardOptions): Promise<ApprovedHost> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refuse("The integration host is not a valid URL.");
  }
  if (isAllowlisted(parsed, options.allowedHosts)) {
    if (parsed.protocol === "https:" || parsed.protocol === "http:") return { hostname: parsed.hostname };
    throw refuse("Only https hosts can be used.", parsed.hostname);
  }
  if (parsed.protocol !== "https:") throw refuse("Only https hosts can be used.", parsed.hostname);
  const hostname = parsed.hostname.replace(/^\[|\]$/g, "");
  if (isIP(hostname)) {
    if (isPrivateAddress(hostname)) throw refuse("The host is a private, loopback or link-local address, which Ferry does not connect to.", hostname);
    return { hostname };
  }
  let addresses: string[];
  try {
    addresses = await (options.resolve ?? systemResolve)(hostname);
  } catch (cause) {
    throw new RemoteError("HOST_UNREACHABLE", { details: { host: hostname }, retryable: false, cause });
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
    throw refuse("The host resolves to a private, loopback or link-local address, which Ferry does not connect to.", hostname);
  }
  return { hostname, addresses };
}

function refuse(reason: string, host?: string): RemoteError {
  return new RemoteError("HOST_UNREACHABLE", {
    message: `Ferry will not connect to this host. ${reason}`,
    retryable: false,
    details: { host },
  });
}
