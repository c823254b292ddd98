#!/usr/bin/env bash
# Controller throughput against fabric8's mock API server (CRUD mode, wf's CRDs installed), with
# an "instant kubelet" that finishes every pod at once (it writes the StepResult as the wait
# container would and marks the pod Succeeded; nothing runs). The controller is the real one
# (ControllerProcess, KubernetesRuntime, PodBuilder) with a client throttled like
# `wf controller --qps --burst`. Everything runs in one JVM per scenario (dev.wf.bench.ControllerThroughput
# in workflow-controller's test classes), so the heap figure covers the mock server and the
# kubelet too. Scenarios:
#   1. N one-step workflows created at once (default 1000): pods created per second (first pod seen
#      by the kubelet to last) and workflows per minute (first create to last completion), at the
#      controller's defaults (--qps=20 --burst=30), tuned (TUNED_QPS/TUNED_BURST, default 200/300)
#      and unthrottled; with the controller's API calls per workflow.
#   2. One DAG: a withSequence fan-out of DAG_WIDTH pods (default 10000) and a join, at the tuned
#      setting: submit to all pods created, submit to Succeeded, and the size of its status.
#   3. Baselines in the same run: N plain pods created through the same client (32 at a time, no
#      controller), and `java -version`.
# Usage: bench/kube.sh [N] (default 1000)
#   env: DAG_WIDTH (0 skips the DAG), TUNED_QPS, TUNED_BURST, SKIP_DEFAULT=1 (skips the slow
#   default-settings run).
# Needs a build (`mvn -B -DskipTests install` or any build that fills ~/.m2); runs offline.
set -euo pipefail
n=${1:-1000}
width=${DAG_WIDTH:-10000}
tuned_qps=${TUNED_QPS:-200}
tuned_burst=${TUNED_BURST:-300}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d -p /var/tmp wf-bench-kube.XXXXXX)
trap 'rm -rf "$work"' EXIT
jdk=$(. "$root/.ci/jdk.sh" && wf_find_jdk)
export JAVA_HOME=$jdk
ms() { date +%s%N | cut -c1-13; }

(cd "$root" && mvn -B -q -o test-compile dependency:build-classpath -pl workflow-controller -am \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >"$work/build.log" 2>&1) ||
  { cat "$work/build.log"; exit 1; }
cp="$root/workflow-controller/target/test-classes:$root/workflow-controller/target/classes:$(cat "$work/cp.txt")"

# run NAME ARGS...: runs one scenario, keeps its key=value lines in $work/NAME.out.
run() {
  local name=$1
  shift
  echo "== $name: $* (load average: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  "$jdk/bin/java" -cp "$cp" dev.wf.bench.ControllerThroughput "$@" >"$work/$name.out" \
    2>"$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
  cat "$work/$name.out" >&2
}
get() { sed -n "s/^$2=//p" "$work/$1.out" 2>/dev/null | head -1; }

run pods pods "$n"
[ "${SKIP_DEFAULT:-0}" = 1 ] || run default workflows "$n" 20 30
run tuned workflows "$n" "$tuned_qps" "$tuned_burst"
run unlimited workflows "$n" 0 0
[ "$width" = 0 ] || run dag dag "$width" "$tuned_qps" "$tuned_burst"
best_java=999999
for _ in 1 2 3 4 5; do
  t0=$(ms); "$jdk/bin/java" -version >/dev/null 2>&1; t1=$(ms)
  ((t1 - t0 < best_java)) && best_java=$((t1 - t0))
done

base=$(get pods pods_per_s)
row() { # row LABEL NAME
  [ -s "$work/$2.out" ] || return 0
  awk -v l="$1" -v p="$(get "$2" pods_per_s)" -v w="$(get "$2" wf_per_min)" \
    -v c="$(get "$2" calls_per_workflow)" -v h="$(get "$2" heap_peak_mib)" -v b="$base" 'BEGIN {
    printf "  %-28s %8.1f pods/s (%4.2f x raw)  %7.0f wf/min  %5s calls/wf  heap %4d MiB\n",
      l, p, p / b, w, c, h
  }'
}
echo
echo "controller throughput, mock API server, $n one-step workflows (load average $(cut -d' ' -f1-3 /proc/loadavg))"
awk -v b="$base" 'BEGIN { printf "  %-28s %8.1f pods/s (baseline)\n", "raw pod creates (client)", b }'
row "wf --qps=20 --burst=30" default
row "wf --qps=$tuned_qps --burst=$tuned_burst" tuned
row "wf unthrottled" unlimited
echo "  Argo (real cluster, published): ~270 wf/min at defaults (qps 20, burst 30), ~810 tuned"
if [ -s "$work/dag.out" ]; then
  echo "one DAG, fan-out of $width pods + join (--qps=$tuned_qps --burst=$tuned_burst)"
  echo "  submit to last pod created  $(get dag submit_to_last_pod_s) s  ($(get dag pods_per_s) pods/s)"
  echo "  submit to Succeeded         $(get dag submit_to_done_s) s  phases $(get dag phases)"
  echo "  status: $(get dag status_nodes) nodes, $(get dag status_json_bytes) bytes JSON," \
    "$(get dag status_gzip_bytes) gzipped (compressedNodes: $(get dag status_compressed))"
  echo "  API calls per DAG: $(get dag calls_per_workflow); heap $(get dag heap_peak_mib) MiB"
fi
echo "java -version                 $best_java ms"
for s in default tuned unlimited dag; do
  [ -s "$work/$s.out" ] && echo "calls ($s): $(get "$s" calls_by_kind)"
done
