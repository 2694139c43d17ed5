#!/usr/bin/env bash
# A throwaway WordPress (Debian's packages) for Entente's WordPress connector tests.
#
#   wordpress.sh start    install the packages if missing, start MariaDB and a private Apache on
#                         127.0.0.1:$WP_PORT, reinstall WordPress from an empty database (no posts),
#                         activate the Entente plugin, write $WP_CONFIG_OUT
#   wordpress.sh stop     stop what start started (Apache, and MariaDB if it was not already running)
#   wordpress.sh status   say whether WordPress answers
#
# Environment: WP_PORT (18081), WP_CONFIG_OUT (./target/wordpress/wordpress.properties),
# WP_STATE_DIR (/run/entente-wordpress-$WP_PORT: Apache config, pid, logs, state),
# ENTENTE_WEBHOOK_URL (http://127.0.0.1:8180/entente/api/v1/connectors/wordpress/webhook),
# ENTENTE_WEBHOOK_SECRET (random per start), ENTENTE_PANEL_URL (http://127.0.0.1:8180/entente).
# Exit codes: 0 done; 77 cannot run here (not root, no apt-get), reason on stderr; 3 status: no
# answer; 2 usage; 1 anything else.
set -euo pipefail

PORT=${WP_PORT:-18081}
HOST=127.0.0.1
URL="http://$HOST:$PORT"
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../../../.." && pwd)
PLUGIN_SRC="$REPO_ROOT/wordpress/entente"
OUT=${WP_CONFIG_OUT:-./target/wordpress/wordpress.properties}
STATE_DIR=${WP_STATE_DIR:-/run/entente-wordpress-$PORT}
STATE="$STATE_DIR/state"
HTTPD_CONF="$STATE_DIR/httpd.conf"
HTTPD_PID="$STATE_DIR/httpd.pid"
WP_ROOT=/usr/share/wordpress
WP_CONTENT=/var/lib/wordpress/wp-content
WP_CONFIG_FILE="/etc/wordpress/config-$HOST.php"
DB_NAME=entente_wp
DB_USER=entente_wp
ADMIN_USER=admin
PACKAGES=(mariadb-server apache2 wordpress wordpress-theme-twentytwentythree php php-cli
          libapache2-mod-php php-mysql curl)

