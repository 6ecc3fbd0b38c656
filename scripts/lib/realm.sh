# Sourced by the server scripts (payara-domain.sh, wildfly-server.sh, liberty-server.sh).
# read_realm_operator: an operator for the server's own realm, to try koogallery.admin.users=server-realm:
#   KOOGALLERY_REALM_OPERATOR   name:password of a user the script puts in the server's realm (Payara's file realm,
#                               WildFly's application realm, an Open Liberty basic registry) in the group
#                               koogallery-admin; unset, the realm is left as it is (add production users with the
#                               server's own tools, or point it at the vendor's directory)
# Sets REALM_USER and REALM_PASSWORD (both empty when unset).
read_realm_operator() {
  REALM_USER=""
  REALM_PASSWORD=""
  [ -n "${KOOGALLERY_REALM_OPERATOR:-}" ] || return 0
  case "$KOOGALLERY_REALM_OPERATOR" in
    ?*:?*) REALM_USER=${KOOGALLERY_REALM_OPERATOR%%:*}; REALM_PASSWORD=${KOOGALLERY_REALM_OPERATOR#*:} ;;
    *) echo "realm: KOOGALLERY_REALM_OPERATOR must be name:password" >&2; return 2 ;;
  esac
  case "$REALM_USER" in
    *[!A-Za-z0-9._-]*) echo "realm: the realm operator's name may hold letters, digits, '.', '_' and '-' only" >&2; return 2 ;;
  esac
}
