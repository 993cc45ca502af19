"""Find every occurrence of a review's identifiers in a text.

Redaction and the leak check call the same finder, so what one removes the other looks for:
names as token sequences (any case, accents folded, split across a line break, hyphenated
at a line end, letter-spaced), dates of birth in every common written form, NHS and phone
numbers whatever their spacing, postcodes with or without their space, e-mail addresses.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casereview.publish import mojibake
from casereview.publish.context import Decision, decide, is_ambiguous, title_is_a_noun
from casereview.publish.dates import find_dates
from casereview.publish.hits import Hit
from casereview.publish.identity import IdentityList, normalise_postcode
from casereview.publish.kept import NO_KEPT_PHRASES, KeptPhrases
from casereview.publish.lexicon import is_known_word, word_classes
from casereview.publish.reading import TITLES
from casereview.publish.run_in import find_run_in
from casereview.publish.tokens import LINE_HYPHEN, Token, fold, is_sentence_start, tokenize
from casereview.publish.wordlists import (
    common_words,
    predicate_words,
)

__all__ = ["Hit", "find_identifiers"]


_NAME_GAP = re.compile(r"[\s\u00a0]*(?:[-'’.,][\s\u00a0]*)?")
_JOIN_GAP = re.compile(r"-?[ \t\u00a0]*\r?\n[ \t\u00a0]*|\u00ad|-[ \t]*\r?\n|[*_]{1,3}|-")
_LOOSE_GAP = re.compile(r"[ \t\u00a0]{1,3}")
# "don't" is not Don, "won't" not Won; but "Hope'll ring", "Grace'd said", "Mark's" are names.
_CONTRACTION = re.compile(r"['’]t\b", re.IGNORECASE)
_DIGIT_RUN = re.compile(r"\+?\(?\d[\d \t\u00a0\-./()]*\d")
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)(?:[ \t\u00a0]*|-)(\d[A-Z]{2})\b", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE_PREFIXES = frozenset({"", "0", "44", "440", "0044", "00440"})


_CLITICS = frozenset({"s", "t", "d", "m", "ll", "re", "ve"})


def _clitic(text: str, tokens: list[Token], i: int) -> bool:
    """Token i ends a word after an apostrophe ("who's", "don't", "I'd"), so it starts no
    piece of a split word: "who's\nT Marsh" is no "St" (a title) and "T Marsh". One letter
    before the apostrophe is a name's prefix ("O'B-\nrien")."""
    tok = tokens[i]
    return (
        tok.norm in _CLITICS
        and i > 0
        and text[tok.start - 1 : tok.start] in {"'", "\u2019"}
        and tokens[i - 1].end == tok.start - 1
        and len(tokens[i - 1].norm) > 1
    )


def _merge_split_words(
    text: str, tokens: list[Token], ids: IdentityList, loose: bool
) -> list[Token]:
    """Join pieces of one word split by a line break, a soft hyphen, letter spacing or a
    hyphen ("Kay-leigh").

    Pieces are joined only when the joined word is a token of some identifier form, so an
    ordinary line break between two ordinary words is left alone.
    """
    known = ids.form_tokens
    out: list[Token] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        best: Token | None = None
        # Letter-spaced capitals: "K A Y L E I G H".
        if len(tok.norm) == 1:
            j = i
            while (
                j + 1 < n
                and len(tokens[j + 1].norm) == 1
                and (tokens[j + 1].start - tokens[j].end == 1)
            ):
                j += 1
            if j - i >= 2:
                joined = "".join(t.norm for t in tokens[i : j + 1])
                if joined in known:
                    best = Token(joined, tok.start, tokens[j].end)
                    out.append(best)
                    i = j + 1
                    continue
        acc = tok.norm
        j = i
        clitic = _clitic(text, tokens, i)
        while j + 1 < n and acc in ids.token_prefixes and not clitic:
            gap = text[tokens[j].end : tokens[j + 1].start]
            if not (_JOIN_GAP.fullmatch(gap) or (loose and _LOOSE_GAP.fullmatch(gap))):
                break
            if gap == "-" and min(len(tokens[j].norm), len(tokens[j + 1].norm)) < 2:
                break  # "Kay-leigh" is one word; "m-m-R Marsh" (a stutter) is not "mr"
            acc += tokens[j + 1].norm
            j += 1
            # A name and its "s" ("Me-\ngans"), not an initial and an "S" on the next line
            # ("Y/N\nS Ockhurst" is no "Ns").
            if acc in known or (acc.endswith("s") and len(acc) > 2 and acc[:-1] in known):
                best = Token(acc, tok.start, tokens[j].end)  # "Me-\ngans": _dropped_apostrophe
                break
            if _without_kisses(acc, known) is not None:
                best = Token(acc, tok.start, tokens[j].end)  # "De-\nmixx": _kisses
                break
            core = _glue_tail(acc, known) if _LINE_PIECE.fullmatch(gap) else None
            if core is not None:  # "Me-\nganat the door": _unglue
                best = Token(core, tok.start, tokens[j].end - (len(acc) - len(core)))
                break
        if best is not None:
            out.append(best)
            i = j + 1
            continue
        out.append(tok)
        i += 1
    return out


