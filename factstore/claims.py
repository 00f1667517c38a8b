"""Extract claims, "who said what", from a parsed article: pure functions over a Doc.

A claim is found from its cue: a reporting word ("said", "denied", "told",
"promise"), "according to", a colon ("Marsh said in a statement: "..."",
"Graham: ..."), a quotation that carries on a speaker's words, or the signature of an
embedded post ("... — Helen Marsh (@HelenMarshPort) March 3, 2021"). Which words
may be cues is learned on PolNeAR train (data/cue_rules.tsv), and which
dependent of a cue holds its content is scored in context by a model trained
there too (content_scorer.py). The cue's subject is the source; a content that reaches
into a quotation takes all of it, and a quotation interrupted by its
attribution ("X," he said, "Y.") is one claim with source and cue inside.
A learned tagger (claim_tagger.py) then adds the claims the rules missed,
vetoes the verb-cue claims it finds least likely, and confirms those whose
content the scorer doubts.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import accumulate, takewhile
from pathlib import Path
from typing import Iterator, Optional

from spacy.tokens import Doc, Span, Token

from .acts import THOUGHT_CUES, claim_act, is_agent, is_attribution, relative_referent, sentence_range
from .claim_tagger import Reading, read_claims
from .content_scorer import Candidate, content_probability
from .facts import ClaimCandidate
from .lexicon import FACTUALITY, KINDRED_CUES, OFFICE_TITLES, SPEECH_CUES, SPEECH_VERBS, SURVEY_NOUNS
from .paragraphs import paragraph_after, paragraph_of
from .parse import text_of
from .people import person_surnames
from .places import is_country
from .quotes import CLOSING_QUOTES, OPENING_QUOTES, STRAIGHT_QUOTE, in_quotation, quote_spans
from .syntax import aside_subject, can_act, read_as_modal, says_when, subject_of, subtree_range, token_range

# Which words may be cues, and how often each of their dependents was the annotated
# content, is learned from PolNeAR train by tools/learn_cue_rules.py.
CUE_RULES_FILE = Path(__file__).resolve().parent / "data" / "cue_rules.tsv"
# A dependent is taken as a cue's content when content_scorer gives it this probability or more
# (chosen on PolNeAR train articles held out from the scorer's training).
MIN_CONTENT_PROBABILITY = 0.3
# A cue whose best candidate scores under that but at least this is a doubtful claim, kept when the tagger
# gives its words a mean probability of being content of MIN_CONFIRMED_PROBABILITY or more ("favored [Trump]").
# Both chosen on PolNeAR train articles held out from the scorer's and tagger's training.
MIN_DOUBTFUL_CONTENT_PROBABILITY = 0.1
MIN_CONFIRMED_PROBABILITY = 0.25
# Dependents that may hold a cue's content: "said [that X]", "denied [the claims]".
CONTENT_DEPENDENTS = ("ccomp", "xcomp", "dobj", "acl", "advcl", "attr", "oprd", "conj", "npadvmod")
# Marks that set off a phrase summing up what comes before: "praised Pence for cutting taxes [-] moves that ...".
DASHES = ("-", "–", "—", "--")
# The only dependents that hold content when they come before the cue: "X, he said".
FRONTED_CONTENT_DEPS = ("ccomp",)
# Dependents after the cue that carry on a content begun before it: "X, he said, because Y".
RESUMED_CONTENT_DEPS = ("ccomp", "advcl", "conj")
# The cue's own words when it interrupts its content: "X, [he] [has] said, Y".
ATTRIBUTION_DEPS = ("nsubj", "aux", "neg")
# A cue whose content is its head's clause: "X, [he said]."
HEAD_CONTENT_DEPS = ("parataxis", "ccomp", "advcl")
QUOTE_ENDS = CLOSING_QUOTES + STRAIGHT_QUOTE + "'’"
# The quotation that resumes after its attribution may be led by a linking word or two: 'Instead, "Y"'.
MAX_LINKING_WORDS = 2
LINKING_POS = ("ADV", "CCONJ", "INTJ")
# Words between an interrupted quotation's two halves: "he said after the talks".
MAX_ATTRIBUTION_WORDS = 8
# "Graham: ..." — at most this many words name the source before the colon,
MAX_LABEL_TOKENS = 4
# and more than this many follow it.
MIN_LABEL_CONTENT_TOKENS = 3
# A label may also say whom or what the words are addressed to or about, in this many words at most:
# "Former AG Mukasey at RNC:", "CNN President On Trump:".
LABEL_PREPOSITIONS = {"to", "at", "on", "about", "in"}
MAX_PREPOSITION_LABEL_TOKENS = 8
# Coordinators a content cannot end with: the parse left the next conjunct out.
DANGLING_COORDINATORS = ("and", "or", "but")
# One-word contents of a verb of saying: "said yes", "said so".
ANSWERS = {"yes", "no", "so"}
OBJECT_PRONOUNS = {"me", "him", "her", "us", "them", "you"}
SUBJECT_PRONOUNS = {"i", "he", "she", "we", "they"}
AUDIENCE_NOUNS = {"crowd", "audience", "reporter", "journalist", "supporter", "voter", "donor", "viewer",
                  "listener", "student", "worker", "member", "delegate", "resident", "fan", "attendee"}
# Verbs that say only that what follows them happens or goes on: "some continue to struggle", but "continued
# to refute the story".
ASPECT_VERBS = frozenset("continue begin start keep resume".split())
# Words for leave to speak: "was not [authorized] to discuss the matter".
PERMISSION_WORDS = frozenset("authorize permit allow clear free".split())
# Verbs by which a source keeps their name out: "asked not to be [named]", "declined to be [identified]".
NAMING_VERBS = frozenset("name identify".split())
# Complements that take in the words before them: a passive or raising cue's subject
# ("[That] was expected [to take years]") or the cue's object ("called [him] [a liar]").
WIDENED_COMPLEMENT_DEPS = ("xcomp", "prep", "oprd")
RAISING_VERBS = {"seem", "appear"}
# All that may stand between a content and an object coordinated with it: ", and", " or", quotation marks.
COORDINATION_GAP = re.compile(r"[\s,;\"“”'‘’]*(?:(?:and|or|but)\b[\s,\"“”'‘’]*)?")
# Prepositions whose phrase after the cue's object is part of the content ("described [X as Y]");
# others mostly say where or when ("praised X [at a rally]").
ARGUMENT_PREPOSITIONS = {"as", "for", "to", "with", "against", "without", "onto", "than"}
# A clause's dependents that say where, when or how: "[In an interview], Walker said, ..."
SCENE_DEPS = ("prep", "advmod", "npadvmod", "advcl")
# '"X," [the port director] said': at most this many words from a quotation to the verb that attributes it.
MAX_WORDS_TO_ATTRIBUTING_VERB = 4
# Verbs of taking a stand, whose clause at the end of a content is another's word, as one of speaking or
# thinking is: "[which the union has opposed]".
STANCE_VERBS = frozenset("refuse oppose support reject dispute endorse back condemn welcome object decline".split())
# What a statement sets off, said by the writer in a "which" clause after it: "[which sent] its shares down".
REACTION_VERBS = frozenset("""
send surprise prompt draw spark cause trigger anger infuriate shock stun alarm upset rattle fuel earn
provoke outrage please delight disappoint frustrate
""".split())
# "as" clauses that are the writer's asides, not what the object is taken for: "as expected", "as promised".
AS_ASIDES = frozenset("""
expect promise require schedule plan report anticipate predict agree intend announce note mention say indicate
suggest usual always before
""".split())
# Words that open a clause of the time something happened, those of one going on as the words were
# said, and those that name a speaker there.
TIME_MARKS = {"when", "as", "while", "after", "before", "once", "whenever"}
WHILE_MARKS = {"as", "while"}
SPEAKER_WORDS = {"he", "she", "they", "his", "her", "their", "him", "them", "i", "we", "my", "our"}
# Words after a cue before the comma that ends its attribution: "X, Marsh said [on Tuesday], Y".
MAX_SCENE_WORDS = 4
# How many paragraphs back a quotation with no cue may look for its speaker.
CONTINUATION_PARAGRAPHS = 2
# A claim only the learned tagger finds is kept when the tagger gives its words this
# mean probability of being content, or more (chosen on PolNeAR train articles held
# out from the tagger's training).
MIN_TAGGER_CONFIDENCE = 0.5
# A claim the rules read from a verb cue is dropped when the tagger gives its words a mean probability of
# being content below this (chosen the same way).
MIN_RULE_CLAIM_PROBABILITY = 0.2
# "went on [to say ...]", "[saying ...]": words of a content before a cue that makes it a claim of its own.
MAX_WORDS_BEFORE_INNER_CUE = 1
# A quotation that is an object of a verb before it is a name or a title that verb takes, not words
# another verb could report.
NAMED_ARGUMENTS = ("dobj", "dative", "pobj", "oprd", "appos")


def inverted_subject(verb: Token, content_end: int) -> Optional[Token]:
    """A source the parse did not make the subject: a name right after the verb that
    follows its content (""...," said Yuri Ushakov"), or a person's name right before it."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is not None and content_end <= verb.idx and (following.pos_ == "PROPN" or misread_name(following)):
        while following.head.i > following.i and following.dep_ == "compound":
            following = following.head
        return following
    preceding = verb.doc[verb.i - 1] if verb.i > 0 else None
    if preceding is not None and preceding.ent_type_ == "PERSON" and verb.idx < content_end:
        return preceding  # a misparsed subject: "on Ukraine Khamenei stated ..."
    if preceding is not None and preceding.text == "," and verb.idx < content_end:
        return name_before_apposition(verb)
    return None


def misread_name(token: Token) -> bool:
    """A capitalised word inside a sentence that the parse read as no proper noun: "said [Skelly]" as an
    adverb."""
    return token.is_title and token.is_alpha and not token.is_sent_start \
        and token.pos_ in ("ADV", "NOUN", "ADJ", "VERB") and token.ent_type_ not in ("DATE", "TIME")


def before_speaker(doc: Doc, start: int, end: int, verb: Token, quotes: list[tuple[int, int]]) -> int:
    """The end of a content that opens with a quotation and runs on past it to the verb: the parse hung
    the speaker's name on the quotation ('"… the president and our military," [Flynn, a top Trump
    surrogate,] said'), and what follows the quotation is the attribution. For a content after its
    verb, before_next_attribution."""
    if verb.idx < start:
        return before_next_attribution(doc, start, end, quotes)
    if verb.idx < end or text_of(doc)[end:verb.idx].strip(" ,"):
        return end
    quote_end = next((b for a, b in quotes if a == start and b < end), None)
    if quote_end is None or not any(t.ent_type_ == "PERSON" or t.pos_ == "PRON" for t in doc.char_span(
            quote_end, end, alignment_mode="expand") or []):
        return end
    return quote_end


def before_next_attribution(doc: Doc, start: int, end: int, quotes: list[tuple[int, int]]) -> int:
    """The end of a content after its verb that opens with a quotation and runs on past it into the
    next speaker's attribution: 'someone shouted, ["Cruz,"] Beck joked, "Amen, brother!"'. The next
    attribution is a person's name or a subject pronoun right after the quotation's closing marks and
    a verb of speaking right after it; else the content ends at `end` ('said "absolutely," she will
    continue', 'said "a lot of people" he has spoken with believe ...')."""
    quote_end = next((b for a, b in quotes if a == start and b < end), None)
    after = doc.char_span(quote_end, end, alignment_mode="expand") if quote_end is not None else None
    words = [t for t in after or [] if not t.is_punct and not t.is_space]
    if len(words) < 2 or not (words[0].ent_type_ == "PERSON" or words[0].lower_ in SUBJECT_PRONOUNS):
        return end
    name_end = next((n for n, t in enumerate(words) if t.ent_type_ != "PERSON"), len(words)) \
        if words[0].ent_type_ == "PERSON" else 1
    verb = words[name_end] if name_end < len(words) else None
    return quote_end if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS else end


