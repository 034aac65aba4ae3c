# Sourced by ./newsgraph and .ci/run: sets JAVA_HOME to a JDK >= 21 or explains how to get one.
# Order: $JAVA_HOME, the java on PATH, then the system's JVM folders (newest first).
# Written with shell built-ins only (no dirname, sed, ls or sort): ./newsgraph runs this before every command, and
# the twenty-odd small programs the first version started cost about 0.2 CPU s, a fifth of a one-article analysis.
_ng_major_of() {  # sets ng_major to the feature version of the java binary $1, or 0
  # The JDK's release file answers without starting a JVM (a start costs more than the whole analysis).
  local bin="$1" home rel line
  home="${bin%/*}"; home="${home%/*}"
  rel="$home/release"
  ng_major=""
  if [ -r "$rel" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=\"[0-9]*) line="${line#JAVA_VERSION=\"}"; ng_major="${line%%[!0-9]*}"; break ;;
      esac
    done <"$rel"
  fi
  if [ -z "$ng_major" ]; then
    ng_major="$("$bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1)"
  fi
  ng_major="${ng_major:-0}"
}
_ng_java_major() {  # prints the feature version of the java binary $1, or 0
  _ng_major_of "$1"
  echo "$ng_major"
}
_ng_is_jdk21() {  # $1 = a JDK home; true when it has java and javac >= 21
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  _ng_major_of "$1/bin/java"; [ "$ng_major" -ge 21 ] 2>/dev/null
}
ng_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && _ng_is_jdk21 "$JAVA_HOME"; then return 0; fi
  local javac home best="" best_major=0
  if javac="$(command -v javac 2>/dev/null)" && [ -n "$javac" ]; then
    [ -L "$javac" ] && javac="$(readlink -f "$javac")"
    home="${javac%/*}"; home="${home%/*}"
    if _ng_is_jdk21 "$home"; then export JAVA_HOME="$home"; return 0; fi
  fi
  # the newest JDK of the usual folders (an unmatched pattern stays as written and fails the test)
  for home in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home \
      "${HOME:-/nonexistent}"/.sdkman/candidates/java/*; do
    if _ng_is_jdk21 "$home" && [ "$ng_major" -ge "$best_major" ]; then best="$home"; best_major="$ng_major"; fi
  done
  if [ -n "$best" ]; then export JAVA_HOME="$best"; return 0; fi
  echo "newsgraph: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm): install one (e.g. 'apt install openjdk-21-jdk') or set JAVA_HOME to it" >&2
  return 1
}
