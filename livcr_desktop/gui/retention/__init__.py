"""Retention and house rules: what reached its term (and proposing its erasure to the table),
the house rules in force with their earlier versions, the draft editor and its PDF."""
