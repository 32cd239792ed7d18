"""The Figures area: the strategic table's anonymised figures, charts and yearly report."""
