# Sourced by payara-domain.sh and cluster.sh, after datasource.sh and read_datasource.
# define_payara_database "TARGETS" WORK_DIR ASADMIN...: (re)defines the pool koogallery-pool and the JDBC resource
# jdbc/koogallery that the EAR's persistence unit names, for TARGETS ("server", or the instances of a deployment
# group, which add-resources cannot target: the resource is made in the domain and referenced by each), from the
# DS_* values. A driver jar (DS_DRIVER_JAR) must already be on the server (add-library, then a restart). The password
# is a Payara password alias (koogallery-db), so domain.xml holds no database password. Connections are validated on checkout and the whole pool is renewed when one fails (a restarted
# database costs no redeploy); a checkout waits 2 s at most, inside a callback's 5 s.
define_payara_database() {
  local targets=$1 work=$2 file target
  shift 2
  "$@" delete-jdbc-connection-pool --cascade=true koogallery-pool >/dev/null 2>&1 || true
  local secret="$work/koogallery-alias.txt" status=0
  ( umask 077; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$DS_PASSWORD" > "$secret" )
  "$@" delete-password-alias koogallery-db >/dev/null 2>&1 || true
  with_password_file "$secret" "$@" create-password-alias koogallery-db >/dev/null || status=$?
  rm -f "$secret"
  [ "$status" = 0 ] || { echo "payara: the database password alias could not be made" >&2; return "$status"; }
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
    <property name="password" value="\${ALIAS=koogallery-db}"/>
  </jdbc-connection-pool>
  <jdbc-resource jndi-name="jdbc/koogallery" pool-name="koogallery-pool"/>
</resources>
XML
  )
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

# define_payara_realm_operator WORK_DIR ASADMIN...: (re)makes REALM_USER, with REALM_PASSWORD, a user of the file
# realm (the server's default realm) in the group koogallery-admin; the password goes by a password file only.
define_payara_realm_operator() {
  local work=$1 status=0
  shift
  local secret="$work/koogallery-realm-user.txt"
  ( umask 077; printf 'AS_ADMIN_USERPASSWORD=%s\n' "$REALM_PASSWORD" > "$secret" )
  "$@" delete-file-user --authrealmname file "$REALM_USER" >/dev/null 2>&1 || true
  with_password_file "$secret" "$@" create-file-user --authrealmname file --groups koogallery-admin "$REALM_USER" \
      >/dev/null || status=$?
  rm -f "$secret"
  [ "$status" = 0 ] || echo "payara: the realm operator $REALM_USER could not be made" >&2
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
# Idempotent: an option already there is left as it is.
hibernate_finds_payara_transactions() {
  local config=$1
  shift
  if ! "$@" list-jvm-options --target "$config" | grep -q 'hibernate.transaction.jta.platform'; then
    "$@" create-jvm-options --target "$config" \
        '-Dhibernate.transaction.jta.platform=org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform'
  fi
}

# with_password_file FILE ASADMIN... SUBCOMMAND...: the asadmin command line with FILE as its --passwordfile.
with_password_file() {
  local file=$1 replace=0 arg
  shift
  local command=()
  for arg in "$@"; do
    if [ "$replace" = 1 ]; then command+=("$file"); replace=0; continue; fi
    [ "$arg" = --passwordfile ] && replace=1
    command+=("$arg")
  done
  "${command[@]}"
}
