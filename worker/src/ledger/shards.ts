/**
 * Which ledger object holds an answer. A territory has one object, or N shards when configured
 * (LEDGER_SHARDS); an answer id always maps to the same shard, so retries and updates of one answer
 * meet in one place and stay exactly-once. Shard 0 keeps the unsharded name, so sharding a
 * territory later keeps its history readable. Changing a territory's shard count moves ids between
 * shards: do it when no answer of the last 24 h may still be updated.
 * @module
 */
import { config } from '../config.js';
import type { Env } from '../env.js';
import type { TerritoryLedger } from './territory-ledger.js';

export function shardCount(env: Env, territory: string): number {
  const { shards } = config(env);
  // Own keys only: a name that is a property of Object.prototype is no configured territory.
  return Object.hasOwn(shards, territory) ? (shards[territory as keyof typeof shards] ?? 1) : 1;
}

/** FNV-1a: fast, stable across runtimes, and spreads UUIDs evenly. */
export function shardOf(answerId: string, count: number): number {
  if (count <= 1) return 0;
  let hash = 0x811c9dc5;
  for (let index = 0; index < answerId.length; index += 1) {
    hash ^= answerId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}

export function ledger(env: Env, territory: string, shard = 0): DurableObjectStub<TerritoryLedger> {
  return env.LEDGER.get(env.LEDGER.idFromName(shard === 0 ? territory : `${territory}#${shard}`));
}

export function allLedgers(env: Env, territory: string): DurableObjectStub<TerritoryLedger>[] {
  return Array.from({ length: shardCount(env, territory) }, (_, shard) => ledger(env, territory, shard));
}

/** Dev only (/v1/dev/floor): an object of the ledger class under a name no territory has, for the benchmark's floor. */
export function floorLedger(env: Env, territory: string): DurableObjectStub<TerritoryLedger> {
  return env.LEDGER.get(env.LEDGER.idFromName(`dev-floor:${territory}`));
}
