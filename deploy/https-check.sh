#!/usr/bin/env bash
# HTTPS end to end, as deployed: the application jar (prod profile) on a throwaway PostgreSQL,
# behind nginx rendered from deploy/nginx/partvote.conf.template with a self-signed
# certificate, everything on free loopback ports. Checks through the proxy with curl: the
# HTTP->HTTPS redirect, HSTS, a sign-up/login/vote/refresh over HTTPS, the refresh cookie's
# flags, the web app with its content security policy, the live results stream unbuffered, and
# that the application honours the forwarded protocol, host, port and client
# address. Prints PASS/FAIL per check and a summary line; exits non-zero on any failure.
# Installs nginx, openssl, curl, gettext-base and postgresql with apt when missing (as root).
# Every process it starts is stopped on exit. HTTPS_CHECK_KEEP=1 keeps the work directory.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TEMPLATE=$ROOT/deploy/nginx/partvote.conf.template
JAR=$ROOT/bootstrap/target/partvote.jar

PASSED=0
FAILED=0
WORK=""
APP_PID=""
NGINX_PID=""
PG_STARTED=""
PGBIN=""
PGDATA=""
POLICY_ADDED=""

say() { echo "https-check: $*"; }
pass() { echo "PASS  $1"; PASSED=$((PASSED + 1)); }
fail() { echo "FAIL  $1${2:+ -- $2}"; FAILED=$((FAILED + 1)); }
is_root() { [ "$(id -u)" = 0 ]; }
as_postgres() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
    local status=$?
    set +e
    if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID" 2>/dev/null; fi
    if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; fi
    if [ -n "$PG_STARTED" ]; then as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1; fi
    if [ -n "$POLICY_ADDED" ]; then rm -f /usr/sbin/policy-rc.d; fi
    if [ -n "$WORK" ] && [ -d "$WORK" ]; then
        if [ "$status" != 0 ] || [ "$FAILED" != 0 ]; then
            for log in "$WORK/pg/server.log" "$WORK/app.log" "$WORK/nginx/error.log"; do
                [ -s "$log" ] && { echo "---- last lines of $log"; tail -n 40 "$log"; }
            done
        fi
        if [ "${HTTPS_CHECK_KEEP:-}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- tools ---------------------------------------------------------------------------------
missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v envsubst >/dev/null 2>&1 || missing+=(gettext-base)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
    is_root || { say "please install: ${missing[*]}"; exit 2; }
    say "installing ${missing[*]}"
    # the packages must not start their own services (nginx on :80, a cluster on :5432)
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        POLICY_ADDED=1
    fi
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    if [ -n "$POLICY_ADDED" ]; then rm -f /usr/sbin/policy-rc.d; POLICY_ADDED=""; fi
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

# ---- the jar ---------------------------------------------------------------------------------
stale=""
if [ -f "$JAR" ]; then
    stale=$(find "$ROOT" -path "$ROOT/.git" -prune -o \( -path '*/src/main/*' -o -name pom.xml \) \
        -newer "$JAR" -type f -print -quit)
fi
if [ ! -f "$JAR" ] || [ -n "$stale" ]; then
    say "building the jar"
    (cd "$ROOT" && ./mvnw -B -q -ntp package -DskipTests)
else
    say "reusing $JAR"
fi

# ---- ports, work directory -------------------------------------------------------------------
# Listening ports are picked below the kernel's ephemeral range: a port that is free for
# connect() may still be the local end of some outgoing loopback connection, and then
# bind() fails.
read -r ephemeral_low _ < /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || ephemeral_low=32768
port_low=10000
[ "$ephemeral_low" -gt $((port_low + 2000)) ] || port_low=$((ephemeral_low - 2000))
taken=" "
port_in_use() {
    if command -v ss >/dev/null 2>&1; then
        [ -n "$(ss -Hant "( sport = :$1 or dport = :$1 )" 2>/dev/null)" ]
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}
free_port() {
    local p
    for _ in $(seq 200); do
        p=$((port_low + RANDOM % (ephemeral_low - port_low)))
        case "$taken" in *" $p "*) continue ;; esac
        port_in_use "$p" || { echo "$p"; return 0; }
    done
    return 1
}
PG_PORT=$(free_port); taken="$taken$PG_PORT "
APP_PORT=$(free_port); taken="$taken$APP_PORT "
HTTP_PORT=$(free_port); taken="$taken$HTTP_PORT "
HTTPS_PORT=$(free_port)
WORK=$(mktemp -d /tmp/partvote-https.XXXXXX)
chmod 755 "$WORK"
say "work directory $WORK; ports: postgres $PG_PORT, app $APP_PORT, http $HTTP_PORT, https $HTTPS_PORT"

