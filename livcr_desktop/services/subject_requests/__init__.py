"""Data-subject requests: the register, and the export of a person's data for an access request."""
