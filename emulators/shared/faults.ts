/** Fault injection: rules matched by path pattern, applied to the next N requests or at random. */
import { random, type Random } from "./prng";

export type FaultKind = "latency" | "status" | "reset" | "slowBody" | "errorIn200";

export interface FaultSpec {
  /** glob on the request path: `*` = one segment's characters, `**` = anything */
  path: string;
  method?: string;
  kind: FaultKind;
  /** latency: delay before answering */
  ms?: number;
  /** status: 429, 500, 502 or 503 */
  status?: number;
  /** status 429/503: value of Retry-After in seconds */
  retryAfter?: number;
  /** reset: bytes of body sent before the connection is destroyed */
  afterBytes?: number;
  /** errorIn200 (emulators that model it): a transient error node inside an HTTP 200 on a valid call */
  /** slowBody: throughput of the body */
  bytesPerSecond?: number;
  /** apply to the next N matching requests (default 1 when no probability is given) */
  times?: number;
  /** apply to each matching request with this probability, drawn from `seed` */
  probability?: number;
  seed?: number;
}

export interface Fault extends FaultSpec {
  id: number;
  hits: number;
}

const globToRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .split(/(\*\*|\*)/)
      .map((p) => (p === "**" ? ".*" : p === "*" ? "[^/]*" : p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
      .join("")}$`,
  );

export class FaultInjector {
  private faults: Array<{ fault: Fault; re: RegExp; rng: Random | null }> = [];
  private nextId = 1;

  add(spec: FaultSpec): Fault {
    if (!["latency", "status", "reset", "slowBody", "errorIn200"].includes(spec.kind)) throw new Error(`unknown fault kind ${spec.kind}`);
    const fault: Fault = { ...spec, times: spec.probability === undefined ? (spec.times ?? 1) : spec.times, id: this.nextId++, hits: 0 };
    const rng = spec.probability === undefined ? null : random(spec.seed ?? 1);
    this.faults.push({ fault, re: globToRegExp(spec.path), rng });
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((f) => f.fault);
  }

  clear(): void {
    this.faults = [];
  }

  /** Faults that fire for this request; spends one use of each counted fault. */
  take(method: string, path: string): Fault[] {
    const fired: Fault[] = [];
    for (const f of this.faults) {
      if (f.fault.method && f.fault.method.toUpperCase() !== method) continue;
      if (!f.re.test(path)) continue;
      if (f.rng && f.rng.next() >= (f.fault.probability ?? 0)) continue;
      if (f.fault.times !== undefined) f.fault.times--;
      f.fault.hits++;
      fired.push({ ...f.fault });
    }
    this.faults = this.faults.filter((f) => f.fault.times === undefined || f.fault.times > 0);
    return fired;
  }
}
