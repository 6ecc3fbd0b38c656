# Sourced by payara-domain.sh and cluster.sh.
# hide_product CONFIG ASADMIN...: answers of the config's HTTP listeners name no product and no version (no
# Server or X-Powered-By header), which a vulnerability scan of the production address reports.
hide_product() {
  local config=$1 listener
  shift
  for listener in http-listener-1 http-listener-2; do
    "$@" set "configs.config.$config.network-config.protocols.protocol.$listener.http.server-header=false"
    "$@" set "configs.config.$config.network-config.protocols.protocol.$listener.http.xpowered-by=false"
  done
}