def _dropped_apostrophe(text: str, tokens: list[Token], ids: IdentityList) -> list[Token]:
    """ "Kayleighs mum", "Graces school": a possessive written without its apostrophe is the
    name, the "s" included in the span. Where the name with "s" is an English word ("Marks
    on both wrists", "Hopes were high"; the lexicon knows it), the token is read as the name
    only before a relation or something a person has ("Graces mum came")."""
    words = predicate_words()
    single = ids.form_tokens
    out = list(tokens)
    for k, tok in enumerate(tokens):
        stem = tok.norm[:-1]
        if not tok.norm.endswith("s") or len(stem) < 3 or stem not in single:
            continue
        if tok.norm in single:
            continue
        if text[tok.end : tok.end + 1] in {"'", "’"}:
            # "the Marshs' front door": a plural possessive ("hopes'" only with a capital or
            # after another name word: "the kayleigh greens' door").
            after_name = k > 0 and tokens[k - 1].norm in single
            if text[tok.end + 1 : tok.end + 2].isalpha() or (
                word_classes(tok.norm) and not text[tok.start].isupper() and not after_name
            ):
                continue
        elif word_classes(tok.norm) and not _capitalised_mid_sentence(text, tokens, k, single):
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if (
                nxt is None
                or text[tok.end : nxt.start] != " "
                or not (
                    nxt.norm in words["person_nouns"] or nxt.norm in words["person_owned_nouns"]
                )
            ):
                continue
        out[k] = Token(stem, tok.start, tok.end)
    return out


def _capitalised_mid_sentence(
    text: str, tokens: list[Token], k: int, single: set[str] | frozenset[str]
) -> bool:
    """ "two Marks in Year 3", "Marsh, Hopes": a capital in mid-sentence, or another name
    word just before, reads name + "s" as the name (a plural or a possessive), as a
    capitalised word-name in mid-sentence is read as the name."""
    tok = tokens[k]
    raw = text[tok.start : tok.end]
    if (
        k > 0
        and tokens[k - 1].norm in single
        and _NAME_GAP.fullmatch(text, tokens[k - 1].end, tok.start)
    ):
        return True
    return raw[:1].isupper() and not raw.isupper() and not is_sentence_start(text, tok.start)


def _mrz_country_off(text: str, tokens: list[Token], ids: IdentityList) -> list[Token]:
    """ "P<GBRMARSH<<KAYLEIGH", however the name is written after the code ("P<GBRK. Marsh",
    "P<GBRkayleigh marsh"): the word after "P<" and a country code starts at the name."""
    out = list(tokens)
    for k, tok in enumerate(tokens):
        if tok.start < 2 or not _MRZ_START.match(text, tok.start - 2):
            continue
        rest = tok.norm[3:]
        if rest and (rest in ids.form_tokens or rest in ids.token_prefixes):
            out[k] = Token(rest, tok.start + 3, tok.end)
    return out


# A reference number that ends in a check letter: "PNC 00/000000A", "E000000A".
_REFERENCE_DIGITS = re.compile(r"\d{4,}")


