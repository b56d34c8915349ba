"""Typed errors whose messages are written for a caregiver, not a programmer.

Every error the core raises on purpose is a :class:`KindredError`; its ``message``
can be shown to a person as it is. Anything else is a bug.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from caregiver_app.i18n import N_, _

if TYPE_CHECKING:
    from caregiver_app.domain.entries import Entry, EntryDraft


class KindredError(Exception):
    """An expected problem, with a message a caregiver can read.

    ``message`` is shown in the family's language when the core catalogue has it
    (raise sites write plain English); ``str(error)`` stays English for the logs.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = _(message)


class InvalidInput(KindredError):
    """Something typed in can't be saved as it is; ``field`` says which."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFound(KindredError):
    pass


class NotAllowed(KindredError):
    """The person writing may not do this (a viewer writing, or someone else's private entry)."""


class EditConflict(KindredError):
    """Someone else changed the entry after it was opened for editing.

    Both versions are carried so the screen can show them side by side; the
    attempted text is also kept in the entry's history, so nothing is lost even if
    the app closes before the family decides.
    """

    def __init__(self, current: Entry, attempted: EntryDraft) -> None:
        super().__init__(
            N_(
                "Someone else changed this entry while you were editing it. "
                "Both versions are kept: choose which to keep, or keep both."
            )
        )
        self.current = current
        self.attempted = attempted


class StoreNotFound(KindredError):
    pass


class StoreDamaged(KindredError):
    """The file exists but cannot be read as a Kindred diary. It is never replaced."""


class WrongKey(KindredError):
    pass


class KeyUnavailable(KindredError):
    """The saved key could not be fetched; the passphrase or recovery code is needed."""


class PassphraseRequired(KindredError):
    """There is no safe place for the key on this computer, so a passphrase is needed."""


class StoreFull(KindredError):
    """The disk is full: the save was rolled back and nothing in the store changed."""


class StoreTooNew(KindredError):
    pass


class StoreBusy(KindredError):
    """Another copy of Kindred already has this diary open."""


class ServerUnreachable(KindredError):
    """The shared diary's server can't be reached (network down, server stopped).

    Nothing was saved by the attempt that raised it; the words typed stay on screen.
    """


class ServerRefused(KindredError):
    """The shared diary's server answered but won't let this sign-in in (password,
    certificate, or not yet a member of a care circle)."""


class WriteContention(KindredError):
    """Several people saved at the same moment and this save had to be undone.

    Kindred tries again by itself a few times before anyone sees this.
    """
