"""The "About me" page: one page, the person in their family's words."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from caregiver_app.domain.circle import PersonProfile
from caregiver_app.domain.medicines import MedicineDraft
from caregiver_app.reports.profile_sheet import NOT_WRITTEN, build_profile_sheet
from caregiver_app.services.circle_service import CircleService
from caregiver_app.services.medicine_service import MedicineService
from caregiver_app.services.report_data import gather_profile
from tests.conftest import OpenStore


def read(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    return len(reader.pages), text


def fill_profile(opened: OpenStore, **fields: str) -> None:
    CircleService(opened.store).update_person(
        PersonProfile(
            name="Margaret Okafor",
            preferred_name="Maggie",
            date_of_birth=date(1941, 3, 3),
            **fields,
        ),
        expected_version=1,
    )


def test_the_page_says_who_they_are_and_how_to_care_for_them(opened: OpenStore) -> None:
    fill_profile(
        opened,
        what_matters="Her garden <and> her church choir",
        routines="Tea at seven, a nap after lunch",
        what_upsets="Loud rooms and being rushed",
        what_calms="Hymns and holding hands",
        communication="Speak slowly; she hears better on the left",
        diagnoses="Alzheimer's disease",
        allergies="Penicillin",
    )
    MedicineService(opened.store).add(
        opened.ann, MedicineDraft(name="Donepezil", strength="10 mg", how_taken="One at night")
    )
    data = gather_profile(opened.store, opened.ann, initials=False)
    count, text = read(build_profile_sheet(data))
    assert count == 1
    for expected in (
        "About me: Margaret Okafor",
        "Please call me: Maggie",
        "Born 3 March 1941",
        "Her garden <and> her church choir",
        "Tea at seven, a nap after lunch",
        "Loud rooms and being rushed",
        "Hymns and holding hands",
        "she hears better on the left",
        "Alzheimer's disease",
        "Penicillin",
        "Donepezil 10 mg: One at night",
        "made by Ann Okafor (daughter)",
        "Written by family, not a clinical record",
    ):
        assert expected in text, expected
    assert NOT_WRITTEN not in text


def test_blank_parts_are_marked_and_initials_are_the_default(opened: OpenStore) -> None:
    data = gather_profile(opened.store, opened.ann)
    count, text = read(build_profile_sheet(data, paper="letter", large_print=True))
    assert count == 1
    assert "About me: M. O." in text and "Okafor" not in text and "Maggie" not in text
    assert NOT_WRITTEN in text and "Not recorded by my family." in text


def test_a_very_long_profile_still_fits_on_one_page(opened: OpenStore) -> None:
    long = "She loves long walks by the sea and talking about her years as a nurse. " * 40
    fill_profile(opened, what_matters=long, routines=long, what_calms=long)
    data = gather_profile(opened.store, opened.ann)
    count, text = read(build_profile_sheet(data))
    assert count == 1 and "years as a nurse" in text
