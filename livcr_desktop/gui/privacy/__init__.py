"""Data protection: the register of data-subject requests and the DPO's accountability documents."""
