# Sourced by bin/run, bin/test and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# The machines' default java may be older; a newer JDK usually sits under /usr/lib/jvm.
java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 21 ] 2>/dev/null; then
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      if [ -z "$JAVA_HOME" ] || [ "$major" -gt "$(java_major "$JAVA_HOME")" ]; then JAVA_HOME=$candidate; fi
    fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "Quire needs a JDK 21 or newer; none found under /usr/lib/jvm. Set JAVA_HOME." >&2
    exit 1
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
