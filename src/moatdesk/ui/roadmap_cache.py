"""Roadmaps computed once per review and reused while its answers stay the same.

A profile switch, the trend chart, the countdown history and the results dialog all
need the roadmap of some reviews; scoring one takes a few milliseconds, twenty of them
more than a switch may cost (docs/benchmarks.md).  The key is everything a roadmap is
computed from: the basics, the quarter, the answers and the question bank's version
(the model parameters are fixed for the process).  An edited answer or a new bank
makes a new key, so a stale roadmap is never returned.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Hashable

    from moatdesk.domain.history import CountdownEntry
    from moatdesk.domain.models import Assessment, CompanyBasics
    from moatdesk.domain.results import Roadmap

LIMIT = 2_000  # reviews kept (~100 profiles x 20 quarters); the oldest used go first
COUNTDOWNS = 32  # profiles' countdowns kept (switching back and forth between a few)


class RoadmapCache:
    def __init__(self, limit: int = LIMIT) -> None:
        self._limit = limit
        self._roadmaps: OrderedDict[Hashable, Roadmap] = OrderedDict()
        self.computed = 0  # how many roadmaps were built (tests count them)
        # (quarters, finals, roadmap ids) -> (those roadmaps, their countdown)
        self._countdowns: OrderedDict[Hashable, tuple[tuple, tuple]] = OrderedDict()
        self.countdowns_computed = 0

    @staticmethod
    def _key(basics: CompanyBasics, assessment: Assessment) -> Hashable:
        from moatdesk.domain.content import load_bank  # cached per process

        # Plain tuples of every field: comparing them is cheap (pydantic's __eq__ is not).
        answers = tuple(
            (qid, *answer.__dict__.values()) for qid, answer in sorted(assessment.answers.items())
        )
        return (tuple(basics.__dict__.values()), assessment.quarter, answers, load_bank().version)

    def cached(self, basics: CompanyBasics, assessment: Assessment) -> Roadmap | None:
        key = self._key(basics, assessment)
        roadmap = self._roadmaps.get(key)
        if roadmap is not None:
            self._roadmaps.move_to_end(key)
        return roadmap

    def roadmap(self, basics: CompanyBasics, assessment: Assessment) -> Roadmap:
        """The roadmap of ``assessment`` read with ``basics``: from the cache, or built."""
        found = self.cached(basics, assessment)
        if found is not None:
            return found
        from moatdesk.domain.roadmap import build_roadmap

        built = build_roadmap(basics, assessment)
        self.computed += 1
        self._roadmaps[self._key(basics, assessment)] = built
        while len(self._roadmaps) > self._limit:
            self._roadmaps.popitem(last=False)
        return built

    def countdown(
        self, history: tuple[tuple[str, Roadmap], ...], finals: set[str]
    ) -> tuple[CountdownEntry, ...]:
        """``domain.history.countdown_from`` of these roadmaps, worked out once: a profile
        switch back to a profile whose reviews did not change reuses it (its shifts
        compare every moat of every review with the one before, ~3 ms for 20)."""
        roadmaps = tuple(roadmap for _quarter, roadmap in history)
        key = (tuple(q for q, _r in history), frozenset(finals), tuple(map(id, roadmaps)))
        found = self._countdowns.get(key)
        # The kept roadmaps are the same objects (kept alive here, so no id is reused).
        if found is not None and all(a is b for a, b in zip(found[0], roadmaps, strict=True)):
            self._countdowns.move_to_end(key)
            return found[1]
        from moatdesk.domain.history import countdown_from

        entries = countdown_from(history, finals)
        self.countdowns_computed += 1
        self._countdowns[key] = (roadmaps, entries)
        while len(self._countdowns) > COUNTDOWNS:
            self._countdowns.popitem(last=False)
        return entries


ROADMAPS = RoadmapCache()  # one per process: every view reads the same reviews
