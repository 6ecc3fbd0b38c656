#!/usr/bin/env bash
# Prepares, starts and deploys the KooGallery Connector on a local Open Liberty server, or stops it. Used by the
# system tests; a vendor can call it too, or write the same server.xml (README, "Open Liberty").
#
#   liberty-server.sh start WLP_HOME BASE_DIR NAME EAR [PORT_BASE]
#   liberty-server.sh stop  WLP_HOME BASE_DIR NAME
#   liberty-server.sh launch WLP_HOME BASE_DIR NAME    (start a prepared server as it is, EAR included)
#
# The server's files live in BASE_DIR/NAME (Liberty's user directory; the server itself is servers/koogallery),
# so that the installation stays as unpacked. Without PORT_BASE the server listens on 8080 (HTTP) and 8443
# (HTTPS); with it on PORT_BASE+80 and PORT_BASE+81, as with payara-domain.sh. /health is on the HTTP port.
# The server's environment is this script's: KOOGALLERY_* variables reach the connector through MicroProfile
# Config; the database pool (jndiName jdbc/koogallery) comes from KOOGALLERY_DATASOURCE_* (scripts/lib/datasource.sh):
# embedded H2 in the server's output directory by default. Liberty ships no JDBC driver:
# KOOGALLERY_DATASOURCE_DRIVER_JAR names it, H2's too (default: h2.jar beside WLP_HOME, where -Prun-liberty puts it).
set -euo pipefail

command=${1:?usage: liberty-server.sh start|stop WLP_HOME BASE_DIR NAME [EAR [PORT_BASE]]}
wlp_home=${2:?WLP_HOME missing}
base_dir=${3:?BASE_DIR missing}
# the server needs it absolute (Liberty refuses a relative WLP_USER_DIR)
base_dir=$(mkdir -p "$base_dir" && cd "$base_dir" && pwd)
name=${4:?NAME missing}
export WLP_USER_DIR="$base_dir/$name"
server_dir="$WLP_USER_DIR/servers/koogallery"
liberty="$wlp_home/bin/server"
[ -x "$liberty" ] || { echo "liberty-server: no bin/server at $liberty (was Open Liberty unpacked?)" >&2; exit 2; }

case "$command" in
  stop)
    [ -d "$server_dir" ] && "$liberty" stop koogallery >/dev/null 2>&1 || true
    exit 0
    ;;
  # launch: start a server that start has prepared, as it is (for the start-up measurement, bench/measure-startup.sh)
  launch) "$liberty" start koogallery; exit 0 ;;
  start) ;;
  *) echo "liberty-server: unknown command $command" >&2; exit 2 ;;
esac

ear=${5:?EAR missing}
port_base=${6:-}
if [ -n "$port_base" ]; then http=$((port_base + 80)); https=$((port_base + 81)); else http=8080; https=8443; fi
[ -f "$ear" ] || { echo "liberty-server: no EAR at $ear (build it first)" >&2; exit 2; }
. "$(dirname "$0")/lib/datasource.sh"
. "$(dirname "$0")/lib/realm.sh"
read_datasource 'jdbc:h2:${server.output.dir}/koogallery-h2/koogallery;LOCK_TIMEOUT=2000'
read_realm_operator
realm_registry=""
if [ -n "$REALM_USER" ]; then
  # the server's own realm: a basic registry holding the realm operator in the group koogallery-admin
  realm_registry="  <basicRegistry id=\"koogallery-realm\" realm=\"koogallery\">
    <user name=\"$REALM_USER\" password=\"$(xml_escape "$REALM_PASSWORD")\"/>
    <group name=\"koogallery-admin\"><member name=\"$REALM_USER\"/></group>
  </basicRegistry>"
fi
# the H2 driver that `mvn -Prun-liberty package` puts beside the installation
if [ -z "$DS_DRIVER_JAR" ] && [ "$DS_KIND" = h2 ] && [ -f "$wlp_home/../h2.jar" ]; then DS_DRIVER_JAR="$wlp_home/../h2.jar"; fi
[ -n "$DS_DRIVER_JAR" ] || { echo "liberty-server: KOOGALLERY_DATASOURCE_DRIVER_JAR must name the JDBC driver jar for $DS_URL" >&2; exit 2; }
case "$DS_KIND" in
  h2) dialect=org.hibernate.dialect.H2Dialect ;;
  postgresql) dialect=org.hibernate.dialect.PostgreSQLDialect ;;
  *) dialect=${KOOGALLERY_HIBERNATE_DIALECT:?KOOGALLERY_HIBERNATE_DIALECT must name the Hibernate dialect of $DS_URL} ;;
