#!/usr/bin/env bash
# What V8's young-generation collections keep, ours and the baseline's, during one scenario of a
# `--small --no-cluster` run: each server runs with --trace-gc-nvp, and for each this prints the
# scavenges, their main-thread and helper-thread milliseconds, and what they promoted into the old
# generation as a share of what was allocated. A request's objects should die young: a share of
# more than a percent or two means something keeps finished requests alive (see "A request kept
# alive by its accessors" in bench/README.md).
# usage: bench/gc-trace.sh 'order details'   (after a build; DATA_DIR as for the bench; NODE= the
# Node.js to run the servers on, default the bench's)
set -euo pipefail
scenario=${1:?usage: bench/gc-trace.sh <scenario name>}
cd "$(dirname "$0")/.."
out=$(mktemp -d)
node_bin=${NODE:-$(command -v node)}
cat >"$out/node" <<WRAPPER
#!/usr/bin/env bash
exec "$node_bin" --trace-gc --trace-gc-nvp "\$@" > >(tee -a "$out/trace-\$\$.log")
WRAPPER
chmod +x "$out/node"
npx -y pnpm@10.34.8 --filter @order-desk/bench start --small --no-cluster --node="$out/node" --only="$scenario" >"$out/bench.log" 2>&1 ||
  { cat "$out/bench.log"; exit 1; }
for side in ours baseline; do
  pid=$(grep -o "$side on :[0-9]* (pid [0-9]*" "$out/bench.log" | grep -o '[0-9]*$')
  grep 'gc=s ' "$out/trace-$pid.log" | awk -v side="$side" '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      n++; pause += v["pause"]; helpers += v["background.scavenge.parallel"]; promoted += v["promoted"]; allocated += v["allocated"] }
    END { printf "%-8s %4d scavenges, %6.0f ms main thread, %6.0f ms helper threads, promoted %5.1f MB = %4.1f%% of %6.0f MB allocated\n",
          side, n, pause, helpers, promoted / 1e6, allocated ? 100 * promoted / allocated : 0, allocated / 1e6 }'
done
echo "traces and the bench log: $out"