def _code_digits(tokens: list[Token], k: int) -> bool:
    """Token k is the digits of a code: four or more, or run into letters before them
    ("ZR8", "AB12"); not "10" of "10AM"."""
    tok = tokens[k]
    return tok.norm.isdigit() and (
        bool(_REFERENCE_DIGITS.fullmatch(tok.norm))
        or (k > 0 and tokens[k - 1].end == tok.start and tokens[k - 1].norm.isalpha())
    )


def _check_letter_off(text: str, tokens: list[Token], ids: IdentityList) -> list[Token]:
    """ "PNC 00/000000AJ Rose", "000000Adean harttham", "E-ticket issued to ZR8WTNS. Green":
    a reference's capital letters (a check letter, the end of a booking code) run into the
    name after it. The word straight after a code's digits, one to four capitals and then a
    name word (or an initial, or the start of a name broken at a line end), starts at the
    name; "10AM" (two digits alone) and "2A" are left alone."""
    out = list(tokens)
    for k, tok in enumerate(tokens):
        if k == 0 or tokens[k - 1].end != tok.start or len(tok.norm) < 2:
            continue
        raw = text[tok.start : tok.end]
        if not raw[:1].isupper() or not _code_digits(tokens, k - 1):
            continue
        broken = _broken_at_line_end(text, tokens, k)
        if tok.norm in ids.form_tokens or (broken and tok.norm in ids.token_prefixes):
            continue  # the name itself, or its start: "X000000Ma-\nrk"
        for cut in range(1, min(4, len(raw) - 1) + 1):
            if not raw[:cut].isupper():
                break
            rest = tok.norm[cut:]
            if rest in ids.form_tokens or (broken and rest in ids.token_prefixes):
                out[k] = Token(rest, tok.start + cut, tok.end)
                break
    return out


def _without_kisses(word: str, known: set[str]) -> str | None:
    """The name before kisses ("kayleighxx" -> "kayleigh", "foxxx" -> "fox"), if any."""
    for n in range(1, 5):
        if len(word) - n < 3 or word[-n] != "x":
            return None
        if word[:-n] in known:
            return word[:-n]
    return None


def _kisses(text: str, tokens: list[Token], ids: IdentityList) -> list[Token]:
    """ "Kayleighxx", "Marshxx": kisses written straight after a name in a message or a card
    are not part of it; the token is read as the name, the kisses included in the span."""
    single = ids.form_tokens
    out = list(tokens)
    for k, tok in enumerate(tokens):
        stem = None if tok.norm in single else _without_kisses(tok.norm, single)
        if stem is not None:
            out[k] = Token(stem, tok.start, tok.end)
    return out


_LEADING_XS = re.compile(r"x{1,3}")


def _leading_kisses_off(text: str, tokens: list[Token], ids: IdentityList) -> list[Token]:
    """ "xN Rosex2", "xXS. QuarstowXx", "xxanthony lambxx": a username or a screen name
    that wraps the name in x's. One to three x's on the front of a word are read off when
    what is left (without any kisses on its end) is a name word, the start of a name broken
    at a line end ("xJa-\nckx2"), or an initial that a name of the case goes on from ("xN
    Rose"); not "Xander" or "XL". It runs before the pieces of a broken word are joined
    and before `_kisses`, so it reads the kisses off the end itself ("xrosex", "xN
    Rosex2")."""
    known = ids.form_tokens
    out = list(tokens)
    for k, tok in enumerate(tokens):
        lead = _LEADING_XS.match(tok.norm)
        if lead is None or tok.norm in known or tok.end - tok.start != len(tok.norm):
            continue
        rest = tok.norm[lead.end() :]
        if len(rest) == 1:
            after = tokens[k + 1].norm if k + 1 < len(tokens) else ""
            nxt = after if after in known else _without_kisses(after, known)  # "xN Rosex2"
            if nxt is None or not any(
                len(form) > 1 and form[1] == nxt for form in ids.by_first_token.get(rest, ())
            ):
                continue
        elif rest not in known:
            stem = _without_kisses(rest, known)  # "xrosex"
            if stem is not None:
                rest = stem
            elif not (rest in ids.token_prefixes and _broken_at_line_end(text, tokens, k)):
                continue
        out[k] = Token(rest, tok.start + lead.end(), tok.end)
    return out


