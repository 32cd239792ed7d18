"""Use cases: one user action is one unit of work is one transaction.

Each service checks the permission policy, changes the records, appends the journal operations in
the same transaction, and returns plain domain objects. The GUI and the CLI only talk to this layer.
"""
