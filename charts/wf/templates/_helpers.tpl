{{- define "wf.labels" -}}
app.kubernetes.io/name: wf
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end }}

{{- define "wf.selectorLabels" -}}
app.kubernetes.io/name: wf
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: controller
{{- end }}

{{- define "wf.image" -}}
{{- printf "%s:%s" .image.repository (default .chart.AppVersion .image.tag) -}}
{{- end }}

{{/* Namespaces whose step pods need the step service account. */}}
{{- define "wf.stepNamespaces" -}}
{{- if .Values.controller.namespaces }}{{ toJson .Values.controller.namespaces }}{{ else }}{{ list .Release.Namespace | toJson }}{{ end -}}
{{- end }}

{{/* What the controller does in the namespaces it watches. */}}
{{- define "wf.controllerRules" -}}
- apiGroups: ["wf.dev"]
  resources: ["workflows"]
  verbs: ["get", "list", "watch", "create", "update", "patch", "delete"]
- apiGroups: ["wf.dev"]
  resources: ["workflows/status"]
  verbs: ["get", "update", "patch"]
- apiGroups: ["wf.dev"]
  resources: ["workflowtemplates"]
  verbs: ["get", "list", "watch"]
- apiGroups: ["wf.dev"]
  resources: ["cronworkflows"]
  verbs: ["get", "list", "watch", "update", "patch"]
- apiGroups: ["wf.dev"]
  resources: ["cronworkflows/status"]
  verbs: ["get", "update", "patch"]
- apiGroups: ["wf.dev"]
  resources: ["stepresults"]
  verbs: ["get", "list", "watch", "delete", "deletecollection"]
- apiGroups: [""]
  resources: ["pods"]
  verbs: ["get", "list", "watch", "create", "delete", "patch"]
- apiGroups: [""]
  resources: ["pods/log"]
  verbs: ["get"]
- apiGroups: [""]
  resources: ["configmaps"]
  # create and patch: memoization caches are ConfigMaps the controller writes.
  verbs: ["get", "list", "watch", "create", "patch"]
- apiGroups: [""]
  resources: ["events"]
  verbs: ["create", "patch"]
{{- with (include "wf.secretNames" . | fromJsonArray) }}
- apiGroups: [""]
  resources: ["secrets"]
  resourceNames: {{ toJson . }}
  verbs: ["get"]
{{- end }}
{{- end }}

{{/* The Secrets the artifact repository names (the controller reads them for GC and logs). */}}
{{- define "wf.secretNames" -}}
{{- $names := list -}}
{{- with .Values.artifactRepository.s3 -}}
{{- with .accessKeySecret }}{{ $names = append $names .name }}{{ end -}}
{{- with .secretKeySecret }}{{ $names = append $names .name }}{{ end -}}
{{- end -}}
{{- $names | uniq | toJson -}}
{{- end }}
