#!/usr/bin/env bash
# usage: check.sh WORKTREE — the extraction tests (the quick part of make test), about a minute on a quiet machine

cd "${1:-.}" && .venv/bin/python -m pytest -q -x -p no:cacheprovider tests/test_actors.py tests/test_arguments.py tests/test_casualties.py \
  tests/test_classify.py tests/test_coref.py tests/test_dates.py tests/test_links.py tests/test_mentions.py tests/test_merge.py \
  tests/test_place_constructions.py tests/test_places.py tests/test_roles.py tests/test_triggers_negation.py tests/test_pipeline.py \
  tests/test_evaluate.py tests/test_knowledge.py tests/test_syntax.py tests/test_nlp.py tests/test_chains.py tests/test_dyads.py > /tmp/check-$$.log 2>&1; rc=$?; tail -3 /tmp/check-$$.log; echo "check rc=$rc"
