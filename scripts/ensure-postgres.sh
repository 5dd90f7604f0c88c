#!/usr/bin/env bash
# Starts the local PostgreSQL cluster if it is not accepting connections (CI and fresh machines).
set -euo pipefail
if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then exit 0; fi
echo "[postgres] not running: starting it"
if command -v pg_ctlcluster >/dev/null 2>&1; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
fi
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p 5432 -q && exit 0
  sleep 1
done
echo "[postgres] could not start PostgreSQL on 127.0.0.1:5432" >&2
exit 1
