"""Phrases a checker kept as ordinary words: honoured by redaction and the leak check alike,
and never over a name the redactor is sure of."""

from casereview.publish import IdentityList, Redactor
from casereview.publish.kept import KeptPhrases
from casereview.publish.leakcheck import scan_text

WEAK = "redacted as a name: check it is not an ordinary word"


def test_listed_word_shows_the_words_after_it(redactor: Redactor) -> None:
    result = redactor.redact("Grace under pressure was shown by the staff.")
    assert result.text == "Sibling 1 under pressure was shown by the staff."
    assert [(f.word, f.reason) for f in result.flagged] == [("Grace under pressure", WEAK)]


def test_kept_phrase_keeps_the_uncertain_word(identities: IdentityList) -> None:
    kept = Redactor(identities, kept_phrases=["Grace under"])
    text = "Grace under pressure was shown.\nGrace\nunder pressure again. Grace underneath."
    result = kept.redact(text)
    assert result.text == (
        "Grace under pressure was shown.\nGrace\nunder pressure again. Sibling 1 underneath."
    )
    assert [f.word for f in result.flagged] == ["Grace underneath"]


def test_kept_phrase_never_unredacts_a_certain_name(identities: IdentityList) -> None:
    kept = Redactor(identities, kept_phrases=["Grace said", "Grace Marsh"])
    assert kept.redact("Grace said she was cold.").text == "Sibling 1 said she was cold."
    assert kept.redact("Grace Marsh was seen.").text == "Sibling 1 was seen."


def test_leak_check_honours_the_same_phrases(identities: IdentityList) -> None:
    text = "Grace under pressure was shown."
    leaks, _ = scan_text(text, identities)
    assert len(leaks) == 1  # without the checker's decision, a redacted-and-listed word leaks
    leaks, _ = scan_text(text, identities, kept=KeptPhrases.of(["Grace under"]))
    assert leaks == []
    leaks, _ = scan_text("Grace said so.", identities, kept=KeptPhrases.of(["Grace said"]))
    assert len(leaks) == 1
