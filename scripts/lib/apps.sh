# Sourced by the load scripts (after app-jar.sh): wrk, the split of the cores, and copies of
# the benchmark app on loopback, stopped again when the script exits.
#   start_app NAME PORT [ARGS...]     starts a copy in $work/NAME (its logs, console.txt)
#   await_app NAME PORT               waits until it answers GET /hello, or stops the script
#   run_wrk PORT SECONDS [PATH]       wrk's report of a run against GET PATH (default /hello)
# On a machine with 2 or more cores the apps run on one core and wrk on the other (taskset), so
# that wrk does not take CPU from the app it measures; a script may change app_cpu before
# start_app, and wrk_cpu and wrk_threads before run_wrk.
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk is needed: apt-get install wrk" >&2; exit 2
  fi
fi
if [ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null; then
  app_cpu=(taskset -c 1); wrk_cpu=(taskset -c 0); wrk_threads=1
else
  app_cpu=(); wrk_cpu=(); wrk_threads=2
fi
work=$(mktemp -d)
declare -A app_pid
stop_apps() {
  for pid in ${app_pid[@]+"${app_pid[@]}"}; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap stop_apps EXIT
start_app() {
  local name=$1 port=$2; shift 2
  mkdir -p "$work/$name"
  (cd "$work/$name" && exec "${app_cpu[@]}" java -Xmx512m -jar "$app_jar" --server.port="$port" \
      --server.address=127.0.0.1 "$@" >console.txt 2>&1) &
  app_pid[$name]=$!
}
await_app() {
  local name=$1 port=$2
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/hello" >/dev/null && return; sleep 0.5; done
  curl -sf "http://127.0.0.1:$port/hello" >/dev/null || { echo "$name did not start" >&2; tail -20 "$work/$name/console.txt" >&2; exit 2; }
}
run_wrk() { "${wrk_cpu[@]}" wrk -t"$wrk_threads" -c32 -d"$2"s "http://127.0.0.1:$1${3:-/hello}"; }
