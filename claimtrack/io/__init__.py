"""Documents in, claim records out: reading files, and claims as flat or lossless records."""

from claimtrack.io.documents import read_documents
from claimtrack.io.records import claim_line, claim_record, read_claims

__all__ = ["claim_line", "claim_record", "read_claims", "read_documents"]
