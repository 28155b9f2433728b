#!/usr/bin/env bash
# usage: score.sh WORKTREE LABEL:SET[+SET...] ...   -> one summary line per label (extract + eval --summary)
# special SET names: dev, test (demo/docs vs demo/gold/{dev,test}.jsonl)
WT=$1; shift
cd "$WT" || exit 1
T=$(mktemp -d)
for spec in "$@"; do
  label=${spec%%:*}; sets=${spec#*:}
  docs=(); golds=()
  for s in ${sets//+/ }; do
    case $s in
      dev|test) docs+=(demo/docs); golds+=(demo/gold/$s.jsonl);;
      *) docs+=(demo/$s/docs.jsonl); golds+=(demo/$s/gold.jsonl);;
    esac
  done
  .venv/bin/flashpoint extract "${docs[@]}" --quiet -o $T/$label-ev.jsonl 2>$T/$label-err || { echo "$label: extract failed: $(tail -1 $T/$label-err)"; continue; }
  cat "${golds[@]}" > $T/$label-gold.jsonl
  .venv/bin/flashpoint eval $T/$label-gold.jsonl $T/$label-ev.jsonl --summary > $T/$label-sum 2>&1
  awk -v L="$label" '
    $1=="event"{ev=sprintf("P %s R %s F1 %s (TP %s FP %s FN %s)",$5,$6,$7,$2,$3,$4)}
    $1=="links" && lk==""{lk=$2"/"$3"/"$4}
    $1=="actor1"{a1=$4} $1=="actor2"{a2=$4} $1=="location"{lo=$4} $1=="fatalities"{fa=$4} $1=="sub_event_type"{st=$4}
    $1=="merge"{mg=$2"/"$3}
    END{printf "%-10s %s links %s sub %s a1 %s a2 %s loc %s fat %s merge %s\n",L,ev,lk,st,a1,a2,lo,fa,mg}' $T/$label-sum
done
rm -rf $T
