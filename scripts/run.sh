#!/usr/bin/env bash
# Builds Parcours and serves it at http://127.0.0.1:8080 with live reload.
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"
say "Checking the build tools"
need_build_tools
say "Building and serving Parcours at http://127.0.0.1:8080 (Ctrl+C to stop)"
exec trunk serve
