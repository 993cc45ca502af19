"""Twins, siblings and a father and son who share a name must stay separate people,
while each person's records across agencies come together."""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from casereview.linkage import link_records


def _people(result_clusters: pd.DataFrame, truth: dict[str, str]) -> dict[str, set[str]]:
    humans_of_person: dict[str, set[str]] = defaultdict(set)
    for record_id, person_id in zip(
        result_clusters["record_id"], result_clusters["person_id"], strict=True
    ):
        humans_of_person[person_id].add(truth[record_id])
    return humans_of_person


def test_no_person_mixes_two_humans(household):
    records, truth = household
    result = link_records(records)
    for humans in _people(result.clusters, truth).values():
        assert len(humans) == 1, f"records of {sorted(humans)} were merged into one person"


def test_each_humans_records_are_linked(household):
    records, truth = household
    result = link_records(records)
    person_of = dict(zip(result.clusters["record_id"], result.clusters["person_id"], strict=True))
    for human in set(truth.values()):
        persons = {person_of[r] for r, h in truth.items() if h == human}
        assert len(persons) == 1, f"the records of {human} were split into {len(persons)} people"


def test_twins_pair_is_never_linked_automatically(household):
    records, truth = household
    result = link_records(records)
    pairs = result.pairs
    twins = pairs[
        [
            {truth[a], truth[b]} == {"twin_a", "twin_b"}
            for a, b in zip(pairs["record_id_l"], pairs["record_id_r"], strict=True)
        ]
    ]
    assert not twins.empty, "twins share date of birth, name and address: they are candidates"
    assert (twins["band"] != "linked").all()
