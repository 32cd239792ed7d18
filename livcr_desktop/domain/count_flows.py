"""The range of a hidden count as a flow: fast, and exact for the tables of the figures.

Every sum relation of a two-way table is a node and every hidden cell an edge between the two
sums it lies in (row and column; a margin's cell between its line and the grand total's): the
relations form a network matrix. Moving a hidden count up by δ while every sum still holds is
sending δ back around a cycle of hidden cells, so the largest rise of a cell is the maximum
flow from its head to its tail in the residual graph of the other hidden cells (each may rise
to its upper bound and fall to its lower one), capped by the cell's own room; likewise its
largest fall. A sum a cell lies in alone with no other relation (a line without a margin) is
a node that need not balance. Counts are whole, capacities whole: the flows are whole too.

`network` returns None for a system that is not such a network (a cell in three sums, signs
that cannot be oriented); count_ranges.py then solves the linear programme instead.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Mapping, Sequence
from collections.abc import Set as AbstractSet

FREE = -1
"""The node of every end that lies in no sum (it need not balance)."""

Ends = tuple[int, int]


def network(
    relations: Sequence[Sequence[tuple[Hashable, int]]], hidden: AbstractSet[Hashable]
) -> dict[Hashable, Ends] | None:
    """(tail, head) of every hidden cell, relations numbered; None when not a network."""
    places = _places(relations, hidden)
    if places is None:
        return None
    sign = _orientation(places)
    if sign is None:
        return None
    ends: dict[Hashable, Ends] = {}
    for cell, p in places.items():
        if not p:
            ends[cell] = (FREE, FREE)
        elif len(p) == 1:
            node, coefficient = p[0]
            out = sign.get(node, 1) * coefficient == 1
            ends[cell] = (node, FREE) if out else (FREE, node)
        else:
            (a, x), (b, _) = p
            ends[cell] = (a, b) if sign[a] * x == 1 else (b, a)
    return ends


def _places(
    relations: Sequence[Sequence[tuple[Hashable, int]]], hidden: AbstractSet[Hashable]
) -> dict[Hashable, list[tuple[int, int]]] | None:
    """The sums (index, coefficient) each hidden cell lies in; None beyond a network."""
    places: dict[Hashable, list[tuple[int, int]]] = {c: [] for c in hidden}
    for index, relation in enumerate(relations):
        for cell, coefficient in relation:
            if cell in places:
                if coefficient not in (1, -1):
                    return None
                places[cell].append((index, coefficient))
    return None if any(len(p) > 2 for p in places.values()) else places


def _orientation(places: Mapping[Hashable, list[tuple[int, int]]]) -> dict[int, int] | None:
    """A sign per sum so that every cell leaves one of its sums and enters the other."""
    links: dict[int, list[tuple[int, int]]] = {}
    for p in places.values():
        if len(p) == 2:
            (a, x), (b, y) = p
            links.setdefault(a, []).append((b, -x * y))
            links.setdefault(b, []).append((a, -x * y))
    sign: dict[int, int] = {}
    for start in links:
        if start in sign:
            continue
        sign[start] = 1
        todo = [start]
        while todo:
            node = todo.pop()
            for other, factor in links[node]:
                wanted = sign[node] * factor
                if other not in sign:
                    sign[other] = wanted
                    todo.append(other)
                elif sign[other] != wanted:
                    return None
    return sign


def flow_range(
    ends: Mapping[Hashable, Ends],
    value: Callable[[Hashable], int],
    bounds: Mapping[Hashable, tuple[int, int | None]],
    cell: Hashable,
) -> tuple[int, int | None]:
    """The smallest and largest value of `cell` (None: no upper end)."""
    now = value(cell)
    low, high = bounds[cell]
    tail, head = ends[cell]
    if tail == head:  # in no sum at all
        return (low, high)
    capacity: dict[int, dict[int, int | None]] = {}

    def add(a: int, b: int, room: int | None) -> None:
        line = capacity.setdefault(a, {})
        current = line.get(b, 0)
        line[b] = None if room is None or current is None else current + room
        capacity.setdefault(b, {}).setdefault(a, 0)

    for other, (a, b) in ends.items():
        if other == cell or a == b:
            continue
        lo, hi = bounds[other]
        add(a, b, None if hi is None else hi - value(other))
        add(b, a, value(other) - lo)
    rise_room = None if high is None else high - now
    rise = _max_flow(capacity, head, tail, rise_room)
    fall = _max_flow(capacity, tail, head, now - low)
    return (now - (fall or 0), None if rise is None else now + rise)


def _max_flow(
    capacity: Mapping[int, Mapping[int, int | None]], source: int, sink: int, limit: int | None
) -> int | None:
    """The maximum flow, at most `limit` (None: no limit; None back: unbounded)."""
    residual = {a: dict(line) for a, line in capacity.items()}
    total = 0
    while limit is None or total < limit:
        parent: dict[int, int] = {source: source}
        queue = deque([source])
        while queue and sink not in parent:
            node = queue.popleft()
            for other, room in residual.get(node, {}).items():
                if other not in parent and (room is None or room > 0):
                    parent[other] = node
                    queue.append(other)
        if sink not in parent:
            return total
        path = []
        node = sink
        while node != source:
            path.append((parent[node], node))
            node = parent[node]
        rooms = [residual[a][b] for a, b in path]
        finite = [r for r in rooms if r is not None]
        if not finite:
            return None if limit is None else limit
        step = min(finite) if limit is None else min([*finite, limit - total])
        for a, b in path:
            if residual[a][b] is not None:
                residual[a][b] -= step  # type: ignore[operator]
            back = residual.setdefault(b, {}).get(a, 0)
            residual[b][a] = None if back is None else back + step
        total += step
    return total
