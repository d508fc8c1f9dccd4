#!/usr/bin/env bash
# Checks the GitHub Actions workflows against the workflow JSON schema (SchemaStore's, bundled in
# the action-validator npm package). The workflows cannot run on our build machines; this catches
# misspelt keys, wrong types and missing fields before a push does.
set -euo pipefail
cd "$(dirname "$0")/.."
for f in .github/workflows/*.yml; do npx --yes @action-validator/cli@0.6.0 "$f"; done
echo "workflows OK: $(ls .github/workflows/*.yml | tr '\n' ' ')"