# ---- PostgreSQL (a throwaway cluster) --------------------------------------------------------
PGDATA=$WORK/pg
mkdir -p "$PGDATA"
if is_root; then chown postgres: "$PGDATA"; fi
chmod 700 "$PGDATA"
as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
    --auth-host=scram-sha-256 --no-sync >/dev/null
for attempt in 1 2 3; do
    if as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w start \
            -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PGDATA -c fsync=off" >/dev/null; then
        PG_STARTED=1
        break
    fi
    [ "$attempt" = 3 ] && { say "PostgreSQL did not start"; exit 1; }
    say "PostgreSQL did not start on port $PG_PORT ($(tail -n 1 "$PGDATA/server.log")); another port"
    PG_PORT=$(free_port); taken="$taken$PG_PORT "
done
DB_PASSWORD=$(openssl rand -hex 16)
as_postgres "$PGBIN/psql" -h "$PGDATA" -p "$PG_PORT" -U postgres -q \
    -c "CREATE ROLE partvote LOGIN PASSWORD '$DB_PASSWORD'" -c "CREATE DATABASE partvote OWNER partvote"

# ---- the application (prod profile, loopback only) -------------------------------------------
# A low per-client failure allowance makes the forwarded client address observable; the
# access log records the address the application saw (request attributes of RemoteIpValve).
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/partvote" \
SPRING_DATASOURCE_USERNAME=partvote \
SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
PARTVOTE_AUTH_JWT_SECRET="$(openssl rand -base64 32)" PARTVOTE_REGISTRATION_MODE=open \
    PARTVOTE_LOG_SIGNING_KEY="$(openssl genpkey -algorithm ed25519 -outform DER | base64 -w0)" \
PORT="$APP_PORT" \
    java -XX:+ExitOnOutOfMemoryError -jar "$JAR" --spring.profiles.active=prod --server.address=127.0.0.1 \
        --partvote.throttle.max-failures-per-client=3 \
        --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$WORK" \
        --server.tomcat.accesslog.prefix=app-access --server.tomcat.accesslog.suffix=.log \
        --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
        --server.tomcat.accesslog.request-attributes-enabled=true \
        '--server.tomcat.accesslog.pattern=%a "%r" %s' \
        >"$WORK/app.log" 2>&1 &
APP_PID=$!
say "waiting for the application (pid $APP_PID)"
for i in $(seq 180); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness" 2>/dev/null; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || { say "the application exited"; exit 1; }
    [ "$i" = 180 ] && { say "the application did not become ready"; exit 1; }
    sleep 1
done

# ---- certificate and nginx -------------------------------------------------------------------
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$WORK/tls.key" -out "$WORK/tls.crt" 2>/dev/null
mkdir -p "$WORK/nginx/tmp"
HTTP_LISTEN="127.0.0.1:$HTTP_PORT" HTTPS_LISTEN="127.0.0.1:$HTTPS_PORT" HTTPS_PORT_SUFFIX=":$HTTPS_PORT" \
SERVER_NAME=localhost TLS_CERT="$WORK/tls.crt" TLS_KEY="$WORK/tls.key" APP_UPSTREAM="127.0.0.1:$APP_PORT" \
    envsubst '${HTTP_LISTEN} ${HTTPS_LISTEN} ${HTTPS_PORT_SUFFIX} ${SERVER_NAME} ${TLS_CERT} ${TLS_KEY} ${APP_UPSTREAM}' \
    <"$TEMPLATE" >"$WORK/nginx/partvote.conf"
worker_user=""
if is_root; then
    if id www-data >/dev/null 2>&1; then worker_user="user www-data;"; else worker_user="user nobody nogroup;"; fi
fi
N=$WORK/nginx
cat >"$N/nginx.conf" <<CONF
$worker_user
worker_processes 1;
daemon off;
pid $N/nginx.pid;
error_log $N/error.log warn;
events { worker_connections 1024; }
http {
    default_type application/octet-stream;
    access_log $N/access.log;
    client_body_temp_path $N/tmp/body;
    proxy_temp_path $N/tmp/proxy;
    fastcgi_temp_path $N/tmp/fastcgi;
    uwsgi_temp_path $N/tmp/uwsgi;
    scgi_temp_path $N/tmp/scgi;
    include $N/partvote.conf;
}
CONF
"$NGINX" -t -q -e "$N/error.log" -p "$N/" -c "$N/nginx.conf"
"$NGINX" -e "$N/error.log" -p "$N/" -c "$N/nginx.conf" &
NGINX_PID=$!
for i in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$HTTPS_PORT") 2>/dev/null && break
    kill -0 "$NGINX_PID" 2>/dev/null || { say "nginx exited"; exit 1; }
    [ "$i" = 50 ] && { say "nginx did not start"; exit 1; }
    sleep 0.1