def name_compounded_with(verb: Token) -> Optional[Token]:
    """A person's name right before a finite verb that the parse made a modifier of the verb, as if of a
    noun: '"Cruz," [Beck] joked', with "joked" read as a complement of the verb before."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    return name if name.dep_ == "compound" and name.head.i == verb.i and name.ent_type_ == "PERSON" else None


def name_after_quotation(verb: Token, content_end: int) -> Optional[Token]:
    """A name between a quotation and the verb after it that the parse did not make the verb's subject:
    '"…," [Butz], 49, told The Huffington Post', read as a second clause joined to the quotation's, or
    '"…," [Flynn] said on "Fox and Friends"', with the title after the verb read as its subject."""
    if content_end > verb.idx or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return None
    between = verb.doc.char_span(content_end, verb.idx, alignment_mode="expand")
    words = [t for t in between if not t.is_punct and not t.is_space] if between is not None else []
    if not words or words[0].pos_ != "PROPN" or words[0].ent_type_ not in ("", "PERSON"):
        return None
    name = words[0]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.i < verb.i:
        name = name.head
    return name


def name_before_apposition(verb: Token) -> Optional[Token]:
    """A person's name and its apposition right before the verb, which the parse hung elsewhere:
    "on Dec. 2, [Col. Steven H. Warren], a military spokesman in Baghdad, said"."""
    doc = verb.doc
    opening = next((t for t in reversed(doc[verb.sent.start:verb.i - 1]) if t.text == ","), None)
    if opening is None or opening.i < 1 or verb.i - opening.i > 16:
        return None
    apposition = doc[opening.i + 1:verb.i - 1]
    if any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" for t in apposition):
        return None
    name = doc[opening.i - 1]
    return name if name.ent_type_ == "PERSON" else None


def source_range(token: Token, cue: Optional[Token] = None) -> tuple[int, int]:
    """The words that name the source: the subject's phrase, without a trailing clause,
    and on its own side of the cue when a misparse hangs the cue from it."""
    asides = set()
    if token.is_title or token.pos_ in ("PROPN", "PRON") or token.ent_type_:  # a name, not "a survey ... last week"
        asides = {t.i for c in token.children if said_when_or_itself(c) for t in c.subtree}
    tokens = [t for t in token.subtree if not t.is_space and t.i not in asides] or [token]
    while len(tokens) > 1 and tokens[-1].is_punct and tokens[-1].i - 1 in asides:
        tokens.pop()  # the comma that closed an aside: "Pruett, asked about it[,] said"
    while len(tokens) > 1 and token.ent_type_ == "PERSON" and tokens[0].head == token \
            and tokens[0].dep_ == "compound" and tokens[1].lower_ not in OFFICE_TITLES and is_country(tokens[0].text):
        tokens = tokens[1:]  # "on [Ukraine] Khamenei stated", a comma missing
    if cue is not None:
        # on the subject's side of the cue, and without it where a misparse hangs the cue from the subject:
        # "[Trump] called Cruz a failed candidate" read as a noun phrase; "[Podliska] further alleges that ...,
        # a claim that Gowdy disputes", the words after the cue read as the name's apposition
        # (or from a verb read as the name's clause: "[Donald Trump], who ..., tweeted on Friday to say")
        cue_branch = next((c for c in token.children if cue in c.subtree), None)
        tokens = [t for t in tokens if (t.i < cue.i) == (token.i < cue.i)
                  and not (cue_branch is not None and t in cue_branch.subtree)] or [token]
    after = max(t.i for t in tokens) + 1
    if after < len(token.doc) and read_as_modal(token.doc[after]):
        tokens.append(token.doc[after])  # "columnist George [Will] wrote": the name's end read as a modal
    start, end = token_range(tokens)
    text = text_of(token.doc)
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".)":
        end -= 1
    # a title's full stop the parse split from it: "Col[. Daniel R. Hughes]"; the closing mark of the
    # quotation before the name: '"X," [Ruiz, 49], told'
    return without_leading_marks(text, start, end)


def said_when_or_itself(word: Token) -> bool:
    """Words hung on a name (or a pronoun) that say when or where the words were said, or stress who said
    them, and do not name the source: "Trump [last week] urged", "Sanders [during a Sunday interview] thanked", "Trump
    [on Tuesday] said", "Clinton [herself] has proposed", "Clinton, [speaking to reporters], said"; and what was
    put to the source: "Pruett, [asked about the statement], said"."""
    if word.i < word.head.i:
        return False
    if word.dep_ == "acl" and put_to_the_subject(word):
        return True
    if word.dep_ == "acl" and word.tag_ == "VBG" and set_off_before(word.head, word) \
            and word.right_edge.i + 1 < len(word.doc) and word.doc[word.right_edge.i + 1].text == ",":
        return True  # how the words were said: "Clinton, [speaking to reporters on Tuesday], said"
    if word.lower_ in ("herself", "himself", "themselves", "itself"):
        return True
    return says_when(word)


def without_leading_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the spaces, separating punctuation and closing quotation marks that lead it."""
    while start < end and (text[start] in ".,;: \n" + CLOSING_QUOTES
                           or text[start] in STRAIGHT_QUOTE and text[start + 1:start + 2].isspace()):
        start += 1
    return start, end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and separating punctuation at the edges, and a coordinator left dangling at the
    end ("that it was beneficial [and]"); keep quotation marks."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    last_word = text[start:end].rsplit(None, 1)[-1] if end > start else ""
    if last_word in DANGLING_COORDINATORS and end - len(last_word) > start:
        return trim(text, start, end - len(last_word))
    return start, end


