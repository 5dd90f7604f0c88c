// Runs the portal (`scripts/start.ts`: portal + identification service), or another built Next.js
// app, in its own process group, so the bench can stop every process it started — and only those —
// with one signal, also after an error.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1" }, () => server.close(() => resolve(true)));
  });
}

/** The first port from `from` such that it and the next one (the identification service) are free. */
export async function freePortPair(from: number, attempts = 50): Promise<number> {
  for (let p = from; p < from + attempts * 2; p += 2) {
    if ((await portFree(p)) && (await portFree(p + 1))) return p;
  }
  throw new Error(`no free port pair from ${from}`);
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export type RunningServer = {
  url: string;
  idpUrl: string;
  pid: number;
  logFile: string;
  /** Sends a signal to every process of the server's group. */
  signal(signal: NodeJS.Signals): void;
  stop(): Promise<void>;
};

type ProcessGroup = { pid: number; signal(signal: NodeJS.Signals): void; stop(): Promise<void> };

/**
 * Spawns `node <args>` as the leader of a new process group and waits until `ready()` is true; the
 * group (the process and everything it starts) is stopped with one signal, also after an error.
 */
async function startGroup(opts: {
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  logFile: string;
  ready: () => Promise<boolean>;
  readyTimeoutMs: number;
}): Promise<ProcessGroup> {
  const log = fs.openSync(opts.logFile, "w");
  const child: ChildProcess = spawn(process.execPath, opts.args, {
    env: opts.env,
    stdio: ["ignore", log, log],
    detached: true, // its own process group: `kill(-pid)` reaches every process it starts
  });
  fs.closeSync(log);
  let exited = false;
  child.once("exit", () => (exited = true));
  const pid = child.pid!;
  // Ctrl-C ends the bench with process.exit, past any finally: the group must not outlive it.
  process.once("exit", () => {
    if (!exited) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        /* the group is gone */
      }
    }
  });

  const stop = async () => {
    if (exited) return;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, 8000);
    await gone;
    clearTimeout(timer);
    // The leader exits half a second after signalling its children; give them time to finish (a CPU
    // profile is written at exit), then make sure nothing of the group is left.
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && groupAlive(pid)) await new Promise((r) => setTimeout(r, 200));
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      /* the group is gone */
    }
  };

  const deadline = Date.now() + opts.readyTimeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${opts.name} exited during start-up; see ${opts.logFile}`);
    try {
      if (await opts.ready()) return { pid, signal: (sig) => process.kill(-pid, sig), stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`${opts.name} did not answer within ${opts.readyTimeoutMs} ms; see ${opts.logFile}`);
}

const answers = async (url: string) => {
  const r = await fetch(url, { signal: AbortSignal.timeout(5000) });
  await r.arrayBuffer();
  return r.ok;
};

/** `scripts/start.ts` (portal + identification service) on `port` and `port + 1`. */
export async function startPortal(opts: {
  port: number;
  env: NodeJS.ProcessEnv;
  logFile: string;
  readyTimeoutMs?: number;
}): Promise<RunningServer> {
  const url = `http://localhost:${opts.port}`;
  const idpUrl = `http://localhost:${opts.port + 1}`;
  const group = await startGroup({
    name: "the portal",
    args: ["--import", "tsx", "scripts/start.ts"],
    env: { ...opts.env, PORT: String(opts.port), IDP_PORT: String(opts.port + 1) },
    logFile: opts.logFile,
    ready: async () => {
      const [portal, idp] = await Promise.all([
        answers(`${url}/fi`),
        answers(`${idpUrl}/.well-known/openid-configuration`),
      ]);
      return portal && idp;
    },
    readyTimeoutMs: opts.readyTimeoutMs ?? 300_000,
  });
  return { url, idpUrl, logFile: opts.logFile, ...group };
}

/**
 * Another Next.js app (already built) under scripts/portal-cluster.ts, i.e. with the same worker
 * processes as the portal; ready when `readyPath` answers.
 */
export async function startNextApp(opts: {
  dir: string;
  port: number;
  env: NodeJS.ProcessEnv;
  logFile: string;
  readyPath: string;
}): Promise<ProcessGroup & { url: string }> {
  const url = `http://localhost:${opts.port}`;
  const group = await startGroup({
    name: `next start ${opts.dir}`,
    args: ["--import", "tsx", "scripts/portal-cluster.ts", String(opts.port), opts.dir],
    env: { ...opts.env, NODE_ENV: "production" },
    logFile: opts.logFile,
    ready: () => answers(`${url}${opts.readyPath}`),
    readyTimeoutMs: 60_000,
  });
  return { url, ...group };
}
