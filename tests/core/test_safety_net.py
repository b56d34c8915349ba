"""The diary safety net: it speaks up for risky words and stays quiet for ordinary ones."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from caregiver_app.guidance.cards import load_cards
from caregiver_app.guidance.safety_net import RedFlag, SafetyNet, SafetyNetError

GUIDANCE = Path(__file__).resolve().parents[2] / "resources" / "guidance"
MIN_RECALL = 0.9
MAX_FALSE_ALARM = 0.1


@pytest.fixture(scope="module")
def net() -> SafetyNet:
    return SafetyNet.load()


@pytest.fixture(scope="module")
def labelled() -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = json.loads(
        (GUIDANCE / "safety_labelled.json").read_text(encoding="utf-8")
    )
    return data


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("he said he wants to die", RedFlag.SUICIDE),
        ("she's been giving away her things and saying goodbye", RedFlag.SUICIDE),
        ("talked about ending it all", RedFlag.SUICIDE),
        ("found cuts on her arm", RedFlag.SELF_HARM),
        ("he has a knife and is threatening", RedFlag.VIOLENCE),
        ("dad's missing, can't find him anywhere", RedFlag.MISSING_PERSON),
        ("mum won't wake up", RedFlag.UNRESPONSIVE),
        ("not breathing properly", RedFlag.UNRESPONSIVE),
        ("She is suddenly very confused and doesn't know where she is.", RedFlag.DELIRIUM),
    ],
)
def test_risky_words_raise_an_alert_of_the_right_kind(
    net: SafetyNet, text: str, kind: RedFlag
) -> None:
    alert = net.check(text)
    assert alert is not None
    assert alert.kind is kind
    assert not alert.negated
    assert alert.matched and alert.message


@pytest.mark.parametrize(
    "text",
    [
        "killing time",
        "dying to see the grandchildren",
        "shot a video",
        "the film was a killer",
        "I could kill for a coffee",
        "lost my keys",
        "she's dying her hair",
        "She got confused in the evening as usual, then settled.",
        "He wasn't violent at all today.",
        "The remote has gone missing again.",
    ],
)
def test_ordinary_words_raise_nothing(net: SafetyNet, text: str) -> None:
    assert net.check(text) is None


def test_every_alert_points_to_a_card_that_exists(net: SafetyNet) -> None:
    library = load_cards()
    assert set(net.card_ids) == set(RedFlag)
    for kind, card_id in net.card_ids.items():
        assert library.get(card_id) is not None, (kind, card_id)


def test_recall_and_false_alarms_on_the_labelled_set(
    net: SafetyNet, labelled: dict[str, list[dict[str, Any]]]
) -> None:
    risky, ordinary = labelled["risky"], labelled["ordinary"]
    assert len(risky) >= 60 and len(ordinary) >= 60
    caught = [item for item in risky if _raises(net, item["text"])]
    right_kind = [item for item in caught if _kind(net, item["text"]) == item["kind"]]
    alarms = [item for item in ordinary if net.check(item["text"]) is not None]
    recall = len(caught) / len(risky)
    false_alarm = len(alarms) / len(ordinary)
    print(
        f"\nSafety net on {len(risky)} risky and {len(ordinary)} ordinary examples: "
        f"recall {recall:.3f} ({len(caught)}/{len(risky)}), "
        f"right kind {len(right_kind)}/{len(risky)}, "
        f"false alarms {false_alarm:.3f} ({len(alarms)}/{len(ordinary)})"
    )
    _print_per_set(net, labelled)
    missed = [item["text"] for item in risky if item not in caught]
    assert recall >= MIN_RECALL, missed
    assert false_alarm <= MAX_FALSE_ALARM, [item["text"] for item in alarms]
    assert len(right_kind) / len(risky) >= MIN_RECALL


def test_every_kind_of_red_flag_is_in_the_labelled_set(
    labelled: dict[str, list[dict[str, Any]]],
) -> None:
    kinds = Counter(item["kind"] for item in labelled["risky"])
    assert set(kinds) == {str(kind) for kind in RedFlag}
    assert min(kinds.values()) >= 5


def test_denied_thoughts_of_suicide_still_get_a_gentle_prompt(
    net: SafetyNet, labelled: dict[str, list[dict[str, Any]]]
) -> None:
    for item in labelled["gentle"]:
        alert = net.check(item["text"])
        assert alert is not None, item["text"]
        assert alert.kind == item["kind"], item["text"]
        assert alert.negated, item["text"]
        assert "denied" in alert.message or "OK" in alert.message


def test_a_plain_risky_sentence_outranks_a_denied_one(net: SafetyNet) -> None:
    alert = net.check("He denies wanting to die. Later he said he wants to die.")
    assert alert is not None and alert.kind is RedFlag.SUICIDE and not alert.negated


def test_negation_belongs_to_its_own_clause(net: SafetyNet) -> None:
    alert = net.check("She isn't eating, and she says she wants to die.")
    assert alert is not None and not alert.negated


def test_the_most_urgent_flag_comes_first(net: SafetyNet) -> None:
    alerts = net.check_all("Mum is suddenly very confused. Now she's gone missing.")
    assert [alert.kind for alert in alerts] == [RedFlag.MISSING_PERSON, RedFlag.DELIRIUM]


def test_curly_apostrophes_and_capitals_make_no_difference(net: SafetyNet) -> None:
    alert = net.check("MUM WON’T WAKE UP")
    assert alert is not None and alert.kind is RedFlag.UNRESPONSIVE


def test_empty_text_raises_nothing(net: SafetyNet) -> None:
    assert net.check("") is None
    assert net.check("   \n ") is None


def test_a_broken_phrase_file_is_named_in_the_error(tmp_path: Path) -> None:
    data = json.loads((GUIDANCE / "safety_phrases.json").read_text(encoding="utf-8"))
    data["kinds"][0]["patterns"].append("(unclosed")
    path = tmp_path / "safety_phrases.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SafetyNetError, match=r"safety_phrases\.json: kinds\[suicide\]"):
        SafetyNet.load(path)


def _raises(net: SafetyNet, text: str) -> bool:
    alert = net.check(text)
    return alert is not None and not alert.negated


def _kind(net: SafetyNet, text: str) -> str | None:
    alert = net.check(text)
    return None if alert is None else str(alert.kind)


def _print_per_set(net: SafetyNet, labelled: dict[str, list[dict[str, Any]]]) -> None:
    """Numbers per batch of examples; held-out batches were written after a freeze."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for item in labelled["risky"]:
        counts[item.get("set", "-")][0] += _raises(net, item["text"])
        counts[item.get("set", "-")][1] += 1
    for item in labelled["ordinary"]:
        counts[item.get("set", "-")][2] += net.check(item["text"]) is not None
        counts[item.get("set", "-")][3] += 1
    for name, (hit, risky, alarm, ordinary) in sorted(counts.items()):
        print(f"  {name:>11}: caught {hit}/{risky}, false alarms {alarm}/{ordinary}")
