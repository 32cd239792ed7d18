"""Hand-over of a case to another LIVC-R: keys, composing, the decision's effects, the transfer
note and sealed bundle, and importing a hand-over from another LIVC-R."""
