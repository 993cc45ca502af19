from casereview.linkage import is_valid_nhs_number, normalise_nhs_number


def test_checksum_valid_number_is_accepted():
    # 4 0 1 0 2 3 2 1 3 weighted 10..2 = 92; 92 mod 11 = 4; 11 - 4 = 7 = check digit
    assert is_valid_nhs_number("4010232137")


def test_wrong_check_digit_is_rejected():
    assert not is_valid_nhs_number("4010232138")


def test_number_whose_check_would_be_ten_is_rejected():
    # 1 0 0 0 0 0 0 0 0 weighted = 10; 10 mod 11 = 10; 11 - 10 = 1 -> 1000000001 valid,
    # while 0 0 0 0 0 0 0 0 6 weighted = 12; 12 mod 11 = 1; 11 - 1 = 10 -> never valid
    assert is_valid_nhs_number("1000000001")
    assert not any(is_valid_nhs_number(f"000000006{d}") for d in "0123456789")


def test_check_of_eleven_means_zero():
    # 2 0 0 0 0 0 0 0 1: 20 + 2 = 22; 22 mod 11 = 0; 11 - 0 = 11 -> check digit 0
    assert is_valid_nhs_number("2000000010")
    assert not is_valid_nhs_number("2000000011")
    # 0 0 0 0 0 0 0 1 1: 3 + 2 = 5; 11 - 5 = 6
    assert is_valid_nhs_number("0000000116")


def test_placeholder_and_wrong_length_are_rejected():
    assert not is_valid_nhs_number("0000000000")
    assert not is_valid_nhs_number("401023213")
    assert not is_valid_nhs_number("40102321370")
    assert not is_valid_nhs_number("40102321a7")


def test_spaces_and_hyphens_are_tolerated_and_invalid_becomes_missing():
    assert normalise_nhs_number("401 023 2137") == "4010232137"
    assert normalise_nhs_number("401-023-2137") == "4010232137"
    assert normalise_nhs_number("401 023 2138") is None
    assert normalise_nhs_number(None) is None
