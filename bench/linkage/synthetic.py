"""Seeded synthetic population of person records in households (no real people).

Households of one or two parents and their children share family name, address and
postcode; 3% of births are twins. Each person appears in 1 to 4 records across 4 agencies,
with the errors agencies make: nicknames, typos, initials, changed family names (with or
without the old one as an alias), date of birth errors (day/month swapped, one digit,
year), house moves, missing values; 40% of people have no NHS number.

Names are drawn from the `nicknames` data set (formal names) and an invented syllable
generator for family names; the generator's choices are never read by the engine.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pandas as pd
from nicknames import NickNamer, name_triplets

AGENCIES = ("childrens_social_care", "police", "health_visiting", "school")
_ONSETS = [
    "b",
    "br",
    "c",
    "ch",
    "d",
    "f",
    "g",
    "h",
    "j",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "sh",
    "st",
    "t",
    "th",
    "w",
    "wh",
    "y",
    "v",
    "gr",
    "cr",
    "bl",
    "pr",
]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ee", "ou", "oa", "y"]
_CODAS = ["", "n", "r", "l", "m", "s", "t", "ck", "ll", "nd", "rd", "ng", "ss", "th"]
_ENDINGS = [
    "son",
    "ton",
    "ley",
    "field",
    "wood",
    "by",
    "ham",
    "er",
    "well",
    "ford",
    "man",
    "worth",
    "den",
    "more",
    "stone",
    "",
    "",
    "",
]
_STREETS = ["Road", "Street", "Lane", "Close", "Avenue", "Drive", "Way", "Court", "Crescent"]


@dataclass(frozen=True)
class Population:
    records: pd.DataFrame  # linkage input columns + person_key
    persons: pd.DataFrame  # person_key, household, kind (parent/child), twin_group


def _check_digit(nine: str) -> int | None:
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return 0 if check == 11 else (None if check == 10 else check)


def _nhs(rng: random.Random) -> str:
    while True:
        nine = "".join(str(rng.randrange(10)) for _ in range(9))
        check = _check_digit(nine)
        if check is not None and len(set(nine)) > 1:
            return nine + str(check)


def _family_names(rng: random.Random, n: int) -> list[str]:
    names = set()
    while len(names) < n:
        name = rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) + rng.choice(_ENDINGS)
        if 3 <= len(name) <= 11:
            names.add(name.capitalize())
    return sorted(names)


def _zipf_weights(n: int, s: float = 1.0) -> list[float]:
    return [1.0 / (k + 1) ** s for k in range(n)]


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 3:
        return word
    i = rng.randrange(1, len(word))
    kind = rng.random()
    letters = "abcdefghijklmnopqrstuvwxyz"
    if kind < 0.33:
        return word[:i] + word[i + 1 :]
    if kind < 0.66:
        return word[:i] + rng.choice(letters) + word[i + 1 :]
    if i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word + rng.choice(letters)


def generate(n_records: int, seed: int = 7) -> Population:
    rng = random.Random(seed)
    namer = NickNamer()
    formal = sorted({t[0] for t in name_triplets() if t[0].isalpha()})
    given_pool = [n.capitalize() for n in formal]
    rng.shuffle(given_pool)
    given_w = _zipf_weights(len(given_pool), 0.9)
    families = _family_names(rng, max(2000, n_records // 40))
    family_w = _zipf_weights(len(families), 0.8)
    streets = _family_names(random.Random(seed + 1), 3000)
    areas = [
        "AB",
        "BC",
        "CD",
        "DX",
        "EF",
        "FG",
        "GH",
        "HJ",
        "JK",
        "KL",
        "LM",
        "MN",
        "NP",
        "PR",
        "RS",
        "ST",
        "TW",
        "WX",
        "YZ",
        "ZA",
    ]

    def address(r: random.Random) -> tuple[str, str]:
        street = f"{r.randrange(1, 300)} {r.choice(streets)} {r.choice(_STREETS)}"
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        inward = f"{r.randrange(10)}{r.choice(letters)}{r.choice(letters)}"
        postcode = f"{r.choice(areas)}{r.randrange(1, 40)} {inward}"
        return street, postcode

    def nickname(name: str) -> str:
        nicks = sorted(namer.nicknames_of(name.lower()))
        return rng.choice(nicks).capitalize() if nicks else name

    persons = []
    person_key = 0
    household = 0
    target_persons = int(n_records / 2.5)
    while len(persons) < target_persons:
        household += 1
        fam = rng.choices(families, family_w)[0]
        street, postcode = address(rng)
        n_parents = 1 if rng.random() < 0.35 else 2
        mother_year = rng.randrange(1965, 2000)
        parents = []
        for p in range(n_parents):
            sex = "female" if p == 0 else "male"
            year = mother_year if p == 0 else mother_year + rng.randrange(-3, 8)
            dob = f"{year:04d}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            maiden = (
                rng.choices(families, family_w)[0]
                if sex == "female" and rng.random() < 0.4
                else None
            )
            parents.append(
                dict(
                    given=rng.choices(given_pool, given_w)[0],
                    family=fam,
                    dob=dob,
                    sex=sex,
                    maiden=maiden,
                    kind="parent",
                    twin=None,
                )
            )
        children = []
        n_children = rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])
        year = mother_year + rng.randrange(18, 28)
        twin_group = 0
        for _c in range(n_children):
            year += rng.randrange(1, 4)
            if year > 2024:
                break
            dob = f"{year:04d}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            births = 2 if rng.random() < 0.03 else 1
            twin_group += 1  # noqa: SIM113 (counts births, not loop turns)
            for _b in range(births):
                children.append(
                    dict(
                        given=rng.choices(given_pool, given_w)[0],
                        family=fam,
                        dob=dob,
                        sex=rng.choice(["female", "male"]),
                        maiden=None,
                        kind="child",
                        twin=f"{household}-{twin_group}" if births == 2 else None,
                    )
                )
        for person in parents + children:
            person_key += 1
            person.update(
                person_key=f"T{person_key}",
                household=household,
                street=street,
                postcode=postcode,
                nhs=_nhs(rng) if rng.random() >= 0.4 else None,
                middle=rng.choices(given_pool, given_w)[0] if rng.random() < 0.3 else None,
            )
            persons.append(person)

    rows = []
    rid = 0
    for person in persons:
        n_rec = rng.choice([1, 2, 2, 3, 3, 4])
        agencies = rng.sample(AGENCIES, n_rec)
        for agency in agencies:
            rid += 1
            given = person["given"]
            r = rng.random()
            if r < 0.12:
                given = nickname(given)
            elif r < 0.17:
                given = _typo(rng, given.lower()).capitalize()
            elif r < 0.19:
                given = given[0] + "."
            if person["middle"] and rng.random() < 0.5:
                given = f"{given} {person['middle']}"
            family = person["family"]
            other = None
            if person["maiden"] and rng.random() < 0.3:
                family = person["maiden"]
                if rng.random() < 0.5:
                    other = f"{person['given']} {person['family']}"
            elif rng.random() < 0.05:
                family = _typo(rng, family.lower()).capitalize()
            elif rng.random() < 0.02 and person["maiden"]:
                family = f"{person['maiden']}-{person['family']}"
            dob = person["dob"]
            precision = "day"
            r = rng.random()
            if r < 0.02:
                y, m, d = dob.split("-")
                if int(d) <= 12:
                    dob = f"{y}-{d}-{m}"
            elif r < 0.04:
                pos = rng.choice([2, 3, 6, 9])
                digit = str(rng.randrange(10))
                cand = dob[:pos] + digit + dob[pos + 1 :]
                try:
                    pd.Timestamp(cand)
                    dob = cand
                except ValueError:
                    pass
            elif r < 0.05:
                dob = f"{int(dob[:4]) + rng.choice([-1, 1]):04d}{dob[4:]}"
            elif r < 0.07:
                dob, precision = dob[:7], "month"
            elif r < 0.09:
                dob, precision = None, None
            street, postcode = person["street"], person["postcode"]
            if rng.random() < 0.12:
                street, postcode = address(rng)
            elif rng.random() < 0.05:
                street = street.replace(" Road", " Rd").replace(" Street", " St")
            nhs = person["nhs"] if rng.random() < 0.8 else None
            sex = person["sex"] if rng.random() > 0.05 else "unknown"
            rows.append(
                dict(
                    record_id=f"R{rid}",
                    agency=agency,
                    person_ref=f"{agency[:3].upper()}{rid}",
                    given_names=given,
                    family_name=family,
                    other_names=other,
                    date_of_birth=dob,
                    dob_precision=precision,
                    sex=sex,
                    nhs_number=nhs,
                    address=street if rng.random() > 0.03 else None,
                    postcode=postcode if rng.random() > 0.03 else None,
                    role="subject child" if person["kind"] == "child" else "parent",
                    person_key=person["person_key"],
                )
            )
            if len(rows) >= n_records:
                break
        if len(rows) >= n_records:
            break
    records = pd.DataFrame(rows)
    people = pd.DataFrame(
        [{k: p[k] for k in ("person_key", "household", "kind", "twin", "dob")} for p in persons]
    )
    return Population(records=records, persons=people)
