#!/usr/bin/env bash
# make load: starts the replica (unless LOAD_HOST names the target), then Locust headless, on its own or as a
# master with WORKERS local workers; reports go to LOAD_REPORTS_DIR (target/load). Exit code: Locust's, which
# is 1 when the run fails its thresholds.
set -euo pipefail
cd "$(dirname "$0")/.."

locust=${LOCUST:-locust}
if ! command -v "$locust" >/dev/null; then
  echo "locust is not installed: apt-get install python3-locust (or pip install locust)" >&2
  exit 2
fi
reports=${LOAD_REPORTS_DIR:-target/load}
workers=${WORKERS:-0}
mkdir -p "$reports"

pids=()
stop() {
  for pid in "${pids[@]+"${pids[@]}"}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

host=${LOAD_HOST:-}
if [ -z "$host" ]; then
  port=$(free_port)
  REPLICA_PORT=$port bin/suite replica > "$reports/replica.log" 2>&1 &
  pids+=($!)
  host="http://127.0.0.1:$port"
  if ! python3 - "$host/api/v2/" <<'PY'
import sys, time, urllib.request
for _ in range(120):
    try:
        urllib.request.urlopen(sys.argv[1], timeout=1).read()
        sys.exit(0)
    except OSError:
        time.sleep(0.5)
sys.exit(1)
PY
  then
    echo "The replica did not start within 60 s; its log: $reports/replica.log" >&2
    exit 2
  fi
fi

common=(-f locust/staged.py --host "$host" --headless --only-summary)
if [ "$workers" -gt 0 ]; then
  master_port=$(free_port)
  for _ in $(seq "$workers"); do
    "$locust" "${common[@]}" --worker --master-host 127.0.0.1 --master-port "$master_port" \
      > /dev/null 2>> "$reports/workers.log" &
    pids+=($!)
  done
  "$locust" "${common[@]}" --master --master-bind-host 127.0.0.1 --master-bind-port "$master_port" \
    --expect-workers "$workers" --csv "$reports/stats" --html "$reports/report.html"
else
  "$locust" "${common[@]}" --csv "$reports/stats" --html "$reports/report.html"
fi