done
say "nginx (pid $NGINX_PID) in front of the application"

# ---- checks ----------------------------------------------------------------------------------
BASE="https://127.0.0.1:$HTTPS_PORT"
JAR_COOKIES=$WORK/cookies.txt
# curl over TLS, trusting only our certificate; prints headers then body. The helpers never
# fail: a check reports what it got instead of stopping the script.
tls() { curl -sS --cacert "$WORK/tls.crt" --max-time 20 -D - "$@" || true; }
status_of() { head -n 1 <<<"$1" | awk '{print $2}'; }
header_of() { { grep -i "^$2:" <<<"$1" || true; } | head -n 1 | cut -d: -f2- | sed 's/^ *//; s/\r$//'; }
body_of() { sed '1,/^\r\?$/d' <<<"$1"; }
json_string() { { grep -o "\"$2\":\"[^\"]*\"" <<<"$1" || true; } | head -n 1 | cut -d'"' -f4; }
json_number() { { grep -o "\"$2\":[0-9]*" <<<"$1" || true; } | head -n 1 | cut -d: -f2; }
jar_value() { awk -v col="$1" '$6 == "refresh_token" {print $col}' "$JAR_COOKIES" 2>/dev/null || true; }

# 1. plain HTTP is redirected to HTTPS, keeping the path and query
r=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$HTTP_PORT/api/candidates/?part=FE" || true)
if [ "$r" = "308 $BASE/api/candidates/?part=FE" ] || [ "$r" = "301 $BASE/api/candidates/?part=FE" ]; then
    pass "HTTP is redirected to HTTPS ($r)"
else
    fail "HTTP is redirected to HTTPS" "got '$r'"
fi

# 2. HSTS on HTTPS responses
r=$(tls "$BASE/api/results/")
hsts=$(header_of "$r" Strict-Transport-Security)
if [ "$(status_of "$r")" = 200 ] && [ "$hsts" = "max-age=31536000; includeSubDomains" ]; then
    pass "HSTS header on HTTPS ($hsts)"
else
    fail "HSTS header on HTTPS" "status $(status_of "$r"), header '$hsts'"
fi

# 3. sign-up over HTTPS
EMAIL="https.check.$RANDOM$RANDOM@example.org"
PASSWORD="https-check-password"
r=$(tls -H 'Content-Type: application/json' \
    -d "{\"name\":\"프록시\",\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"part\":\"FE\"}" "$BASE/api/users/signups/")
if [ "$(status_of "$r")" = 201 ]; then pass "sign-up over HTTPS (201)"; else fail "sign-up over HTTPS" "$(status_of "$r") $(body_of "$r")"; fi

