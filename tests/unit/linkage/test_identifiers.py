from casereview.linkage.identifiers import assign_person_ids


def fs(*ids):
    return frozenset(ids)


def test_unchanged_membership_keeps_the_id():
    previous = {"P-old": fs("a", "b")}
    persons, changes = assign_person_ids([fs("a", "b"), fs("c")], previous)
    assert persons["P-old"] == fs("a", "b")
    kinds = {c.person_id: c.kind for c in changes.persons}
    assert kinds["P-old"] == "unchanged"
    assert sorted(kinds.values()) == ["created", "unchanged"]


def test_merge_keeps_the_id_of_the_largest_contributor():
    previous = {"P-big": fs("a", "b", "c"), "P-small": fs("d")}
    persons, changes = assign_person_ids([fs("a", "b", "c", "d")], previous)
    assert set(persons) == {"P-big"}
    assert changes.persons[0].kind == "merged"
    assert changes.retired == ("P-small",)
    assert [(m.record_id, m.from_person, m.to_person) for m in changes.moves] == [
        ("d", "P-small", "P-big")
    ]


def test_split_gives_the_id_to_the_largest_part():
    previous = {"P-x": fs("a", "b", "c")}
    persons, changes = assign_person_ids([fs("a", "b"), fs("c")], previous)
    assert persons["P-x"] == fs("a", "b")
    new_id = next(pid for pid in persons if pid != "P-x")
    assert new_id.startswith("P-")
    kinds = {c.person_id: c.kind for c in changes.persons}
    assert kinds == {"P-x": "split", new_id: "split"}
    assert changes.counts["records_moved"] == 1


def test_new_ids_are_deterministic_and_never_reused():
    first, _ = assign_person_ids([fs("a"), fs("b", "c")])
    again, _ = assign_person_ids([fs("b", "c"), fs("a")])
    assert first == again
    # an id previously used for someone else is not handed to a different person
    previous = {pid: members for pid, members in first.items() if members == fs("a")}
    (old_id,) = previous
    persons, _ = assign_person_ids([fs("z")], {old_id: fs("a")})
    assert old_id not in persons


def test_growing_person_is_changed_not_new():
    persons, changes = assign_person_ids([fs("a", "b", "n")], {"P-1": fs("a", "b")})
    assert set(persons) == {"P-1"}
    assert changes.persons[0].kind == "changed"
    assert changes.persons[0].records_added == ("n",)
