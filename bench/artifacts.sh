#!/usr/bin/env bash
# Moving one large artifact between two steps. wf runs a two-step workflow (the first step writes
# SIZE MiB of random bytes to a file and outputs it as an artifact without an archive, the second
# takes it as an input and counts its bytes) through an S3 server (s3proxy on 127.0.0.1, storing on
# disk) and through the file repository. The baseline does the same work with nothing of wf in
# between: write the file, upload and download it with a plain MinIO client, count its bytes.
# Also samples the wf server's heap during each run (jstat) to show it stays flat whatever the size.
# Usage: bench/artifacts.sh [SIZE_MIB] (default 1024)
set -euo pipefail
size=${1:-1024}
root=$(cd "$(dirname "$0")/.." && pwd)
# Outside /tmp: steps get a private /tmp.
work=$(mktemp -d -p /var/tmp wf-bench-art.XXXXXX)
s3pid=""
cleanup() {
  for home in "$work"/home-*; do WF_HOME=$home "$root/wf" server stop >/dev/null 2>&1 || true; done
  [ -n "$s3pid" ] && kill "$s3pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
jdk=$(. "$root/.ci/jdk.sh" && wf_find_jdk)
export JAVA_HOME=$jdk
ms() { date +%s%N | cut -c1-13; }

# The S3 server and the baseline client live in artifact-store's test classes.
(cd "$root" && mvn -B -q -o test-compile -pl artifact-store -am >/dev/null &&
  mvn -B -q -o dependency:build-classpath -pl artifact-store -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/cp.txt" >/dev/null)
cp="$root/artifact-store/target/test-classes:$root/artifact-store/target/classes:$(cat "$work/cp.txt")"
"$jdk/bin/java" -cp "$cp" dev.wf.artifacts.bench.S3ProxyMain "$work/s3" "$work/s3.port" \
  >"$work/s3.log" 2>&1 &
s3pid=$!
for _ in $(seq 100); do [ -s "$work/s3.port" ] && break; sleep 0.1; done
endpoint=127.0.0.1:$(cat "$work/s3.port")

cat >"$work/move.yaml" <<YAML
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {generateName: move-}
spec:
  entrypoint: main
  templates:
  - name: main
    steps:
    - - {name: write, template: write}
    - - name: count
        template: count
        arguments: {artifacts: [{name: data, from: "{{steps.write.outputs.artifacts.data}}"}]}
  - name: write
    container: {image: alpine, command: [sh, -c, "head -c ${size}M /dev/urandom > /tmp/data"]}
    outputs: {artifacts: [{name: data, path: /tmp/data, archive: {none: {}}}]}
  - name: count
    inputs: {artifacts: [{name: data, path: /tmp/data}]}
    container: {image: alpine, command: [wc, -c, /tmp/data]}
YAML

# Peak heap used (MiB) of process $1 until file $2 exists, sampled every 200 ms.
sample_heap() {
  local pid=$1 stop=$2 peak=0 used
  while [ ! -e "$stop" ]; do
    used=$("$jdk/bin/jstat" -gc "$pid" 2>/dev/null | awk 'NR==2 {printf "%d", ($3+$4+$6+$8)/1024}')
    [ -n "$used" ] && ((used > peak)) && peak=$used
    sleep 0.2
  done
  echo "$peak"
}

# run_wf NAME CONFIG: prints "<ms> <peak heap MiB>" for one run on a warmed server.
run_wf() {
  local home=$work/home-$1
  mkdir -p "$home"
  printf '%s' "$2" >"$home/config.yaml"
  mkdir -p "$home/secrets/bench-s3"
  printf bench-access >"$home/secrets/bench-s3/accessKey"
  printf bench-secret >"$home/secrets/bench-s3/secretKey"
  WF_HOME=$home "$root/wf" submit --wait "$root/examples/hello-world.yaml" >/dev/null
  local pid
  pid=$(sed -n 's/.*"pid" *: *\([0-9]*\).*/\1/p' "$home/server.json")
  rm -f "$work/stop"
  sample_heap "$pid" "$work/stop" >"$work/peak" &
  local t0 t1
  t0=$(ms)
  WF_HOME=$home "$root/wf" submit --wait "$work/move.yaml" >/dev/null
  t1=$(ms)
  touch "$work/stop"
  wait
  echo "$((t1 - t0)) $(cat "$work/peak")"
}

s3_config="artifactRepository:
  s3:
    endpoint: $endpoint
    bucket: bench
    insecure: true
    createBucketIfNotPresent: true
    accessKeySecret: {name: bench-s3, key: accessKey}
    secretKeySecret: {name: bench-s3, key: secretKey}
"
read -r wf_s3 heap_s3 <<<"$(run_wf s3 "$s3_config")"
read -r wf_file heap_file <<<"$(run_wf file "")"

t0=$(ms)
head -c "${size}M" /dev/urandom >"$work/src"
"$jdk/bin/java" -cp "$cp" dev.wf.artifacts.bench.PlainMinioCopy "http://$endpoint" baseline \
  "$work/src" "$work/dst" >/dev/null
wc -c "$work/dst" >/dev/null
t1=$(ms)
base=$((t1 - t0))

awk -v size="$size" -v s3="$wf_s3" -v f="$wf_file" -v b="$base" -v hs="$heap_s3" -v hf="$heap_file" 'BEGIN {
  printf "one %d MiB artifact, written by one step and read by the next\n", size
  printf "  plain MinIO client (write, upload, download, count)  %7d ms\n", b
  printf "  wf through S3 (s3proxy)                              %7d ms  %.2f x   peak heap %d MiB\n", s3, s3 / b, hs
  printf "  wf through the file repository                       %7d ms  %.2f x   peak heap %d MiB\n", f, f / b, hf
}'
