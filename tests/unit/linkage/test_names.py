from casereview.linkage.names import (
    family_name_parts,
    given_name_tokens,
    nickname_keys,
    normalise_name,
    phonetic_code,
    split_aliases,
)


def _nicknames_of_each_other(a: str, b: str) -> bool:
    return bool(nickname_keys(a) & nickname_keys(b))


def test_bill_billy_and_william_are_nickname_forms_of_each_other():
    assert _nicknames_of_each_other("bill", "william")
    assert _nicknames_of_each_other("billy", "william")
    assert _nicknames_of_each_other("bill", "billy")


def test_unrelated_names_are_not_nicknames():
    assert not _nicknames_of_each_other("mason", "jayden")
    assert not _nicknames_of_each_other("ruby", "william")


def test_normalisation_folds_case_accents_and_punctuation():
    assert normalise_name("  ZOË  ") == "zoe"
    assert normalise_name("O'Neil") == "oneil"
    assert normalise_name("Marsh - Dean") == "marsh-dean"
    assert normalise_name("...") is None


def test_double_barrelled_family_name_has_both_parts():
    assert family_name_parts("Marsh-Dean") == ("marsh", "dean")
    assert family_name_parts("Marsh") == ("marsh",)


def test_given_names_keep_initials_and_middle_names():
    assert given_name_tokens("K. Louise") == ("k", "louise")


def test_phonetic_code_matches_spelling_variants():
    assert phonetic_code("stephen") == phonetic_code("steven")
    assert phonetic_code("ruby") != phonetic_code("mason")


def test_aliases_give_given_and_family_parts():
    given, family = split_aliases("Kay Marsh-Dean; Pryce")
    assert "kay" in given
    assert {"marsh", "dean", "pryce"} <= set(family)
