#!/usr/bin/env bash
# GlassFish 7 (org.glassfish.main.distributions:glassfish from Maven Central, unpacked by the build)
# set up for the integration tests' GlassFish run: a domain of its own.
#
#   glassfish.sh configure   create the domain "entente" in $GF_HOME (unpacked from Maven Central by
#                            the build) with every port moved to $GF_PORTBASE + n (HTTP +80, admin
#                            +48), point its default datasource (jdbc/__default) at an H2 file in
#                            $GF_DB with the H2 jar in $GF_H2_JAR, map Jakarta Security groups to
#                            roles, raise its request body limit, quiet its per-transaction INFO
#                            lines, give the server the test users
#                            ($GF_USERS) and heap, then stop
#                            it again: Arquillian starts it for the tests.
#
# Environment: GF_HOME (the glassfish7 directory), GF_PORTBASE (28000), GF_DB, GF_H2_JAR, GF_USERS.
# Exit codes: 0 done; 2 usage; 1 anything else.
set -euo pipefail

GF_HOME=${GF_HOME:?GF_HOME is the unpacked glassfish7 directory}
PORTBASE=${GF_PORTBASE:-28000}
ADMIN_PORT=$((PORTBASE + 48))
DOMAIN=entente
ASADMIN="$GF_HOME/bin/asadmin"
# asadmin gives a starting domain 60 s by default; a first start on a loaded machine can need more (ms)
export AS_START_TIMEOUT="${AS_START_TIMEOUT:-300000}"

log() { echo "glassfish.sh: $*" >&2; }
die() { log "$*"; exit 1; }
admin() { "$ASADMIN" --port "$ADMIN_PORT" "$@" >/dev/null || die "asadmin $* failed"; }

configure() {
    [[ -x $ASADMIN ]] || die "no asadmin in $GF_HOME/bin"
    local started=$SECONDS
    if [[ -d $GF_HOME/glassfish/domains/$DOMAIN ]]; then
        "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
        "$ASADMIN" delete-domain "$DOMAIN" >/dev/null
    fi
    for port in $((PORTBASE + 80)) "$ADMIN_PORT"; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            die "port $port is in use; stop what uses it or set GF_PORTBASE"
        fi
    done
    "$ASADMIN" create-domain --nopassword --portbase "$PORTBASE" "$DOMAIN" >/dev/null || die "create-domain failed"
    cp "${GF_H2_JAR:?}" "$GF_HOME/glassfish/domains/$DOMAIN/lib/"
    "$ASADMIN" start-domain "$DOMAIN" >/dev/null || die "start-domain failed"
    # The Jakarta EE default datasource: an H2 file instead of the Derby GlassFish ships with.
    mkdir -p "$(dirname "${GF_DB:?}")"
    rm -f "$GF_DB".mv.db "$GF_DB".trace.db
    admin create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource \
        --property "url=jdbc\\:h2\\:file\\:${GF_DB//:/\\:}:user=sa:password=sa" EntentePool
    admin set resources.jdbc-resource.jdbc/__default.pool-name=EntentePool
    # Jakarta Security's groups become the application's roles, as on other servers.
    admin set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true
    # GlassFish's own limit on a request body is 2 MiB, at which it drops the connection: let bodies
    # through to the WAR, which answers 413 with a problem above its own 2 MiB (8 MiB for the bulk ingest).
    admin set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.max-post-size-bytes=9437184
    # GlassFish 7.0 logs every @Transactional call at INFO ("In SUPPORTS TransactionalInterceptor"):
    # a load test writes megabytes of it and rotates server.log (at 2 MB) mid-run.
    admin set-log-levels jakarta.enterprise.resource.jta=WARNING
    admin create-jvm-options "-Dentente.users=${GF_USERS:?}"
    admin delete-jvm-options -Xmx512m
    admin create-jvm-options -Xmx768m
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null || die "stop-domain failed"
    log "domain $DOMAIN on ports $PORTBASE+n (HTTP $((PORTBASE + 80)), admin $ADMIN_PORT) ready in $((SECONDS - started)) s"
}

case ${1:-} in
    configure) configure ;;
    *) echo "usage: glassfish.sh configure" >&2; exit 2 ;;
esac
