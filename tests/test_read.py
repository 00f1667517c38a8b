"""The read stage: decoding, metadata and boilerplate, on texts written for the tests."""
import os

import pytest

from factstore.read import MAX_BYTES, BadInput, decode, find_inputs, printable, read_article
from conftest import TEXTS


def read(name: str):
    path = TEXTS / "corpus" / name
    return read_article(name, path.read_bytes())


def test_wire_story_with_dateline_and_copyright_year():
    a = read("wire.txt")
    assert (a.title, a.byline, a.outlet, a.dateline, a.published_on) == (
        "Finance ministers agree on new budget rules", None, "Reuters", "BERLIN, March 3 (Reuters)", "2021-03-03")
    assert [(c.name, c.role) for c in a.contributors] == [
        ("Tom Baker", "reporting"), ("Lisa Grant", "reporting"), ("Mark Stone", "editing")]
    for c in a.contributors:
        assert a.text[c.start:c.end] == c.name


def test_byline_with_date():
    a = read("byline.txt")
    assert (a.title, a.byline, a.published_on) == ("Harbour strike enters its second week", "Jane Whitfield", "2021-03-05")


def test_date_lines_take_the_published_not_the_updated_date():
    a = read("dated.txt")
    assert (a.title, a.published_on) == ("Chancellor visits flooded towns in the north", "2020-02-02")


def test_text_that_starts_mid_story_has_no_headline_and_no_date():
    a = read("midstory.txt")
    assert (a.title, a.byline, a.outlet, a.published_on) == (None, None, None, None)
    assert a.extraction_text == a.text


def test_boilerplate_is_blanked_in_extraction_text_but_text_stays_verbatim():
    a = read("wire.txt")
    raw = (TEXTS / "corpus" / "wire.txt").read_text(encoding="utf-8")
    assert a.text == raw
    assert len(a.extraction_text) == len(a.text)
    for gone in ("Home | World", "Sign up now", "read more", "You may also like", "Markets rally",
                 "Reporting by", "©", "(Reuters)"):
        assert gone in a.text and gone not in a.extraction_text
    assert "Keller told reporters" in a.extraction_text
    assert "Mr. Marchand said the rules would take effect next year." in a.extraction_text
    kinds = {kind for kind, _ in a.boilerplate}
    assert {"boilerplate", "credits", "dateline"} <= kinds
    for _, span in a.boilerplate:
        assert a.text[span.start:span.end] == span.text


def test_footer_and_photo_credit_are_boilerplate():
    a = read("byline.txt")
    assert "Photo credit" not in a.extraction_text and "Developed by" not in a.extraction_text
    assert "Union leader Samuel Okafor" in a.extraction_text


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \n\t\n ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"Headline\n\nbad bytes \x81\x8d\x8f here", "not decodable"),
    (b"a" * (MAX_BYTES + 1), "larger than 5 MB"),
])
def test_bad_input_is_refused_with_a_reason(data, reason):
    with pytest.raises(BadInput, match=reason):
        decode(data)


def test_utf8_with_bom_and_windows_1252_are_decoded():
    assert decode("\ufeffCafé".encode("utf-8")) == ("Café", [])
    assert decode("Café – “quoted”".encode("cp1252")) == ("Café – “quoted”", [])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_bom_is_decoded(encoding):
    text = "Café owners protest\n\n“We will stay,” said Ana Lima.\n"
    data = text.encode(encoding)
    if encoding != "utf-16":  # the plain codec writes its own BOM
        data = "\ufeff".encode(encoding) + data
    assert decode(data) == (text, [])


def test_a_stray_bad_byte_in_utf8_is_replaced_and_reported():
    text = "Café owners protest\n\n“We will stay,” said Ana Lima in São Paulo.\n"
    data = text.encode("utf-8").replace(b"stay", b"st\xffay")
    decoded, warnings = decode(data)
    assert decoded == text.replace("stay", "st\ufffday")
    assert warnings == ["1 invalid UTF-8 sequence replaced by U+FFFD"]
    # a byte Windows-1252 does not map, in otherwise ASCII text, is replaced too
    assert decode(b"The mayor said the port would open in June \x81 and close in May.\n")[1] == [
        "1 invalid UTF-8 sequence replaced by U+FFFD"]


