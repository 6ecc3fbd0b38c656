# Sourced by payara-domain.sh and cluster.sh.
# hide_product CONFIG ASADMIN...: answers of the config's HTTP listeners name no product and no version (no
# Server or X-Powered-By header), which a vulnerability scan of the production address reports.
hide_product() {
  local config=$1 listener
  shift
  for listener in http-listener-1 http-listener-2; do
    "$@" set "configs.config.$config.network-config.protocols.protocol.$listener.http.server-header=false"
    "$@" set "configs.config.$config.network-config.protocols.protocol.$listener.http.xpowered-by=false"
    # a session cookie the server sets is SameSite=Lax (Payara does not take the attribute from web.xml)
    "$@" set "configs.config.$config.network-config.protocols.protocol.$listener.http.cookie-same-site-enabled=true"
    "$@" set "configs.config.$config.network-config.protocols.protocol.$listener.http.cookie-same-site-value=Lax"
  done
}

# only_modern_tls CONFIG ASADMIN...: the https listener (http-listener-2) speaks TLS 1.2 and 1.3 (Payara 6 offers
# no older protocol; both are said here so that a changed default cannot switch one off) and sends
# Strict-Transport-Security on every answer, the server's own (401, /health) included.
only_modern_tls() {
  local config=$1 ssl
  shift
  ssl="configs.config.$config.network-config.protocols.protocol.http-listener-2.ssl"
  "$@" set "$ssl.tls12-enabled=true" "$ssl.tls13-enabled=true" "$ssl.hsts-enabled=true" "$ssl.hsts-subdomains=true"
}
