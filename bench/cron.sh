#!/usr/bin/env bash
# How punctually the local server starts cron workflows: a CronWorkflow `@every 2s` (concurrency
# Allow, one `true` step) runs for DURATION seconds; for every run it reports how late the workflow
# was created and started after its schedule time (from the scheduled-time annotation), and checks
# that no schedule time ran twice or was skipped. The baseline, in the same script, is a bare shell
# loop that sleeps until each 2-second boundary and starts /bin/true (what a bare timer costs). Also
# times `wf cron lint` and `wf lint examples/` (the template library and its pipelines) against
# `java -version`. Usage: bench/cron.sh [DURATION] (default 30)
set -euo pipefail
duration=${1:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
# Outside /tmp: steps get a private /tmp, and a WF_HOME under /tmp takes the slower mount path.
work=$(mktemp -d -p /var/tmp wf-bench.XXXXXX)
trap 'WF_HOME=$work/home "$root/wf" server stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export WF_HOME=$work/home
mkdir -p "$WF_HOME"

cat >"$work/every.yaml" <<'EOF'
apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata:
  name: every
spec:
  schedules: ["@every 2s"]
  concurrencyPolicy: Allow
  successfulJobsHistoryLimit: 1000
  workflowSpec:
    entrypoint: main
    templates:
    - name: main
      container: {image: alpine, command: ["true"]}
EOF

ms() { date +%s%N | cut -c1-13; }

"$root/wf" submit --wait "$root/examples/hello-world.yaml" >/dev/null # start and warm the server
"$root/wf" cron create "$work/every.yaml" >/dev/null
sleep "$duration"
"$root/wf" cron suspend every >/dev/null
sleep 3 # let the last runs finish; the list below only counts completed ones
"$root/wf" list -o json >"$work/runs.json"

# Per run: ms from the schedule time to creation and to the start of the workflow.
jq -r '
  def ms: sub("\\.(?<f>[0-9]{1,3})[0-9]*Z$"; ".\(.f)Z") | sub("Z$"; "")
          | capture("^(?<s>[^.]*)(\\.(?<f>[0-9]+))?$")
          | ((.s + "Z" | fromdate) * 1000 + ((.f // "0") + "00" | .[0:3] | tonumber));
  (if type == "array" then . else .items end)[]
  | select(.metadata.labels["workflows.argoproj.io/cron-workflow"] == "every")
  | select(.status.phase == "Succeeded")
  | [(.metadata.annotations["workflows.argoproj.io/scheduled-time"] | ms),
     (.metadata.creationTimestamp | ms), (.status.startedAt | ms)]
  | @tsv' "$work/runs.json" | sort -n >"$work/runs.tsv"

# Baseline: sleep to each 2-second boundary, start /bin/true, note how late it started (bash's
# EPOCHREALTIME, so the loop itself forks nothing but sleep and true).
: >"$work/base.tsv"
end=$(($(date +%s) + duration))
while (($(date +%s) < end)); do
  t=${EPOCHREALTIME/./}; now=$((t / 1000)); slot=$(((now / 2000 + 1) * 2000)); d=$((slot - now))
  printf -v secs '%d.%03d' $((d / 1000)) $((d % 1000))
  sleep "$secs"; /bin/true
  t=${EPOCHREALTIME/./}; echo "$slot $((t / 1000))" >>"$work/base.tsv"
done

best() { # best of 5 wall-clock runs of a command, in ms
  local b=999999 t0 t1
  for _ in 1 2 3 4 5; do
    t0=$(ms); "$@" >/dev/null 2>&1 || true; t1=$(ms)
    ((t1 - t0 < b)) && b=$((t1 - t0))
  done
  echo "$b"
}
java_bin=$(. "$root/.ci/jdk.sh" && wf_find_jdk)/bin/java
lint_cron=$(best "$root/wf" cron lint "$work/every.yaml")
lint_examples=$(best "$root/wf" lint "$root/examples/")
java_ms=$(best "$java_bin" -version)

awk -v d="$duration" -v lc="$lint_cron" -v le="$lint_examples" -v jv="$java_ms" '
  FNR == 1 { file++ }
  file == 1 { n++; late = $2 - $1; start = $3 - $1; created[n] = late; started[n] = start
              if ($1 == prev) dup++; if (prev && $1 - prev > 2000) gap++; prev = $1 }
  file == 2 { m++; base[m] = $2 - $1 }
  function median(a, k,   i, j, t) {
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return k ? a[int((k + 1) / 2)] : 0 }
  function max(a, k,   i, r) { r = 0; for (i = 1; i <= k; i++) if (a[i] > r) r = a[i]; return r }
  END {
    mc = median(created, n); xc = max(created, n); ms = median(started, n); xs = max(started, n)
    mb = median(base, m); xb = max(base, m)
    printf "@every 2s for %d s: %d runs, %d schedule times run twice, %d skipped\n", d, n, dup, gap
    printf "  created after its schedule time   median %4d ms  max %4d ms\n", mc, xc
    printf "  started after its schedule time   median %4d ms  max %4d ms\n", ms, xs
    printf "  baseline: shell sleep + true       median %4d ms  max %4d ms  (%d runs)\n", mb, xb, m
    printf "  ratio wf started / baseline        %.1f x (median)\n", ms / (mb > 0 ? mb : 1)
    printf "wf cron lint        %6d ms   (java -version %d ms, ratio %.1f x)\n", lc, jv, lc / jv
    printf "wf lint examples/   %6d ms   (ratio %.1f x)\n", le, le / jv
  }' "$work/runs.tsv" "$work/base.tsv"
