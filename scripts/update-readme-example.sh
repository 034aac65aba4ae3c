#!/usr/bin/env bash
# Regenerates the example output shown on the README's first screen from the current build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out=$(NO_COLOR=1 ./newsgraph analyze examples/floods-interview-fr.txt --published 2024-04-20)
python3 - "$out" <<'PY'
import re, sys
readme = open("README.md", encoding="utf-8").read()
block = "<!-- example-output:start -->\n```text\n$ ./newsgraph analyze examples/floods-interview-fr.txt --published 2024-04-20\n" + sys.argv[1].rstrip() + "\n```\n<!-- example-output:end -->"
readme = re.sub(r"<!-- example-output:start -->.*?<!-- example-output:end -->", lambda m: block, readme, flags=re.S)
open("README.md", "w", encoding="utf-8").write(readme)
PY
