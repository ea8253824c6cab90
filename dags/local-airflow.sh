#!/usr/bin/env bash
# A local Apache Airflow for the DAG tests and the integration tests: install | start | stop | status | url.
#
#   install  creates .venv (python3 -m venv) and installs dags/requirements.txt from PyPI, pinned by
#            dags/constraints.txt; does nothing when the virtualenv already matches them.
#   start    installs if needed, then starts api-server, scheduler and dag-processor on 127.0.0.1 with
#            AIRFLOW_HOME=target/airflow: SQLite, LocalExecutor, no examples, DAGs from dags/,
#            unpaused at creation. Waits until the API answers. A second start reuses a running one.
#   stop     stops every component it started (SIGTERM, then SIGKILL after a grace period).
#   status   says which components run, and the API's health.
#   url      prints the API's base URL.
#
# REST API user (simple auth manager): "admin" (admin role); its password is generated at the
# first start into $AIRFLOW_HOME/simple_auth_manager_passwords.json.generated (never printed), or taken
# from CAPAIAN_AIRFLOW_PASSWORD. Settings: CAPAIAN_AIRFLOW_HOME, CAPAIAN_AIRFLOW_VENV,
# CAPAIAN_AIRFLOW_PORT (default: a free port chosen at start), PYTHON (default python3),
# CAPAIAN_AIRFLOW_SCHEDULE=True to let the scheduler start the daily runs too (default: only triggered runs).
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${CAPAIAN_AIRFLOW_VENV:-$project/.venv}"
home="${CAPAIAN_AIRFLOW_HOME:-$project/target/airflow}"
python="${PYTHON:-python3}"
user="admin"
components=(api-server scheduler dag-processor)

log() { echo "local-airflow: $*" >&2; }

