#!/usr/bin/env bash
# byte-compare extract outputs of two worktrees on dev docs and every dev/fresh/holdout set (outputs only; not read)
A=$1; B=$2; T=$(mktemp -d); rc=0
for s in docs fresh1 fresh2 fresh3 fresh4 fresh5 fresh6 fresh7 fresh8 fresh9 fresh10 fresh11 fresh12 fresh13 fresh14 fresh15 fresh16 fresh17 fresh18 fresh19 fresh20 holdout holdout2; do
  if [ $s = docs ]; then in=demo/docs; else in=demo/$s/docs.jsonl; fi
  (cd $A && .venv/bin/flashpoint extract $in --quiet -o $T/a-$s.jsonl) &
  (cd $B && .venv/bin/flashpoint extract $in --quiet -o $T/b-$s.jsonl) &
  wait
  cmp -s $T/a-$s.jsonl $T/b-$s.jsonl && echo "$s same" || { echo "$s DIFFERS"; rc=1; }
done
rm -rf $T; exit $rc
