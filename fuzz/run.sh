#!/usr/bin/env bash
# Fuzz newsclean.clean() for SECONDS (default 60) and print executions and crashes.
# Usage: fuzz/run.sh [SECONDS] [--corpus DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
exec "${PYTHON:-python}" fuzz/run.py "${1:-60}" "${@:2}"
