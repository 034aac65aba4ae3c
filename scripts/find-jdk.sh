# Sourced by ./newsgraph and .ci/run: sets JAVA_HOME to a JDK >= 21 or explains how to get one.
# Order: $JAVA_HOME, the java on PATH, then the system's JVM folders (newest first).
_ng_java_major() {  # prints the feature version of the java binary $1, or 0
  # The JDK's release file answers without starting a JVM (a start costs more than the whole analysis).
  rel="$(dirname "$(dirname "$1")")/release"
  if [ -r "$rel" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel" | head -1)
    [ -n "$v" ] && { echo "$v"; return; }
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1
}
_ng_is_jdk21() {  # $1 = a JDK home; true when it has java and javac >= 21
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  v=$(_ng_java_major "$1/bin/java"); [ "${v:-0}" -ge 21 ] 2>/dev/null
}
ng_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && _ng_is_jdk21 "$JAVA_HOME"; then return 0; fi
  if command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if _ng_is_jdk21 "$home"; then export JAVA_HOME="$home"; return 0; fi
  fi
  for home in $(ls -d /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* 2>/dev/null | sort -rV); do
    if _ng_is_jdk21 "$home"; then export JAVA_HOME="$home"; return 0; fi
  done
  echo "newsgraph: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm): install one (e.g. 'apt install openjdk-21-jdk') or set JAVA_HOME to it" >&2
  return 1
}