def widen_to_quotes(start: int, end: int, quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """A content that reaches into a quotation takes all of it."""
    for a, b in quotes:
        if a < end and start < b:
            start, end = min(start, a), max(end, b)
    return start, end


def following_quote(cue_end: int, quotes: list[tuple[int, int]], doc: Doc) -> Optional[tuple[int, int]]:
    """ "X," he said, "Y." and "X," he said after the talks. "Y." — the quotation that
    resumes, in the same paragraph, right after the attribution, from the linking words that
    lead it ("Instead, "Y.""). Not one that a sentence of its own attributes: "X," he said.
    He added, "Y." """
    text = text_of(doc)
    for a, b in quotes:
        if a >= cue_end:
            gap = text[cue_end:a]
            if "\n" in gap or (len(gap.split()) > MAX_ATTRIBUTION_WORDS and not gap.rstrip().endswith(".")):
                return None
            quote_sentence = doc.char_span(a, a + 1, alignment_mode="expand")[0].sent
            # the parser may leave a quotation's opening mark at the end of the sentence before it
            after_full_stop = quote_sentence.start_char <= cue_end and gap.rstrip().endswith((".", "!", "?"))
            new_sentence = quote_sentence.start_char > cue_end or after_full_stop
            if quote_sentence.start_char > cue_end and doc[quote_sentence.start - 1].sent.start_char > cue_end:
                return None  # a sentence between: '"X," he said, pointing. She shook her head. "Y."'
            between = doc.char_span(cue_end, a, alignment_mode="contract")
            participles = [t for t in between or [] if t.tag_ == "VBG" and t.lemma_.lower() in CUE_WORDS]
            # the quotation is another verb's: '"X," she told him, noting that "Y."', or after that verb
            # has said its own: '"X," he said, adding that Z. "Y."'
            if any(not new_sentence or any(c.dep_ == "ccomp" for c in t.children) for t in participles):
                return None
            if not new_sentence and not gap.rstrip().endswith((",", ":", ";", "—", "–")) \
                    and not ends_sentence(doc, a, b):
                continue  # a title in the attribution: 'Clinton said on ABC's "This Week" on Sunday. "Y."'
            if new_sentence and not after_full_stop and text[quote_sentence.start_char:a].strip():
                start = quote_sentence.start_char
                return (start, b) if linking_words_only(doc, start, a) else None
            return a, b
    return None


def linking_words_only(doc: Doc, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` is at most a linking word or two: "Instead,", "But"."""
    lead = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in lead if not (t.is_punct or t.is_space)] if lead is not None else []
    return len(words) <= MAX_LINKING_WORDS and all(t.pos_ in LINKING_POS for t in words)


def text_is_quote_start(text: str, at: int) -> bool:
    return text[at] in OPENING_QUOTES + STRAIGHT_QUOTE + "‘'"


def preceding_quote(attribution_start: int, quotes: list[tuple[int, int]], text: str) -> Optional[tuple[int, int]]:
    """ "X," she said. "Y." seen from "Y": the quotation just before the attribution."""
    before = [(a, b) for a, b in quotes if b <= attribution_start]
    if before and not text[before[-1][1]:attribution_start].strip(" ,—–-"):
        return before[-1]
    return None


def led_by_speech_verb(doc: Doc, quote_start: int) -> bool:
    """Whether a verb of speaking leads into the quotation: 'someone shouted, ["Cruz,"]'; its words, not those
    of the attribution after it."""
    opening = doc.char_span(quote_start, quote_start + 1, alignment_mode="expand")
    if opening is None or opening.start == 0:
        return False
    before = next((t for t in reversed(doc[opening.sent.start:opening.start]) if not t.is_punct), None)
    return before is not None and before.pos_ == "VERB" and before.lemma_.lower() in SPEECH_CUES


def claim_kind(text: str, start: int, end: int, inner: list[tuple[int, int]]) -> str:
    """direct: all quoted; partial: a quotation inside reported speech; indirect: none."""
    content = list(text[start:end])
    for a, b in inner:
        for i in range(max(a, start), min(b, end)):
            content[i - start] = " "
    quoted = [q for q in quote_spans(text[start:end])]
    outside = list("".join(content))
    for a, b in quoted:
        for i in range(a, b):
            outside[i] = " "
    if quoted and not any(ch.isalnum() for ch in outside):
        return "direct"
    return "partial" if quoted else "indirect"


def factuality(cue: Token) -> Optional[str]:
    if any(c.dep_ == "neg" for c in cue.children):
        return "negated"
    return FACTUALITY.get(cue.lemma_.lower())


def cue_range(cue: Token) -> tuple[int, int]:
    parts = [cue] + [c for c in cue.children if c.dep_ == "prt"]
    return token_range(parts)


def another_attribution(token: Token) -> bool:
    """A clause that attributes words of its own: "[, while a spokeswoman said ...]",
    "[, telling reporters that ...]"."""
    return token.dep_ in ("advcl", "conj") and token.lemma_.lower() in SPEECH_VERBS \
        and (any(c.dep_ == "nsubj" for c in token.children) or token.tag_ == "VBG")


def aside_start(doc: Doc, token: Token) -> Optional[Token]:
    """The first word of what `token` heads when that is words attributed to someone else (", while a
    spokeswoman said ...", ", adding that ...", ", who said ...") or the writer's aside on a day or a
    time (", which surprised the crews" after "on Monday"), set off by a comma; else None. A clause
    about the last noun (", which expires at the end of the year") and an apposition (", a Republican")
    stay in: PolNeAR's annotators mostly keep them."""
    first = token.left_edge
    if another_attribution(token):
        if first.i > 0 and doc[first.i - 1].lower_ in ("and", "but"):
            first = doc[first.i - 1]
        elif first.lower_ not in ("while", "whereas") and first != token:
            return None
    elif not (token.dep_ == "relcl" and first.lower_ in ("which", "who")
              and (attributes_words(token) or token.head.ent_type_ in ("DATE", "TIME")
                   or (first.lower_ == "which" and comments_on_what_was_said(token)))):
        return None
    if first.i > 1 and doc[first.i - 1].text in CLOSING_QUOTES + STRAIGHT_QUOTE:
        return first if doc[first.i - 2].text == "," else None  # '“X,” adding ...'
    return first if first.i > 0 and doc[first.i - 1].text == "," else None


def attributes_words(clause: Token) -> bool:
    """Whether a clause holds a verb of speaking, thinking or taking a stand, whose words are another claim:
    "[who said ...]", "[who detailed a conversation ...]", "[which Ankara considers terrorists]", "[which the
    union has opposed]"; not a plea in court ("[who pleaded guilty to ...]"), nor a thought or a stance in
    a clause of the clause's own nouns ("[who broke a law that Comey considered]")."""
    def nested(t: Token) -> bool:
        return any(a.dep_ in ("relcl", "acl") for a in [t, *t.ancestors] if a != clause and clause.is_ancestor(a))
    return any(((t.lemma_.lower() in SPEECH_CUES and t.pos_ in ("VERB", "NOUN"))
                or (not nested(t) and ((t.lemma_.lower() in THOUGHT_CUES and t.pos_ in ("VERB", "NOUN"))
                                       or (t.lemma_.lower() in STANCE_VERBS and t.pos_ == "VERB"))))
               and not pleaded_in_court(t) for t in clause.subtree)


def pleaded_in_court(verb: Token) -> bool:
    """A plea of guilty or not: "pleaded guilty to two counts", "pleaded not guilty"."""
    return verb.lemma_.lower() == "plead" and any(c.lower_ in ("guilty", "innocent") for c in verb.children)


def comments_on_what_was_said(clause: Token) -> bool:
    """Whether a "which" clause is the writer's word on the whole statement before it: what it set off
    ("[which sent its shares down]", "[which prompted protests]") or what it was ("[which was a reversal of
    his position]")."""
    if clause.lemma_.lower() in REACTION_VERBS:
        return True
    return clause.lemma_.lower() == "be" and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in clause.children)


def without_trailing_aside(doc: Doc, start: int, end: int, quotes: list[tuple[int, int]]) -> int:
    """Where a content ends once an aside at its end is left out: "... their pensions[, while a
    spokeswoman said ...]", "... a new book by Joe Conason[, who detailed a conversation ...]"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    text = text_of(doc)
    for token in span if span is not None else []:
        first = aside_start(doc, token)
        if first is None:
            continue
        last = token.right_edge
        aside_end = widen_to_quotes(first.idx, last.idx + len(last), quotes)[1]
        mark = doc[first.i - 1]
        if not any(ch.isalnum() for ch in text[aside_end:end]) and mark.idx > start and \
                not (in_quotation(quotes, first.idx) or in_quotation(quotes, token.idx)):
            return mark.idx + len(mark) if mark.text in QUOTE_ENDS else mark.idx
    return end


def after_leading_marker(doc: Doc, start: int, end: int) -> int:
    """Where a content starts without the "for" that ties it to the cue: "called [for] her to quit"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return start
    first = span[0]
    if first.lower_ == "for" and first.dep_ == "mark":
        return span[1].idx
    return start


def make_claim(doc: Doc, start: int, end: int, cue: Optional[tuple[int, int]], source: Optional[tuple[int, int]],
               cue_lemma: Optional[str], fact: Optional[str],
               probability: Optional[float] = None) -> Optional[ClaimCandidate]:
    text = text_of(doc)
    start, end = trim(text, start, end)
    if end - start < 2 or not any(ch.isalnum() for ch in text[start:end]):
        return None
    if source and not any(ch.isalnum() for ch in text[source[0]:source[1]]):
        source = None  # punctuation the parser took for a subject ("´said"): no source, not an empty one
    inner = [r for r in (cue, source) if r and start <= r[0] and r[1] <= end]
    return ClaimCandidate(
        start=start, end=end, content=text[start:end], kind=claim_kind(text, start, end, inner),
        source_start=source[0] if source else None, source_end=source[1] if source else None,
        cue_start=cue[0] if cue else None, cue_end=cue[1] if cue else None,
        cue_lemma=cue_lemma, factuality=fact, content_probability=probability)


def load_cue_rules(path: Path = CUE_RULES_FILE) -> dict[tuple[str, str, str], float]:
    """(lemma, part of speech, dependency) -> how often that dependent is the content."""
    rules = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lemma, pos, dep, precision, _ = line.split("\t")
            rules[(lemma, pos, dep)] = float(precision)
    return rules


def with_kindred_cues(rules: dict[tuple[str, str, str], float]) -> dict[tuple[str, str, str], float]:
    """The rules, and for each verb of KINDRED_CUES they lack, the rules of the verb of its kind."""
    kindred = {(lemma, pos, dep): precision for model, lemmas in KINDRED_CUES.items() for lemma in lemmas
               if not any(key[0] == lemma for key in rules)
               for (cue, pos, dep), precision in rules.items() if cue == model}
    return {**rules, **kindred}


def cue_words(rules: dict[tuple[str, str, str], float]) -> frozenset[str]:
    """The lemmas that may be cues: those of the rules, and the verbs of saying."""
    return frozenset(lemma for lemma, _, _ in rules) | SPEECH_VERBS


CUE_RULES = with_kindred_cues(load_cue_rules())
CUE_WORDS = cue_words(CUE_RULES)


def ends_hyphenated_word(token: Token) -> bool:
    """The last part of a word written with a hyphen, which says nothing: "the so-[called] Islamic State",
    "a self-[described] socialist"."""
    return token.i >= 2 and token.nbor(-1).tag_ == "HYPH" and not token.nbor(-1).whitespace_ \
        and not token.nbor(-2).whitespace_


def that_clauses(noun: Token) -> list[Token]:
    """The heads of the "that" clauses the parse hangs from a noun."""
    return [c for c in noun.children if c.dep_ == "acl" and c.left_edge.dep_ == "mark" and c.left_edge.lower_ == "that"]


def is_audience(token: Token) -> bool:
    """Whom words are addressed to ("shouted to [the crowd]", "said to [him]"), which is never what was said."""
    return token.lower_ in OBJECT_PRONOUNS or token.ent_type_ == "PERSON" or token.lemma_.lower() in AUDIENCE_NOUNS


def content_candidates(token: Token) -> Iterator[Candidate]:
    """Each place the cue's content may sit.

    tools/learn_cue_rules.py and tools/train_content_scorer.py learn over these same candidates.
    """
    for child in token.children:
        if child.i < token.i and child.dep_ not in FRONTED_CONTENT_DEPS:
            continue  # "[During an address], Raisi criticized ...": scene-setting, not content
        if child.dep_ == "prep":  # "vouched for [Trump]": the object, not the preposition
            if absolute_with(child):
                continue  # "denied it happened, [with Lewandowski calling ...]": what went with it, not what was said
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp") and not (child.lower_ == "to" and is_audience(obj)):
                    yield Candidate("prep", obj, *subtree_range(obj))
                    # "says in a statement [that X]", misparsed as the noun's clause
                    yield from (Candidate("prep_acl", clause, *subtree_range(clause)) for clause in that_clauses(obj))
        elif child.dep_ in CONTENT_DEPENDENTS:
            yield Candidate(child.dep_, child, *subtree_range(child))
    if token.dep_ in HEAD_CONTENT_DEPS and token.head.i != token.i:
        yield Candidate("^" + token.dep_, token.head, *subtree_range(token.head, exclude=token))


def absolute_with(preposition: Token) -> bool:
    """ "…, with X doing Y" after a comma: a clause of its own, parsed as a subject and its verb under "with"
    or as a noun with a participle ("with engineers saying …")."""
    if preposition.lower_ != "with" or preposition.i == 0 or preposition.nbor(-1).text != ",":
        return False
    return any((g.dep_ == "pcomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in g.children)) or (
        g.dep_ == "pobj" and any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in g.children))
        for g in preposition.children)


def said_of_noun(verb: Token, clause: Token) -> Optional[Token]:
    """The noun a relative clause of saying tells something of, which begins the content: "[a Yale
    Daily News article] that Carson said was written about the incident"."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i:
        return None
    # the relative pronoun is the clause's subject, or the parse hangs it from the verb
    relative = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                     and c.lower_ in ("that", "which", "who")), None) or next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.lower_ in ("that", "which")), None)
    return verb.head if relative is not None else None


def restates_object(verb: Token, candidate: Candidate) -> bool:
    """A second object set off by a dash, which sums up the first: "praised [Pence for cutting taxes] -
    moves that he said improved the economy"."""
    first = candidate.root.left_edge
    return candidate.dep == "dobj" and first.i > 0 and first.nbor(-1).text in DASHES and any(
        c.dep_ == "dobj" and c.i < first.i for c in verb.children)


def participle_asides(verb: Token) -> list[Token]:
    """The participle clauses after a verb that tell how it was done and say nothing themselves: 'Beck
    joked, [again using an accent], "…"'; not 'responded, [saying Trump had told supporters, "…"]'."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and c.i > verb.i
            and not any(t.lemma_.lower() in SPEECH_CUES and t.pos_ == "VERB" for t in c.subtree)]


def quoted_content(verb: Token, quotes: list[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """A speech verb with no complement takes the quotation of its sentence, or what follows its colon,
    unless another verb stands between them and the quotation is that verb's."""
    sent = verb.sent

    aside = {t.i for c in participle_asides(verb) for t in c.subtree}

    def reachable(a: int, b: int) -> bool:
        between = verb.doc.char_span(min(verb.idx + len(verb), a), max(verb.idx, b), alignment_mode="expand")
        return between is None or not any(t.pos_ == "VERB" and t.i != verb.i and not a <= t.idx < b
                                          and t.i not in aside for t in between)

    def named_by_another(a: int, b: int) -> bool:
        # a title another verb takes as its object: 'told MSNBC's ["Morning Joe"] that nobody would question'
        quotation = verb.doc.char_span(a, b, alignment_mode="expand")
        root = quotation.root if quotation is not None else None
        return root is not None and root.dep_ in NAMED_ARGUMENTS and root.head.i != verb.i \
            and root.head.pos_ in ("VERB", "AUX") and root.head.i < root.i

    # a quotation of several sentences ends in the verb's: '"X. Y. Z," Moss said'
    in_sentence = [(a, b) for a, b in quotes if a < sent.end_char and sent.start_char < b
                   and not a <= verb.idx < b and reachable(max(a, sent.start_char), b) and not named_by_another(a, b)]
    # 'Carson shared a class called "Perception", writing "Allow me ..."': what follows a speaker's verb,
    # when something does
    if subject_of(verb) is not None or name_compounded_with(verb) is not None:
        in_sentence = [(a, b) for a, b in in_sentence if a > verb.idx] or in_sentence
    if in_sentence:
        return in_sentence[0][0], in_sentence[-1][1]
    colon = next((t for t in verb.doc[verb.i + 1:sent.end] if t.text == ":"), None)
    if colon is not None and any(not t.is_space for t in verb.doc[colon.i + 1:sent.end]):
        return colon.idx + 1, sent.end_char
    if colon is not None:  # "Cruz called them on it:" and the words in the next paragraph
        return next_paragraph(text_of(verb.doc), colon.idx + 1)
    if all(t.pos_ != "VERB" for t in verb.doc[sent.start:verb.i]):
        # '"Who do they think they are?" Trump said of Apple': the model ends the sentence at the "?"
        return preceding_quote(sent.start_char, quotes, text_of(verb.doc))
    return None


def next_paragraph(text: str, at: int) -> Optional[tuple[int, int]]:
    """The paragraph after the line `at` ends, when nothing but spaces follows `at` on its line."""
    if text[at:paragraph_of(text, at)[1]].strip():
        return None
    return paragraph_after(text, at)


def spoken_of_subject(verb: Token) -> Optional[Token]:
    """The subject a passive or raising cue says something of, which is part of the content:
    "[Mr. Reagan] was criticized [for trading ...]", "[She] appears [ready to ...]"."""
    for child in verb.children:
        raised = child.dep_ == "nsubj" and verb.lemma_.lower() in RAISING_VERBS
        if child.right_edge.i < verb.i and (child.dep_ == "nsubjpass" or raised):
            return child
    return None


def around_attribution(verb: Token, start: int, end: int) -> tuple[int, int]:
    """ "He is leaning toward Kasich, he said, because ..." — a content on both sides of its
    attribution, with only the cue, its subject and punctuation between the two halves."""
    before = [c for c in verb.children if c.i < verb.i and c.dep_ in FRONTED_CONTENT_DEPS]
    after = [c for c in verb.children if c.i > verb.i and c.dep_ in RESUMED_CONTENT_DEPS
             and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]  # a clause, not "…, noting"
    if not before or not after:
        return start, end
    first, second = subtree_range(before[-1]), subtree_range(after[0])
    if start != first[0]:
        return start, end
    attribution = {verb.i} | {t.i for c in verb.children if c.dep_ in ATTRIBUTION_DEPS for t in c.subtree}
    between = verb.doc.char_span(first[1], second[0], alignment_mode="expand")
    if between is None or any(t.text in ".:;!?" or (not t.is_punct and t.i not in attribution) for t in between):
        return start, end
    return first[0], second[1]


def argument_after_object(obj: Token) -> Optional[Token]:
    """The cue's prepositional phrase right after its object when it completes what is said of
    the object ("praised [the donor for his work]"), not where or when it was said, or a clause
    with "as" there ("described [the country as beset by crime]")."""
    doc, verb = obj.doc, obj.head
    after = obj.right_edge.i + 1
    if after < len(doc) and doc[after].head.i == verb.i and doc[after].dep_ == "prep" \
            and doc[after].lower_ in ARGUMENT_PREPOSITIONS:
        return doc[after]
    if after < len(doc) and doc[after].head.head.i == verb.i and is_as_clause(doc[after].head, doc[after].head.dep_) \
            and doc[after].head.left_edge.i == after:
        return doc[after].head
    return None


def is_as_clause(clause: Token, dep: str) -> bool:
    """A clause of the cue led by "as", with no subject, that says what its object is taken for: "described
    the country [as beset by crime]"; not "as he accepted the nomination", which says when, "as expected"
    or "as first reported by Reuters", nor "[as classified] and redacted details of ..."."""
    return dep == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children) \
        and not has_subject(clause) and not any(c.dep_ == "conj" for c in clause.children) \
        and clause.lemma_.lower() not in AS_ASIDES


def coordinated_object(verb: Token, content_end: int) -> Optional[Token]:
    """The last object the parse coordinated with the cue rather than with its object: a noun, or a
    gerund after a verb that is none, with no subject ("proposed [refinancing loans and forcing
    universities to ...]"); a verb cannot be coordinated with either."""
    text = text_of(verb.doc)
    last = None
    for c in sorted((c for c in verb.children if c.dep_ == "conj" and c.idx >= content_end), key=lambda c: c.i):
        if not (c.pos_ in ("NOUN", "PROPN") or (c.tag_ == "VBG" and verb.tag_ != "VBG")) \
                or any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) \
                or not COORDINATION_GAP.fullmatch(text[content_end:c.left_edge.idx]):
            break
        last, content_end = c, subtree_range(c)[1]
    return last


def clause_end(verb: Token, root: Token, content_end: int) -> int:
    """Where a complement clause ends: over its rest, when the parse split it in two ("noting that [most
    of the money raised] [would go to the RNC]" read as two complements of "noting", the second right
    after the first, a verb with no subject), and over a second complement coordinated with it ("claims
    [he was punished], and [that his firing was improper]", read as a verb coordinated with the cue), a
    clause that goes on in the tense of the words reported (still_reported), or the reason they give
    (reason_given)."""
    text = text_of(verb.doc)
    later = sorted((c for c in verb.children if c.dep_ in ("ccomp", "conj", "advcl") and c.i > root.i),
                   key=lambda c: c.i)
    for c in later:
        start, end = subtree_range(c)
        if c.dep_ == "advcl":
            if not (reason_given(c) and not text[content_end:start].strip(" ,")):
                break
        elif c.dep_ == "conj":
            gap = text[content_end:start]
            if not COORDINATION_GAP.fullmatch(gap) or not (
                    c.left_edge.lower_ == "that" or still_reported(verb, c, gap)):
                break
        elif text[content_end:start].strip() or c.pos_ not in ("VERB", "AUX") or c.tag_ == "VBG" \
                or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
            break  # another clause, not the rest of this one
        content_end = end
    return content_end


def reason_given(clause: Token) -> bool:
    """A "because" clause that the parse hung from the cue rather than from the clause before it: the reason
    is part of the words reported ("said [it did not include those meetings in its tally because ...]")."""
    return any(c.dep_ == "mark" and c.lower_ == "because" for c in clause.children)


def still_reported(verb: Token, clause: Token, gap: str) -> bool:
    """A clause joined by "and" or "but" to a past-tense cue's complement, with a subject of its own, in the
    present or with a modal, and reporting nothing itself: more of the words reported ("He said [the time
    for being politically correct is over, and the nation has to act]", "concluded [that idealism is nice,
    but sometimes realism takes over]"), since the narration around a past "said" goes on in the past
    ("..., and the crowd cheered")."""
    return verb.tag_ == "VBD" and re.search(r"\b(and|but)\b", gap) is not None \
        and any(c.dep_ == "nsubj" for c in clause.children) \
        and (clause.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)) \
        and not any(c.dep_ == "ccomp" for c in clause.children)


def addressed(verb: Token) -> bool:
    """A verb whose object is whom the words are for, not part of them: "told [reporters] to wait"."""
    return verb.lemma_.lower() == "tell"


def noun_cue_owner(cue: Token) -> Optional[Token]:
    """Whose a noun cue is: "[Mr. Obama's] original pledge to ...", "an admission from [Warren] that ...",
    "criticism by [Republicans] of ...", or after "with" or "in" the subject of the verb the phrase is
    said of: "[Trump] stirred controversy with an assertion that ..."."""
    if cue.pos_ != "NOUN":
        return None
    for child in cue.children:
        if child.dep_ == "poss":
            return child
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    preposition = cue.head
    if cue.dep_ == "pobj" and preposition.lower_ in ("with", "in") \
            and preposition.head.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in preposition.head.children):
        # "stirred controversy [with] an assertion that ...": the assertion of whoever stirred it
        return subject_of(preposition.head)
    return misread_name_subject(cue)


def misread_name_subject(cue: Token) -> Optional[Token]:
    """The subject of a cue verb the model read as a plural noun, when the name before it is also an
    English word: "[Trump] predicts that ..." parsed as the compound "Trump predicts", or "[Trump]
    claims that ..." as the verb "trump" with the object "claims", "[Trump] calls on Obama to resign"."""
    if cue.tag_ != "NNS" or not any(c.dep_ in ("ccomp", "acl", "advcl") for c in cue.children) or \
            any(c.dep_ in ("det", "poss", "nsubj", "amod") for c in cue.children):
        return None
    sentence_start = cue.sent.start
    if cue.dep_ == "ROOT":
        names = [c for c in cue.children if c.dep_ == "compound" and c.text[:1].isupper() and c.i < cue.i]
        return names[-1] if names and names[0].i == sentence_start else None
    head = cue.head
    if cue.dep_ == "dobj" and head.dep_ == "ROOT" and head.i == sentence_start == cue.i - 1 and head.text[:1].isupper():
        return head
    return None


def reported_within(clause: Token) -> Optional[Token]:
    """The words another source is said to report, when the parse makes that report the content: in "the
    ministry said its forces had repelled attacks, Interfax reported", "said" governs "reported", whose
    clause before the comma is what the ministry said."""
    if clause.lemma_.lower() not in SPEECH_VERBS or not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    doc = clause.doc
    return next((c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i
                 and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ","), None)


def put_to_the_subject(verb: Token) -> bool:
    """A past participle opening a clause before its verb, with no subject or auxiliary of its own:
    words put to the main clause's subject, not said by it ("[Asked] about the plan, Clinton said",
    "[Pressed] on the cost, ..."). Only an agent ("Asked by reporters") says who put them."""
    # the model may tag it a past tense ("VBD"), though with no subject it cannot be one. Set off after the
    # name it is put to, it is the name's modifier ("Pruett, [asked] about the statement, said ..."), or,
    # misparsed, a verb with that name for subject
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children):
        return False
    if verb.dep_ == "acl":
        return set_off_before(verb.head, verb)
    return verb.dep_ == "advcl" and verb.i < verb.head.i and not any(
        c.dep_ == "nsubj" and not set_off_before(c, verb) for c in verb.children)


def set_off_before(name: Token, verb: Token) -> bool:
    """Whether a comma stands between a name and the verb right after it: "Pruett, asked about ..."."""
    last = name if verb in name.subtree else name.right_edge
    return last.i + 2 == verb.i and verb.doc[verb.i - 1].text == ","


def clause_before_quoted_subject(participle: Token) -> Optional[Token]:
    """ "X trashed Comey on MSNBC's “Morning Joe,” [calling] it ...", parsed with the show's title as the
    participle's subject: the verb of the clause before the title, whose subject is whoever calls."""
    title = next((c for c in participle.children if c.dep_ == "nsubj"), None)
    if title is None or title.left_edge.i == 0 or title.left_edge.text not in OPENING_QUOTES + STRAIGHT_QUOTE \
            or title.right_edge.text not in QUOTE_ENDS:
        return None
    clause = participle.doc[title.left_edge.i - 1]
    while clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    return clause if clause.pos_ in ("VERB", "AUX") and clause.i < title.i else None


def participle_speaker(verb: Token) -> Optional[Token]:
    """ "X said [the offer was fair], adding that ...": the parse hangs "adding" from the
    reported clause, but whoever adds is whoever said it; so too, whatever the parse, right after the
    attribution of a quotation ('"…," X said, adding (going on to say) that ...') and opening the sentence
    before a name or pronoun and a speech verb ('Stressing the urgency, X said, "…"')."""
    participle = verb.head if verb.dep_ == "xcomp" and verb.head.i < verb.i else verb
    if participle.tag_ != "VBG":
        return None
    before_title = clause_before_quoted_subject(participle)
    if before_title is not None:
        return before_title
    clause = participle.head
    if participle.dep_ == "advcl" and clause.dep_ == "ccomp" \
            and clause.head.lemma_.lower() in SPEECH_VERBS and clause.head.i < participle.i:
        return clause.head
    doc = participle.doc
    after_comma = participle.i >= 2 and doc[participle.i - 1].text == ","
    if participle.dep_ == "acl" and after_comma and participle.lemma_.lower() in SPEECH_VERBS:
        # "Trump made an attempt to deflect the criticism, [writing] that ...": hung from the noun before
        # the comma, but whoever writes is the subject of the clause that noun is in
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.pos_ in ("VERB", "AUX") and clause.i < participle.i:
            return clause
    said = doc[participle.i - 2] if after_comma else None
    if said is not None and said.lemma_.lower() in SPEECH_VERBS and said.i >= 2 and doc[said.i - 1].is_alpha \
            and doc[said.i - 2].text in QUOTE_ENDS:
        return said
    if after_comma:  # '"…," said Skelly, [explaining] ...': the verb before the name before the comma
        name_start = participle.i - 1
        while name_start > 1 and (doc[name_start - 1].pos_ == "PROPN" or misread_name(doc[name_start - 1])):
            name_start -= 1
        said = doc[name_start - 1]
        if name_start < participle.i - 1 and said.lemma_.lower() in SPEECH_VERBS and doc[said.i - 1].text in QUOTE_ENDS:
            return said
    if participle.i == participle.sent.start:  # "Emphasizing the urgency, Trump said, ..."
        sentence = doc[participle.i:participle.sent.end]
        comma = next((t.i for t in sentence if t.text == ","), None)
        if comma is not None:
            name = list(takewhile(lambda t: t.pos_ == "PROPN", doc[comma + 1:sentence.end]))
            at = comma + 1 + (len(name) if name else 1)
            if (name or doc[comma + 1].pos_ == "PRON") and at < sentence.end \
                    and doc[at].pos_ == "VERB" and doc[at].lemma_.lower() in SPEECH_VERBS:
                return doc[at]
    return None


def quote_attributing_verbs(doc: Doc, quotes: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """The verbs that attribute a quotation, whatever the verb, by index, each with its quotation:
    right after a quotation opening its sentence ('"The way I see it," she elaborated', '"Imagine
    that," mused Stu Burguiere'), or right before one that ends its sentence, after a comma, for a
    verb that is no cue ('Clinton cracked, "I am a progressive."'), or a colon that ends the paragraph
    before ('Cruz continued:')."""
    text = text_of(doc)
    verbs = {}
    for a, b in quotes:
        verb = verb_before_quote(doc, a, b)
        # a cue's content in its own sentence is found from the cue itself
        if verb is not None and (verb.lemma_.lower() not in CUE_WORDS or "\n" in text[verb.idx:a]):
            verbs.setdefault(verb.i, (a, b))
        before = text[:a].rstrip(" \t")
        opens_sentence = not before or before[-1] in "\n.!?" + QUOTE_ENDS
        closing = doc.char_span(b - 1, b, alignment_mode="expand")
        if not opens_sentence or text[b - 2:b - 1] not in ",?!" or closing is None:
            continue
        first = closing.end  # the word after the closing mark
        verb = next((t for t in doc[first:first + MAX_WORDS_TO_ATTRIBUTING_VERB] if t.pos_ == "VERB"), None)
        subject = subject_of(verb) or inverted_subject(verb, b) if verb is not None else None
        if subject is not None and {t.i for t in doc[first:verb.i]} <= {t.i for t in subject.subtree}:
            verbs[verb.i] = (a, b)
    return verbs


def verb_before_quote(doc: Doc, start: int, end: int) -> Optional[Token]:
    """The verb a quotation's words are, when its sentence, or a dash's aside, is someone's verb, a comma
    and the quotation to the end ("Clinton [cracked], "…"", "he [deadpanned], "…""), or when the
    paragraph before it is someone's verb and a colon ("Cruz [continued]:"). The verb has a speaker
    for its subject and nothing of its own between it and the comma or colon."""
    text = text_of(doc)
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    ends = after[:1] in ("", "\n") or text[end - 2:end - 1] in ".?!" or after[:2] in ("- ", "– ", "— ")
    paragraph_before = text[:start].rstrip()
    after_comma = before.endswith(",")
    after_colon_paragraph = paragraph_before.endswith(":") and "\n" in text[len(paragraph_before):start]
    if not ends or not (after_comma or after_colon_paragraph):
        return None
    mark_end = len(before) if after_comma else len(paragraph_before)
    mark = doc.char_span(mark_end - 1, mark_end, alignment_mode="expand")
    if mark is None or mark.start == 0:
        return None
    verb = doc[mark.start - 1]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subject = subject_of(verb)
    return verb if subject is not None and subject.i < verb.i and is_agent(subject) else None


def scene_before_attribution(verb: Token, head: Token) -> bool:
    """ "[In an interview,] Walker said, “X”", "[When he first described the wall,] he said, “X”": all
    that comes before the attribution of the clause it hangs from is where or when it was said; never
    words in quotation marks ("“If it rises,” she said, “we move”"), nor a clause with a subject of its
    own before words that are not a quotation ("[If the vote fails,] he said, [Congress can still act]")."""
    if head.i < verb.i:
        return False
    if any(t.is_quote for t in head.subtree if t.i < verb.left_edge.i):
        return False
    before = [t for t in head.subtree if t.i < verb.left_edge.i and not (t.is_punct or t.is_space)]
    doc, attribution = head.doc, {t.i for t in verb.subtree}
    resumed = next((t.i for t in doc[verb.i + 1:] if t.i not in attribution), len(doc))
    quoted_after = any(t.is_quote for t in doc[verb.i + 1:resumed + 1])
    scene = {t.i for c in head.children if c.dep_ in SCENE_DEPS and c.i < verb.i
             and not gerund_subject(c, head) and (quoted_after or not words_before_aside(c)) for t in c.subtree}
    return bool(before) and all(t.i in scene for t in before)


def clause_before_aside(verb: Token, content_start: int, content_root: Token) -> Optional[Token]:
    """A clause that opens the sentence when the attribution after it stands apart between commas, its
    words going on after: one with a subject of its own ("[If the vote fails], Marsh said, the port will
    close"), or a gerund that is the subject the words after lack ("[Putting the show together], Butz
    said, allowed him to ..."); not "When the meeting ended, Marsh said the port would close", when she
    said it."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    first = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i), None)
    if subject is None or first is None or first.left_edge.i != verb.sent.start:
        return None
    if not (words_before_aside(first) or gerund_subject(first, content_root)):
        return None
    doc = verb.doc
    resumed = next((t.i for t in doc[verb.i:] if t.idx >= content_start), len(doc))
    before, after = doc[first.right_edge.i + 1:subject.left_edge.i], doc[verb.i + 1:resumed]
    if [t.text for t in before] != [","] or [t.text for t in after] != [","]:
        return None
    return first


def words_before_aside(clause: Token) -> bool:
    """Whether an adverbial clause before an attribution in the middle of a sentence is part of the words:
    one with a subject of its own ("If the vote fails", "When the police arrived"), unless it says when
    the words were said: what went on as they were, with their speaker in it ("As she left the
    courthouse"), or a question put ("When reporters asked about the deficit")."""
    if clause.dep_ != "advcl" or not has_subject(clause):
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
    if marks & WHILE_MARKS and any(t.lower_ in SPEAKER_WORDS for t in clause.subtree):
        return False  # "As she left the courthouse", "As the crowd chanted his name"
    return not (marks & TIME_MARKS and any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_CUES
                                           for t in clause.subtree))  # "When reporters asked about it"


def gerund_subject(clause: Token, head: Token) -> bool:
    """Whether a gerund clause that opens its sentence is the subject the verb of the words lacks:
    "[Putting the show together], Butz said, allowed him to ..."; not "Speaking to reporters, Marsh said,
    the port would close"."""
    return clause.tag_ == "VBG" and clause.left_edge.i == clause.i == clause.sent.start \
        and head.pos_ in ("VERB", "AUX") and not has_subject(head)


def has_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def unscored_content(verb: Token, quotes: list[tuple[int, int]],
                     attributed: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """A cue's content when none of its dependents holds it: the quotation it attributes
    ('"X," she elaborated'), its sentence's quotation or what follows its colon, or a one-word answer."""
    if attributed is not None:
        return attributed
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    if not in_quotation(quotes, verb.idx) and (found := quoted_content(verb, quotes)):
        return found
    if answer := next((c for c in verb.children if c.lower_ in ANSWERS), None):
        return answer.idx, answer.idx + len(answer)  # "75 percent said yes"
    return None


def with_subject_before(doc: Doc, start: int) -> int:
    """Where the words start of which a quotation starting at `start` is part: at the subject its first verb
    has before it, 'The people of Scranton “deserve someone who's with them. That's Hillary Clinton,” said
    Biden'; else at the quotation."""
    opening = doc.char_span(start, start + 1, alignment_mode="expand")
    if opening is None or opening.text not in OPENING_QUOTES + STRAIGHT_QUOTE or opening.end >= len(doc):
        return start
    first = doc[opening.end]
    verb = first.head if first.dep_ in ("aux", "auxpass", "neg", "advmod") else first
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < opening.start), None)
    if verb.pos_ not in ("VERB", "AUX") or subject is None or subject.left_edge.sent != opening.sent:
        return start
    between = doc[subject.left_edge.i:opening.start]
    if any(not (t.is_punct or t.is_space or subject.is_ancestor(t) or t == subject) for t in between):
        return start
    return subject.left_edge.idx


def object_before(verb: Token, start: int) -> Optional[Token]:
    """The verb's object before a complement starting at `start`: "called [him] a liar", and the one called
    on: "called on [Obama] to resign"."""
    for c in verb.children:
        if verb.i < c.i and c.idx < start:
            if c.dep_ == "dobj":
                return c
            if c.dep_ == "prep" and c.text.lower() == "on" and verb.lemma_.lower() == "call":
                # the one called on, not a day: "called on Tuesday for ..."
                return next((g for g in c.children if g.dep_ == "pobj" and can_act(g)), None)
    return None


def quoted_as(verb: Token) -> Optional[Token]:
    """Whom a report quotes as saying something: "Anadolu quoted [Erdogan] as saying that ...", "cited
    [an aide] as telling reporters ..."; None when the verb is no such "saying"."""
    if not (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.dep_ == "prep"
            and verb.lemma_.lower() in SPEECH_VERBS and verb.head.head.lemma_.lower() in ("quote", "cite")):
        return None
    return next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)


def quotes_as_saying(verb: Token) -> bool:
    """ "quoted [Erdogan as saying ...]": the words are Erdogan's, the claim of "saying", not of "quoted"."""
    return any(quoted_as(grandchild) is not None for child in verb.children for grandchild in child.children)


def terms_of_speaking(verb: Token) -> bool:
    """The terms on which someone speaks, not what they said: "spoke [on condition of anonymity]",
    "speaking on the condition that they not be named", "was not [authorized] to discuss the matter" (PolNeAR
    train marks 2 of 17 and 1 of 9 such as attributions), "[asked] not to be named", "calls [seeking] comment"."""
    on_condition = any(c.dep_ == "prep" and c.lower_ == "on"
                       and any(g.lemma_.lower() == "condition" for g in c.children) for c in verb.children)
    # not "asked to be named chair"
    unnamed = any(c.dep_ == "xcomp" and c.lemma_.lower() in NAMING_VERBS
                  and any(g.dep_ == "auxpass" for g in c.children)
                  and not any(g.dep_ in ("oprd", "attr") for g in c.children) for c in verb.children)
    asking = verb.lemma_.lower() in ("seek", "request") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "comment" for c in verb.children)  # "calls [seeking] comment"
    return on_condition or unnamed or asking or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PERMISSION_WORDS)


def verb_claim(verb: Token, quotes: list[tuple[int, int]], attributed: Optional[tuple[int, int]] = None,
               min_probability: float = MIN_CONTENT_PROBABILITY) -> Optional[ClaimCandidate]:
    """The claim `verb` is the cue of, if any. `attributed`: the quotation the verb follows as
    in '"X," she elaborated'. A dependent the content scorer gives MIN_CONTENT_PROBABILITY is
    the content, else the unscored_content, else, with a lower `min_probability`, the best
    dependent that reaches it: a doubtful claim, its probability kept for the tagger to confirm."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    # '"…!" [the nominee, Donald Trump,] tweeted': a verb after a quotation misread as a participle of its speaker
    after_quote = verb.dep_ == "acl" and verb.head.left_edge.i > 0 and doc[verb.head.left_edge.i - 1].text in QUOTE_ENDS
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in ("agent", "nsubj") for c in verb.children) \
            and sum(c.dep_ in ("dobj", "oprd", "attr") for c in verb.children) <= 1 and not after_quote:
        # a name given, not words said: "a class called [“Perception”]", unlike "called 'rash' by critics" or,
        # misread as this, "one lawmaker called [Trump] [“the orange prince”]"
        return None
    if terms_of_speaking(verb) or quotes_as_saying(verb):
        return None
    in_quote = in_quotation(quotes, verb.idx, opening_mark=False)
    # "Keague, [writing] for the majority, said ...": the manner of the saying, not a cue of what was said
    subject_set_off = aside_subject(verb.head)
    aside = subject_set_off is not None and subject_set_off.head == verb
    scored = [(content_probability(verb, c, in_quote), c.start, c.end, c.dep, c.root) for c in content_candidates(verb)
              if not restates_object(verb, c) and not (aside and c.dep == "^advcl")]
    # '"X," Adelson said during the interview in Macau, the gambling hub': the quotation before
    # the verb is what it attributes, whatever the parse hangs after the verb
    quote_before = attributed is not None and attributed[1] <= verb.idx
    confident = [] if quote_before else [s for s in scored if s[0] >= MIN_CONTENT_PROBABILITY]
    asides = {c.i for c in participle_asides(verb)}
    if confident and all(root.i in asides for *_, root in confident) \
            and (quoted := unscored_content(verb, quotes, attributed)) is not None and quoted[0] > verb.idx:
        confident = []  # 'joked, [again using an accent], "Amen, brother!"': the quotation is what was said
    unscored = None if confident else unscored_content(verb, quotes, attributed)
    if unscored is not None and attributed is None:
        # the sentence's quotation inside the verb's complement clause: the clause is what was said
        # ('Salceda said [the "ugliness of utterances" by Trump stood in contrast to ...]')
        unscored = next(((a, b) for _, a, b, dep, _ in scored
                         if dep == "ccomp" and verb.idx < a <= unscored[0] and unscored[1] <= b), unscored)
    if quote_before:
        scored = []
    elif not confident and unscored is None:
        scored = [s for s in scored if s[0] >= min_probability]
    else:
        scored = confident
    around = False  # the content surrounds its attribution: "X, she said, Y"
    spoken_of = None
    probability = None
    if scored:
        # ties: a complement after the verb, then the nearest ("Cruz said he's certain ...")
        probability, start, end, dep, root = max(scored, key=lambda s: (s[0], s[1] > verb.idx, -abs(s[1] - verb.idx)))
        if lemma in ASPECT_VERBS and dep == "xcomp" and root.lemma_.lower() not in SPEECH_CUES:
            return None  # "some continue [to struggle]"; but "continued [to refute the story]" is words
        around = dep.startswith("^")
        after_attribution = verb.right_edge.idx + len(verb.right_edge)
        if around and after_attribution < end and scene_before_attribution(verb, root):
            start, around = after_attribution, False
        if dep == "oprd":  # "called [Cruz] [a failed candidate]" parsed as two predicates
            predicates = [subtree_range(c) for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
            start, end = min(a for a, _ in predicates), max(b for _, b in predicates)
        if not around and (start, end) != (found := around_attribution(verb, start, end)):
            (start, end), around = found, True
        if dep == "dobj" and (argument := argument_after_object(root)) is not None:
            end = subtree_range(argument)[1]  # "described [the field as 'very good']"
        if dep in ("dobj", "prep") and (last := coordinated_object(verb, end)) is not None:
            end = subtree_range(last)[1]  # "focused on [fairness, and a need to raise the wage]"
        if dep == "ccomp" and (inner := reported_within(root)) is not None:
            start, end = subtree_range(inner)  # "said [its forces had repelled attacks], Interfax reported"
            root = inner
        if dep == "ccomp" and root.i > verb.i and (noun := said_of_noun(verb, root)) is not None:
            start, around = subtree_range(noun)[0], True
        elif dep == "ccomp" and root.i > verb.i:
            end = clause_end(verb, root, end)
        if dep in ("ccomp", "^parataxis") and start > verb.idx \
                and (clause := clause_before_aside(verb, start, root)) is not None:
            start, around = subtree_range(clause)[0], True  # "[If the vote fails], Marsh said, [the port will close]"
        if (dep in WIDENED_COMPLEMENT_DEPS or is_as_clause(root, dep)) and start > verb.idx:
            spoken_of = spoken_of_subject(verb)
            if spoken_of is not None:  # "[That] was expected [to take years]"
                complement_start = start
                start, around = subtree_range(spoken_of)[0], True
            elif (obj := object_before(verb, start)) is not None and not addressed(verb):
                start = subtree_range(obj)[0]  # "called [him] a liar", "accused [her] of lying"
    elif unscored is not None:
        start, end = unscored
    else:
        return None
    if start <= verb.idx < end and not around:
        return None  # the cue inside its own content: a misparse
    start, end = widen_to_quotes(start, end, [(a, b) for a, b in quotes if not a <= verb.idx < b])
    if (widened := with_subject_before(doc, start)) > verb.idx or verb.idx > end:
        start = widened
    end = before_speaker(doc, start, end, verb, quotes)
    cue = cue_range(verb)
    if spoken_of is not None:  # the cue is all between subject and complement: "has been criticized"
        cue = trim(text_of(doc), subtree_range(spoken_of)[1], complement_start)
    speaking = participle_speaker(verb)
    if put_to_the_subject(verb):  # "[Asked] about the plan, Clinton said": whoever asked, not Clinton
        subject = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    else:
        subject = quoted_as(verb) or name_after_quotation(verb, end) or name_compounded_with(verb) \
            or subject_of(speaking or verb) \
            or (speaking is not None and inverted_subject(speaking, speaking.idx)) \
            or inverted_subject(verb, end) or noun_cue_owner(verb) \
            or (verb.head if after_quote else None)
    source = source_range(subject, verb) if subject is not None and subject != spoken_of else None
    text = text_of(doc)
    if source and source[0] < end <= subject.idx:
        # '"X," Butz, 49, told …' parsed with the quotation hanging from the name: the name's words after it
        source = without_leading_marks(text, end, source[1])
    if end <= cue[0] and text[end - 1] in QUOTE_ENDS and (more := following_quote(cue[1], quotes, doc)):
        if not (source and source[0] >= cue[1]):
            # the words between the halves are the attribution: "said [on Facebook]"
            cue = (cue[0], cue[1] + len(text[cue[1]:more[0]].rstrip(" ,.;:—–-")))
        end = max(end, more[1])
    attribution_start = min(cue[0], source[0]) if source else cue[0]
    # '"X," Okafor told them, adding, "Y."': X is not what "adding" borrows Okafor for
    borrowed = subject is not None and subject.head.i != verb.i and subject.i < verb.i
    if start >= cue[1] and text_is_quote_start(text, start) and not borrowed and \
            (earlier := preceding_quote(attribution_start, quotes, text)) \
            and not led_by_speech_verb(doc, earlier[0]):
        start = earlier[0]
    if source and start <= source[0] < end and not (cue[0] < end and start < cue[1]):
        return None  # the subject is inside the content: not an attribution of this shape
    end = without_trailing_aside(doc, start, end, quotes)
    start = after_leading_marker(doc, start, end)
    return make_claim(doc, start, end, cue, source, lemma, factuality(verb), probability)


def copula_claim(noun: Token, quotes: list[tuple[int, int]]) -> Optional[ClaimCandidate]:
    """A noun cue someone owns whose words the copula after it gives: "Podliska's most explosive [claim is]
    that the committee is a witch hunt", "His [argument was] that ..."; the owner is the source."""
    be = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or be.lemma_.lower() != "be":
        return None
    clause = next((c for c in be.children if c.dep_ == "ccomp" and c.i > be.i), None)
    if clause is None:
        return None
    start, end = widen_to_quotes(*subtree_range(clause), quotes)
    first = min([noun] + [t for t in noun.lefts if t.dep_ in ("amod", "advmod", "compound")
                          for t in t.subtree], key=lambda t: t.i)
    cue = (first.idx, be.idx + len(be))
    owner = noun_cue_owner(noun)
    if owner is None:
        return None  # the writer's own: "the key question is whether ...", "the flip side is that ..."
    return make_claim(noun.doc, start, end, cue, source_range(owner), noun.lemma_.lower(), None)


def according_to_claim(according: Token) -> Optional[ClaimCandidate]:
    """ "According to US data, Iran is prepared to ..." """
    to = next((c for c in according.children if c.lower_ == "to"), None)
    source_token = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source_token is None:
        return None
    return phrase_source_claim(according, token_range([according, to]), source_token, "according to")


def survey_claim(preposition: Token) -> Optional[ClaimCandidate]:
    """ "In a CBS News poll, she led Sanders 56 percent to 32 percent." """
    poll = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if preposition.i != preposition.sent.start or poll is None or poll.lemma_.lower() not in SURVEY_NOUNS:
        return None
    return phrase_source_claim(preposition, token_range([preposition]), poll, "in")


def phrase_source_claim(head: Token, cue: tuple[int, int], source_token: Token,
                        cue_lemma: str) -> Optional[ClaimCandidate]:
    """The rest of the sentence is the content of a source named in a phrase at one end of it."""
    sent = head.sent
    phrase_start, phrase_end = subtree_range(head)
    text = text_of(head.doc)
    if text[phrase_start - 2:phrase_start].strip() == "," and text[phrase_end:phrase_end + 1] == "," \
            and any(t.is_alpha for t in head.doc[sent.start:head.i]):
        # set off by commas mid-sentence: the words on both sides are the content
        return make_claim(head.doc, sent.start_char, sent.end_char, cue, source_range(source_token), cue_lemma, None)
    if phrase_start - sent.start_char <= sent.end_char - phrase_end:
        start, end = phrase_end, sent.end_char
    else:
        start, end = sent.start_char, phrase_start
    return make_claim(head.doc, start, end, cue, source_range(source_token), cue_lemma, None)


def through_colon_quotes(doc: Doc, quotes: list[tuple[int, int]], claims: list[ClaimCandidate]) -> list[ClaimCandidate]:
    """The claims with a content that a colon carries on into a quotation, taken in:
    "she said she had the quality the job needs[: “Steadiness.”]"."""
    text = text_of(doc)
    ending = {c.end: n for n, c in enumerate(claims)}
    out = list(claims)
    for a, b in quotes:
        before = text[:a].rstrip(" ")
        if not before.endswith(":") or any(c.start < b and a < c.end for c in claims):
            continue
        n = ending.get(len(before[:-1].rstrip()))
        if n is None or "\n" in text[claims[n].end:a]:
            continue
        c = claims[n]
        cue = (c.cue_start, c.cue_end) if c.cue_start is not None else None
        source = (c.source_start, c.source_end) if c.source_start is not None else None
        longer = make_claim(doc, c.start, b, cue, source, c.cue_lemma, c.factuality, c.content_probability)
        if longer is not None:
            out[n] = replace(longer, referent_start=c.referent_start, referent_end=c.referent_end)
    return out


def colon_claims(doc: Doc, quotes: list[tuple[int, int]], claims: list[ClaimCandidate]) -> list[ClaimCandidate]:
    """ "Marsh gave her answer in a statement: “...”" — a quotation introduced by a colon
    belongs to the subject of the clause before the colon."""
    out = []
    for a, b in quotes:
        if any(c.start < b and a < c.end for c in claims):
            continue
        before = text_of(doc)[:a].rstrip(" ")
        if not before.endswith(":"):
            continue
        colon = doc.char_span(len(before) - 1, len(before))
        if colon is None:
            continue
        clause = doc[colon.start - 1] if colon.start > 0 else colon.root
        while clause.head.i < colon.start and clause.head.i != clause.i:
            clause = clause.head  # up to the top of the clause before the colon
        subject = subject_of(clause)
        if subject is None or subject.i > colon.start:
            continue
        claim = make_claim(doc, a, b, (colon.start_char, colon.end_char), source_range(subject), ":", None)
        if claim:
            out.append(claim)
    return out


# The text an embedded post leaves in an article: its words, then "— Name (@handle) Month day, year".
# The pattern starts at the dash, so that a long line without one costs one pass.
POST_SIGNATURE = re.compile(r"[—–]\s+(?P<name>[^\n<>—–()@]{2,80}?)\s+\(@\w{1,15}\)\s+"
                            r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}")


def with_posts(doc: Doc, claims: list[ClaimCandidate]) -> list[ClaimCandidate]:
    """An embedded post is the words of the one who signs it, from the start of its line or of the
    markup around it: "Iron Mike Tyson was not asked to speak. — Donald J. Trump (@realDonaldTrump)
    June 29, 2016". Claims that reach across its edges (read in the markup around it) go."""
    text = text_of(doc)
    posts, previous = [], 0
    for match in POST_SIGNATURE.finditer(text):
        dash = match.start()
        start = max(text.rfind("\n", 0, dash) + 1, text.rfind(">", 0, dash) + 1, previous)
        previous = match.end()
        claim = make_claim(doc, start, dash, None, match.span("name"), None, None)
        if claim:
            posts.append(claim)
    across = [c for c in claims if any(c.start < p.end and p.start < c.end
                                       and not p.start <= c.start <= c.end <= p.end for p in posts)]
    return [c for c in claims if c not in across] + posts


def is_label(tokens) -> bool:
    return len(tokens) > 0 and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "PART") or t.text in (".", "'s", "’s")
                                   for t in tokens)


def label_source(label: Span) -> Optional[Span]:
    """The name a label before a colon gives: all of it ("Graham:"), or what precedes a preposition
    that says whom or what the words are addressed to or about ("Clinton [to Planned Parenthood]:",
    "CNN President [on Trump]:"); None when the label is no name."""
    if len(label) <= MAX_LABEL_TOKENS and is_label(label):
        # a kicker in a participle's form ("Breaking:", "Developing:") says what the news is, not who speaks
        return None if label[-1].pos_ != "PROPN" and label[-1].lower_.endswith("ing") else label
    at = next((t.i for t in label if t.lower_ in LABEL_PREPOSITIONS), None)
    if at is None or len(label) > MAX_PREPOSITION_LABEL_TOKENS:
        return None
    doc = label.doc
    source, rest = doc[label.start:at], doc[at + 1:label.end]
    named = any(t.pos_ == "PROPN" for t in source)  # "Clinton to ...", not "Rain in Leeds:"
    return source if named and len(source) <= MAX_LABEL_TOKENS and is_label(source) and is_label(
        [t for t in rest if t.pos_ != "DET"]) else None


def reads_the_colon(claim: ClaimCandidate, colon: int, end: int) -> bool:
    """Whether a claim already reads the words after a colon at `colon`, up to `end`, as attributed from
    before it ("Marsh said in a statement: ..."). A claim whose cue is among those words is part of them
    ("Obama: Americans will say no to Trump"), and goes (without_nested)."""
    overlaps = claim.start < end and colon < claim.end
    return overlaps and (claim.start <= colon or (claim.cue_start is not None and claim.cue_start <= colon))


def label_claims(doc: Doc, claims: list[ClaimCandidate]) -> list[ClaimCandidate]:
    """ "Graham: Trump's rhetoric is hateful", "Clinton to Planned Parenthood: Trump will ..." — a
    sentence that opens with a short name and a colon, as headlines do, is that source's claim."""
    out = []
    for sent in doc.sents:
        colon = next((t for t in sent[:MAX_PREPOSITION_LABEL_TOKENS + 1] if t.text == ":"), None)
        if colon is None or colon.i == sent.start or sent.end - colon.i <= MIN_LABEL_CONTENT_TOKENS:
            continue
        source = label_source(doc[sent.start:colon.i])
        if source is None:
            continue
        end = sent.end_char
        if any(reads_the_colon(c, colon.idx, end) for c in claims + out):
            continue
        claim = make_claim(doc, colon.idx + 1, end, (colon.idx, colon.idx + 1),
                           (source.start_char, source.end_char), ":", None)
        if claim:
            out.append(claim)
    return out


def extent(claim: ClaimCandidate) -> tuple[int, int]:
    """Where the whole attribution sits: content, source and cue."""
    starts = [claim.start] + [x for x in (claim.source_start, claim.cue_start) if x is not None]
    ends = [claim.end] + [x for x in (claim.source_end, claim.cue_end) if x is not None]
    return min(starts), max(ends)


def opens_next_sentence(doc: Doc, end: int, quote_start: int) -> bool:
    """Whether the quotation opens the sentence after the one that ends at `end`, in the same
    paragraph, perhaps after a linking word or two."""
    text = text_of(doc)
    stop = max(text.rfind(mark, 0, quote_start) for mark in ".!?")
    return stop >= 0 and "\n" not in text[end:quote_start] \
        and not any(ch.isalnum() for ch in text[min(stop, end):max(stop, end)]) \
        and linking_words_only(doc, stop + 1, quote_start)


def sentence_end(doc: Doc, end: int) -> int:
    """Where the sentence that the character before `end` is in ends, within its line."""
    text = text_of(doc)
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    if last is None or not len(last):
        return end
    line_end = text.find("\n", end)
    return max(end, min(last[-1].sent.end_char, line_end if line_end >= 0 else len(text)))


def ends_sentence(doc: Doc, start: int, end: int) -> bool:
    """Whether the quotation [start, end) ends its sentence: its words end in a full stop, question or
    exclamation mark, or nothing but one of those follows it on its line."""
    text = text_of(doc)
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)].strip()
    return text[start:end].rstrip(QUOTE_ENDS + " ")[-1:] in (".", "!", "?") or rest in ("", ".", "!", "?")


def quoted_after_its_subject(doc: Doc, claims: list[ClaimCandidate], last_end: int, start: int, end: int
                             ) -> Optional[Token]:
    """The person whose words a quotation that is a whole sentence is, when the sentence before it in its
    paragraph attributes nothing and is about that person, named or "he"/"she": 'Delaney did not
    hesitate. "Absolutely."', as PolNeAR's annotators read it."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or not ends_sentence(doc, start, end):
        return None
    sentence = first[0].sent
    if sentence.start == 0 or text_of(doc)[sentence.start_char:start].strip():
        return None  # the quotation does not open its sentence
    before = doc[sentence.start - 1].sent
    if "\n" in text_of(doc)[before.end_char:start] or last_end > before.start_char \
            or any(c.source_start is not None and c.start < before.end_char and before.start_char < extent(c)[1]
                   for c in claims):
        return None  # another paragraph, or a sentence that attributes words to someone
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")
                               or (subject.pos_ == "PROPN" and subject.text in person_surnames(doc))):
        return None
    return subject


def with_continuations(doc: Doc, quotes: list[tuple[int, int]], claims: list[ClaimCandidate]) -> list[ClaimCandidate]:
    """A quotation with no cue, opening a paragraph, goes on with the last speaker's words: when
    those were quoted too, the claim takes it in (one claim over both paragraphs); after reported
    speech it is a claim of its own, with that speaker's source span and no cue. In mid-paragraph,
    a quotation that opens the next sentence goes on with a quotation right before it:
    'Marsh said: "The port is open." "Every crane is working."', and after reported speech, one
    that is a whole sentence is a claim of its own."""
    claims = list(claims)
    text = text_of(doc)
    for a, b in quotes:
        if any(c.start < b and a < c.end for c in claims):
            continue
        line_start = text.rfind("\n", 0, a) + 1
        opens_paragraph = not text[line_start:a].strip()
        earlier = [c for c in claims if extent(c)[1] <= a and c.source_start is not None]
        last_end = max((extent(c)[1] for c in earlier), default=-1)
        if not opens_paragraph and (subject := quoted_after_its_subject(doc, claims, last_end, a, b)) is not None:
            claims.append(make_claim(doc, a, b, None, source_range(subject), None, None))
            continue
        if not earlier:
            continue
        if opens_paragraph:
            # the quotation carries on the last quoted speaker, not a wider "according to" around it
            last = [c for c in earlier if text.rfind("\n", 0, extent(c)[1]) == text.rfind("\n", 0, last_end)]
        elif opens_next_sentence(doc, last_end, a):
            # the attribution right before it: a quotation goes on with it ('"X," he said. "Z."'); after
            # reported speech, a quotation that is a whole sentence is more of the speaker's words
            # ('He defended the plan by saying it would work. "Z."'), a shorter one may be a title
            last = [c for c in earlier if extent(c)[1] == last_end
                    and (c.kind == "direct" or ends_sentence(doc, a, b))]
        else:
            continue
        if not last:
            continue
        previous = max(last, key=lambda c: (c.kind != "indirect", c.start - c.end))  # the innermost quotation
        # the attribution's sentence may go on after its cue: '"X," she said at a news conference.'
        between = text[sentence_end(doc, last_end):line_start] if opens_paragraph else ""
        if between.count("\n\n") + (between.count("\n") - 2 * between.count("\n\n")) > CONTINUATION_PARAGRAPHS * 2 \
                or any(ch.isalnum() for ch in between):
            continue
        if previous.kind != "indirect":
            at = next(i for i, c in enumerate(claims) if c is previous)
            claims[at] = replace(previous, end=b, content=text[previous.start:b])
            continue
        claim = make_claim(doc, a, b, None, (previous.source_start, previous.source_end), None, None)
        if claim:
            claim.continues = previous
            claims.append(claim)
    return claims


def extract_claims(doc: Doc) -> list[ClaimCandidate]:
    """Every attributed statement in the article, in text order: the rules' claims the
    tagger does not reject, the tagger's own where the rules found none, and the doubtful
    claims it confirms where neither did; contents read apart for one cue are one claim."""
    rules = read_rules(doc)
    reading = read_claims(doc, rules.claims, CUE_RULES, CUE_WORDS)
    found = [c for c in rules.claims if c.cue_lemma not in CUE_WORDS or interrupted_by_attribution(doc, c)
             or reading.mean_probability(doc, c.start, c.end) >= MIN_RULE_CLAIM_PROBABILITY]
    found += learned_claims(doc, rules.claims, reading)
    found += confirmed_claims(doc, rules.doubtful, found, reading)
    claims = one_per_cue(doc, sorted(without_nested(doc, found), key=lambda c: c.start))
    claims = [c for c in claims if is_attribution(doc, c)]
    for claim in claims:
        claim.act = claim_act(doc, claim)
        if (referent := relative_referent(doc, claim)) is not None:
            claim.referent_start, claim.referent_end = referent
        spans = [(claim.start, claim.end), (claim.source_start, claim.source_end), (claim.cue_start, claim.cue_end)]
        starts, ends = zip(*[span for span in spans if span[0] is not None])
        claim.sentence_start, claim.sentence_end = sentence_range(doc, min(starts), max(ends))
    return claims


def interrupted_by_attribution(doc: Doc, claim: ClaimCandidate) -> bool:
    """Whether a claim's words come after an attribution in the middle of their sentence, set off by commas,
    its source right before a verb of speaking, and maybe before it too: "That, Walsh explained, is by
    design.", "As the crowd cheered, Trump said, America would win." The tagger, which labels the words on
    either side apart, is not asked to confirm these."""
    if claim.cue_start is None or claim.source_start is None or claim.cue_lemma not in SPEECH_VERBS \
            or not claim.source_start < claim.cue_start < claim.end:
        return False
    text = text_of(doc)
    around = claim.start < claim.source_start
    if not around and claim.start < claim.cue_end:
        return False
    scene, comma, between = text[claim.cue_end:claim.end if around else claim.start].partition(",")
    return text[max(0, claim.source_start - 10):claim.source_start].rstrip().endswith(",") \
        and not text[claim.source_end:claim.cue_start].strip() \
        and bool(comma) and (around or not between.strip()) and len(scene.split()) <= MAX_SCENE_WORDS \
        and not any(q in scene for q in QUOTE_ENDS)


def one_per_cue(doc: Doc, claims: list[ClaimCandidate]) -> list[ClaimCandidate]:
    """Contents read apart for one cue in its sentence are one claim that spans them:
    "calling [him], among other things, [“a failed candidate.”]". `claims` in text order."""
    out: list[ClaimCandidate] = []
    by_cue: dict[tuple[int, int], ClaimCandidate] = {}
    for claim in claims:
        cue = (claim.cue_start, claim.cue_end)
        earlier = by_cue.get(cue)
        sentence = doc.char_span(*cue, alignment_mode="expand").sent if earlier is not None else None
        if sentence is None or not all(c.start < sentence.end_char and sentence.start_char < c.end
                                       for c in (earlier, claim)):
            out.append(claim)
            if claim.cue_start is not None:
                by_cue[cue] = claim
            continue
        source = next(((c.source_start, c.source_end) for c in (earlier, claim) if c.source_start is not None), None)
        merged = make_claim(doc, earlier.start, max(earlier.end, claim.end), cue, source,
                            earlier.cue_lemma, earlier.factuality, earlier.content_probability) or earlier
        out[out.index(earlier)] = by_cue[cue] = merged
    return out


def without_nested(doc: Doc, claims: list[ClaimCandidate]) -> list[ClaimCandidate]:
    """One claim per stretch of text. A claim whose cue sits inside another claim's content is
    part of what that one reports ("X said that [Japan agrees to 'renounce war']") and goes;
    but when the content opens with that cue ("refused [to say whether Y]"), the inner claim is
    the statement, its cue taking in the outer one's ("refused to say") and, lacking a source of
    its own, the outer one's source; the outer one goes (but not for an inner claim that only fell
    back on its sentence's quotation).
    An attribution after its content keeps the claims inside it: in '"X," Ushakov said,
    according to Reuters' the words are Ushakov's. And a claim with no source whose content holds
    its cue, what a raising verb says of its subject, gives way to a speaker's claim inside it."""
    text = text_of(doc)
    dropped, led_by = set(), {}
    by_start = sorted(claims, key=lambda c: c.start)
    starts = [c.start for c in by_start]
    for outer in claims:
        if outer.cue_start is not None and outer.cue_start >= outer.end:
            continue
        for inner in by_start[bisect_left(starts, outer.start):bisect_right(starts, outer.end)]:
            if inner is outer or inner.cue_start is None \
                    or not (outer.start <= inner.start and inner.end <= outer.end
                            and outer.start <= inner.cue_start < outer.end):
                continue
            # unless the inner claim only fell back on its sentence's quotation where the outer one's
            # content was read: "said [he believes Afghanistan was 'a terrible mistake']"
            if len(text[outer.start:inner.cue_start].split()) <= MAX_WORDS_BEFORE_INNER_CUE \
                    and (inner.content_probability is not None or outer.content_probability is None):
                dropped.add(id(outer))
                led_by[id(inner)] = outer
            elif outer.source_start is None and inner.source_start is not None \
                    and (outer.start <= outer.cue_start or asked_of(doc, outer)):
                # a sourceless cue inside its own content, what is said of its subject, or a question put to
                # someone, around a speaker's words: "[He appeared to assert his plans by saying, 'X']" is his
                # saying X, "When asked [why, Sembler responded: 'X']" Sembler's answer
                dropped.add(id(outer))
            else:
                dropped.add(id(inner))
    kept = []
    for claim in claims:
        if id(claim) in dropped:
            continue
        outer = led_by.get(id(claim))
        if outer is not None and outer.cue_start is not None:
            claim = replace(claim, cue_start=min(claim.cue_start, outer.cue_start),
                            factuality=claim.factuality or outer.factuality)
            if claim.source_start is None:  # "he made [the suggestion that ...]": the speaker is the verb's
                claim = replace(claim, source_start=outer.source_start, source_end=outer.source_end)
        kept.append(claim)
    return kept


def asked_of(doc: Doc, claim: ClaimCandidate) -> bool:
    """Whether the claim's cue is a past participle with no agent, what was put to someone ("When
    asked why", "Pressed on the plan")."""
    cue = doc.char_span(claim.cue_start, claim.cue_end, alignment_mode="expand")
    return cue is not None and cue.root.tag_ == "VBN" and not any(c.dep_ == "agent" for c in cue.root.children)


@dataclass
class RuleReading:
    """What the rules read in an article: their claims, and the doubtful ones, whose content the
    scorer rates too low to stand alone, for the tagger to confirm."""
    claims: list[ClaimCandidate]
    doubtful: list[ClaimCandidate]


def read_rules(doc: Doc) -> RuleReading:
    """The claims the rules find, from cues, colons, and quotations that carry on; and apart,
    the cues' doubtful claims."""
    quotes = quote_spans(text_of(doc))
    attributing = quote_attributing_verbs(doc, quotes)
    claims, doubtful = [], []
    place: dict[tuple[int, int], int] = {}  # each claim's index in `claims`, by its content span
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            claim = according_to_claim(token)
        elif token.lower_ == "in":
            claim = survey_claim(token)
        elif token.i in attributing or token.pos_ in ("VERB", "NOUN", "AUX", "ADJ") \
                and token.lemma_.lower() in CUE_WORDS and not ends_hyphenated_word(token):
            claim = copula_claim(token, quotes) \
                or verb_claim(token, quotes, attributing.get(token.i), MIN_DOUBTFUL_CONTENT_PROBABILITY)
            if claim is not None and claim.content_probability is not None \
                    and claim.content_probability < MIN_CONTENT_PROBABILITY:
                doubtful.append(claim)
                continue
        else:
            continue
        if claim is None:
            continue
        span = (claim.start, claim.end)
        if span not in place:
            place[span] = len(claims)
            claims.append(claim)
        elif claims[place[span]].source_start is None and claim.source_start is not None:
            # "[X is expected to ...], according to the agency": the reading that names a source
            claims[place[span]] = claim
    echoing = echoes(claims)
    claims = [c for c in claims if not nested_in_quote(c, quotes) and id(c) not in echoing]
    claims = through_colon_quotes(doc, quotes, claims)
    claims += colon_claims(doc, quotes, claims)
    claims += label_claims(doc, claims)
    claims = with_posts(doc, claims)
    return RuleReading(with_continuations(doc, quotes, claims), [c for c in doubtful if not nested_in_quote(c, quotes)])


def rule_claims(doc: Doc) -> list[ClaimCandidate]:
    """The rules' claims without the doubtful ones: what the tagger reads, and is trained on."""
    return read_rules(doc).claims


def confirmed_claims(doc: Doc, doubtful: list[ClaimCandidate], found: list[ClaimCandidate],
                     reading: Reading) -> list[ClaimCandidate]:
    """The doubtful claims the tagger reads as content, where no claim was found."""
    out = []
    for claim in doubtful:
        if reading.mean_probability(doc, claim.start, claim.end) >= MIN_CONFIRMED_PROBABILITY \
                and not any(c.start < claim.end and claim.start < c.end for c in found + out):
            out.append(claim)
    return out


def learned_claims(doc: Doc, claims: list[ClaimCandidate], reading: Reading) -> list[ClaimCandidate]:
    """The claims the tagger finds where the rules found none, from cues the rules have
    never seen ("Local officials [want] the province to release emergency funds"). The
    source is the cue's subject in the parse, else the words the tagger marked."""
    out = []
    for tagged in reading.claims:
        start, end = tagged.content
        if tagged.confidence < MIN_TAGGER_CONFIDENCE or any(c.start < end and start < c.end for c in claims):
            continue
        content = doc.char_span(start, end, alignment_mode="expand")
        if any(terms_of_speaking(t) for t in (content.root, *content.root.ancestors)):
            continue  # "speaking on the condition [that they not be named]"
        verb = doc.char_span(*tagged.cue, alignment_mode="expand").root if tagged.cue else None
        if verb is not None and quotes_as_saying(verb):
            continue
        put = verb is not None and put_to_the_subject(verb)  # "Asked whether ..., Delaney": not Delaney's words
        subject = subject_of(verb) if verb is not None and not put else None
        if verb is not None and verb.sent.start not in (content[0].sent.start, content[-1].sent.start):
            continue  # a cue from another sentence
        inside = [at for at in (tagged.cue[0] if tagged.cue else None, subject.idx if subject is not None else None)
                  if at is not None and start <= at < end]
        if inside and not text_is_quote_start(text_of(doc), start):
            continue  # cue or speaker inside a content that is no interrupted quotation: "a blow [by the west]"
        source = source_range(subject, verb) if subject is not None else (None if put else tagged.source)
        if source is None and not put:
            continue
        claim = make_claim(doc, start, end, tagged.cue, source, verb.lemma_.lower() if verb is not None else None,
                           factuality(verb) if verb is not None else None)
        if claim is not None:
            out.append(claim)
    return out


def nested_in_quote(claim: ClaimCandidate, quotes: list[tuple[int, int]]) -> bool:
    """ "I think ..." inside a quotation is the quoted speaker's own words, not a new claim."""
    return claim.cue_start is not None and in_quotation(quotes, claim.cue_start, opening_mark=False)


def echoes(claims: list[ClaimCandidate]) -> set[int]:
    """The ids of the sourceless claims inside another claim's content that has a source: they
    repeat it ("reports ... 'X'")."""
    sourced = sorted((c.start, c.end) for c in claims if c.source_start is not None)
    starts = [start for start, _ in sourced]
    reach = list(accumulate((end for _, end in sourced), max))  # the furthest end of those starting by each
    return {id(c) for c in claims if c.source_start is None
            and (before := bisect_right(starts, c.start)) and reach[before - 1] >= c.end}