# A hashtag or handle; its letters may be split by an underscore, a soft hyphen or a line
# break with a hyphen ("#justiceforKayl-\neigh").
_TAG = re.compile(r"[#@][^\W_]*(?:(?:_|\u00ad|-[ \t]*\r?\n[ \t]*)[^\W_]+)*")


def _find_tagged(text: str, ids: IdentityList) -> list[Hit]:
    """A name inside a hashtag or a handle ("#justiceforKayleigh", "@kaymarsh07"), where no
    word boundary marks it: any name word of three letters or more found in the tag is
    redacted; one that is also an ordinary word ("#hopeforall") is listed for checking."""
    hits: list[Hit] = []
    for tag in _TAG.finditer(text):
        at_char = [tag.start() + 1 + k for k, c in enumerate(tag.group()[1:]) if c.isalnum()]
        letters = "".join(fold(text[p]) or "?" for p in at_char)
        if len(letters) != len(at_char):
            continue  # a letter folding to two ("ß"): no offsets to map; rare in a tag
        for word in ids.form_tokens:
            ident = ids.names.get((word,))
            if len(word) < 3 or ident is None:
                continue
            at = letters.find(word)
            while at >= 0:
                start, end = at_char[at], at_char[at + len(word) - 1] + 1
                hits.append(Hit(start, end, ident, True, is_ambiguous(word)))
                at = letters.find(word, at + 1)
        hits.extend(_name_going_on(text, tag.end(), letters, at_char, ids))
    return hits


def _name_going_on(
    text: str, tag_end: int, letters: str, at_char: list[int], ids: IdentityList
) -> list[Hit]:
    """A name begun at the end of a tag and finished after it ("#justiceforK. Marsh",
    "#justicefornatalie hope"): the whole name is one hit."""
    after = [
        Token(t.norm, t.start + tag_end, t.end + tag_end)
        for t in tokenize(text[tag_end : tag_end + 120])
    ]
    hits: list[Hit] = []
    for form, ident in ids.names.items():
        if len(form) < 2 or not letters.endswith(form[0]) or len(after) < len(form) - 1:
            continue
        if any(after[k].norm != form[k + 1] for k in range(len(form) - 1)):
            continue
        if not _NAME_GAP.fullmatch(text, tag_end, after[0].start):
            continue
        start = at_char[len(letters) - len(form[0])]
        hits.append(Hit(start, after[len(form) - 2].end, ident))
    return hits


# A small letter then a capital: where a word run into the one before it starts.
# A capital after a small letter ("pickedupKayleigh"), or the capital that starts a word
# after capitals ("GBRKayleigh", as a passport's machine-readable line is copied).
_INNER_CAPITAL = re.compile(r"[^\W\d_](?<![A-Z])[A-Z]|(?<=[A-Z])[A-Z](?=[a-z])")
# A passport's machine-readable zone: "P<GBRMARSH<<KAYLEIGH<<<": the three-letter country
# code after the document type is run into the family name.
_MRZ_START = re.compile(r"[A-Z]<[A-Z]{3}")


@lru_cache(maxsize=64)
def _glued_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    long_words = sorted((w for w in words if len(w) >= 3 and w.isalpha()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, long_words))) if long_words else None


def _find_glued(text: str, tokens: list[Token], ids: IdentityList) -> list[Hit]:
    """A name run into the words before it, as scanned text has it, where a capital inside
    the word marks where the name starts ("pickedupKayleighfrom school"): a name word of
    three letters or more starting there is redacted and listed for checking. (A glue
    word such as "and" or "at" run into a name in lower case is read by `_unglue`.)"""
    pattern = _glued_pattern(frozenset(ids.form_tokens))
    if pattern is None:
        return []
    hits: list[Hit] = []
    for tok in tokens:
        raw = text[tok.start : tok.end]
        if tok.norm in ids.form_tokens or not _INNER_CAPITAL.search(raw):
            continue
        folded = raw.casefold()
        if len(folded) != len(raw):
            continue  # a letter folding to two: offsets would not map; rare
        for capital in _INNER_CAPITAL.finditer(raw):
            m = pattern.match(folded, capital.end() - 1)
            ident = ids.names.get((m.group(),)) if m else None
            if m and ident is not None:
                hits.append(Hit(tok.start + m.start(), tok.start + m.end(), ident, True, True))
    return hits


