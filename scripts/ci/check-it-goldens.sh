#!/usr/bin/env bash
# Re-run the it/ program corpus under CPython 3.13 and fail if a committed golden differs.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! PYENV_VERSION=3.13.0 python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' 2>/dev/null; then
  echo "check-it-goldens: SKIPPED (CPython 3.13 not found: PYENV_VERSION=3.13.0 python3)"
  exit 0
fi
PYENV_VERSION=3.13.0 python3 it/tools/gen_expected.py --check --verify-determinism
