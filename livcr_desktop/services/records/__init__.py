"""The data-protection officer's accountability documents: the art. 30 record and the DPIA facts."""
