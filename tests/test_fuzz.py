"""Generated hostile texts (every kind of quotation mark, dashes, control and format characters,
very long lines, mixed scripts, unbalanced quotes) through read -> parse -> extract: nothing raises
but the reader's refusal, and every span lies within the text and says what its record says.
A few examples here (profile "suite"); `bench/faults.py --fuzz 10000` runs many."""
import pytest
from hypothesis import given, settings

from fuzz_texts import PIECE_SIZES, hostile_text, read_parse_extract

pytestmark = pytest.mark.model


@settings(settings.get_profile("suite"))
@given(text=hostile_text(), piece_chars=PIECE_SIZES)
def test_extraction_from_hostile_text_keeps_every_span_in_the_text(text, piece_chars):
    read_parse_extract(text, piece_chars)
