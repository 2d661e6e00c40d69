"""The ledger: documents and their claims kept in one SQLite file and checked together (see
:class:`Ledger` and ``docs/ledger.md``)."""

from claimtrack.ledger.ledger import Ledger
from claimtrack.ledger.rows import AddReport
from claimtrack.ledger.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "AddReport", "Ledger"]
