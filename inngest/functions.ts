import "server-only";
import { NonRetriableError, RetryAfterError } from "inngest";
import { DEFAULT_RETRIES, type JobConcurrency, type JobDefinition, type JobIO } from "@/lib/jobs/definition";
import { retryDecision } from "@/lib/jobs/errors";
import { jobDefinitions } from "@/lib/job-registry";
import { isRemoteError } from "@/lib/connectors/errors";
import { inngest } from "@/lib/jobs/inngest-client";

/**
 * Translates Ferry's retry rule into Inngest's: non-retryable failures (reauthentication, bad
 * payloads, permanent remote refusals) stop at once, 429s wait for the remote's Retry-After,
 * everything else uses Inngest's own backoff.
 */
export function toInngestError(error: unknown): unknown {
  const decision = retryDecision(error);
  const message = error instanceof Error ? error.message : String(error);
  if (!decision.retry) return new NonRetriableError(message, { cause: isRemoteError(error) ? error.toJSON() : error });
  if (decision.afterMs !== undefined) return new RetryAfterError(message, decision.afterMs, { cause: isRemoteError(error) ? error.toJSON() : error });
  return error;
}

type InngestConcurrency = { limit: number; key?: string; scope?: "account" };

/**
 * A rule as Inngest's concurrency option. A shared rule becomes an account-scoped key whose value
 * starts with the rule's name (`"remote-host:" + event.data.host`): every function with that rule
 * counts against one limit per value, as the local runner's `@remote-host|<host>` keys do.
 */
export function toInngestConcurrency(rule: JobConcurrency): InngestConcurrency {
  if (rule.shared) {
    const name = JSON.stringify(rule.key ? `${rule.shared}:` : rule.shared);
    return { limit: rule.limit, scope: "account", key: rule.key ? `${name} + event.data.${rule.key}` : name };
  }
  return { limit: rule.limit, ...(rule.key ? { key: `event.data.${rule.key}` } : {}) };
}

/** One Inngest function per job definition; the handler is the same one the local runner calls. */
export function toInngestFunction(definition: JobDefinition) {
  return inngest.createFunction(
    {
      id: definition.id,
      name: definition.name,
      triggers: [definition.trigger],
      retries: (definition.retries ?? DEFAULT_RETRIES) as 4,
      // Inngest accepts at most two concurrency rules per function.
      concurrency: definition.concurrency?.map(toInngestConcurrency) as [InngestConcurrency] | [InngestConcurrency, InngestConcurrency] | undefined,
    },
    async ({ event, step, attempt, maxAttempts, runId }) => {
      const parsed = definition.schema.safeParse(event.data ?? {});
      if (!parsed.success) throw new NonRetriableError(`Invalid payload for ${definition.id}: ${parsed.error.issues[0]?.message ?? "unknown"}`);
      const io: JobIO = {
        step: async <T>(name: string, fn: () => Promise<T>) =>
          (await step.run(name, async () => {
            try {
              return await fn();
            } catch (error) {
              throw toInngestError(error);
            }
          })) as T,
        attempt: attempt + 1,
        maxAttempts: maxAttempts ?? (definition.retries ?? DEFAULT_RETRIES) + 1,
        runId,
      };
      try {
        return await definition.handler(parsed.data, io);
      } catch (error) {
        throw toInngestError(error);
      }
    },
  );
}

export const functions = jobDefinitions.map(toInngestFunction);
