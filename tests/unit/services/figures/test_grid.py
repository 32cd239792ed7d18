"""Tables of counts that are not of people: a municipality's column is hidden whole when too
few people stand behind it (36 life-domain ratings from two evaluations are two people)."""

from __future__ import annotations

from livcr_desktop.domain.figures import Hidden, Section
from livcr_desktop.domain.text import Text
from livcr_desktop.services.figures.grid import Municipalities, TableSpec, municipality_table

SPEC = TableSpec(
    "movement", Section.TRAJECTORIES, Text("Figures", "Movement"), ("up", "same", "down")
)
TOWNS = Municipalities(("a", "b"), ("Proefdorp", "Testegem"))
COUNTS = {(0, "a"): 16, (1, "a"): 17, (2, "a"): 3, (0, "b"): 40, (1, "b"): 30, (2, "b"): 25}


def test_a_column_of_two_people_is_hidden_whole_and_cannot_be_worked_out() -> None:
    table = municipality_table(SPEC, COUNTS, TOWNS, 5, people={"a": 2, "b": 9})
    assert all(line[0].hidden is Hidden.SMALL for line in table.cells)
    assert table.column_totals is not None and table.column_totals[0].hidden is Hidden.SMALL
    # The totals would give Proefdorp's column away: hidden where needed.
    assert all(
        line[0].value is None or total.value is None
        for line, total in zip(table.cells, table.row_totals or (), strict=True)
    )


def test_enough_people_show_their_counts() -> None:
    table = municipality_table(SPEC, COUNTS, TOWNS, 5, people={"a": 6, "b": 9})
    # Only the 3 is small; the 16 beside it goes with it (the column total would give it away).
    assert [line[0].value for line in table.cells] == [None, 17, None]
    assert table.cells[2][0].hidden is Hidden.SMALL
    assert table.cells[0][0].hidden is Hidden.COMPLEMENTARY
