"""Reviewers' decisions are respected on every run; person ids survive re-runs."""

from __future__ import annotations

from casereview.linkage import PairDecision, link_records, pair_id


def _person(result, record_id):
    return result.person_of(record_id)


def _record_of(truth, human, n=0):
    return sorted(r for r, h in truth.items() if h == human)[n]


def test_pair_id_does_not_depend_on_order():
    assert pair_id("a", "b") == pair_id("b", "a")
    assert PairDecision("b", "a", "reject").pair_id == pair_id("a", "b")


def test_rejected_pair_never_links_and_accepted_always_does(household):
    records, truth = household
    father = _record_of(truth, "father", 0)
    father_2 = _record_of(truth, "father", 1)
    son = _record_of(truth, "son", 0)
    sister = _record_of(truth, "sister", 0)
    first = link_records(records)
    assert _person(first, father) == _person(first, father_2)

    decisions = [
        PairDecision(father, father_2, "reject"),  # the reviewer says: two different men
        PairDecision(son, sister, "accept"),  # a (deliberately odd) manual link
    ]
    for _run in range(2):
        result = link_records(records, decisions=decisions, previous=first.persons)
        assert _person(result, father) != _person(result, father_2)
        assert _person(result, son) == _person(result, sister)
        bands = result.pairs.set_index("pair_id")["band"]
        assert bands[pair_id(father, father_2)] == "not linked"
        assert bands[pair_id(son, sister)] == "linked"


def test_rerun_without_changes_keeps_every_person_id(household):
    records, _truth = household
    first = link_records(records)
    second = link_records(records, previous=first.persons)
    assert dict(second.persons) == dict(first.persons)
    assert {c.kind for c in second.changes.persons} == {"unchanged"}


def test_new_return_keeps_ids_of_untouched_people(household):
    records, truth = household
    without_sister = records[[truth[r] != "sister" for r in records["record_id"]]]
    first = link_records(without_sister)
    second = link_records(records, previous=first.persons)
    kept = {pid for pid, members in second.persons.items() if pid in first.persons}
    assert kept == set(first.persons)
    assert second.changes.counts["created"] == 1
