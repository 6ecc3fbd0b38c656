# Sourced by payara-domain.sh and cluster.sh, after datasource.sh and read_datasource.
# define_payara_database "TARGETS" WORK_DIR ASADMIN...: (re)defines the pool koogallery-pool and the JDBC resource
# jdbc/koogallery that the EAR's persistence unit names, for TARGETS ("server", or the instances of a deployment
# group, which add-resources cannot target: the resource is made in the domain and referenced by each), from the
# DS_* values. A driver jar (DS_DRIVER_JAR) must already be on the server (add-library, then a restart). Connections are validated on checkout and the whole pool is renewed when one fails (a restarted
# database costs no redeploy); a checkout waits 2 s at most, inside a callback's 5 s.
define_payara_database() {
  local targets=$1 work=$2 file target
  shift 2
  "$@" delete-jdbc-connection-pool --cascade=true koogallery-pool >/dev/null 2>&1 || true
  local class_attribute
  if ds_is_driver; then
    class_attribute="res-type=\"java.sql.Driver\" driver-classname=\"$(xml_escape "$DS_CLASS")\""
  else
    class_attribute="res-type=\"javax.sql.DataSource\" datasource-classname=\"$(xml_escape "$DS_CLASS")\""
  fi
  file="$work/koogallery-resources.xml"
  ( umask 077
    cat > "$file" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE resources PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Resource Definitions//EN" "http://glassfish.org/dtds/glassfish-resources_1_5.dtd">
<resources>
  <jdbc-connection-pool name="koogallery-pool" $class_attribute
      steady-pool-size="2" max-pool-size="40" max-wait-time-in-millis="2000"
      is-connection-validation-required="true" connection-validation-method="custom-validation"
      validation-classname="org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"
      fail-all-connections="true">
    <property name="URL" value="$(xml_escape "$DS_URL")"/>
    <property name="user" value="$(xml_escape "$DS_USER")"/>
    <property name="password" value="$(xml_escape "$DS_PASSWORD")"/>
  </jdbc-connection-pool>
  <jdbc-resource jndi-name="jdbc/koogallery" pool-name="koogallery-pool"/>
</resources>
XML
  )
  local status=0
  if [ "$targets" = server ]; then
    "$@" add-resources --target server "$file" || status=$?
  else
    "$@" add-resources --target domain "$file" || status=$?
    for target in $targets; do
      [ "$status" = 0 ] && { "$@" create-resource-ref --target "$target" jdbc/koogallery || status=$?; }
    done
  fi
  rm -f "$file"
  return $status
}

# map_groups_to_roles CONFIG ASADMIN...: a group that the connector's identity store returns is the role of the same
# name (koogallery-admin), as on WildFly and Open Liberty, without a Payara descriptor in the EAR.
map_groups_to_roles() {
  local config=$1
  shift
  "$@" set "configs.config.$config.security-service.activate-default-principal-to-role-mapping=true"
}

# hibernate_finds_payara_transactions CONFIG ASADMIN...: the EAR's Hibernate does not recognise Payara's transaction
# manager by itself (it finds no JTA platform and cannot start); a JVM option names it, for this server only.
hibernate_finds_payara_transactions() {
  local config=$1
  shift
  "$@" create-jvm-options --target "$config" \
      '-Dhibernate.transaction.jta.platform=org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform' \
      >/dev/null 2>&1 || true
}
