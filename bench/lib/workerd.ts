/**
 * What the local server's workerd processes spend, read from /proc for the process group that
 * scripts/lib/local-server.ts starts: CPU time (bench:capacity) and bytes written to storage
 * (bench:api, to tell the code's cost from the disk's).
 * @module
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const CLOCK_TICKS = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;

/** The pids of the workerd processes of a process group. */
function workerdPids(group: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      // fields[0] is the state (stat field 3): pgrp is field 5.
      if (name === 'workerd' && Number(fields[2]) === group) pids.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return pids;
}

/** Reads one figure per workerd process of the group, by pid; a process that ended meanwhile is left out. */
function perProcess(group: number, read: (pid: number) => number): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const pid of workerdPids(group)) {
    try {
      byPid.set(pid, read(pid));
    } catch {
      // the process ended meanwhile
    }
  }
  return byPid;
}

/** CPU time (ms) of each workerd process of the server's process group, by pid. */
export function workerdCpu(group: number): Map<number, number> {
  return perProcess(group, (pid) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are stat fields 14 and 15.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  });
}

/** Bytes each workerd process of the group caused to be written to storage (`write_bytes` of /proc/<pid>/io), by pid. */
export function workerdWrites(group: number): Map<number, number> {
  return perProcess(group, (pid) => Number(/^write_bytes: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? Number.NaN));
}

/**
 * What was spent between two snapshots by the processes present in both. wrangler dev restarts
 * workerd when a file under worker/src changes (others edit the tree while this runs): `restarted`
 * says the phase's figure misses the restarted process's share.
 */
export function spentBetween(before: Map<number, number>, after: Map<number, number>): { amount: number; restarted: boolean } {
  let amount = 0;
  for (const [pid, value] of after) if (before.has(pid)) amount += value - (before.get(pid) ?? 0);
  const restarted = before.size !== after.size || [...after.keys()].some((pid) => !before.has(pid));
  return { amount, restarted };
}