log() { echo "wordpress.sh: $*" >&2; }
die() { log "$*"; exit 1; }
skip() { echo "wordpress.sh: $*" >&2; exit 77; }
random_hex() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# A java.util.Properties value: backslashes doubled, a leading blank and line breaks escaped.
prop_escape() {
    local v=${1//\\/\\\\}
    v=${v//$'\n'/\\n}
    v=${v//$'\r'/\\r}
    [[ $v == [[:space:]]* ]] && v="\\$v"
    printf '%s' "$v"
}

state_get() { # key -> value from the state file, empty if none
    [[ -f $STATE ]] || return 0
    sed -n "s/^$1=//p" "$STATE" | tail -n 1
}

# One start or stop at a time. Daemons are started with fd 9 closed, so they never hold the lock.
lock() {
    exec 9>"$STATE_DIR/lock"
    flock -w 120 9 || die "another wordpress.sh holds $STATE_DIR/lock"
}

pid_alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null; }

db_alive() { mariadb-admin --silent ping >/dev/null 2>&1; }

http_code() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" 2>/dev/null || true; }

install_packages() {
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    ((${#missing[@]})) || return 0
    command -v apt-get >/dev/null || skip "skipped: apt-get not found, cannot install ${missing[*]}"
    log "installing ${missing[*]} (log: $STATE_DIR/apt.log)"
    # Packages must not start their own daemons (Apache on *:80...): forbid it for the install when
    # the machine has no policy of its own.
    local policy=/usr/sbin/policy-rc.d made_policy=
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && made_policy=1
    fi
    local rc=0
    {
        DEBIAN_FRONTEND=noninteractive apt-get update -q &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
            -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
    } >"$STATE_DIR/apt.log" 2>&1 </dev/null || rc=$?
    [[ -n $made_policy ]] && rm -f "$policy"
    if ((rc)); then
        tail -n 20 "$STATE_DIR/apt.log" >&2
        die "apt-get failed (exit $rc), see $STATE_DIR/apt.log"
    fi
}

start_mariadb() {
    if db_alive; then
        log "MariaDB already running"
        return 0
    fi
    log "starting MariaDB"
    # setsid: the daemon must not belong to (nor hold the output pipes of) whoever runs this script.
    if command -v service >/dev/null && [[ -x /etc/init.d/mariadb ]]; then
        setsid service mariadb start >>"$STATE_DIR/mariadb.log" 2>&1 </dev/null 9>&- || true
    else
        setsid /usr/bin/mysqld_safe >>"$STATE_DIR/mariadb.log" 2>&1 </dev/null 9>&- &
    fi
    local i
    for ((i = 0; i < 60; i++)); do
        db_alive && { sed -i '/^mariadb_started=/d' "$STATE"; echo "mariadb_started=1" >>"$STATE"; return 0; }
        sleep 0.5
    done
    die "MariaDB did not start, see $STATE_DIR/mariadb.log and /var/log/mysql"
}

stop_mariadb() {
    log "stopping MariaDB"
    if command -v service >/dev/null && [[ -x /etc/init.d/mariadb ]]; then
        service mariadb stop >>"$STATE_DIR/mariadb.log" 2>&1 </dev/null || true
    fi
    if db_alive; then
        mariadb-admin shutdown >>"$STATE_DIR/mariadb.log" 2>&1 || true
    fi
    local i
    for ((i = 0; i < 60; i++)); do
        db_alive || return 0
        sleep 0.5
    done
    log "MariaDB still answers after stop"
    return 1
}

stop_apache() {
    local pid
    pid=$(cat "$HTTPD_PID" 2>/dev/null || true)
    [[ -z $pid ]] && pid=$(state_get apache_pid)
    pid_alive "$pid" || return 0
    log "stopping Apache (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < 40; i++)); do
        pid_alive "$pid" || return 0
        sleep 0.25
    done
    kill -KILL "$pid" 2>/dev/null || true
}

write_httpd_conf() {
    local php_so mods=/usr/lib/apache2/modules
    php_so=$(ls "$mods"/libphp*.so 2>/dev/null | head -n 1)
    [[ -n $php_so ]] || die "no PHP module for Apache in $mods (libapache2-mod-php)"
    cat >"$HTTPD_CONF" <<EOF
# Written by wordpress.sh: a private Apache for the integration tests, on loopback only.
ServerRoot /etc/apache2
ServerName $HOST
Listen $HOST:$PORT
PidFile $HTTPD_PID
DefaultRuntimeDir $STATE_DIR
Mutex file:$STATE_DIR default
User www-data
Group www-data
ErrorLog $STATE_DIR/error.log
LogLevel warn
LogFormat "%h %u %t \"%r\" %>s %b %Dus" timed
CustomLog $STATE_DIR/access.log timed

LoadModule mpm_prefork_module $mods/mod_mpm_prefork.so
LoadModule authz_core_module $mods/mod_authz_core.so
LoadModule authz_host_module $mods/mod_authz_host.so
LoadModule alias_module $mods/mod_alias.so
LoadModule dir_module $mods/mod_dir.so
LoadModule mime_module $mods/mod_mime.so
LoadModule rewrite_module $mods/mod_rewrite.so
LoadModule php_module $php_so

StartServers 2
MinSpareServers 2
MaxSpareServers 6
MaxRequestWorkers 20
Timeout 60
KeepAlive On
TypesConfig /etc/mime.types
DirectoryIndex index.php index.html

<FilesMatch "\.php\$">
    SetHandler application/x-httpd-php
</FilesMatch>
<FilesMatch "^\.ht">
    Require all denied
</FilesMatch>

<Directory />
    Options FollowSymLinks
    AllowOverride None
    Require all denied
</Directory>

DocumentRoot $WP_ROOT
<Directory $WP_ROOT>
    Options FollowSymLinks
    AllowOverride All
    Require all granted
    # WordPress's rules for pretty permalinks, so /wp-json/... reaches the REST API
    RewriteEngine On
    RewriteBase /
    RewriteRule ^index\.php\$ - [L]
    RewriteCond %{REQUEST_FILENAME} !-f
    RewriteCond %{REQUEST_FILENAME} !-d
    RewriteRule . /index.php [L]
</Directory>

# Debian keeps wp-content (plugins, themes, uploads) in /var/lib/wordpress
Alias /wp-content $WP_CONTENT
<Directory $WP_CONTENT>
    Options FollowSymLinks
    AllowOverride None
    Require all granted
</Directory>
EOF
}

start_apache() {
    stop_apache
    local code
    code=$(http_code "$URL/")
    [[ $code == 000 ]] || die "port $PORT on $HOST is taken by something else (HTTP $code)"
    write_httpd_conf
    : >"$STATE_DIR/error.log"
    log "starting Apache on $URL"
    setsid apache2 -f "$HTTPD_CONF" -k start >>"$STATE_DIR/error.log" 2>&1 </dev/null 9>&- ||
        { tail -n 20 "$STATE_DIR/error.log" >&2; die "Apache did not start"; }
    local i pid
    for ((i = 0; i < 60; i++)); do
        pid=$(cat "$HTTPD_PID" 2>/dev/null || true)
        if pid_alive "$pid" && [[ $(http_code "$URL/readme.html") != 000 ]]; then
            sed -i '/^apache_pid=/d' "$STATE"
            echo "apache_pid=$pid" >>"$STATE"
            return 0
        fi
        sleep 0.25
    done
    tail -n 20 "$STATE_DIR/error.log" >&2
    die "Apache did not answer on $URL"
}

reset_database() { # db password
    mariadb <<SQL
DROP DATABASE IF EXISTS \`$DB_NAME\`;
CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$1';
ALTER USER '$DB_USER'@'localhost' IDENTIFIED BY '$1';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
FLUSH PRIVILEGES;
SQL
}

write_wp_config() { # db password, webhook host
    local keys="" k
    for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
        keys+="define('$k', '$(random_hex 32)');"$'\n'
    done
    umask 027
    cat >"$WP_CONFIG_FILE.tmp" <<EOF
<?php
// Written by Entente's integration-tests/src/test/wordpress/wordpress.sh on every start.
define('DB_NAME', '$DB_NAME');
define('DB_USER', '$DB_USER');
define('DB_PASSWORD', '$1');
define('DB_HOST', 'localhost');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$keys\$table_prefix = 'wp_';
define('WP_CONTENT_DIR', '$WP_CONTENT');
// 'local' lets Application Passwords work over plain HTTP.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', false);
// No internet here: only this machine's hosts, so update checks fail at once instead of timing out.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', 'localhost,127.0.0.1,$2');
define('AUTOMATIC_UPDATER_DISABLED', true);
EOF
    umask 022
    chown root:www-data "$WP_CONFIG_FILE.tmp"
    chmod 640 "$WP_CONFIG_FILE.tmp"
    mv -f "$WP_CONFIG_FILE.tmp" "$WP_CONFIG_FILE"
    ln -sfn "$WP_CONFIG_FILE" /etc/wordpress/config-localhost.php
}

write_setup_php() {
    cat >"$STATE_DIR/setup.php" <<'EOF'
<?php
// Installs WordPress into the empty database as install.php would, then prepares it for the tests.
// Runs as www-data; everything comes from the environment.
$url = getenv('WP_URL');
$parts = parse_url($url);
$_SERVER['HTTP_HOST'] = $parts['host'] . ':' . $parts['port'];
$_SERVER['SERVER_NAME'] = $parts['host'];
$_SERVER['SERVER_PORT'] = (string) $parts['port'];
$_SERVER['REQUEST_URI'] = '/wp-admin/install.php';
$_SERVER['PHP_SELF'] = $_SERVER['SCRIPT_NAME'] = '/wp-admin/install.php';
define('WP_INSTALLING', true);

function fail(string $message): never {
    fwrite(STDERR, "setup.php: $message\n");
    exit(1);
}

// No mail server: skip the "new site" e-mail (pluggable in wp-admin/includes/upgrade.php).
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {
}

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$login = getenv('WP_ADMIN_USER');
$result = wp_install('Entente test site', $login, 'admin@example.com', false, '', wp_slash(getenv('WP_ADMIN_PASSWORD')), 'en_US');
if (is_wp_error($result) || empty($result['user_id'])) {
    fail('wp_install failed: ' . (is_wp_error($result) ? $result->get_error_message() : 'no user'));
}
update_option('siteurl', $url);
update_option('home', $url);
update_option('blogdescription', '');
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/');
flush_rewrite_rules(false);

// An empty site: no "Hello world!", sample page, privacy page or their comments.
global $wpdb;
foreach ($wpdb->get_col("SELECT ID FROM {$wpdb->posts}") as $id) {
    wp_delete_post((int) $id, true);
}

$created = WP_Application_Passwords::create_new_application_password((int) $result['user_id'], array('name' => 'entente-integration-tests'));
if (is_wp_error($created)) {
    fail('application password: ' . $created->get_error_message());
}

$activated = activate_plugin('entente/entente.php');
if (is_wp_error($activated)) {
    fail('activating the plugin: ' . $activated->get_error_message());
}
update_option('entente_webhook_url', getenv('ENTENTE_WEBHOOK_URL'));
update_option('entente_webhook_secret', getenv('ENTENTE_WEBHOOK_SECRET'));
update_option('entente_panel_url', getenv('ENTENTE_PANEL_URL'));

echo $created[0], "\n";
EOF
    chmod 644 "$STATE_DIR/setup.php"
}

cmd_start() {
    local t0 out_dir
    t0=$(now)
    [[ $(id -u) == 0 ]] || skip "skipped: needs root (installs Debian packages and starts MariaDB and Apache)"
    [[ -d $PLUGIN_SRC ]] || die "plugin folder not found: $PLUGIN_SRC"
    mkdir -p "$STATE_DIR"
    chmod 755 "$STATE_DIR"
    lock
    install_packages

    # A start before any stop keeps what the earlier start had started (MariaDB, Apache's pid).
    [[ -f $STATE ]] || echo "# wordpress.sh state: what start started, for stop" >"$STATE"

    start_mariadb
    local db_password webhook_url webhook_secret panel_url webhook_host admin_password app_password
    db_password=$(random_hex 16)
    admin_password=$(random_hex 12)
    webhook_url=${ENTENTE_WEBHOOK_URL:-http://127.0.0.1:8180/entente/api/v1/connectors/wordpress/webhook}
    webhook_secret=${ENTENTE_WEBHOOK_SECRET:-$(random_hex 32)}
    panel_url=${ENTENTE_PANEL_URL:-http://127.0.0.1:8180/entente}
    webhook_host=$(sed -E 's#^[A-Za-z]+://([^/@]*@)?(\[[^]]*\]|[^/:?]*).*#\2#' <<<"$webhook_url")

    reset_database "$db_password"
    write_wp_config "$db_password" "$webhook_host"
    rm -rf "$WP_CONTENT/plugins/entente"
    cp -r "$PLUGIN_SRC" "$WP_CONTENT/plugins/entente"
    chmod -R u=rwX,go=rX "$WP_CONTENT/plugins/entente"

    start_apache

    log "installing WordPress"
    write_setup_php
    app_password=$(cd "$STATE_DIR" && runuser -u www-data -- env \
        WP_URL="$URL" WP_ADMIN_USER="$ADMIN_USER" WP_ADMIN_PASSWORD="$admin_password" \
        ENTENTE_WEBHOOK_URL="$webhook_url" ENTENTE_WEBHOOK_SECRET="$webhook_secret" \
        ENTENTE_PANEL_URL="$panel_url" php "$STATE_DIR/setup.php" 2>"$STATE_DIR/setup.log") ||
        { cat "$STATE_DIR/setup.log" >&2; die "WordPress setup failed"; }
    [[ -n $app_password ]] || die "no application password from setup.php"

    local code
    code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' -u "$ADMIN_USER:$app_password" "$URL/wp-json/wp/v2/posts" || true)
    [[ $code == 200 ]] || die "WordPress REST does not answer as expected (HTTP $code), see $STATE_DIR/error.log"

    out_dir=$(dirname "$OUT")
    mkdir -p "$out_dir"
    (
        umask 077
        {
            echo "# Written by wordpress.sh start, $(date -u +%FT%TZ)"
            echo "url=$(prop_escape "$URL")"
            echo "user=$(prop_escape "$ADMIN_USER")"
            echo "application-password=$(prop_escape "$app_password")"
            echo "webhook-secret=$(prop_escape "$webhook_secret")"
            echo "admin-password=$(prop_escape "$admin_password")"
        } >"$OUT.tmp"
        mv -f "$OUT.tmp" "$OUT"
    )
    echo "WordPress $(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" "$WP_ROOT/wp-includes/version.php") at $URL (admin: $ADMIN_USER), properties in $OUT, started in $(since "$t0") s"
}

cmd_stop() {
    if [[ ! -f $STATE ]]; then
        echo "nothing to stop (no $STATE)"
        return 0
    fi
    [[ $(id -u) == 0 ]] || skip "skipped: needs root to stop the services it started"
    lock
    local t0 rc=0
    t0=$(now)
    stop_apache
    if [[ $(state_get mariadb_started) == 1 ]]; then
        stop_mariadb || rc=1
    else
        log "leaving MariaDB as it was (not started by wordpress.sh)"
    fi
    rm -f "$STATE" "$HTTPD_PID"
    echo "stopped in $(since "$t0") s"
    return $rc
}

cmd_status() {
    local code
    code=$(http_code "$URL/wp-json/")
    if [[ $code == 200 ]]; then
        echo "WordPress answers at $URL (apache pid $(state_get apache_pid), MariaDB started by wordpress.sh: $([[ $(state_get mariadb_started) == 1 ]] && echo yes || echo no))"
    else
        echo "WordPress does not answer at $URL (HTTP $code)"
        return 3
    fi
}

case ${1:-} in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
