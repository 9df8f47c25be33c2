"""A bounded cache for model outputs, filled a batch at a time."""
from __future__ import annotations

from collections import OrderedDict
from typing import Callable, Generic, Hashable, Iterable, Sequence, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRUCache(Generic[K, V]):
    """At most ``maxsize`` entries, the least recently used dropped first; 0 keeps nothing."""

    def __init__(self, maxsize: int):
        self.maxsize = maxsize
        self._data: OrderedDict[K, V] = OrderedDict()

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: K) -> bool:
        return key in self._data

    def clear(self) -> None:
        self._data.clear()

    def lookup(self, keys: Iterable[K], compute: Callable[[list[K]], Sequence[V]]) -> dict[K, V]:
        """The value of every key: from the cache, or from one call of ``compute`` on all the
        missing keys (in first-seen order, so a model sees one batch), which are then cached.
        Complete even when the cache is smaller than the batch."""
        found: dict[K, V] = {}
        todo: list[K] = []
        for key in dict.fromkeys(keys):
            if key in self._data:
                self._data.move_to_end(key)
                found[key] = self._data[key]
            else:
                todo.append(key)
        if todo:
            found.update(zip(todo, compute(todo), strict=True))
            if self.maxsize > 0:
                for key in todo[-self.maxsize:]:
                    self._data[key] = found[key]
                while len(self._data) > self.maxsize:
                    self._data.popitem(last=False)
        return found
