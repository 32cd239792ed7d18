"""The audit trail area: its lazy table of journal operations, the filter bar and the verdict
of 'Verify the chain'.
"""
