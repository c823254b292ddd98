#!/usr/bin/env bash
# Per-task overhead of wf against GNU make on the same fan-out/fan-in graph of `true` steps:
#   start -> N parallel tasks -> join
# wf runs it with `./wf submit --wait` on the local server (started and warmed first, so the number
# is the engine's, not the JVM's start-up); make runs the same graph with -j2. Also times
# `wf get @latest` against `java -version`. Usage: bench/fanout.sh [N] (default 200)
set -euo pipefail
n=${1:-200}
root=$(cd "$(dirname "$0")/.." && pwd)
# Outside /tmp: steps get a private /tmp, and a WF_HOME under /tmp takes the slower mount path.
work=$(mktemp -d -p /var/tmp wf-bench.XXXXXX)
trap 'WF_HOME=$work/home "$root/wf" server stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export WF_HOME=$work/home
mkdir -p "$WF_HOME"

# The workflow: a DAG with one root, N middle tasks and one join.
{
  echo "apiVersion: argoproj.io/v1alpha1"
  echo "kind: Workflow"
  echo "metadata: {generateName: fanout-}"
  echo "spec:"
  echo "  entrypoint: main"
  echo "  templates:"
  echo "  - name: t"
  echo "    container: {image: alpine, command: [\"true\"]}"
  echo "  - name: main"
  echo "    dag:"
  echo "      tasks:"
  echo "      - {name: start, template: t}"
  deps=""
  for i in $(seq 1 "$n"); do
    echo "      - {name: t$i, template: t, depends: start}"
    deps="$deps${deps:+ && }t$i"
  done
  echo "      - {name: join, template: t, depends: \"$deps\"}"
} >"$work/fanout.yaml"

# The same graph for make.
{
  echo "all: join"
  echo "start: ; @true"
  for i in $(seq 1 "$n"); do echo "t$i: start ; @true"; done
  printf 'join:'; for i in $(seq 1 "$n"); do printf ' t%s' "$i"; done; echo " ; @true"
  echo ".PHONY: all start join $(seq -f 't%g' -s ' ' 1 "$n")"
} >"$work/Makefile"

ms() { date +%s%N | cut -c1-13; }
tasks=$((n + 2))

"$root/wf" submit --wait "$root/examples/hello-world.yaml" >/dev/null # start and warm the server
best_wf=999999
for _ in 1 2 3; do
  t0=$(ms); "$root/wf" submit --wait "$work/fanout.yaml" >/dev/null; t1=$(ms)
  ((t1 - t0 < best_wf)) && best_wf=$((t1 - t0))
done
best_make=999999
for _ in 1 2 3; do
  t0=$(ms); make -s -j2 -C "$work" >/dev/null; t1=$(ms)
  ((t1 - t0 < best_make)) && best_make=$((t1 - t0))
done
best_get=999999
for _ in 1 2 3 4 5; do
  t0=$(ms); "$root/wf" get @latest >/dev/null; t1=$(ms)
  ((t1 - t0 < best_get)) && best_get=$((t1 - t0))
done
java_bin=$(. "$root/.ci/jdk.sh" && wf_find_jdk)/bin/java
best_java=999999
for _ in 1 2 3 4 5; do
  t0=$(ms); "$java_bin" -version >/dev/null 2>&1; t1=$(ms)
  ((t1 - t0 < best_java)) && best_java=$((t1 - t0))
done

awk -v n="$tasks" -v wf="$best_wf" -v mk="$best_make" -v get="$best_get" -v jv="$best_java" 'BEGIN {
  printf "fan-out of %d tasks (best of 3)\n", n
  printf "  wf submit --wait  %6d ms  %6.1f ms/task\n", wf, wf / n
  printf "  make -j2          %6d ms  %6.1f ms/task\n", mk, mk / n
  printf "  ratio wf/make     %6.1f x\n", wf / mk
  printf "wf get @latest      %6d ms   (java -version %d ms, ratio %.1f x)\n", get, jv, get / jv
}'
