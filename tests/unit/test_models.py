"""Model-side code that needs no model: label mapping, load errors, the bounded cache."""
import pytest

from consistency.models.cache import LRUCache
from consistency.models.nli import LABELS, NLIModel, label_order
from consistency.types import InputError


def test_label_order_follows_id2label():
    assert label_order({0: "CONTRADICTION", 1: "ENTAILMENT", 2: "NEUTRAL"}) == ["contradiction", "entailment", "neutral"]
    assert label_order({"0": "entailment", "1": "neutral", "2": "contradiction"}) == list(LABELS)
    with pytest.raises(InputError):
        label_order({0: "LABEL_0", 1: "LABEL_1"})


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="could not be loaded"):
        NLIModel(str(tmp_path / "no-such-model"))


class Squares:
    def __init__(self):
        self.batches = []

    def __call__(self, keys):
        self.batches.append(keys)
        return [k * k for k in keys]


def test_cache_computes_only_missing_keys_in_one_batch():
    cache, compute = LRUCache(10), Squares()
    assert cache.lookup([3, 1, 3, 2], compute) == {3: 9, 1: 1, 2: 4}
    assert cache.lookup([2, 4, 1], compute) == {2: 4, 4: 16, 1: 1}
    assert compute.batches == [[3, 1, 2], [4]]


def test_cache_drops_the_least_recently_used():
    cache, compute = LRUCache(2), Squares()
    cache.lookup([1, 2], compute)
    cache.lookup([1], compute)  # 1 is now more recent than 2
    cache.lookup([3], compute)
    assert 1 in cache and 3 in cache and 2 not in cache and len(cache) == 2


def test_cache_smaller_than_a_batch_still_answers_every_key():
    cache, compute = LRUCache(2), Squares()
    assert cache.lookup([1, 2, 3, 4, 5], compute) == {k: k * k for k in range(1, 6)}
    assert len(cache) == 2 and 5 in cache
    off = LRUCache(0)
    assert off.lookup([1, 2], compute) == {1: 1, 2: 4} and len(off) == 0
