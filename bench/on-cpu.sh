#!/usr/bin/env bash
# Where each server's CPU goes during one scenario, ours and the baseline's, sampled with perf (only
# what runs on a core) while the scenario is measured: microseconds per request of the main thread by
# package (the kernel's and V8's time under a JavaScript frame counted to that frame's package), and
# of the other threads (GC helpers, the compiler). V8's --cpu-prof samples the clock on the wall: on
# two busy cores it charged 43% of an accept to `writev`, the thread waiting for a core after waking
# PostgreSQL; perf puts the same writes at a fifth of that (bench/README.md, "On-CPU profiles").
# usage: bench/on-cpu.sh accept [--small]   (after a build; needs perf (linux-perf); DATA_DIR as for
# the bench; NODE= the Node.js to run the servers on, default the bench's)
set -euo pipefail
scenario=${1:?usage: bench/on-cpu.sh <scenario name> [--small]}
size=${2:-}
cd "$(dirname "$0")/.."
command -v perf >/dev/null || { echo "perf is not installed (apt-get install -y linux-perf)" >&2; exit 1; }
out=$(mktemp -d)
hz=1999
seconds=12
node_bin=${NODE:-$(command -v node)}
cat >"$out/node" <<WRAPPER
#!/usr/bin/env bash
exec "$node_bin" --perf-basic-prof --interpreted-frames-native-stack "\$@"
WRAPPER
chmod +x "$out/node"
npx -y pnpm@10.34.8 --filter @order-desk/bench start $size --no-cluster --seconds=$seconds --node="$out/node" \
  --only="$scenario" >"$out/bench.log" 2>&1 &
bench=$!
wait_for() { until grep -q "$1" "$out/bench.log"; do kill -0 $bench 2>/dev/null || { cat "$out/bench.log"; exit 1; }; sleep 0.2; done; }
for side in ours baseline; do
  wait_for "$side on :"
  pid=$(grep -o "$side on :[0-9]* (pid [0-9]*" "$out/bench.log" | grep -o '[0-9]*$')
  wait_for "] $side $scenario.* measuring"
  # The window's first second and last are left out: the load ramps up and down there.
  sleep 1
  perf record -q -e cpu-clock -F $hz -g -p "$pid" -o "$out/$side.data" -- sleep $((seconds - 2)) 2>/dev/null
done
wait $bench || { cat "$out/bench.log"; exit 1; }
for side in ours baseline; do
  rate=$(grep -o "$side [0-9.]* req/s" "$out/bench.log" | head -1 | grep -o '[0-9.]*' | head -1)
  requests=$(awk -v r="$rate" -v s=$((seconds - 2)) 'BEGIN { printf "%d", r * s }')
  perf script -i "$out/$side.data" -F tid,ip,sym --no-demangle >"$out/$side.txt" 2>/dev/null
  echo "$side ($rate req/s):"
  node bench/dist/on-cpu-summary.js "$out/$side.txt" "$requests" $hz
done
echo "perf data and the bench log: $out"