@cache
def _glue_words() -> tuple[str, ...]:
    """The glue words, longest first."""
    return tuple(sorted(predicate_words()["glue_words"], key=len, reverse=True))


def _glue_tail(word: str, known: set[str]) -> str | None:
    """The name in front of a glue word run into it ("brownat" -> "brown"), if any."""
    for glue in _glue_words():
        if word.endswith(glue) and len(word) - len(glue) >= 3 and word[: -len(glue)] in known:
            return word[: -len(glue)]
    return None


def _unglued(
    raw: str, norm: str, ids: IdentityList, *, piece_before: bool, piece_after: bool
) -> tuple[int, str] | None:
    """Where the name in a glued word starts, and the name word: a glue word may be run
    into its front ("andKayleigh", "andM", "andMe-" of a split name) or back ("Brownat"),
    or both. What is left must be three letters or more, or start with a capital. A word
    that ends a piece split across a line (`piece_before`) has no front to take off; one
    that starts such a piece (`piece_after`) may end in the first piece of a name."""
    known, prefixes = ids.form_tokens, ids.token_prefixes
    leads = [] if piece_before else [g for g in _glue_words() if norm.startswith(g)]
    for lead in [*leads, ""]:
        rest = norm[len(lead) :]
        if not (len(rest) >= 3 or raw[len(lead) : len(lead) + 1].isupper()):
            continue
        if lead and (rest in known or (piece_after and rest in prefixes)):
            return len(lead), rest
        core = _glue_tail(rest, known)
        if core is not None:
            return len(lead), core
    return None


_LINE_PIECE = re.compile(LINE_HYPHEN)


def _broken_at_line_end(text: str, tokens: list[Token], k: int) -> bool:
    """Token k ends a line with a hyphen and token k + 1 goes on with the word ("Kay-\nleigh").
    False for k out of range, so k - 1 asks whether a token starts the second piece."""
    return 0 <= k < len(tokens) - 1 and bool(
        _LINE_PIECE.fullmatch(text, tokens[k].end, tokens[k + 1].start)
    )


def _unglue(text: str, tokens: list[Token], ids: IdentityList) -> list[Token]:
    """ "andKayleighat", "andM. Brownat", "andMe-\nganat": a word that is no English word,
    with a glue word (and, at, with...) run into its front or back, is read without it
    when what is left is a name word (or, at the front, the first piece of one split
    across a line)."""
    out = list(tokens)
    for k, tok in enumerate(tokens):
        norm = tok.norm
        raw = text[tok.start : tok.end]
        # Three letters only as a glue word and an initial: "spoke toT Penworth".
        shortest = 3 if _INNER_CAPITAL.search(raw) else 4
        if len(norm) < shortest or norm in ids.form_tokens or tok.end - tok.start != len(norm):
            continue
        if not (norm.startswith(_glue_words()) or norm.endswith(_glue_words())):
            continue  # no glue word at either end
        if norm[:-1] in ids.form_tokens or _without_kisses(norm, ids.form_tokens):
            continue  # "Lizas mum", "Lizaxx": read by _dropped_apostrophe and _kisses
        if is_known_word(norm) and not _INNER_CAPITAL.search(raw):
            continue  # "andI" is the name Andi, but "andI. Marsh" is glued
        found = _unglued(
            raw,
            norm,
            ids,
            piece_before=_broken_at_line_end(text, tokens, k - 1),
            piece_after=_broken_at_line_end(text, tokens, k),
        )
        if found is not None:
            start = tok.start + found[0]
            out[k] = Token(found[1], start, start + len(found[1]))
    return out


