#!/usr/bin/env bash
# Prepares (on first use), starts and deploys the KooGallery Connector on a local WildFly server, or stops it.
# Used by the system tests; a vendor can call it too, or follow the same steps in WildFly's management console
# (README, "WildFly").
#
#   wildfly-server.sh start WILDFLY_HOME BASE_DIR NAME EAR [PORT_BASE]
#   wildfly-server.sh stop  WILDFLY_HOME BASE_DIR NAME
#   wildfly-server.sh launch WILDFLY_HOME BASE_DIR NAME    (start a prepared server as it is, EAR included)
#
# The server's files (configuration, data, logs) live in BASE_DIR/NAME, a copy of WILDFLY_HOME/standalone, so that
# the installation itself stays as unpacked. Without PORT_BASE the server listens on 8080 (HTTP), 8443 (HTTPS)
# and 9990 (management, where MicroProfile Health answers /health); with it every port moves by PORT_BASE+80-8080,
# so that HTTP is PORT_BASE+80 as with payara-domain.sh.
# The server's environment is this script's: KOOGALLERY_* variables reach the connector through MicroProfile
# Config; the database pool (java:/jdbc/koogallery) comes from KOOGALLERY_DATASOURCE_* (scripts/lib/datasource.sh):
# embedded H2 in the server's data directory by default.
set -euo pipefail

command=${1:?usage: wildfly-server.sh start|stop WILDFLY_HOME BASE_DIR NAME [EAR [PORT_BASE]]}
wildfly_home=${2:?WILDFLY_HOME missing}
base_dir=${3:?BASE_DIR missing}
# the server needs it absolute (Liberty refuses a relative WLP_USER_DIR)
base_dir=$(mkdir -p "$base_dir" && cd "$base_dir" && pwd)
name=${4:?NAME missing}
server="$base_dir/$name"
cli="$wildfly_home/bin/jboss-cli.sh"
[ -x "$cli" ] || { echo "wildfly-server: no jboss-cli.sh at $cli (was WildFly unpacked?)" >&2; exit 2; }

# cli_quoted TEXT: TEXT fit for a double-quoted value of the WildFly CLI.
cli_quoted() { local v=${1//\\/\\\\}; printf '%s' "${v//\"/\\\"}"; }

offset_of() { if [ -n "${1:-}" ]; then echo $(( $1 + 80 - 8080 )); else echo 0; fi; }
management_of() { echo "127.0.0.1:$(( 9990 + $1 ))"; }

stop_server() {
  local pid_file="$server/wildfly.pid" offset
  [ -f "$pid_file" ] || return 0
  offset=$(cat "$server/port-offset" 2>/dev/null || echo 0)
  "$cli" --connect --controller="$(management_of "$offset")" --command=:shutdown >/dev/null 2>&1 || true
  local pid; pid=$(cat "$pid_file")
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pid_file"
}

# launch_server: starts the prepared server as it is (its deployments with it) and waits until it runs.
launch_server() {
  local offset; offset=$(cat "$server/port-offset")
  mkdir -p "$server/log"
  JBOSS_PIDFILE="$server/wildfly.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 nohup "$wildfly_home/bin/standalone.sh" \
      -c standalone.xml -Djboss.server.base.dir="$server" -Djboss.socket.binding.port-offset="$offset" \
      -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
      > "$server/log/console.log" 2>&1 &
  controller=$(management_of "$offset")
  for _ in $(seq 1 120); do
    if "$cli" --connect --controller="$controller" --command=':read-attribute(name=server-state)' 2>/dev/null | grep -q running; then
      break
    fi
    if ! kill -0 "$(cat "$server/wildfly.pid" 2>/dev/null || echo 0)" 2>/dev/null; then
      echo "wildfly-server: the server did not start; see $server/log/server.log" >&2
      grep -E "ERROR|FATAL" "$server/log/server.log" | tail -3 >&2 || true
      exit 1
    fi
    sleep 1
  done
  if ! "$cli" --connect --controller="$controller" --command=':read-attribute(name=server-state)' 2>/dev/null | grep -q running; then
    echo "wildfly-server: the server is not running after 120 s; see $server/log/server.log" >&2
    tail -n 5 "$server/log/server.log" >&2 || true
    exit 1
  fi
}

case "$command" in
  stop) stop_server; exit 0 ;;
  # launch: start a server that start has prepared, as it is (for the start-up measurement, bench/measure-startup.sh)
  launch) launch_server; exit 0 ;;
  start) ;;
  *) echo "wildfly-server: unknown command $command" >&2; exit 2 ;;
esac

ear=${5:?EAR missing}
offset=$(offset_of "${6:-}")
[ -f "$ear" ] || { echo "wildfly-server: no EAR at $ear (build it first)" >&2; exit 2; }
. "$(dirname "$0")/lib/datasource.sh"
. "$(dirname "$0")/lib/realm.sh"
# ${jboss.server.data.dir} is resolved by WildFly: the embedded H2 lives in the server's data directory.
read_datasource 'jdbc:h2:${jboss.server.data.dir}/koogallery-h2/koogallery;LOCK_TIMEOUT=2000'
read_realm_operator

stop_server
mkdir -p "$base_dir"
if [ ! -d "$server" ]; then
  echo "wildfly-server: creating server $name in $base_dir"
  cp -r "$wildfly_home/standalone" "$server"
