#!/usr/bin/env bash
# development sets (read freely), in parallel 2 at a time
WT=${1:-.}
N=$(cd "$(dirname "$0")" && pwd)
( $N/score.sh $WT dev:dev fresh12:fresh1+fresh2 fresh34:fresh3+fresh4 fresh56:fresh5+fresh6 fresh1516:fresh15+fresh16 ) &
( $N/score.sh $WT fresh78:fresh7+fresh8 fresh910:fresh9+fresh10 fresh1112:fresh11+fresh12 fresh1314:fresh13+fresh14 fresh1718:fresh17+fresh18 fresh1920:fresh19+fresh20 ) &
wait