def _word_run_into_name(text: str, tokens: list[Token], ids: IdentityList) -> list[Token]:
    """ "OFFICIAL-SENSITIVEKayleigh", "SENSITIVEkayleigh marsh": a word that is no English
    word, made of an English word of four letters or more and then a name word of three or
    more (or an initial or title that the next word goes on with), is read as the name from
    where it starts (a heading or a marking run into it)."""
    out = list(tokens)
    common = common_words()
    for k, tok in enumerate(tokens):
        norm = tok.norm
        if len(norm) < 7 or norm in ids.form_tokens or tok.end - tok.start != len(norm):
            continue
        after = tokens[k + 1].norm if k + 1 < len(tokens) else None
        split_line = _broken_at_line_end(text, tokens, k)
        known = is_known_word(norm)
        if known and not (text[tok.start : tok.end].isupper() and after):
            continue  # a word in capitals may still end in an initial: "SENSITIVES Hill"
        for cut in range(4, len(norm)):
            rest = norm[cut:]
            if norm[:cut] not in common:
                continue
            if known and len(rest) > 3:
                continue  # a known word in capitals: only an initial or a title at its end
            if (len(rest) >= 3 or split_line) and (
                rest in ids.form_tokens or rest in ids.token_prefixes
            ):
                out[k] = Token(rest, tok.start + cut, tok.end)  # "...SENSITIVEDe-\nmi"
                break
            # An initial or a title run in before the rest of the name ("SENSITIVEK Marsh").
            if len(rest) <= 3 and any(
                len(form) > 1 and form[1] == after for form in ids.by_first_token.get(rest, ())
            ):
                out[k] = Token(rest, tok.start + cut, tok.end)
                break
    return out


# Where a capitalised word starts inside a word: "HillDate", "FoxBDAY", "FOXDate".
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z])[A-Z]|(?<=[A-Z])[A-Z](?=[a-z])")


def _capitals_after_name(text: str, tokens: list[Token], k: int, ids: IdentityList) -> int:
    """ "MARK FOXTV", "PAIGE FOXBDAY": in capitals no case change shows where a family name
    ends, so a word in capitals that is no English word is cut where the name of the case
    that the word before it starts ends; 0 when it is not one."""
    tok = tokens[k]
    raw = text[tok.start : tok.end]
    if k == 0 or not raw.isupper() or is_known_word(tok.norm):
        return 0
    prev = tokens[k - 1]
    if not (
        text[prev.start : prev.end].isupper() and _LOOSE_GAP.fullmatch(text, prev.end, tok.start)
    ):
        return 0
    ends = [
        len(form[1])
        for form in ids.by_first_token.get(prev.norm, ())
        if len(form) == 2 and len(form[1]) >= 2 and tok.norm.startswith(form[1])
    ]
    return max(ends, default=0)