esac

"$liberty" stop koogallery >/dev/null 2>&1 || true
[ -d "$server_dir" ] || "$liberty" create koogallery >/dev/null
mkdir -p "$server_dir/apps" "$server_dir/jdbc"
cp "$ear" "$server_dir/apps/koogallery-connector.ear"
cp "$DS_DRIVER_JAR" "$server_dir/jdbc/driver.jar"

if ds_is_driver; then ds_type=java.sql.Driver; else ds_type=javax.sql.DataSource; fi
# server.xml holds the database password: made anew, owner-only (server create wrote it with the default umask)
rm -f "$server_dir/server.xml"
( umask 077
  cat > "$server_dir/server.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by scripts/liberty-server.sh on every start: change the script (or its variables), not this file. -->
<server description="KooGallery Connector">
  <featureManager>
    <feature>jakartaee-10.0</feature>
    <feature>mpConfig-3.1</feature>
    <feature>mpHealth-4.0</feature>
  </featureManager>

  <httpEndpoint id="defaultHttpEndpoint" host="127.0.0.1" httpPort="$http" httpsPort="$https">
    <!-- answers name no product and no version -->
    <httpOptions removeServerHeader="true"/>
  </httpEndpoint>
  <webContainer disableXPoweredBy="true"/>
  <!-- the admin API signs in per request (HTTP Basic); no Liberty single-sign-on cookie (LtpaToken2) after it -->
  <webAppSecurity singleSignonEnabled="false"/>
  <!-- a burst of callbacks that wait for provisioning must not queue past their 5 s -->
  <executor coreThreads="16" maxThreads="128"/>

  <library id="koogallery-jdbc">
    <file name="\${server.config.dir}/jdbc/driver.jar"/>
  </library>
  <!-- validated on checkout; a checkout waits 2 s at most, inside a callback's 5 s -->
  <dataSource id="koogallery" jndiName="jdbc/koogallery" type="$ds_type" validationTimeout="2s">
    <jdbcDriver libraryRef="koogallery-jdbc"/>
    <connectionManager minPoolSize="2" maxPoolSize="40" connectionTimeout="2s" purgePolicy="EntirePool"/>
    <properties URL="$(xml_escape "$DS_URL")" user="$(xml_escape "$DS_USER")" password="$(xml_escape "$DS_PASSWORD")"/>
  </dataSource>

$realm_registry
  <enterpriseApplication id="koogallery-connector" name="koogallery-connector"
      location="\${server.config.dir}/apps/koogallery-connector.ear"/>
</server>
XML
)
# Hibernate asks the database for its dialect only once a connection exists, which Liberty's bootstrap of the
# unit does not give it: it is named here, for this server only.
# The heap as Payara's and WildFly's default configurations have it (Liberty's JVM would take a quarter of RAM).
cat > "$server_dir/jvm.options" <<OPTS
-Dhibernate.dialect=$dialect
-Xmx${LIBERTY_MAX_HEAP:-512m}
OPTS
"$liberty" start koogallery
for _ in $(seq 1 180); do
  if grep -q "CWWKZ0001I.*koogallery-connector\|CWWKZ0002E\|CWWKZ0004E" "$server_dir/logs/messages.log" 2>/dev/null; then
    break
  fi
  sleep 1
done
if ! grep -q "CWWKZ0001I.*koogallery-connector" "$server_dir/logs/messages.log" 2>/dev/null; then
  echo "liberty-server: koogallery-connector did not start; see $server_dir/logs/messages.log" >&2
  grep -E "^.{0,40}.*E " "$server_dir/logs/messages.log" | tail -5 >&2 || true
  exit 1
fi
echo "liberty-server: koogallery-connector deployed on $name (http $http)"
