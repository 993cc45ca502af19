"""Turn person records into the standardised columns the comparisons read.

The linkage engine receives one row per person record (see ``REQUIRED_COLUMNS``). Splink
compares columns with SQL; everything that is easier and safer to decide once per record
(normalising names, nickname keys, phonetic codes, NHS checksum, date parts by precision,
postcode sectors) is computed here, in pandas, on the distinct values only, so that the SQL
stays simple and identical on DuckDB and Spark.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from casereview.linkage.errors import LinkageInputError
from casereview.linkage.names import (
    family_name_parts,
    given_name_tokens,
    nickname_keys,
    normalise_name,
    phonetic_code,
    split_aliases,
)
from casereview.linkage.nhs import normalise_nhs_number

__all__ = ["PREPARED_COLUMNS", "REQUIRED_COLUMNS", "prepare_records"]

REQUIRED_COLUMNS: tuple[str, ...] = (
    "record_id",
    "agency",
    "person_ref",
    "given_names",
    "family_name",
    "other_names",
    "date_of_birth",
    "dob_precision",
    "sex",
    "nhs_number",
    "address",
    "postcode",
    "role",
)

PREPARED_COLUMNS: tuple[str, ...] = (
    "unique_id",
    "agency",
    "given_first",
    "given_initial",
    "given_first_mp",
    "given_keys",
    "given_all",
    "family_std",
    "family_parts",
    "family_mp",
    "dob",
    "dob_full",
    "dob_y",
    "dob_m",
    "dob_d",
    "sex",
    "nhs_number",
    "postcode",
    "pc_sector",
    "address_std",
    "address_key",
)

_UK_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9])([A-Z]{2})$")
_NOT_ALNUM = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_ADDRESS_WORDS = {
    "rd": "road",
    "st": "street",
    "ave": "avenue",
    "av": "avenue",
    "ln": "lane",
    "cl": "close",
    "ct": "court",
    "cres": "crescent",
    "cr": "crescent",
    "dr": "drive",
    "gdns": "gardens",
    "pl": "place",
    "sq": "square",
    "ter": "terrace",
    "terr": "terrace",
    "pk": "park",
    "flt": "flat",
}
_SEXES = {"female": "female", "f": "female", "male": "male", "m": "male"}


def _is_missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _objects(values: list[Any], index: pd.Index) -> pd.Series:
    """An object Series that keeps None as None (pandas would turn it into NaN)."""
    out = pd.Series(index=index, dtype="object")
    out[:] = values
    return out


def _per_value(series: pd.Series, fn: Callable[[Any], Any]) -> pd.Series:
    """``fn`` of each value; missing values give None without calling ``fn``."""
    return _objects([None if _is_missing(v) else fn(v) for v in series.tolist()], series.index)


def _map_distinct(series: pd.Series, fn: Callable[[Any], Any]) -> pd.Series:
    """Apply ``fn`` once per distinct non-null value (populations repeat names a lot)."""
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    results = np.empty(len(uniques) + 1, dtype=object)
    for i, value in enumerate(uniques):
        results[i] = fn(value)
    results[len(uniques)] = None  # code -1 (missing) picks this slot
    return pd.Series(results[codes], index=series.index, dtype="object")


def _none_if_empty(values: tuple[str, ...] | list[str]) -> list[str] | None:
    unique = sorted(set(values))
    return unique or None


def normalise_postcode(value: str) -> str | None:
    """Upper case without spaces (``ab1 2cd`` -> ``AB12CD``); None when empty."""
    text = re.sub(r"[^A-Z0-9]", "", value.upper())
    return text or None


def postcode_sector(postcode: str) -> str | None:
    """The UK postcode sector (outward code and first inward digit), None if not UK-shaped.

    Neighbouring streets share a sector: evidence of "nearby", weaker than the postcode.
    """
    match = _UK_POSTCODE.match(postcode)
    if match is None:
        return None
    return f"{match.group(1)} {match.group(2)}"


def normalise_address(value: str) -> str | None:
    """Lower case words with common abbreviations spelled out (Rd -> road)."""
    text = _NOT_ALNUM.sub(" ", value.lower())
    words = [_ADDRESS_WORDS.get(w, w) for w in _SPACES.split(text) if w]
    return " ".join(words) or None


def address_key(address: str) -> str | None:
    """House number and first letters of the street: a blocking key robust to typos later on."""
    words = address.split(" ")
    if len(words) < 2:
        return None
    return f"{words[0]} {words[1][:3]}"


def _check_columns(records: pd.DataFrame) -> None:
    missing = [c for c in REQUIRED_COLUMNS if c not in records.columns]
    if missing:
        raise LinkageInputError(
            f"The person records lack the column(s) {', '.join(missing)}; "
            "add them (use None for unknown values) before linking."
        )
    ids = records["record_id"]
    if ids.isna().any():
        raise LinkageInputError(
            f"{int(ids.isna().sum())} person record(s) have no record_id; "
            "every record needs a unique identifier before linking."
        )
    duplicated = ids[ids.duplicated()]
    if not duplicated.empty:
        raise LinkageInputError(
            f"record_id must be unique but {duplicated.nunique()} value(s) repeat, "
            f"e.g. record_id {duplicated.iloc[0]!s}; give each person record its own id."
        )


def _clean_text(series: pd.Series) -> pd.Series:
    """Strings with missing values as None (NaN, pd.NA and blank all mean unknown)."""
    text = series.astype("string").str.strip()
    present = (text.str.len() > 0).fillna(False).to_numpy(dtype=bool)
    values = np.empty(len(text), dtype=object)
    values[present] = text.to_numpy(dtype=object)[present]
    return pd.Series(values, index=series.index, dtype="object")


def _date_parts(records: pd.DataFrame) -> pd.DataFrame:
    """Year, month and day of each date of birth, as precise as the record says.

    A month-precise date (``2016-05``) has no day: comparing an invented day would turn
    "we only know the month" into false disagreement.
    """
    text = _clean_text(records["date_of_birth"])
    precision = _clean_text(records["dob_precision"])
    year = pd.to_numeric(text.str.slice(0, 4), errors="coerce")
    month = pd.to_numeric(text.str.slice(5, 7), errors="coerce")
    day = pd.to_numeric(text.str.slice(8, 10), errors="coerce")
    month = month.where(precision.isin(["day", "month"]) | precision.isna())
    day = day.where(precision.eq("day") | precision.isna())
    month = month.where(month.between(1, 12))
    day = day.where(day.between(1, 31) & month.notna())
    out = pd.DataFrame(index=records.index)
    out["dob_y"] = year.astype("Int64")
    out["dob_m"] = month.astype("Int64")
    out["dob_d"] = day.astype("Int64")
    y = out["dob_y"].astype("string")
    m = out["dob_m"].astype("string").str.zfill(2)
    d = out["dob_d"].astype("string").str.zfill(2)
    dob = y.where(m.isna(), y + "-" + m)
    dob = dob.where(d.isna(), dob + "-" + d)
    full = dob.where(d.notna())
    out["dob"] = _per_value(dob, str)
    out["dob_full"] = _per_value(full, str)
    return out


def prepare_records(records: pd.DataFrame) -> pd.DataFrame:
    """The standardised table (``PREPARED_COLUMNS``) that the Splink model compares.

    ``unique_id`` is the record_id. Empty arrays are None so that "unknown" never counts
    as agreement or disagreement.
    """
    _check_columns(records)
    records = records.reset_index(drop=True)
    given = _clean_text(records["given_names"])
    family = _clean_text(records["family_name"])
    other = _clean_text(records["other_names"])

    out = pd.DataFrame(index=records.index)
    out["unique_id"] = records["record_id"].astype(str).astype("object")
    out["agency"] = _clean_text(records["agency"])

    tokens = _map_distinct(given, given_name_tokens)
    first = _per_value(tokens, lambda t: t[0] if t else None)
    out["given_first"] = _per_value(first, lambda t: t if len(t) > 1 else None)
    out["given_initial"] = _per_value(first, lambda t: t[0])
    out["given_first_mp"] = _map_distinct(out["given_first"], phonetic_code)
    out["given_keys"] = _map_distinct(
        out["given_first"], lambda n: _none_if_empty(list(nickname_keys(n)))
    )

    aliases = _map_distinct(other, split_aliases)
    alias_given = [a[0] if isinstance(a, tuple) else () for a in aliases.tolist()]
    alias_family = [a[1] if isinstance(a, tuple) else () for a in aliases.tolist()]
    given_tokens = [t if isinstance(t, tuple) else () for t in tokens.tolist()]
    out["given_all"] = _objects(
        [
            _none_if_empty([t for t in (*g, *a) if len(t) > 1])
            for g, a in zip(given_tokens, alias_given, strict=True)
        ],
        out.index,
    )

    out["family_std"] = _map_distinct(family, normalise_name)
    parts = [p if isinstance(p, tuple) else () for p in _map_distinct(family, family_name_parts)]
    out["family_parts"] = _objects(
        [_none_if_empty([*p, *a]) for p, a in zip(parts, alias_family, strict=True)], out.index
    )
    out["family_mp"] = _map_distinct(out["family_std"], phonetic_code)

    out = out.join(_date_parts(records))

    out["sex"] = _map_distinct(_clean_text(records["sex"]), lambda v: _SEXES.get(v.strip().lower()))
    out["nhs_number"] = _map_distinct(_clean_text(records["nhs_number"]), normalise_nhs_number)
    postcode = _map_distinct(_clean_text(records["postcode"]), normalise_postcode)
    out["postcode"] = postcode
    out["pc_sector"] = _map_distinct(postcode, postcode_sector)
    out["address_std"] = _map_distinct(_clean_text(records["address"]), normalise_address)
    out["address_key"] = _map_distinct(out["address_std"], address_key)
    return out[list(PREPARED_COLUMNS)]
