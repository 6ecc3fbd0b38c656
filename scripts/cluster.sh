#!/usr/bin/env bash
# Sets up and runs the KooGallery Connector as a two-instance Payara Server cluster on this machine: a domain
# (the DAS), a deployment group with instances kg-a and kg-b, Hazelcast in tcpip mode on 127.0.0.1 only, and the
# EAR deployed to the group. Both instances share the database of KOOGALLERY_DATASOURCE_* (PostgreSQL, its driver
# jar in KOOGALLERY_DATASOURCE_DRIVER_JAR; scripts/lib/datasource.sh): any callback may land on either. Used by the cluster system tests; a vendor follows the same steps on its servers.
#
#   cluster.sh start PAYARA_HOME DOMAIN_DIR DOMAIN_NAME EAR PORT_BASE
#   cluster.sh stop  PAYARA_HOME DOMAIN_DIR DOMAIN_NAME
#   cluster.sh kill  PAYARA_HOME DOMAIN_DIR DOMAIN_NAME INSTANCE     (kill -9, for failure tests)
#
# Ports: DAS admin PORT_BASE+48; kg-a HTTP PORT_BASE+180, kg-b HTTP PORT_BASE+280; Hazelcast PORT_BASE+60..62.
# The instances inherit this script's environment (KOOGALLERY_* variables reach them through MicroProfile Config).
set -euo pipefail

command=${1:?usage: cluster.sh start|stop|kill PAYARA_HOME DOMAIN_DIR DOMAIN_NAME ...}
payara_home=${2:?PAYARA_HOME missing}
domain_dir=${3:?DOMAIN_DIR missing}
domain=${4:?DOMAIN_NAME missing}
asadmin="$payara_home/bin/asadmin"
. "$(dirname "$0")/lib/payara-hardening.sh"
. "$(dirname "$0")/lib/datasource.sh"
. "$(dirname "$0")/lib/payara-datasource.sh"
node="localhost-$domain"
instances=(kg-a kg-b)
[ -x "$asadmin" ] || { echo "cluster: no asadmin at $asadmin" >&2; exit 2; }

instance_dir() { echo "$payara_home/glassfish/nodes/$node/$1"; }

case "$command" in
  stop)
    for i in "${instances[@]}"; do
      [ -d "$(instance_dir "$i")" ] && "$asadmin" stop-local-instance --node "$node" --kill=true "$i" >/dev/null 2>&1 || true
    done
    [ -d "$domain_dir/$domain" ] && "$asadmin" stop-domain --domaindir "$domain_dir" "$domain" >/dev/null 2>&1 || true
    exit 0
    ;;
  kill)
    instance=${5:?INSTANCE missing}
    pid=$(cat "$(instance_dir "$instance")/config/pid")
    kill -9 "$pid"
    echo "cluster: killed $instance (pid $pid)"
    exit 0
    ;;
  start) ;;
  *) echo "cluster: unknown command $command" >&2; exit 2 ;;
esac

ear=${5:?EAR missing}
# a cluster shares one database of its own: no embedded default
[ -n "${KOOGALLERY_DATASOURCE_URL:-}" ] || { echo "cluster: KOOGALLERY_DATASOURCE_URL is not set (a cluster needs a shared database)" >&2; exit 2; }
read_datasource ""
base=${6:?PORT_BASE missing}
[ -f "$ear" ] || { echo "cluster: no EAR at $ear" >&2; exit 2; }
mkdir -p "$domain_dir"
a=("$asadmin" --port $((base + 48)) --user admin --passwordfile /dev/null --interactive=false)

if [ ! -d "$domain_dir/$domain" ]; then
  "$asadmin" --user admin create-domain --nopassword=true --portbase "$base" --domaindir "$domain_dir" "$domain"
  "$asadmin" start-domain --domaindir "$domain_dir" "$domain"
  members="127.0.0.1:$((base + 60)),127.0.0.1:$((base + 61)),127.0.0.1:$((base + 62))"
  # The data grid on loopback only: explicit members, one interface, and no listening on any other address.
  "${a[@]}" set-hazelcast-configuration --enabled=true --dynamic=false --clustermode tcpip --tcpipmembers "$members" \
      --interfaces 127.0.0.1 --dasbindaddress 127.0.0.1 --dasport $((base + 60)) --startport $((base + 61))
  "${a[@]}" create-jvm-options '-Dhazelcast.socket.bind.any=false'
  "${a[@]}" create-deployment-group kg-group
  offset=100
  for i in "${instances[@]}"; do
    "${a[@]}" create-instance --node "$node" --portbase $((base + offset)) "$i"
    "${a[@]}" add-instance-to-deployment-group --instance "$i" --deploymentgroup kg-group
    "${a[@]}" create-jvm-options --target "$i-config" '-Dhazelcast.socket.bind.any=false'
    # More HTTP workers than Payara's 5, as in payara-domain.sh: a burst of waiting callbacks must not queue.
    "${a[@]}" set "configs.config.$i-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=${PAYARA_HTTP_THREADS:-128}"
    hide_product "$i-config" "${a[@]}"
    only_modern_tls "$i-config" "${a[@]}"
    offset=$((offset + 100))
  done
  "${a[@]}" stop-domain >/dev/null 2>&1 || "$asadmin" stop-domain --domaindir "$domain_dir" "$domain"
fi

for i in "${instances[@]}"; do
  "$asadmin" stop-local-instance --node "$node" --kill=true "$i" >/dev/null 2>&1 || true
done
"$asadmin" stop-domain --domaindir "$domain_dir" "$domain" >/dev/null 2>&1 || true
"$asadmin" start-domain --domaindir "$domain_dir" "$domain"
"${a[@]}" undeploy --target domain koogallery-connector >/dev/null 2>&1 || true
# On every start, so that a cluster made by an older version of this script gets them too (both are idempotent).
for i in "${instances[@]}"; do
  map_groups_to_roles "$i-config" "${a[@]}" >/dev/null
  hibernate_finds_payara_transactions "$i-config" "${a[@]}"
done
# The driver jar goes to the domain's lib directory, which a full synchronisation copies to the instances.
sync=normal
if [ -n "$DS_DRIVER_JAR" ] && [ ! -f "$domain_dir/$domain/lib/$(basename "$DS_DRIVER_JAR")" ]; then
  "${a[@]}" add-library --type common "$DS_DRIVER_JAR"
  sync=full
fi
define_payara_database "${instances[*]}" "$domain_dir/$domain" "${a[@]}"
"${a[@]}" deploy --target kg-group --force=true --name koogallery-connector "$ear"
for i in "${instances[@]}"; do
  "$asadmin" start-local-instance --node "$node" --sync "$sync" "$i"
done
echo "cluster: koogallery-connector deployed to kg-group (kg-a http $((base + 180)), kg-b http $((base + 280)))"
