"""Hand-over of a case to another LIVC-R: the keys, the composer, the dossier tab, importing."""
