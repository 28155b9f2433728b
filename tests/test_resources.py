"""Tests for flashpoint.resources: data files read once, and what is loaded kept out of the collector's passes."""
from __future__ import annotations

import gc
import weakref

from flashpoint.resources import freeze_loaded, load_yaml


def test_a_data_file_is_parsed_once():
    assert load_yaml("taxonomy.yaml") is load_yaml("taxonomy.yaml")


def test_what_is_alive_when_loading_ends_leaves_the_collectors_passes():
    loaded = {"index": [["a", "b"]]}
    freeze_loaded()
    assert gc.get_freeze_count() > 0
    assert not any(obj is loaded for obj in gc.get_objects())  # frozen objects are not walked


def test_garbage_made_before_loading_ends_is_freed_not_frozen():
    class Node:
        pass
    node = Node()
    node.me = node  # a cycle: only the collector frees it
    gone = weakref.ref(node)
    del node
    freeze_loaded()
    assert gone() is None


def test_cycles_made_after_loading_are_still_collected():
    freeze_loaded()

    class Node:
        pass
    node = Node()
    node.me = node
    gone = weakref.ref(node)
    del node
    gc.collect()
    assert gone() is None
