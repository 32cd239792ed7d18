"""The sync hub: a PostgreSQL database that routes sealed envelopes between the laptops of one
LIVC-R and cannot read them. This package holds the hub's schema, its administration (`livcr hub
init`), the client a laptop talks to it with, and the envelope sealing that keeps case content
end to end encrypted. It knows nothing of Qt or of the app's services."""