install() {
  local stamp="$venv/.capaian-installed" want
  want="$(cat "$project/dags/requirements.txt" "$project/dags/constraints.txt" | cksum)"
  if [ -x "$venv/bin/airflow" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  if [ ! -x "$venv/bin/python" ]; then
    log "creating $venv"
    "$python" -m venv "$venv"
  fi
  log "installing apache-airflow into $venv (a few minutes the first time)"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >&2
  "$venv/bin/python" -m pip install -q --disable-pip-version-check \
    -r "$project/dags/requirements.txt" -c "$project/dags/constraints.txt" >&2
  echo "$want" >"$stamp"
  log "installed $("$venv/bin/airflow" version 2>/dev/null | tail -1)"
}

free_port() {
  "$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# The environment every component shares: one JWT secret and one base URL, or tasks cannot call back.
write_env() {
  local port="$1" secret
  secret="$("$venv/bin/python" -c 'import secrets; print(secrets.token_hex(32))')"
  umask 077
  cat >"$home/env" <<EOF
export AIRFLOW_HOME='$home'
export AIRFLOW__CORE__DAGS_FOLDER='$project/dags'
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION=False
export AIRFLOW__CORE__EXECUTOR=LocalExecutor
export AIRFLOW__CORE__PARALLELISM=2
export AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS='$user:admin'
export AIRFLOW__CORE__EXECUTION_API_SERVER_URL='http://127.0.0.1:$port/execution/'
export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN='sqlite:///$home/airflow.db'
export AIRFLOW__API__HOST=127.0.0.1
export AIRFLOW__API__PORT=$port
export AIRFLOW__API__BASE_URL='http://127.0.0.1:$port'
export AIRFLOW__API__WORKERS=1
export AIRFLOW__API__EXPOSE_CONFIG=False
export AIRFLOW__API_AUTH__JWT_SECRET='$secret'
export AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL=5
export AIRFLOW__SCHEDULER__MIN_FILE_PROCESS_INTERVAL=5
# Test instance: runs only when triggered, so no scheduled run loads the default warehouse meanwhile.
export AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE=${CAPAIAN_AIRFLOW_SCHEDULE:-False}
export AIRFLOW__LOGGING__BASE_LOG_FOLDER='$home/logs'
export CAPAIAN_HOME='$project'
EOF
  echo "http://127.0.0.1:$port" >"$home/api-url"
}

write_password() {
  local file="$home/simple_auth_manager_passwords.json.generated"
  [ -f "$file" ] && [ -z "${CAPAIAN_AIRFLOW_PASSWORD:-}" ] && return 0
  umask 077
  CAPAIAN_USER="$user" "$venv/bin/python" - "$file" <<'EOF'
import json, os, secrets, sys
password = os.environ.get("CAPAIAN_AIRFLOW_PASSWORD") or secrets.token_urlsafe(18)
with open(sys.argv[1], "w") as f:
    json.dump({os.environ["CAPAIAN_USER"]: password}, f)
EOF
}

running() {
  local pidfile="$home/run/$1.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

healthy() {
  "$venv/bin/python" - "$(cat "$home/api-url")" <<'EOF' >/dev/null 2>&1
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1] + "/api/v2/monitor/health", timeout=5) as r:
    sys.exit(0 if r.status == 200 else 1)
EOF
}

start() {
  install
  mkdir -p "$home/run" "$home/logs"
  local all=1
  for c in "${components[@]}"; do running "$c" || all=0; done
  if [ "$all" = 1 ] && healthy; then
    log "already running at $(cat "$home/api-url")"
    return 0
  fi
  stop_components
  write_env "${CAPAIAN_AIRFLOW_PORT:-$(free_port)}"
  write_password
  # bin/capaian rebuilds when its stamp is missing; the Maven build that starts us has just compiled
  # the classes and written the classpath, so the DAG's tasks must not start a nested build.
  if [ -f "$project/target/classpath.txt" ] && [ -d "$project/target/classes" ]; then
    touch "$project/target/.capaian-built"
  fi
  # shellcheck disable=SC1091
  source "$home/env"
  log "migrating the metadata database ($home/airflow.db)"
  "$venv/bin/airflow" db migrate >"$home/logs/db-migrate.out" 2>&1 \
    || { tail -20 "$home/logs/db-migrate.out" >&2; exit 1; }
  for c in "${components[@]}"; do
    # A session of its own, detached from our stdout, so Maven's exec returns and stop can kill the group.
    setsid "$venv/bin/airflow" "$c" >"$home/logs/$c.out" 2>&1 </dev/null &
    echo $! >"$home/run/$c.pid"
  done
  local deadline=$((SECONDS + ${CAPAIAN_AIRFLOW_START_TIMEOUT:-180}))
  until healthy; do
    for c in "${components[@]}"; do
      if ! running "$c"; then
        log "$c exited during start; last lines of $home/logs/$c.out:"
        tail -20 "$home/logs/$c.out" >&2
        stop_components
        exit 1
      fi
    done
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "the API did not answer within ${CAPAIAN_AIRFLOW_START_TIMEOUT:-180} s"
      tail -20 "$home/logs/api-server.out" >&2
      stop_components
      exit 1
    fi
    sleep 2
  done
  log "running at $(cat "$home/api-url") (AIRFLOW_HOME=$home)"
}

stop_components() {
  local c pid
  for c in "${components[@]}"; do
    if running "$c"; then
      pid="$(cat "$home/run/$c.pid")"
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    fi
  done
  local deadline=$((SECONDS + 30))
  for c in "${components[@]}"; do
    while running "$c" && [ "$SECONDS" -lt "$deadline" ]; do sleep 1; done
    if running "$c"; then
      pid="$(cat "$home/run/$c.pid")"
      log "$c did not stop in time; killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$home/run/$c.pid"
  done
}

stop() {
  [ -d "$home/run" ] || { log "not running"; return 0; }
  stop_components
  log "stopped"
}

status() {
  local c code=0
  for c in "${components[@]}"; do
    if running "$c"; then echo "$c: running (pid $(cat "$home/run/$c.pid"))"; else echo "$c: stopped"; code=3; fi
  done
  if [ -f "$home/api-url" ] && healthy; then echo "api: healthy at $(cat "$home/api-url")"; else echo "api: not answering"; code=3; fi
  return $code
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  url) cat "$home/api-url" ;;
  *) echo "usage: $0 install|start|stop|status|url" >&2; exit 2 ;;
esac
