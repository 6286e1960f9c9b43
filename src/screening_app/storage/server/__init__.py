"""The clinic's shared PostgreSQL server: the same storage interface as the embedded file.

- ``settings``: where the server is and how to reach it (TLS with certificate verification for
  every TCP connection; no password in a file).
- ``fields``: what leaves the workstation is encrypted (AES-256-GCM under a key derived from the
  clinic's data key) or a keyed blind index (HMAC-SHA256) for exact searches.
- ``schema`` / ``migrate`` / ``provision``: the declared schema steps, the roles, grants and
  row-level security the server administrators set up once.
- ``records`` and its neighbours: the record stores; ``database``: the audited unit of work;
  ``vault``: the clinic's key table on the server (the same key hierarchy as the key file).
"""
