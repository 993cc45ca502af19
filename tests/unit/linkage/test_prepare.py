import pandas as pd
import pytest

from casereview.linkage import LinkageInputError
from casereview.linkage.prepare import prepare_records

from .conftest import COLUMNS, record


def _prepare(*rows):
    return prepare_records(pd.DataFrame(list(rows), columns=COLUMNS)).set_index("unique_id")


def test_month_precise_date_has_no_day():
    out = _prepare(
        record(record_id="a", date_of_birth="2016-05-01", dob_precision="month"),
        record(record_id="b", date_of_birth="2016-05-22", dob_precision="day"),
        record(record_id="c", date_of_birth="2016", dob_precision="year"),
    )
    assert out.loc["a", "dob"] == "2016-05" and out.loc["a", "dob_full"] is None
    assert out.loc["b", "dob_full"] == "2016-05-22"
    assert out.loc["c", "dob"] == "2016" and pd.isna(out.loc["c", "dob_m"])


def test_invalid_nhs_number_is_not_compared():
    out = _prepare(
        record(record_id="a", nhs_number="4010232138"),
        record(record_id="b", nhs_number="401 023 2137"),
    )
    assert out.loc["a", "nhs_number"] is None
    assert out.loc["b", "nhs_number"] == "4010232137"


def test_uk_postcode_sector_and_address_abbreviations():
    out = _prepare(record(record_id="a", address="14 Larch Rd", postcode="ot12 4qt"))
    assert out.loc["a", "postcode"] == "OT124QT"
    assert out.loc["a", "pc_sector"] == "OT12 4"
    assert out.loc["a", "address_std"] == "14 larch road"


def test_sex_values_are_standardised():
    out = _prepare(record(record_id="a", sex="F"), record(record_id="b", sex="unknown"))
    assert out.loc["a", "sex"] == "female"
    assert out.loc["b", "sex"] is None


def test_missing_column_is_named_without_values():
    frame = pd.DataFrame([record(record_id="a", given_names="Secretname")]).drop(columns="sex")
    with pytest.raises(LinkageInputError, match="sex") as error:
        prepare_records(frame)
    assert "Secretname" not in str(error.value)


def test_duplicate_record_ids_are_refused_without_personal_values():
    frame = pd.DataFrame(
        [record(record_id="a", given_names="Secretname"), record(record_id="a")], columns=COLUMNS
    )
    with pytest.raises(LinkageInputError, match="unique") as error:
        prepare_records(frame)
    assert "Secretname" not in str(error.value)
