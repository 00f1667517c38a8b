from factstore.paragraphs import paragraph_after, paragraph_before, paragraph_of

TEXT = "Headline\n\n  Lede goes here.  \n \nSecond one.\nLast"


def words(text: str, span) -> str | None:
    """The text of a (start, end) range, or None."""
    return None if span is None else text[span[0]:span[1]]


def test_paragraph_of_is_the_line_holding_the_position():
    assert words(TEXT, paragraph_of(TEXT, TEXT.index("goes"))) == "  Lede goes here.  "
    assert words(TEXT, paragraph_of(TEXT, 0)) == "Headline"


def test_a_line_break_belongs_to_the_line_it_ends():
    assert paragraph_of(TEXT, TEXT.index("\n")) == (0, len("Headline"))
    assert paragraph_of("a\n", 1) == (0, 1)


def test_paragraph_of_a_text_without_line_breaks_is_the_whole_text():
    assert paragraph_of("One line.", 4) == (0, 9)
    assert paragraph_of("One line.", 9) == (0, 9)
    assert paragraph_of("", 0) == (0, 0)


def test_paragraph_of_the_end_of_the_text():
    assert words(TEXT, paragraph_of(TEXT, len(TEXT))) == "Last"
    assert paragraph_of("a\n", 2) == (2, 2)


def test_paragraph_of_an_empty_line():
    assert paragraph_of(TEXT, TEXT.index("\n\n") + 1) == (len("Headline\n"), len("Headline\n"))


def test_paragraph_after_skips_blank_lines_and_leading_spaces():
    assert words(TEXT, paragraph_after(TEXT, 0)) == "Lede goes here.  "
    assert words(TEXT, paragraph_after(TEXT, TEXT.index("goes"))) == "Second one."


def test_paragraph_after_the_last_but_one_runs_to_the_end_of_the_text():
    assert words(TEXT, paragraph_after(TEXT, TEXT.index("Second"))) == "Last"


def test_paragraph_after_the_last_is_none():
    assert paragraph_after(TEXT, TEXT.index("Last")) is None
    assert paragraph_after(TEXT, len(TEXT)) is None
    assert paragraph_after("Last.\n \n\t\n", 0) is None
    assert paragraph_after("One line.", 0) is None
    assert paragraph_after("", 0) is None


def test_paragraph_after_from_a_line_break_or_an_empty_line():
    text = "a:\n\nb"
    assert paragraph_after(text, text.index("\n")) == (4, 5)
    assert paragraph_after(text, text.index("\n") + 1) == (4, 5)


def test_paragraph_before_skips_blank_lines_and_trailing_spaces():
    assert words(TEXT, paragraph_before(TEXT, TEXT.index("Second"))) == "  Lede goes here."
    assert words(TEXT, paragraph_before(TEXT, TEXT.index("goes"))) == "Headline"
    assert words(TEXT, paragraph_before(TEXT, len(TEXT))) == "Second one."


def test_paragraph_before_the_first_is_none():
    assert paragraph_before(TEXT, 3) is None
    assert paragraph_before(" \n\n  First", 6) is None
    assert paragraph_before("One line.", 5) is None
    assert paragraph_before("", 0) is None


def test_paragraph_before_from_a_line_break():
    text = "a\n\nb\n"
    assert paragraph_before(text, text.index("b") + 1) == (0, 1)
