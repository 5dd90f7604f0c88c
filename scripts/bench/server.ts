// Runs `scripts/start.ts` (portal + identification service) in its own process group, so the bench
// can stop every process it started — and only those — with one signal, also after an error.
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

export async function startPortal(opts: {
  port: number;
  env: NodeJS.ProcessEnv;
  logFile: string;
  readyTimeoutMs?: number;
}): Promise<RunningServer> {
  const url = `http://localhost:${opts.port}`;
  const log = fs.openSync(opts.logFile, "w");
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...opts.env, PORT: String(opts.port), IDP_PORT: String(opts.port + 1) },
    stdio: ["ignore", log, log],
    detached: true, // its own process group: `kill(-pid)` reaches start.ts, next and the IdP
  });
  fs.closeSync(log);
  let exited = false;
  child.once("exit", () => (exited = true));
  const pid = child.pid!;

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
    // start.ts exits half a second after signalling its children; give them time to finish (a CPU
    // profile is written at exit), then make sure nothing of the group is left.
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && groupAlive(pid)) await new Promise((r) => setTimeout(r, 200));
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      /* the group is gone */
    }
  };

  const deadline = Date.now() + (opts.readyTimeoutMs ?? 300_000);
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the portal exited during start-up; see ${opts.logFile}`);
    try {
      const [portal, idp] = await Promise.all([
        fetch(`${url}/fi`, { signal: AbortSignal.timeout(5000) }),
        fetch(`http://localhost:${opts.port + 1}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) }),
      ]);
      await Promise.all([portal.arrayBuffer(), idp.arrayBuffer()]);
      if (portal.ok && idp.ok) {
        const signal = (sig: NodeJS.Signals) => process.kill(-pid, sig);
        return { url, idpUrl: `http://localhost:${opts.port + 1}`, pid, logFile: opts.logFile, signal, stop };
      }
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`the portal did not answer within ${opts.readyTimeoutMs ?? 300_000} ms; see ${opts.logFile}`);
}
