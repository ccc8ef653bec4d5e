#!/usr/bin/env bash
# Public pages under load: the running application against nginx serving the same pages saved as
# static files (the physical limit of serving those bytes here), in one run, with wrk on loopback.
#   bench/http.sh [seconds per run, default 20] [connections, default 64]
# Needs: apt-get install wrk nginx; builds the jar if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-64}
app_port=18080
nginx_port=18081
work=target/bench-http
rm -rf "$work" && mkdir -p "$work/www/years/2022/departments" "$work/data"
[ -f target/pledgeboard-0.1.0-SNAPSHOT.jar ] || mvn -q -B -DskipTests package

(cd "$work" && exec java -Xmx1g -jar ../pledgeboard-0.1.0-SNAPSHOT.jar --server.port=$app_port \
  --spring.datasource.url="jdbc:h2:file:./data/pledgeboard" > app.log 2>&1) &
app_pid=$!
trap 'kill $app_pid 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$app_port/actuator/health" >/dev/null 2>&1 && break
  sleep 0.5
done

home="/years/2022"
department="/years/2022/departments/%E5%B8%82%E6%96%87%E5%8C%96%E5%B9%BF%E7%94%B5%E6%97%85%E6%B8%B8%E5%B1%80"
curl -fs "http://127.0.0.1:$app_port$home" > "$work/www/years/2022/index.html"
curl -fs "http://127.0.0.1:$app_port$department" > "$work/www/years/2022/departments/department.html"

cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $(pwd)/$work/nginx.pid;
error_log $(pwd)/$work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  server {
    listen 127.0.0.1:$nginx_port;
    root $(pwd)/$work/www;
    location = $home { try_files /years/2022/index.html =404; }
    location ^~ /years/2022/departments/ { try_files /years/2022/departments/department.html =404; }
  }
}
CONF
nginx -c "$(pwd)/$work/nginx.conf"

# Warm the JIT and the page cache before measuring.
wrk -t2 -c"$connections" -d10s "http://127.0.0.1:$app_port$home" >/dev/null
wrk -t2 -c"$connections" -d10s "http://127.0.0.1:$app_port$department" >/dev/null

run() {
  local label=$1 url=$2
  echo "== $label  $url"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url" | grep -E "Requests/sec|Transfer/sec|Latency |99%|Non-2xx"
}
echo "wrk -t2 -c$connections -d${seconds}s --latency, $(nproc) cores, $(date -u +%FT%TZ)"
run "app home"       "http://127.0.0.1:$app_port$home"
run "nginx home"     "http://127.0.0.1:$nginx_port$home"
run "app department" "http://127.0.0.1:$app_port$department"
run "nginx department" "http://127.0.0.1:$nginx_port$department"
echo "page sizes: home $(wc -c < "$work/www/years/2022/index.html") B, department $(wc -c < "$work/www/years/2022/departments/department.html") B"
