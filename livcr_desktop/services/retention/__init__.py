"""The LIVC-R's house rules (versions, the draft, adoption by the strategic table) and what comes
due under them: the cases that reached their retention term, and the erasures proposed to the
operational table. The erasure itself is not here."""
