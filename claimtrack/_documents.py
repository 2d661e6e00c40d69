"""Compatibility shim: reading documents moved to :mod:`claimtrack.io.documents`.

``read_documents`` here is the old one-file reader (now ``claimtrack.io.documents.read_file``);
the public ``claimtrack.read_documents`` takes many paths. The lead removes this shim.
"""

from claimtrack.io.documents import MAX_BYTES, SUFFIXES, iter_paths, parse_text_document
from claimtrack.io.documents import read_file as read_documents

__all__ = ["MAX_BYTES", "SUFFIXES", "iter_paths", "parse_text_document", "read_documents"]
