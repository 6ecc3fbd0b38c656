#!/usr/bin/env bash
# Restarts the connector's local domain (as left by `mvn -Prun package`) and prints the seconds from
# `asadmin start-domain` to the first successful signed-free health check, and the server's resident memory
# right after start and after a minute of idling.
#   bash bench/measure-startup.sh [PAYARA_HOME] [DOMAIN_DIR] [DOMAIN]
set -euo pipefail
home=${1:-target/payara/payara6}
dir=${2:-.connector/domains}
domain=${3:-connector}
"$home/bin/asadmin" stop-domain --domaindir "$dir" "$domain" >/dev/null 2>&1 || true
start=$(date +%s.%N)
"$home/bin/asadmin" start-domain --domaindir "$dir" "$domain" >/dev/null
until curl -sf -o /dev/null http://127.0.0.1:8080/health; do sleep 0.2; done
ready=$(date +%s.%N)
pid=$(pgrep -f "$dir/$domain" | head -n 1)
printf 'start-up to healthy: %.1f s\n' "$(echo "$ready - $start" | bc)"
printf 'resident memory after start: %d MiB\n' $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 ))
sleep 60
printf 'resident memory after 60 s idle: %d MiB\n' $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 ))
