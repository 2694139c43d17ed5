# Shared by ./demo and ./bench: build, provision WildFly and start it with the WAR deployed.
# Source it, then call: start_server PORT_OFFSET USERS_FILE LOG_FILE [-Dname=value ...]
# (JBOSS_JAVA_SIZING sets the heap, as WildFly's standalone.conf reads it). It sets $server_pid
# (stopped on exit) and $http_port, and returns once the WAR is deployed.

build_server() {
  echo "Building and provisioning WildFly (first run downloads it from Maven Central)..."
  mvn -q -B -DskipTests -DskipPostgreSQL -DskipGlassFish -pl integration-tests -am pre-integration-test
}

start_server() {
  local offset=$1 users=$2 log=$3
  shift 3
  local server=integration-tests/target/wildfly
  http_port=$((8080 + offset))
  for port in "$http_port" $((9990 + offset)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port is in use; stop what uses it or set ENTENTE_PORT_OFFSET" >&2
      exit 1
    fi
  done
  rm -f "$server"/standalone/deployments/entente.war.*
  cp cms-plugin/target/entente.war "$server/standalone/deployments/"
  echo "Starting WildFly on port $http_port..."
  # In the background, standalone.sh forwards signals to the server only when told to.
  LAUNCH_JBOSS_IN_BACKGROUND=1 "$server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" -Dentente.users="$users" "$@" \
    >"$log" 2>&1 &
  server_pid=$!
  trap 'kill $server_pid 2>/dev/null || true' EXIT INT TERM
  for _ in $(seq 1 180); do
    [ -f "$server/standalone/deployments/entente.war.deployed" ] && return 0
    if [ -f "$server/standalone/deployments/entente.war.failed" ] || ! kill -0 "$server_pid" 2>/dev/null; then
      echo "deployment failed; see $log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "timed out waiting for the deployment; see $log" >&2
  exit 1
}

# A random password for a one-off user.
random_password() {
  LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 16 || true
}
