from casereview.linkage.clustering import cluster_records


def _groups(outcome):
    return sorted(sorted(m) for m in outcome.members().values())


def test_linked_pairs_form_connected_groups():
    outcome = cluster_records(
        "abcde", [("a", "b", 10.0, "p1"), ("b", "c", 8.0, "p2"), ("d", "e", 9.0, "p3")]
    )
    assert _groups(outcome) == [["a", "b", "c"], ["d", "e"]]


def test_rejected_pair_is_cut_at_the_weakest_link():
    # a-b strong, b-c weak, reviewer rejected a-c: c must leave, the weak b-c edge is dropped
    outcome = cluster_records(
        "abc", [("a", "b", 20.0, "p1"), ("b", "c", 3.0, "p2")], rejected=[("a", "c")]
    )
    assert _groups(outcome) == [["a", "b"], ["c"]]
    assert outcome.skipped_by_rejection == (("b", "c"),)


def test_accepted_pair_links_without_model_edge():
    outcome = cluster_records("abc", [], accepted=[("a", "c")])
    assert _groups(outcome) == [["a", "c"], ["b"]]


def test_rejection_beats_contradicting_acceptances():
    outcome = cluster_records("abc", [], accepted=[("a", "b"), ("b", "c")], rejected=[("a", "c")])
    assert _groups(outcome) == [["a", "b"], ["c"]]
    assert outcome.conflicting_accepts == (("b", "c"),)


def test_result_does_not_depend_on_edge_order():
    edges = [("a", "b", 5.0, "p1"), ("c", "d", 5.0, "p2"), ("b", "c", 1.0, "p3")]
    first = cluster_records("abcd", edges, rejected=[("a", "d")])
    second = cluster_records("abcd", list(reversed(edges)), rejected=[("a", "d")])
    assert first.cluster_of == second.cluster_of
