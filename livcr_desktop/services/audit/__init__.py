"""The audit trail: reading the journal as who did what, when, on which record; exporting it;
and `livcr verify`, which checks the database and the journal's chain.
"""
