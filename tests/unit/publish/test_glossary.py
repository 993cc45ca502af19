from casereview.publish import Person, Place, build_glossary

from .conftest import family


def test_family_practitioners_and_places_get_role_labels() -> None:
    people, places = family()
    labels = build_glossary(people, places).as_dict()
    assert labels["person:P1"] == "Child A"
    assert labels["person:P2"] == "Mother"
    assert labels["person:P3"] == "Mother's partner"
    # Siblings are numbered oldest first.
    assert labels["person:P4"] == "Sibling 1"
    assert labels["person:P5"] == "Sibling 2"
    assert labels["person:P6"] == "Health visitor"
    assert labels["place:S1"] == "the primary school"
    assert labels["place:N1"] == "the nursery"
    assert labels["place:G1"] == "the GP practice"


def test_labels_do_not_depend_on_input_order() -> None:
    people, places = family()
    forward = build_glossary(people, places).as_dict()
    backward = build_glossary(list(reversed(people)), list(reversed(places))).as_dict()
    assert forward == backward


def test_relationship_and_repeated_roles() -> None:
    people = [
        Person.from_records("a", [{"role": "grandparent", "relationship": "maternal grandmother"}]),
        Person.from_records("b", [{"role": "social worker"}], practitioner=True),
        Person.from_records("c", [{"role": "social worker"}], practitioner=True),
        Person.from_records("d", [{"role": "subject_child", "date_of_birth": "2015-01-01"}]),
        Person.from_records("e", [{"role": "subject_child", "date_of_birth": "2017-01-01"}]),
    ]
    labels = build_glossary(people, [Place("h", "x", "home")]).as_dict()
    assert labels["person:a"] == "Maternal grandmother"
    assert {labels["person:b"], labels["person:c"]} == {"Social worker 1", "Social worker 2"}
    assert (labels["person:d"], labels["person:e"]) == ("Child A", "Child B")
    assert labels["place:h"] == "the family home"


def test_overrides_replace_single_labels() -> None:
    people, places = family()
    labels = build_glossary(people, places, {"person:P3": "Stepfather"}).as_dict()
    assert labels["person:P3"] == "Stepfather"
    assert labels["person:P2"] == "Mother"
