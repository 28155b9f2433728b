#!/usr/bin/env bash
# sets nobody tunes on this session: summary lines only (do not read their errors)
WT=${1:-.}
N=$(cd "$(dirname "$0")" && pwd)
( $N/score.sh $WT test:test holdout:holdout ) &
( $N/score.sh $WT holdout2:holdout2 ) &
wait
