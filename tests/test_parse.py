"""The parse stage: long texts in pieces, joined back with exact offsets."""
import pytest

from factstore import parse
from factstore.parse import pieces


def test_text_is_cut_into_pieces_at_paragraph_breaks_else_lines_else_spaces():
    paragraph = "The mayor said the port would open. " * 3 + "\n\n"
    text = paragraph * 10
    cut = pieces(text, 300)
    assert "".join(cut) == text
    assert all(len(p) <= 300 and p.endswith("\n\n") for p in cut)
    lines = ("word " * 20 + "\n") * 10
    assert all(p.endswith("\n") for p in pieces(lines, 250)) and "".join(pieces(lines, 250)) == lines
    spaces = "word " * 100
    assert all(len(p) <= 64 for p in pieces(spaces, 64)) and "".join(pieces(spaces, 64)) == spaces
    assert pieces("x" * 100, 30) == ["x" * 30, "x" * 30, "x" * 30, "x" * 10]
    assert pieces(text, len(text)) == [text]


@pytest.mark.model
def test_a_text_parsed_in_pieces_is_one_doc_with_the_text_verbatim(monkeypatch):
    monkeypatch.setattr(parse, "PIECE_CHARS", 80)
    paragraphs = ["Mayor Helen Marsh said the port would open in June.",
                  "Union leader Samuel Okafor said the workers would strike.",
                  "\n“We will not wait,” Okafor told reporters in Lagos."]
    texts = ["\n\n".join(paragraphs) + "\n", "A short one.\n"]
    assert len(pieces(texts[0], 80)) == 3
    docs = list(parse.parse_texts(texts, len(texts), processes=1))
    assert [d.text for d in docs] == texts
    whole = parse.load_model()(texts[0])
    assert [(t.text, t.idx, t.dep_, t.head.i) for t in docs[0]] == [(t.text, t.idx, t.dep_, t.head.i) for t in whole]
    assert [(e.text, e.start_char, e.label_) for e in docs[0].ents] == [
        (e.text, e.start_char, e.label_) for e in whole.ents]
    assert [s.text.strip() for s in docs[0].sents] == [p.strip() for p in paragraphs]


def test_a_line_break_starts_a_sentence_and_nothing_else_does():
    doc = parse.paragraph_sentences(parse.spacy.blank("en")("Markets fall\nThe index lost 3 percent today.\n\n“We wait” he said"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Markets", "The", "“"]