# 4. login over HTTPS: an access token, and the refresh cookie with every flag
r=$(tls -c "$JAR_COOKIES" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" "$BASE/api/users/logins/")
ACCESS=$(json_string "$(body_of "$r")" access_token)
cookie=$(header_of "$r" Set-Cookie)
flags_ok=1
for flag in "refresh_token=" "Secure" "HttpOnly" "SameSite=None" "Path=/api"; do
    grep -qF -- "$flag" <<<"$cookie" || flags_ok=""
done
if [ "$(status_of "$r")" = 200 ] && [ -n "$ACCESS" ] && [ -n "$flags_ok" ]; then
    pass "login over HTTPS; refresh cookie is Secure, HttpOnly, SameSite=None, Path=/api"
else
    fail "login over HTTPS with a Secure refresh cookie" "$(status_of "$r"), Set-Cookie '${cookie%%=*}=...${cookie#*;}'"
fi

# 5. vote over HTTPS with the bearer token
candidate=$(json_number "$(body_of "$(tls "$BASE/api/candidates/?part=FE")")" id)
r=$(tls -H 'Content-Type: application/json' -H "Authorization: Bearer $ACCESS" \
    -d "{\"candidate\":$candidate}" "$BASE/api/votes/")
if [ "$(status_of "$r")" = 201 ]; then pass "vote over HTTPS (201, candidate $candidate)"; else fail "vote over HTTPS" "$(status_of "$r") $(body_of "$r")"; fi

# 6. refresh with the cookie the client kept (sent back over HTTPS only, Secure), rotated
before=$(jar_value 7)
r=$(tls -b "$JAR_COOKIES" -c "$JAR_COOKIES" -X POST "$BASE/api/refreshes/")
after=$(jar_value 7)
secure_in_jar=$(jar_value 4)
if [ "$(status_of "$r")" = 200 ] && [ -n "$(json_string "$(body_of "$r")" access_token)" ] \
        && [ -n "$before" ] && [ "$before" != "$after" ] && [ "$secure_in_jar" = TRUE ]; then
    pass "refresh over HTTPS with the Secure cookie (rotated)"
else
    fail "refresh over HTTPS with the cookie" "$(status_of "$r") $(body_of "$r"); secure=$secure_in_jar"
fi

# 7. the application builds its own URLs from the forwarded protocol, host and port
docs=$(body_of "$(tls "$BASE/v3/api-docs")")
server_url=$({ grep -o '"servers":\[[^]]*\]' <<<"$docs" || true; } | { grep -o '"url":"[^"]*"' || true; } \
    | head -n 1 | cut -d'"' -f4)
if [ "$server_url" = "$BASE" ]; then
    pass "the application saw https://127.0.0.1:$HTTPS_PORT (X-Forwarded-Proto/Host/Port): servers[0] = $server_url"
else
    fail "the application honours X-Forwarded-Proto/Host/Port" "servers[0] = '$server_url', expected '$BASE'"
fi

# 8. ...and the client address from X-Forwarded-For: failures from 127.0.0.2 throttle that
#    client only, while 127.0.0.3 (another client behind the same proxy) is still heard
login_from() {
    curl -sS --cacert "$WORK/tls.crt" --max-time 20 --interface "$1" -o /dev/null -w '%{http_code}' \
        -H 'Content-Type: application/json' -d "{\"email\":\"nobody.$2@example.org\",\"password\":\"wrong-password\"}" \
        "$BASE/api/users/logins/" || true
}
codes=""
for n in 1 2 3 4; do codes="$codes$(login_from 127.0.0.2 "$n$RANDOM") "; done
other=$(login_from 127.0.0.3 "x$RANDOM")
if [ "$codes" = "400 400 400 429 " ] && [ "$other" = 400 ]; then
    pass "the application saw each client's own address (127.0.0.2: $codes; 127.0.0.3: $other)"
else
    fail "per-client throttling by the forwarded address" "127.0.0.2: $codes; 127.0.0.3: $other"
fi

# 9. the application's access log names the client, not the proxy
if grep -q '^127\.0\.0\.2 "POST /api/users/logins/ ' "$WORK/app-access.log" 2>/dev/null; then
    pass "the access log records the client address 127.0.0.2"
else
    fail "the access log records the client address" "$(tail -n 3 "$WORK/app-access.log" 2>/dev/null)"
fi

# 10. Swagger UI over HTTPS, and its redirect does not fall back to plain HTTP
r=$(tls "$BASE/swagger-ui.html")
location=$(header_of "$r" Location)
case "$location" in
    /*|"$BASE"/*) ui=$(tls -o /dev/null -w '%{http_code}' "$BASE/swagger-ui/index.html" | tail -n 1) ;;
    *) ui="" ;;
esac
if [ "$(status_of "$r")" = 302 ] && [ "$ui" = 200 ]; then
    pass "Swagger UI over HTTPS (redirect to '$location')"
else
    fail "Swagger UI over HTTPS" "$(status_of "$r") Location '$location', index $ui"
fi

# 11. metrics stay private: not through the proxy, but on the application's own address
public=$(curl -sS --cacert "$WORK/tls.crt" -o /dev/null -w '%{http_code}' "$BASE/actuator/prometheus" || true)
accepted=$({ curl -sS "http://127.0.0.1:$APP_PORT/actuator/prometheus" || true; } \
    | { grep '^partvote_votes_total{.*outcome="accepted"' || true; } | awk '{print $2}')
if [ "$public" = 404 ] && [ "${accepted%%.*}" -ge 1 ] 2>/dev/null; then
    pass "metrics hidden by the proxy (404), scraped from the app: votes accepted = $accepted"
else
    fail "metrics private and counting" "through proxy $public, accepted '$accepted'"
fi

# 12. browser headers through the proxy, on the app's answers and on nginx's own (a 404 route)
r=$(tls "$BASE/swagger-ui/index.html")
missing_headers=""
for h in "X-Content-Type-Options: nosniff" "X-Frame-Options: DENY" \
         "Content-Security-Policy: frame-ancestors 'none'" "Referrer-Policy: no-referrer"; do
    name=${h%%:*}; want=${h#*: }
    got=$(header_of "$r" "$name")
    case "$got" in *"$want"*) ;; *) missing_headers="$missing_headers $name='$got'" ;; esac
done
if [ -z "$missing_headers" ]; then
    pass "nosniff, DENY, frame-ancestors 'none', no-referrer on Swagger UI through the proxy"
else
    fail "browser headers through the proxy" "$missing_headers"
fi

# 12b. the web app through the proxy: its home page with the strict content security policy,
# and the live results stream unbuffered: a vote's new standings reach a watcher within a second.
r=$(tls "$BASE/")
csp=$(header_of "$r" Content-Security-Policy)
if [ "$(status_of "$r")" = 200 ] && grep -qF "script-src 'self'" <<<"$csp" && ! grep -qF "unsafe-inline" <<<"$csp"; then
    pass "web app home page over HTTPS with CSP '$csp'"
else
    fail "web app home page over HTTPS" "status $(status_of "$r"), CSP '$csp'"
fi
stream_out="$WORK/stream.txt"
curl -sS -N --cacert "$WORK/tls.crt" --max-time 8 "$BASE/api/elections/fe-leader/results/stream" >"$stream_out" 2>&1 &
stream_pid=$!
for _ in $(seq 1 50); do grep -q '^event:standings\|^event: standings' "$stream_out" 2>/dev/null && break; sleep 0.1; done
other=$(python3 -c 'import json,sys; d=json.load(sys.stdin)["detail"]; print([c["id"] for c in d if c["id"] != int(sys.argv[1])][0])' \
    "$candidate" <<<"$(body_of "$(tls "$BASE/api/candidates/?part=FE")")")
voted_at=$(date +%s%N)
tls -o /dev/null -H 'Content-Type: application/json' -H "Authorization: Bearer $ACCESS" -d "{\"candidate\":$other}" "$BASE/api/votes/" >/dev/null
arrived=""
for _ in $(seq 1 60); do
    if [ "$(grep -c '^event: *standings' "$stream_out")" -ge 2 ]; then arrived=$(date +%s%N); break; fi
    sleep 0.05
done
kill "$stream_pid" 2>/dev/null; wait "$stream_pid" 2>/dev/null || true
if [ -n "$arrived" ] && [ $(( (arrived - voted_at) / 1000000 )) -lt 1000 ]; then
    pass "results stream through the proxy: a vote's standings arrived $(( (arrived - voted_at) / 1000000 )) ms after it (unbuffered)"
else
    fail "results stream through the proxy" "$(grep -c '^event: *standings' "$stream_out") standings events; $(head -c 300 "$stream_out")"
fi

# 13. the proxy buffers request bodies: 300 clients trickling a body (one byte every 2 s, for
# 20 s) hold nginx connections, never Tomcat workers, so a normal request still answers.
slow=$(python3 - "$HTTPS_PORT" "$WORK/tls.crt" <<'PY'
import socket, ssl, sys, threading, time, urllib.request
port, ca = int(sys.argv[1]), sys.argv[2]
ctx = ssl.create_default_context(cafile=ca); ctx.check_hostname = False
stop = time.time() + 20
def slow_client():
    try:
        s = ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=30))
        s.sendall(b"POST /api/users/logins/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 1000\r\n\r\n")
        while time.time() < stop:
            s.sendall(b" "); time.sleep(2)
        s.close()
    except OSError:
        pass
threads = [threading.Thread(target=slow_client, daemon=True) for _ in range(300)]
for t in threads: t.start()
time.sleep(8)
ok, worst = 0, 0.0
for _ in range(5):
    t0 = time.time()
    try:
        with urllib.request.urlopen("https://127.0.0.1:%d/api/results/" % port, context=ctx, timeout=10) as r:
            ok += r.status == 200
    except Exception:
        pass
    worst = max(worst, time.time() - t0); time.sleep(1)
print(ok, "%.2f" % worst)
for t in threads: t.join(timeout=25)
PY
)
if [ "${slow%% *}" = 5 ]; then
    pass "300 slow-body clients for 20 s: normal requests answered 5/5 (slowest ${slow#* } s)"
else
    fail "normal requests under 300 slow-body clients" "answered/slowest: '$slow'"
fi

echo "https-check: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
