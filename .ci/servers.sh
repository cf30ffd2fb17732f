#!/usr/bin/env bash
# Private PostgreSQL and RabbitMQ instances for the distributed tests and benchmarks, from Debian's packages.
#   .ci/servers.sh install   apt-get install postgresql and rabbitmq-server when missing (root, no stdin)
#   .ci/servers.sh start     start both (idempotent) and print their settings as environment assignments
#   .ci/servers.sh stop      stop both
# They run as the packages' own users, on loopback only, with their data under $SUMMARIZER_SERVERS_DIR
# (default /tmp/summarizer-servers), so the machine's own clusters and services are never touched.
set -uo pipefail

STATE=${SUMMARIZER_SERVERS_DIR:-/tmp/summarizer-servers}
# Below Linux's ephemeral range (32768–60999): a port inside it can be taken by an outgoing connection's source port,
# and polling a port there that nothing listens on yet can connect the probe to itself, which reads as "up" and then
# keeps the server from binding (eaddrinuse).
PG_PORT=${SUMMARIZER_PG_PORT:-29432}
AMQP_PORT=${SUMMARIZER_AMQP_PORT:-29672}
DIST_PORT=${SUMMARIZER_RABBIT_DIST_PORT:-29673}
RABBIT_NODE=summarizer-test@localhost

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
have_pg() { [ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ]; }
have_rabbit() { [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

install() {
  local wanted=()
  have_pg || wanted+=(postgresql)
  have_rabbit || wanted+=(rabbitmq-server)
  [ ${#wanted[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then echo "servers: not root, cannot install ${wanted[*]}" >&2; return 1; fi
  # policy-rc.d may refuse to start the packaged services; that is fine, we start our own instances.
  apt-get update -qq </dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${wanted[@]}" </dev/null >/dev/null
}

start_pg() {
  have_pg || { echo "servers: postgresql is not installed" >&2; return 1; }
  local bin data=$STATE/pg
  bin=$(pg_bin)
  if ! port_open "$PG_PORT"; then
    if [ -f "$data/PG_VERSION" ] && runuser -u postgres -- "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      # Started by someone else and not listening yet: wait for it rather than start a second one. One that never
      # listens here (started on another port, or hung) is stopped and replaced.
      for _ in $(seq 1 120); do port_open "$PG_PORT" && return 0; sleep 0.5; done
      runuser -u postgres -- "$bin/pg_ctl" -D "$data" -m immediate -w -t 60 stop >/dev/null 2>&1
    fi
    # The instance holds only disposable test databases: each start begins from an empty cluster, so databases never
    # pile up across runs and a killed instance never needs a long crash recovery.
    rm -rf "$data"
    mkdir -p "$data" && chown postgres: "$STATE" "$data" && chmod 700 "$data"
    runuser -u postgres -- "$bin/initdb" -D "$data" -A trust -U summarizer -E UTF8 >"$STATE/pg-init.log" 2>&1 \
      || { cat "$STATE/pg-init.log" >&2; return 1; }
    runuser -u postgres -- "$bin/pg_ctl" -D "$data" -l "$STATE/pg.log" -w -t 60 \
      -o "-p $PG_PORT -k $STATE -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null \
      || { tail -20 "$STATE/pg.log" >&2; return 1; }
  fi
}

# The node's Erlang VMs: the node name is in their environment, not on their command line.
rabbit_pids() {
  local pid
  for pid in $(pgrep -u rabbitmq beam); do grep -qz "^RABBITMQ_NODENAME=$RABBIT_NODE\$" "/proc/$pid/environ" 2>/dev/null && echo "$pid"; done
}
rabbit_running() { [ -n "$(rabbit_pids)" ]; }

stop_rabbit_node() {
  runuser -u rabbitmq -- env HOME="$STATE/rabbit" timeout 60 /usr/lib/rabbitmq/bin/rabbitmqctl -n $RABBIT_NODE stop >/dev/null 2>&1
  for _ in $(seq 1 20); do rabbit_running || return 0; sleep 0.5; done
  local pids
  pids=$(rabbit_pids); [ -n "$pids" ] && kill -KILL $pids; sleep 1
}

start_rabbit() {
  have_rabbit || { echo "servers: rabbitmq-server is not installed" >&2; return 1; }
  local home=$STATE/rabbit
  port_open "$AMQP_PORT" && return 0
  if rabbit_running; then
    # Started by someone else and still booting: wait for it rather than start a second node on the same ports.
    for _ in $(seq 1 120); do port_open "$AMQP_PORT" && return 0; rabbit_running || break; sleep 0.5; done
    # A node that never opens its port (or hangs recovering old state) is stopped and replaced.
    stop_rabbit_node
  fi
  # Like the PostgreSQL cluster, the broker holds only disposable test queues: each start begins from an empty node, so
  # queues never pile up across runs (a node recovering hundreds of them can outlast the wait below).
  rm -rf "$home"
  mkdir -p "$home/log" "$home/mnesia" && chmod 755 "$STATE"
  printf '[].\n' >"$home/enabled_plugins"
  printf 'listeners.tcp.default = 127.0.0.1:%s\nloopback_users = none\n' "$AMQP_PORT" >"$home/rabbitmq.conf"
  chown -R rabbitmq: "$home"
  # The whole background job writes to the log, never to this script's output: `servers=$(... start)` must not wait on it.
  (cd "$home" && exec setsid runuser -u rabbitmq -- env HOME="$home" RABBITMQ_NODENAME=$RABBIT_NODE \
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$AMQP_PORT" RABBITMQ_DIST_PORT="$DIST_PORT" \
    RABBITMQ_MNESIA_BASE="$home/mnesia" RABBITMQ_LOG_BASE="$home/log" RABBITMQ_CONFIG_FILE="$home/rabbitmq" \
    RABBITMQ_ENABLED_PLUGINS_FILE="$home/enabled_plugins" \
    /usr/lib/rabbitmq/bin/rabbitmq-server) </dev/null >"$STATE/rabbit.log" 2>&1 &
  local server=$!
  for _ in $(seq 1 240); do port_open "$AMQP_PORT" && return 0; kill -0 $server 2>/dev/null || break; sleep 0.5; done
  echo "servers: rabbitmq did not start" >&2; tail -20 "$STATE/rabbit.log" >&2; return 1
}

stop() {
  local bin
  bin=$(pg_bin)
  [ -f "$STATE/pg/postmaster.pid" ] && runuser -u postgres -- "$bin/pg_ctl" -D "$STATE/pg" -m fast stop >/dev/null 2>&1
  if have_rabbit && rabbit_running; then stop_rabbit_node; fi
  return 0
}

case "${1:-start}" in
  install) install ;;
  start)
    mkdir -p "$STATE"
    start_pg && start_rabbit || exit 1
    echo "SUMMARIZER_TEST_POSTGRES=Host=127.0.0.1;Port=$PG_PORT;Username=summarizer;Database=postgres"
    echo "SUMMARIZER_TEST_RABBITMQ=amqp://guest:guest@127.0.0.1:$AMQP_PORT/"
    ;;
  stop) stop ;;
  *) echo "usage: $0 install|start|stop" >&2; exit 2 ;;
esac
