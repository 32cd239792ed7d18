"""Sealed bundles: sync without a network. The operations another laptop lacks, in the same
end-to-end sealed envelopes the hub would serve it, encrypted to its key with age and signed by
this laptop with minisign, carried on a stick; imported through the same landing as a hub pull."""