def test_printable_names_escape_bytes_that_are_not_utf8():
    assert printable(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt"
    assert printable("café.txt") == "café.txt"


def test_find_inputs_searches_folders_recursively_and_names_files_relative(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_text("x")
    (tmp_path / "a" / "two.txt").write_text("x")
    (tmp_path / "a" / "skip.md").write_text("x")
    found = find_inputs([tmp_path / "a"])
    assert [name for _, name in found] == ["b/one.txt", "two.txt"]
    with pytest.raises(FileNotFoundError):
        find_inputs([tmp_path / "missing"])


def test_a_short_first_line_standing_alone_is_a_headline_even_with_a_full_stop():
    text = "Council approves the new harbour budget.\n\nThe city council voted on Monday to approve the budget.\n"
    assert read_article("x.txt", text.encode()).title == "Council approves the new harbour budget."
    running = "The city council voted on Monday.\nIt approved the budget for the harbour.\n"
    assert read_article("y.txt", running.encode()).title is None


def test_a_long_first_line_in_title_case_standing_alone_is_a_headline_even_with_a_full_stop():
    headline = ("Mayor Slams Port Deal, Vows to Take the Harbour Authority to Court Over Fees Before the Next "
                "Council Meeting.")
    text = f"{headline}\n\nMayor Helen Marsh said on Monday that the port deal would cost the city.\n"
    assert read_article("x.txt", text.encode()).title == headline
    # the same words in a sentence's case, standing alone, are the story's first paragraph
    running = headline[0] + headline[1:].lower()
    assert read_article("y.txt", f"{running}\n\nMarsh was angry.\n".encode()).title is None


def test_a_title_case_headline_is_read_in_sentence_case():
    text = ("Mayor Slams Port Deal And The GOP’s Plan.\n\n"
            "Mayor Helen Marsh said on Monday that the GOP plan would cost the city. Marsh was angry.\n")
    a = read_article("title.txt", text.encode())
    assert a.title == "Mayor Slams Port Deal And The GOP’s Plan."
    headline = a.extraction_text[:len(a.title)]
    # the first word and the words the story capitalises keep their capitals
    assert headline == "Mayor slams port deal and the GOP’s plan."
    assert a.extraction_text[len(a.title):] == text[len(a.title):]


def test_a_two_word_headline_in_sentence_case_is_no_section_label():
    text = "Senator indicted\n\nSenator Dana Fenwick was indicted on Wednesday.\n\nFenwick denied it.\n"
    a = read_article("short.txt", text.encode())
    assert a.title == "Senator indicted"
    assert a.extraction_text == text
    assert read_article("label.txt", b"World News\n\nPutin meets Raisi\n\nPutin met Raisi.\n").title == \
        "Putin meets Raisi"


def test_days_and_months_are_no_sign_of_title_case():
    # a headline in sentence case with two names and a weekday: recased, "Dana" would be lost to the parser
    text = "Senator Dana Fenwick was praised on Wednesday.\n\nFenwick said he would not resign.\n"
    assert read_article("lead.txt", text.encode()).extraction_text == text


def test_a_sentence_case_headline_is_left_alone():
    text = "Putin meets Iranian leader in Tehran\n\nPutin met Raisi on Tuesday.\n"
    assert read_article("plain.txt", text.encode()).extraction_text == text


def test_a_byline_that_gives_the_time_since_posting_dates_nothing():
    # "2 hours ago" counts from a moment the text does not give: read today, it would be today's date
    text = "Harbour strike enters its second week\n\nBy Jane Whitfield - 2 hours ago\n\nThe strike went on.\n"
    a = read_article("ago.txt", text.encode())
    assert (a.byline, a.published_on) == ("Jane Whitfield", None)


WRAPPED = TEXTS / "wrapped" / "ferry_fares.txt"  # one paragraph a line; the tests wrap it themselves


def wrapped(text: str, width: int) -> str:
    import textwrap
    return "\n".join(textwrap.fill(line, width, break_on_hyphens=False) for line in text.split("\n"))


@pytest.mark.parametrize("width", [60, 72, 80])
def test_a_text_wrapped_at_a_fixed_width_reads_as_its_paragraphs(width):
    text = WRAPPED.read_text(encoding="utf-8")
    a = read_article("ferry_fares.txt", wrapped(text, width).encode())
    assert a.text == wrapped(text, width)  # the text itself is never altered
    assert len(a.extraction_text) == len(a.text)
    def paragraphs(extraction_text):
        return [" ".join(line.split()) for line in extraction_text.split("\n") if line.strip()]
    # every paragraph one line again, with the byline and dateline blanked as they are in the text unwrapped
    assert paragraphs(a.extraction_text) == paragraphs(read_article("ferry_fares.txt", text.encode()).extraction_text)


def test_a_text_of_one_paragraph_a_line_has_no_line_break_read_as_a_space():
    text = WRAPPED.read_text(encoding="utf-8")
    assert read_article("ferry_fares.txt", text.encode()).extraction_text.count("\n") == text.count("\n")
    short = "Short headline\nBy Ann Lee\n\nOne line.\nAnother line.\nA third one.\nAnd a fourth.\nFive.\n"
    assert read_article("short.txt", short.encode()).extraction_text.count("\n") == short.count("\n")


@pytest.mark.model
def test_a_wrapped_text_gives_the_people_and_claims_of_the_same_text_unwrapped(tmp_path):
    from conftest import query, seed_into

    text = WRAPPED.read_text(encoding="utf-8")
    (tmp_path / "wrapped").mkdir()
    (tmp_path / "wrapped" / "ferry_fares.txt").write_text(wrapped(text, 66), encoding="utf-8")
    facts = {}
    for name, path in (("one a line", WRAPPED), ("wrapped", tmp_path / "wrapped" / "ferry_fares.txt")):
        db = tmp_path / f"{name}.db"
        assert seed_into(db, path) == 0
        facts[name] = (
            query(db, "select name from people order by name"),
            [(speaker, " ".join(content.split()), act) for speaker, content, act in query(
                db, "select p.name, c.content, c.act from claims c left join people p on p.id = c.speaker_id "
                    "order by c.start_char")])
    assert facts["wrapped"] == facts["one a line"]
    people, claims = facts["wrapped"]
    assert ("Heather Mowat",) in people and ("Angus Rendall",) in people
    assert [(s, a) for s, c, a in claims if "a tax on living" in c] == [("Angus Rendall", "speech")]
