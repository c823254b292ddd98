# Finds a JDK 21 or newer. Sourced by ./wf and .ci/run (bash).

# wf_jdk_major HOME: prints the major version of the JDK installed at HOME; fails if HOME is not
# a JDK (bin/java, bin/javac and the release file that every JDK since 9 carries).
wf_jdk_major() {
  local home=$1 line version=''
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] && [ -r "$home/release" ] || return 1
  # Shell built-ins only: this runs on every wf command.
  while IFS= read -r line; do
    case $line in
      JAVA_VERSION=*)
        version=${line#JAVA_VERSION=}
        version=${version//\"/}
        break
        ;;
    esac
  done <"$home/release"
  case $version in
    1.*) version=${version#1.} ;;
  esac
  version=${version%%[!0-9]*}
  [ -n "$version" ] || return 1
  printf '%s\n' "$version"
}

# wf_resolve PATH: PATH with its symbolic links followed (readlink -f is not everywhere).
wf_resolve() {
  local path=$1 link
  while [ -L "$path" ]; do
    link=$(readlink "$path")
    case $link in
      /*) path=$link ;;
      *) path=${path%/*}/$link ;;
    esac
  done
  printf '%s\n' "$path"
}

# wf_find_jdk: prints the home of a JDK 21 or newer: JAVA_HOME if it is one, else the JDK of the
# java on PATH, else the newest in the usual places. Fails if there is none.
wf_find_jdk() {
  local minimum=21 major candidate java best='' best_major=0
  if [ -n "${JAVA_HOME:-}" ] && major=$(wf_jdk_major "$JAVA_HOME") && [ "$major" -ge "$minimum" ]; then
    printf '%s\n' "$JAVA_HOME"
    return 0
  fi
  if java=$(command -v java 2>/dev/null); then
    candidate=$(wf_resolve "$java")
    candidate=${candidate%/bin/java}
    if major=$(wf_jdk_major "$candidate") && [ "$major" -ge "$minimum" ]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/* /opt/*jdk* "$HOME"/.sdkman/candidates/java/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] || continue
    if major=$(wf_jdk_major "$candidate") && [ "$major" -ge "$minimum" ] \
      && [ "$major" -gt "$best_major" ]; then
      best=$candidate
      best_major=$major
    fi
  done
  [ -n "$best" ] || return 1
  printf '%s\n' "$best"
}
