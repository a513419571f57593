#!/bin/sh
# Rebuild the go-yaml v2 oracle and regenerate verdicts.tsv (needs Debian's golang-go and
# golang-gopkg-yaml.v2-dev). The test go-yaml-v2-resolve.test.ts checks our model against it.
set -eu
cd "$(dirname "$0")"
GOPATH=/usr/share/gocode GO111MODULE=off go build -o /tmp/go-yaml-v2-oracle oracle.go
node candidates.mjs | /tmp/go-yaml-v2-oracle > verdicts.tsv