fi
# the one-time part of the configuration until it has once succeeded
fresh=1
[ -f "$server/.koogallery-prepared" ] && fresh=0
echo "$offset" > "$server/port-offset"

# The configuration, written offline by an embedded server (no port opened): what the connector needs once, then
# the database pool again on every start, so that changed variables apply.
script="$server/koogallery-setup.cli"
( umask 077
  {
    echo "embed-server --server-config=standalone.xml --std-out=discard"
    if [ "$fresh" = 1 ]; then
      cat <<'CLI'
# MicroProfile Health (/health on the management port): standalone.xml has the subsystem but does not enable it
# (each step only when missing, so that a first start that failed later can be run again)
if (outcome != success) of /extension=org.wildfly.extension.microprofile.health-smallrye:read-resource
  /extension=org.wildfly.extension.microprofile.health-smallrye:add
end-if
if (outcome != success) of /subsystem=microprofile-health-smallrye:read-resource
  /subsystem=microprofile-health-smallrye:add(security-enabled=false)
end-if
# the connector's Jakarta Security identity store and authentication mechanism, not the server's JASPI bridge
/subsystem=undertow/application-security-domain=other:write-attribute(name=integrated-jaspi,value=false)
# a burst of callbacks that wait for provisioning must not queue past their 5 s (the default is 16 per core)
/subsystem=io/worker=default:write-attribute(name=task-max-threads,value=128)
CLI
    fi
    echo "try"
    echo "  data-source remove --name=KooGallery"
    echo "catch"
    echo "end-try"
    driver=h2
    if [ "$DS_KIND" != h2 ]; then
      [ -n "$DS_DRIVER_JAR" ] || { echo "wildfly-server: KOOGALLERY_DATASOURCE_DRIVER_JAR must name the JDBC driver jar for $DS_URL" >&2; exit 2; }
      driver=koogallery-jdbc
      echo "try"
      echo "  /subsystem=datasources/jdbc-driver=$driver:remove"
      echo "catch"
      echo "end-try"
      echo "/subsystem=datasources/jdbc-driver=$driver:add(driver-name=$driver,driver-module-name=org.kgconnector.jdbc)"
    fi
    # validated on checkout, the whole pool renewed when one connection fails, a checkout waits 2 s at most
    printf 'data-source add --name=KooGallery --jndi-name=java:/jdbc/koogallery --driver-name=%s --connection-url="%s" --user-name="%s" --password="%s" --min-pool-size=2 --max-pool-size=40 --blocking-timeout-wait-millis=2000 --validate-on-match=true --background-validation=false --valid-connection-checker-class-name=org.jboss.jca.adapters.jdbc.extensions.novendor.JDBC4ValidConnectionChecker --flush-strategy=EntirePool\n' \
        "$driver" "$(cli_quoted "$DS_URL")" "$(cli_quoted "$DS_USER")" "$(cli_quoted "$DS_PASSWORD")"
    echo "stop-embedded-server"
  } > "$script"
)
if [ "$DS_KIND" != h2 ]; then
  # the driver as a module of this installation (WildFly loads a data source's driver from a module)
  rm -rf "$wildfly_home/modules/org/kgconnector/jdbc"
  mkdir -p "$wildfly_home/modules/org/kgconnector/jdbc/main"
  cp "$DS_DRIVER_JAR" "$wildfly_home/modules/org/kgconnector/jdbc/main/driver.jar"
  cat > "$wildfly_home/modules/org/kgconnector/jdbc/main/module.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="org.kgconnector.jdbc">
  <resources>
    <resource-root path="driver.jar"/>
  </resources>
  <dependencies>
    <module name="java.sql"/>
    <module name="java.naming"/>
    <module name="java.logging"/>
    <module name="java.management"/>
    <module name="java.security.jgss"/>
    <module name="java.xml"/>
    <module name="jakarta.transaction.api"/>
  </dependencies>
</module>
XML
fi
status=0
# the log of the setup may echo the data source's values: owner-only, like the script
( umask 077; JAVA_OPTS="-Djboss.server.base.dir=$server" "$cli" --file="$script" > "$server/koogallery-setup.log" 2>&1 ) || status=$?
rm -f "$script"
# standalone.xml (and its history) holds the database password: the server's own user only
chmod -R go-rwx "$server/configuration"
if [ "$status" != 0 ]; then
  echo "wildfly-server: the configuration failed (exit $status); see $server/koogallery-setup.log" >&2
  exit 1
fi
touch "$server/.koogallery-prepared"
if [ -n "$REALM_USER" ]; then
  # a user of the application realm (application-users.properties), its group the role koogallery-admin
  "$wildfly_home/bin/add-user.sh" -s -a -sc "$server/configuration" -u "$REALM_USER" -p "$REALM_PASSWORD" \
      -g koogallery-admin >/dev/null \
    || { echo "wildfly-server: the realm operator $REALM_USER could not be made" >&2; exit 1; }
fi

launch_server
"$cli" --connect --controller="$controller" --command="deploy --force --name=koogallery-connector.ear \"$ear\""
echo "wildfly-server: koogallery-connector deployed on $name (http $(( 8080 + offset )), management $controller)"
