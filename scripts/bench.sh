#!/usr/bin/env bash
# Placeholder until the performance issue (#7): the benchmark is separate from the tests.
set -euo pipefail
echo "make bench: 基准测试尚未实现（见 issue 7）。"
