#!/usr/bin/env bash
# The start-up of the connector on one of its servers, measured the same way on each: the server, prepared and
# with the EAR deployed by its script's `start`, is stopped and launched again as it is; printed are the seconds
# from the launch command to the connector's first answer (an unsigned POST /koogallery/saas answered with a
# signed result code: 000002, or 000005 when no key is configured), and the server's resident memory then and after
# a minute of idling.
#
#   bash bench/measure-startup.sh payara  PAYARA_HOME  DOMAIN_DIR DOMAIN [PORT_BASE]
#   bash bench/measure-startup.sh wildfly WILDFLY_HOME BASE_DIR   NAME   [PORT_BASE]
#   bash bench/measure-startup.sh liberty WLP_HOME     BASE_DIR   NAME   [PORT_BASE]
#
# Without PORT_BASE the server's HTTP port is 8080, with it PORT_BASE+80 (as the scripts place it).
set -euo pipefail
kind=${1:?payara, wildfly or liberty}
home=${2:?server home missing}
dir=${3:?base directory missing}
name=${4:?name missing}
port=$(( ${5:-8000} + 80 ))
scripts="$(dirname "$0")/../scripts"

case "$kind" in
  payara)  stop() { "$home/bin/asadmin" stop-domain --domaindir "$dir" "$name" >/dev/null 2>&1 || true; }
           launch() { "$home/bin/asadmin" start-domain --domaindir "$dir" "$name" >/dev/null; } ;;
  wildfly) stop() { bash "$scripts/wildfly-server.sh" stop "$home" "$dir" "$name"; }
           launch() { bash "$scripts/wildfly-server.sh" launch "$home" "$dir" "$name" >/dev/null; } ;;
  liberty) stop() { bash "$scripts/liberty-server.sh" stop "$home" "$dir" "$name"; }
           launch() { bash "$scripts/liberty-server.sh" launch "$home" "$dir" "$name" >/dev/null; } ;;
  *) echo "measure-startup: unknown server $kind" >&2; exit 2 ;;
esac

answers() {
  curl -s -m 2 -X POST -H 'Content-Type: application/json' -d '{}' "http://127.0.0.1:$port/koogallery/saas" \
      | grep -q '"resultCode":"'
}
rss_mib() { echo $(( $(awk '/VmRSS/{print $2}' "/proc/$1/status") / 1024 )); }

stop
sleep 2
start=$(date +%s.%N)
launch
until answers; do sleep 0.2; done
ready=$(date +%s.%N)
pid=$(ss -ltnpH "sport = :$port" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)
printf '%s: launch to first answer %.1f s\n' "$kind" "$(echo "$ready - $start" | bc)"
printf '%s: resident memory after start %d MiB\n' "$kind" "$(rss_mib "$pid")"
sleep 60
printf '%s: resident memory after 60 s idle %d MiB\n' "$kind" "$(rss_mib "$pid")"
