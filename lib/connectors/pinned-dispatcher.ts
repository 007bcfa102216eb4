import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import { Agent, type Dispatcher } from "undici";

/**
 * Connections that go only to addresses the host guard approved. The URL keeps the host name, so
 * the Host header and TLS (SNI and certificate checks) stay those of the name; only the lookup
 * is answered from the approved list instead of asking DNS again (no rebinding window).
 */
export function pinnedDispatcher(addresses: string[]): Dispatcher {
  const key = addresses.join(",");
  let agent = agents.get(key);
  if (!agent) {
    agent = new Agent({ connect: { lookup: pinnedLookup(addresses) } });
    agents.set(key, agent);
    pinned.set(agent, addresses);
  }
  return agent;
}

/** The addresses a dispatcher is pinned to (for tests and diagnostics). */
export const pinnedAddresses = (dispatcher: unknown): string[] | undefined =>
  typeof dispatcher === "object" && dispatcher !== null ? pinned.get(dispatcher as Dispatcher) : undefined;

// One agent per approved address set, so connections to a remote are pooled across clients.
const agents = new Map<string, Agent>();
const pinned = new WeakMap<Dispatcher, string[]>();

function pinnedLookup(addresses: string[]): LookupFunction {
  const entries = addresses.map((address) => ({ address, family: isIP(address) }));
  return (_hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? entries.filter((entry) => entry.family === options.family) : entries;
    const usable = wanted.length > 0 ? wanted : entries;
    if (options.all) (callback as (error: null, addresses: typeof entries) => void)(null, usable);
    else callback(null, usable[0].address, usable[0].family);
  };
}
