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

    from moatdesk.domain.models import Assessment, CompanyBasics
    from moatdesk.domain.results import Roadmap

LIMIT = 2_000  # reviews kept (~100 profiles x 20 quarters); the oldest used go first


class RoadmapCache:
    def __init__(self, limit: int = LIMIT) -> None:
        self._limit = limit
        self._roadmaps: OrderedDict[Hashable, Roadmap] = OrderedDict()
        self.computed = 0  # how many roadmaps were built (tests count them)

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


ROADMAPS = RoadmapCache()  # one per process: every view reads the same reviews
