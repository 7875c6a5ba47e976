/**
 * Runs a command and reports its wall time and the peak memory of its whole
 * process tree (a build forks workers: the parent's own figure would miss them),
 * sampled from /proc every 200 ms.
 */
import {spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';

export interface ProcessCost {
  ms: number;
  /** Highest sum of resident memory over the process and its descendants, in bytes (0 where /proc is missing). */
  peakBytes: number;
}

/** Parent of every process, from /proc/<pid>/stat (the field after the parenthesised name). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // The process ended while being read.
    }
  }
  return map;
}

function residentBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

function treeBytes(root: number): number {
  const parentOf = parents();
  const inTree = new Set([root]);
  // Parents are listed before children often but not always: repeat until nothing is added.
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (!inTree.has(pid) && inTree.has(ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of inTree) total += residentBytes(pid);
  return total;
}

export function measureProcess(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<ProcessCost> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, {env, stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    let peakBytes = 0;
    const hasProc = (() => {
      try {
        readdirSync('/proc');
        return true;
      } catch {
        return false;
      }
    })();
    const timer = setInterval(() => {
      if (hasProc && child.pid) peakBytes = Math.max(peakBytes, treeBytes(child.pid));
    }, 200);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${stderr}`));
      else resolve({ms: Date.now() - started, peakBytes});
    });
  });
}