def _name_run_into_word(text: str, tokens: list[Token], ids: IdentityList) -> list[Token]:
    """ "Name of child:K. HillDate of birth", "'R ThornthamBDAY'", "band: NathanH0049213": a
    name word of two letters or more (or the end of one broken at a line end) run into a
    capitalised word after it (a known word, capitals, or a code's letters before its
    digits) is read as the name, up to where the capital starts; not "MacLeod" or "DeShawn"."""
    out = list(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm in ids.form_tokens or tok.end - tok.start != len(tok.norm):
            continue
        raw = text[tok.start : tok.end]
        after_line_piece = _broken_at_line_end(text, tokens, k - 1)
        # The end of a name broken at a line end may be one letter: "Iv-\nyBDAY".
        boundary = _CAMEL_BOUNDARY.search(raw, 1 if after_line_piece else 2)
        if boundary is None:
            cut = _capitals_after_name(text, tokens, k, ids)
            if cut:
                out[k] = Token(tok.norm[:cut], tok.start, tok.start + cut)
            continue
        name, rest = tok.norm[: boundary.start()], raw[boundary.start() :]
        # "Sum-\nmerDate": the end of a name broken at a line end
        second_piece = after_line_piece and tokens[k - 1].norm + name in ids.form_tokens
        if name not in ids.form_tokens and not second_piece:
            continue
        code = rest.isupper() and text[tok.end : tok.end + 1].isdigit()  # "NathanH0049213"
        if (len(rest) >= 2 and rest.isupper()) or code or is_known_word(rest.lower()):
            out[k] = Token(name, tok.start, tok.start + len(name))
    return out


def _find_names(text: str, ids: IdentityList, loose: bool) -> list[Hit]:
    tokens = _unglue(text, tokenize(text), ids)
    tokens = _mrz_country_off(text, _word_run_into_name(text, tokens, ids), ids)
    tokens = _check_letter_off(text, tokens, ids)
    tokens = _name_run_into_word(text, tokens, ids)
    tokens = _leading_kisses_off(text, tokens, ids)  # before the pieces join: "xJo-\nyx2"
    tokens = _merge_split_words(text, tokens, ids, loose)
    tokens = _dropped_apostrophe(text, tokens, ids)
    tokens = _kisses(text, tokens, ids)
    glued = _find_glued(text, tokens, ids)
    hits: list[Hit] = []
    i = 0
    n = len(tokens)
    while i < n:
        # Every start is tried, inside a name found too: "Miss, rose" and then "rose rose" in
        # "Miss, rose rose told me" (resolve_overlaps makes them one).
        forms = ids.by_first_token.get(tokens[i].norm)
        if forms:
            for form in forms:
                last = i + len(form) - 1
                if last >= n:
                    continue
                if any(tokens[i + k].norm != form[k] for k in range(1, len(form))):
                    continue
                if not all(_gap_ok(text, tokens, k) for k in range(i, last)):
                    continue
                end = tokens[last].end
                if len(form) == 1 and _CONTRACTION.match(text, end):
                    continue  # "don't" is not Donald
                ident = ids.names[form]
                if (
                    len(form[0]) == 1
                    and form[0].isalpha()
                    and not _initial_written_as_name(text, tokens, i, last)
                ):
                    continue  # "a stone" is not A. Stone
                if _noun_title_before_a_word(text, tokens, i, last, form):
                    continue  # "Baby banks supplied a cot"
                decision = Decision.NAME
                if (
                    len(form) == 1
                    or (
                        ident.owner.startswith("place:")
                        and not _all_capitalised(text, tokens, i, last)
                    )
                ) and all(is_ambiguous(t) for t in form):
                    decision = decide(
                        text,
                        tokens,
                        i,
                        last,
                        _neighbour_is_name(text, tokens, i, last, ids),
                        lines_are_items=loose,
                        is_case_name=lambda norm: (norm,) in ids.names,
                    )
                if decision is Decision.WORD:
                    continue
                hits.append(
                    Hit(
                        tokens[i].start,
                        end,
                        ident,
                        decision is not Decision.UNSURE,
                        decision is Decision.WEAK_NAME,
                    )
                )
                break
        i += 1
    return hits + glued


_TITLE_TOKENS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "st"})


def _gap_ok(text: str, tokens: list[Token], k: int) -> bool:
    """The gap between two words of one name: spaces, a hyphen, an apostrophe, a comma, a
    full stop after an initial or a title ("K. Marsh", "Mr. Marsh"), never a sentence end,
    or a full stop or underscore alone ("kayleigh.marsh", "Kayleigh_Marsh_plan.docx")."""
    start, end = tokens[k].end, tokens[k + 1].start
    if text[start:end] in {".", "_"}:
        return True  # a user name, an e-mail's local part or a file name: "kayleigh.marsh"
    if not _NAME_GAP.fullmatch(text, start, end):
        return False
    if "." in text[start:end]:
        return len(tokens[k].norm) == 1 or tokens[k].norm in _TITLE_TOKENS
    return True


def _noun_title_before_a_word(
    text: str, tokens: list[Token], first: int, last: int, form: tuple[str, ...]
) -> bool:
    """ "Baby banks supplied a cot", "the baby banks": a title that is the noun
    (`title_is_a_noun`) before a family name that is also a word, in lower case, is no name;
    "Baby Banks" and "baby banks" (a note in lower case) are the person."""
    if len(form) != 2 or form[0] not in TITLES or not is_ambiguous(form[1]):
        return False
    word = text[tokens[last].start : tokens[last].end]
    return word.islower() and title_is_a_noun(text, tokens, first)


