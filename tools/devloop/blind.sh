#!/usr/bin/env bash
# usage: blind.sh WORKTREE SET1 SET2 — the session's blind sets: summary lines only (the lead alone runs this)
WT=${1:-.}; A=${2:-fresh15}; B=${3:-fresh16}
"$(dirname "$0")"/score.sh "$WT" "$A:$A" "$B:$B" "blind:$A+$B"
