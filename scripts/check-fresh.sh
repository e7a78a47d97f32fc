#!/usr/bin/env bash
# Fails if any of the given generated files differs from what is committed (run after
# `make generate`), naming the command that fixes it.
set -u
stale=$( { git diff --name-only -- "$@"; git ls-files --others --exclude-standard -- "$@"; } | sort -u)
if [ -n "$stale" ]; then
  echo "stale generated files (run \`make generate\` and commit):" >&2
  echo "$stale" | sed 's/^/  /' >&2
  git --no-pager diff --stat -- "$@" >&2
  exit 1
fi
echo "generated files are fresh: $#"
