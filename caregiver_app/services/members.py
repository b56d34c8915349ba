"""Who is asking: the caregiver behind an id, and whether they may write.

Every service checks this first inside its transaction; the words a person sees when
they may read but not write name them and the part of the record they tried.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from caregiver_app.domain.circle import Role
from caregiver_app.domain.errors import NotAllowed, NotFound
from caregiver_app.i18n import N_, _
from caregiver_app.storage.tables import CaregiverRow

CHOOSE_WHO_YOU_ARE = N_("Please choose who you are first.")


def member_row(
    session: Session, caregiver_id: str, missing: str = CHOOSE_WHO_YOU_ARE
) -> CaregiverRow:
    caregiver = session.get(CaregiverRow, caregiver_id)
    if caregiver is None:
        raise NotFound(missing)
    return caregiver


def writer_row(
    session: Session, caregiver_id: str, refusal: str, missing: str = CHOOSE_WHO_YOU_ARE
) -> CaregiverRow:
    """The member, if their role may write; ``refusal`` (with ``{name}``) says otherwise."""
    caregiver = member_row(session, caregiver_id, missing)
    if not Role(caregiver.role).can_write:
        raise NotAllowed(_(refusal).format(name=caregiver.name))
    return caregiver
