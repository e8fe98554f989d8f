#!/usr/bin/env bash
# System calls per request of one scenario, ours and the baseline's, counted with strace during the
# scenario's window (its warmup and measurement) of a `--small --no-cluster` run. strace slows the
# traced server a lot: the counts per request are the figures, not the run's speed.
# usage: bench/syscalls.sh 'update quantity'   (after a build; needs strace; DATA_DIR as for the bench)
set -euo pipefail
scenario=${1:?usage: bench/syscalls.sh <scenario name>}
cd "$(dirname "$0")/.."
command -v strace >/dev/null || { echo "strace is not installed (apt-get install -y strace)" >&2; exit 1; }
out=$(mktemp -d)
calls=write,writev,read,readv,sendto,recvfrom,epoll_pwait,epoll_wait,futex
npx -y pnpm@10.34.8 --filter @order-desk/bench start --small --no-cluster --cpu-prof --only="$scenario" >"$out/bench.log" 2>&1 &
bench=$!
wait_for() { until grep -q "$1" "$out/bench.log"; do kill -0 $bench 2>/dev/null || { cat "$out/bench.log"; exit 1; }; sleep 0.2; done; }
wait_for 'baseline warmed up'
for side in ours baseline; do
  pid=$(grep -o "$side on :[0-9]* (pid [0-9]*" "$out/bench.log" | grep -o '[0-9]*$')
  strace -f -qq -s 12 -e trace=$calls -o "$out/$side.txt" -p "$pid" &
  tracer=$!
  wait_for "$side $scenario.*profiled"
  kill -INT $tracer; wait $tracer || true
done
# strace can slow a server past the bench's answer checks; the traces still count what was answered.
wait $bench || echo "the bench run itself failed (see $out/bench.log); counting what the traces hold" >&2
for side in ours baseline; do
  answers=$(grep -c 'HTTP/1.1 2' "$out/$side.txt" || true)
  [ "$answers" -gt 0 ] || { echo "$side: no answers traced (too slow under strace on a busy machine?)"; continue; }
  echo "$side: $answers answers; per answer:"
  for call in ${calls//,/ }; do
    n=$(grep -cE "^[0-9]+ +$call\(" "$out/$side.txt" || true)
    if [ "$n" -gt 0 ]; then awk -v c="$call" -v n="$n" -v a="$answers" 'BEGIN { printf "  %-12s %6.2f\n", c, n / a }'; fi
  done
done
echo "traces and the bench log: $out"