def _all_capitalised(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """ "Riverside Medical Practice" written as a name, not "the riverside practice"."""
    return all(text[t.start : t.start + 1].isupper() for t in tokens[first : last + 1])


def _initial_written_as_name(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """An initial counts only as a capital letter before a capitalised family name."""
    initial = text[tokens[first].start : tokens[first].end]
    surname = text[tokens[last].start : tokens[last].end]
    return initial.isupper() and surname[:1].isupper()


def _neighbour_is_name(
    text: str, tokens: list[Token], first: int, last: int, ids: IdentityList
) -> bool:
    """True when the word just before or after (in the same name) is an unambiguous name."""
    for k, gap_at in ((first - 1, first - 1), (last + 1, last)):
        if 0 <= k < len(tokens) and _gap_ok(text, tokens, gap_at):
            norm = tokens[k].norm
            if (norm,) in ids.names and not is_ambiguous(norm):
                return True
    return False


def _find_digits(text: str, ids: IdentityList) -> list[Hit]:
    if not ids.digits:
        return []
    hits: list[Hit] = []
    for run in _DIGIT_RUN.finditer(text):
        positions = [run.start() + k for k, c in enumerate(run.group()) if c.isdigit()]
        digits = "".join(text[p] for p in positions)
        for key, ident in ids.digits.items():
            at = digits.find(key)
            while at >= 0:
                start = positions[at]
                if digits[:at] in _PHONE_PREFIXES and ident.kind == "phone number":
                    start = run.start()
                hits.append(Hit(start, positions[at + len(key) - 1] + 1, ident))
                at = digits.find(key, at + 1)
    return hits


def _find_codes(text: str, ids: IdentityList) -> list[Hit]:
    hits: list[Hit] = []
    if ids.postcodes:
        for m in _POSTCODE.finditer(text):
            ident = ids.postcodes.get(normalise_postcode(m.group()))
            if ident is not None:
                hits.append(Hit(m.start(), m.end(), ident))
    if ids.emails:
        for m in _EMAIL.finditer(text):
            ident = ids.emails.get(fold(m.group()))
            if ident is not None:
                hits.append(Hit(m.start(), m.end(), ident))
    if ids.dates_of_birth:
        for found in find_dates(text):
            for dob, ident in ids.dates_of_birth.items():
                if found.matches(dob):
                    hits.append(Hit(found.start, found.end, ident))
                    break
    return hits


def resolve_overlaps(hits: list[Hit]) -> list[Hit]:
    """One hit for each run of overlapping hits, spanning them all: the earliest, then the
    longest, names the identifier, unless a later one is longer ("Miss, rose" and "rose
    rose" in "Miss, rose rose told me" are one hit, so the second "rose" is not left)."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            if hit.end > out[-1].end:
                first = out[-1]
                named = hit if hit.end - hit.start > first.end - first.start else first
                out[-1] = Hit(
                    first.start,
                    hit.end,
                    named.identifier,
                    certain=first.certain or hit.certain,
                    weak=first.weak and hit.weak,
                )
            continue
        out.append(hit)
    return out


def find_identifiers(
    text: str, ids: IdentityList, *, loose: bool = False, kept: KeptPhrases = NO_KEPT_PHRASES
) -> list[Hit]:
    """Every identifier of the review in `text`, non-overlapping, in text order.

    `loose` also joins word pieces separated by ordinary spaces ("Kay leigh"): the leak
    check uses it because a leak hidden by odd spacing is still a leak. `kept` are phrases a
    checker found to hold the ordinary word: an uncertain hit (weak or unsure) where one
    starts is no hit; a certain one still is.
    """
    text = mojibake.repair(text)  # "ZoÃ«" is Zoë; offsets are unchanged
    hits = (
        _find_names(text, ids, loose)
        + _find_tagged(text, ids)
        + _find_digits(text, ids)
        + _find_codes(text, ids)
        + find_run_in(text, ids)
    )
    hits = resolve_overlaps(hits)
    if kept:
        hits = [h for h in hits if (h.certain and not h.weak) or not kept.covers(text, h.start)]
    return hits
