"""Consensus decisions: proposals put to the effective participants of an agenda item, their
positions, the chair's signature, what a signed decision does (one table of decision kinds,
`kinds.py`), and checking that a signed decision is still what was agreed.
"""
