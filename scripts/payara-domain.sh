#!/usr/bin/env bash
# Creates (on first use), starts and deploys the KooGallery Connector on a local Payara Server domain,
# or stops that domain. Used by `mvn -Prun package` and by the system tests; a vendor can call it too.
#
#   payara-domain.sh start  PAYARA_HOME DOMAIN_DIR DOMAIN_NAME EAR [PORT_BASE]
#   payara-domain.sh stop   PAYARA_HOME DOMAIN_DIR DOMAIN_NAME
#
# Without PORT_BASE the domain listens on 8080 (HTTP) and 4848 (admin); with it on PORT_BASE+80 and +48.
# The server's environment is this script's environment: KOOGALLERY_* variables (keys, …) reach the connector
# through MicroProfile Config. A running domain is restarted so that changed variables apply. The database pool
# (jdbc/koogallery) is defined from KOOGALLERY_DATASOURCE_* (scripts/lib/datasource.sh): embedded H2 in the
# domain's config directory by default.
# PAYARA_HTTP_THREADS (default 128) sizes the HTTP listener's worker pool.
set -euo pipefail

command=${1:?usage: payara-domain.sh start|stop PAYARA_HOME DOMAIN_DIR DOMAIN_NAME [EAR [PORT_BASE]]}
payara_home=${2:?PAYARA_HOME missing}
domain_dir=${3:?DOMAIN_DIR missing}
domain=${4:?DOMAIN_NAME missing}
asadmin="$payara_home/bin/asadmin"
# Payara's HTTP listener has 5 worker threads by default: with more marketplace calls at once than that, the
# others queue before the connector sees them and their 5 s budget runs out unseen. Callbacks that wait for
# provisioning hold their thread up to the budget, so the pool must hold a burst of them.
HTTP_THREADS=${PAYARA_HTTP_THREADS:-128}

[ -x "$asadmin" ] || { echo "payara-domain: no asadmin at $asadmin (was Payara unpacked?)" >&2; exit 2; }

admin_port() {
  sed -n 's/.*<network-listener[^>]*name="admin-listener"[^>]*port="\([0-9]*\)".*/\1/p;s/.*<network-listener[^>]*port="\([0-9]*\)"[^>]*name="admin-listener".*/\1/p' \
    "$domain_dir/$domain/config/domain.xml" | head -n 1
}

case "$command" in
  stop)
    if [ -d "$domain_dir/$domain" ]; then
      "$asadmin" stop-domain --domaindir "$domain_dir" "$domain" || true
    fi
    exit 0
    ;;
  start) ;;
  *) echo "payara-domain: unknown command $command" >&2; exit 2 ;;
esac

ear=${5:?EAR missing}
port_base=${6:-}
[ -f "$ear" ] || { echo "payara-domain: no EAR at $ear (build it first)" >&2; exit 2; }
mkdir -p "$domain_dir"

if [ ! -d "$domain_dir/$domain" ]; then
  echo "payara-domain: creating domain $domain in $domain_dir"
  if [ -n "$port_base" ]; then
    ports=(--portbase "$port_base")
  else
    ports=(--adminport 4848 --instanceport 8080)
  fi
  "$asadmin" --user admin create-domain --nopassword=true "${ports[@]}" --domaindir "$domain_dir" "$domain"
  fresh=1
else
  fresh=0
fi

. "$(dirname "$0")/lib/payara-hardening.sh"
. "$(dirname "$0")/lib/datasource.sh"
. "$(dirname "$0")/lib/payara-datasource.sh"
. "$(dirname "$0")/lib/realm.sh"
# Payara runs in the domain's config directory: the embedded H2 lives there.
read_datasource "jdbc:h2:./koogallery-h2/koogallery;LOCK_TIMEOUT=2000"
read_realm_operator

port=$(admin_port)
a=("$asadmin" --port "$port" --user admin --passwordfile /dev/null --interactive=false)
# Undeploy while the old server still runs, so that the restart does not load the old EAR only to replace it
# (a redeploy over an application that just booted can fail on Payara's monitoring registry).
"${a[@]}" undeploy koogallery-connector >/dev/null 2>&1 || true
"$asadmin" stop-domain --domaindir "$domain_dir" "$domain" >/dev/null 2>&1 || true
"$asadmin" start-domain --domaindir "$domain_dir" "$domain"

# A new domain, and a domain whose JVM options changed, is restarted once before the deploy.
restart=$fresh
if [ "$fresh" = 1 ]; then
  # A single node needs no data grid; a cluster is set up by scripts/cluster.sh instead.
  "${a[@]}" set-hazelcast-configuration --enabled=false --dynamic=true
  # Re-read MicroProfile Config at once, so a changed key applies without waiting for a cache.
  "${a[@]}" set-config-property --propertyName=payara.microprofile.config.cache-duration-seconds --propertyValue=0 \
      --source=domain >/dev/null 2>&1 || "${a[@]}" set configs.config.server-config.microprofile-config.cache-duration-seconds=0
  "${a[@]}" create-jvm-options '-Dhazelcast.socket.bind.any=false' || true
fi
# On every start, so that a domain made by an older version of this script gets them too (all idempotent).
"${a[@]}" set "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=$HTTP_THREADS" >/dev/null
hide_product server-config "${a[@]}" >/dev/null
only_modern_tls server-config "${a[@]}" >/dev/null
map_groups_to_roles server-config "${a[@]}" >/dev/null
if ! grep -q 'hibernate.transaction.jta.platform' "$domain_dir/$domain/config/domain.xml"; then
  hibernate_finds_payara_transactions server-config "${a[@]}"
  restart=1
fi
# The database: a driver jar new to the domain is loaded by a restart.
if [ -n "$DS_DRIVER_JAR" ] && [ ! -f "$domain_dir/$domain/lib/$(basename "$DS_DRIVER_JAR")" ]; then
  "${a[@]}" add-library --type common "$DS_DRIVER_JAR"
  restart=1
fi
if [ "$restart" = 1 ]; then
  "${a[@]}" restart-domain --domaindir "$domain_dir" "$domain" >/dev/null 2>&1 || "$asadmin" restart-domain --domaindir "$domain_dir" "$domain"
fi
define_payara_database server "$domain_dir/$domain" "${a[@]}"
if [ -n "$REALM_USER" ]; then
  define_payara_realm_operator "$domain_dir/$domain" "${a[@]}"
fi

# A domain stopped with the application deployed boots it again; a deploy over it can fail on Payara's service
# locator, so it is undeployed first.
"${a[@]}" undeploy koogallery-connector >/dev/null 2>&1 || true
"${a[@]}" deploy --force=true --name koogallery-connector "$ear"
echo "payara-domain: koogallery-connector deployed on domain $domain (admin port $port)"
