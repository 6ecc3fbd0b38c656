# Sourced by the server scripts (payara-domain.sh, cluster.sh, wildfly-server.sh, liberty-server.sh).
# read_datasource DEFAULT_H2_URL: the connector's database from the KOOGALLERY_DATASOURCE_* variables, for the
# pool the script defines on the server (the EAR binds it by its resource reference, jdbc/koogallery):
#   KOOGALLERY_DATASOURCE_URL         JDBC URL (default: embedded H2 in the server's own directory)
#   KOOGALLERY_DATASOURCE_USER        user (required but for an embedded H2, whose default is koogallery)
#   KOOGALLERY_DATASOURCE_PASSWORD    password (required but for an embedded H2, whose default is koogallery)
#   KOOGALLERY_DATASOURCE_CLASS_NAME  a javax.sql.DataSource or java.sql.Driver class (default: from the URL)
#   KOOGALLERY_DATASOURCE_DRIVER_JAR  the JDBC driver's jar, installed on the server (not needed for H2 on
#                                     Payara and WildFly, which ship it)
# Sets DS_URL, DS_USER, DS_PASSWORD, DS_CLASS, DS_KIND (h2 or postgresql or other), DS_DRIVER_JAR.
read_datasource() {
  local default_url=$1
  DS_URL=${KOOGALLERY_DATASOURCE_URL:-$default_url}
  case "$DS_URL" in
    jdbc:h2:*) DS_KIND=h2; DS_CLASS=${KOOGALLERY_DATASOURCE_CLASS_NAME:-org.h2.Driver} ;;
    jdbc:postgresql:*) DS_KIND=postgresql; DS_CLASS=${KOOGALLERY_DATASOURCE_CLASS_NAME:-org.postgresql.ds.PGSimpleDataSource} ;;
    *) DS_KIND=other; DS_CLASS=${KOOGALLERY_DATASOURCE_CLASS_NAME:?KOOGALLERY_DATASOURCE_CLASS_NAME must name the driver or data source class of $DS_URL} ;;
  esac
  if [ "$DS_KIND" = h2 ]; then
    # an embedded file database, reached by no one but this server
    DS_USER=${KOOGALLERY_DATASOURCE_USER:-koogallery}
    DS_PASSWORD=${KOOGALLERY_DATASOURCE_PASSWORD:-koogallery}
  else
    # a database of the vendor's own: no built-in password
    DS_USER=${KOOGALLERY_DATASOURCE_USER:?KOOGALLERY_DATASOURCE_USER is not set for $DS_URL}
    DS_PASSWORD=${KOOGALLERY_DATASOURCE_PASSWORD:?KOOGALLERY_DATASOURCE_PASSWORD is not set for $DS_URL}
  fi
  DS_DRIVER_JAR=${KOOGALLERY_DATASOURCE_DRIVER_JAR:-}
  if [ -n "$DS_DRIVER_JAR" ] && [ ! -f "$DS_DRIVER_JAR" ]; then
    echo "datasource: no JDBC driver jar at $DS_DRIVER_JAR" >&2
    return 2
  fi
}

# ds_is_driver: whether DS_CLASS is a java.sql.Driver (by name: …Driver) rather than a javax.sql.DataSource.
ds_is_driver() {
  case "$DS_CLASS" in *Driver) return 0 ;; *) return 1 ;; esac
}

# xml_escape TEXT: TEXT fit for an XML attribute value.
xml_escape() {
  local s=$1
  s=${s//&/&amp;}; s=${s//</&lt;}; s=${s//>/&gt;}; s=${s//\"/&quot;}; s=${s//\'/&apos;}
  printf '%s' "$s"
}
