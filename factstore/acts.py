"""What kind of attribution a claim is, from its cue and its source in context: pure functions over a Doc.

- `speech`: words someone said or wrote: a cue of communication (said, told, wrote, tweeted,
  announced, asked, replied, argued, denied, criticized; "according to" a person or what they
  issued; a colon after a speaker; a quotation that carries on someone's words) whose content is a
  message, a clause or a quotation; a statement issued ("issued a statement saying ..."); words
  a verb names as such ("voiced his disapproval", "cited the figures", "denied any wrongdoing").
- `thought`: believes, thinks, hopes, fears, wants, knows, expects; "is confident that".
- `other`: what polls, data, studies and documents show or find, whoever reports them; perception
  ("saw", "heard"); stances and deeds PolNeAR also calls attributions ("endorsed Clinton", "voted
  for the bill", "ordered the release"), and words whose content is only a topic or a target
  ("criticized [the decision]", "mentioned [climate change]").
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from .facts import ClaimCandidate
from .lexicon import LAW_NOUNS, PERSON_NOUNS, SPEECH_CUES, STATEMENT_NOUNS
from .parse import entity_at, text_of
from .syntax import is_legislature

SPEECH, THOUGHT, OTHER = "speech", "thought", "other"

# Cues that report a state of mind, not words said.
THOUGHT_CUES = frozenset("""
believe think hope fear want know expect feel worry wonder suspect doubt assume consider guess imagine
understand realize realise recognize recognise trust suppose sense wish prefer plan intend aim like love hate
favor favour remember forget seem appear envision anticipate dream regret care mind view belief opinion
""".split())
# Adjectives that, after "is", report one: "is confident that", "were worried that".
THOUGHT_ADJECTIVES = frozenset("""
confident sure certain convinced concerned worried afraid aware optimistic pessimistic skeptical sceptical
hopeful fearful doubtful unsure uncertain determined eager anxious happy glad sorry disappointed frustrated
""".split())
# Verbs that with a particle are verbs of speaking: "shot back that ...", "weighed in".
SPEECH_PHRASES = frozenset({"shoot back", "fire back", "hit back", "push back", "snap back", "weigh in",
                            "chime in", "speak out", "lash out", "point out", "spell out", "sound off",
                            "call out", "rule out"})
# Verbs by which words are put out as a statement: "issued a statement", "released statements".
ISSUING_VERBS = frozenset("issue release publish post".split())
# Verbs whose object, said by someone who can speak, is the words themselves, not their topic or target:
# "[voiced] his disapproval", "[cited] data from the State Department", "[quoted] Comey's statement"; not
# "an active [voice] in Swiss politics", "the title [echoes] the fighting" ("repeat" is left out: "repeated
# his 2008 victory").
MESSAGE_CUES = frozenset("voice express cite quote recite reiterate echo".split())
# Verbs whose object, said by someone who can speak, is what they deny or own to, a statement in a word:
# "[denied] any wrongdoing", "[admitted] the mistake", "[disputed] the account" ("confirm" is left out:
# "the Senate confirmed [Gorsuch]" is a vote).
DENIAL_CUES = frozenset("deny admit acknowledge concede dispute".split())
# Cues of perception.
PERCEPTION_CUES = frozenset("see hear watch notice witness".split())
# What data and studies do: "the poll shows", "a study found".
EVIDENCE_CUES = frozenset("show find indicate demonstrate suggest reveal project estimate predict confirm".split())
# Sources that are data, polls, studies or documents rather than anyone speaking.
DATA_NOUNS = frozenset("""
poll polls polling survey surveys data study studies report reports analysis analyses research figures
numbers statistics census record records document documents estimate estimates model models projection
projections count tally results findings review audit index rating ratings forecast forecasts chart map
evidence email emails filing filings return returns average averages tracker trackers
""".split())
DATA_LEMMAS = DATA_NOUNS | {noun.rstrip("s") for noun in DATA_NOUNS}
PERSONAL_PRONOUNS = frozenset("i you he she we they who".split())
AGENT_ENTITIES = ("PERSON", "NORP", "ORG", "GPE")
# Nouns for those who speak: PERSON_NOUNS and "[the court] found", "[critics] suggested".
AGENT_NOUNS = PERSON_NOUNS | frozenset("""
critic supporter opponent democrat republican voter expert court panel campaign committee
administration government department agency ministry party group organization organisation
""".split())
# Verbs of doing that the cue rules also learned as cues, since PolNeAR annotates some of their uses
# ("ordered [that the files be released]"); with a bare thing as their object ("signed [the deal]",
# "ordered [the invasion]", "share [cordial relations]") they report an action, not an attribution.
# Verbs of talking ("discussed the deal", "talked about taxes") stay: PolNeAR train marks most of
# those uses as attributions.
ACTION_CUES = frozenset("""
sign approve order conclude share release unveil appoint hire launch pass enjoy include require design
start attempt choose display take walk devote go have count struggle double sponsor host visit meet
""".split())


def source_head(doc: Doc, claim: ClaimCandidate) -> Optional[Token]:
    if claim.source_start is None:
        return None
    span = doc.char_span(claim.source_start, claim.source_end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def cue_tokens(doc: Doc, claim: ClaimCandidate) -> Span | None:
    if claim.cue_start is None:
        return None
    return doc.char_span(claim.cue_start, claim.cue_end, alignment_mode="expand")


def is_data(token: Optional[Token]) -> bool:
    # the word as well as its lemma: the model lemmatises "data" as "datum"
    return token is not None and (token.lemma_.lower() in DATA_LEMMAS or token.lower_ in DATA_NOUNS)


def is_share_of_respondents(token: Optional[Token]) -> bool:
    """A share of a poll's respondents, in percent: "[79 percent] of Democrats", "[60%] of voters"; not "half
    of the board members", who may have spoken."""
    return token is not None and token.lower_ in ("percent", "%") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def is_agent(token: Optional[Token]) -> bool:
    """A source that can speak: a person, a group, an organisation or a country, named, as a pronoun
    or as a noun for people ("advisers", "the court"), rather than data or a thing."""
    return token is not None and (token.ent_type_ in AGENT_ENTITIES or token.lower_ in PERSONAL_PRONOUNS
                                  or token.lemma_.lower() in AGENT_NOUNS)


def claim_act(doc: Doc, claim: ClaimCandidate) -> str:
    """speech, thought or other, for one claim of the article parsed as `doc`."""
    source = source_head(doc, claim)
    if is_data(source) or is_share_of_respondents(source):
        return OTHER  # "a Quinnipiac poll shows", "according to the figures", "79 percent of Democrats say"
    lemma = (claim.cue_lemma or "").lower()
    cue = cue_tokens(doc, claim)
    words = {t.lemma_.lower() for t in cue} if cue is not None else {lemma}
    # the cue's own dependents too: "[is] confident that", "[were] worried"
    if cue is not None and len(cue):
        words |= {t.lemma_.lower() for t in cue.root.children if t.dep_ in ("acomp", "attr")}
        words |= {f"{lemma} {t.lower_}" for t in cue.root.children if t.dep_ in ("prt", "advmod")} & SPEECH_PHRASES
    if words & THOUGHT_ADJECTIVES or lemma in THOUGHT_CUES:
        return THOUGHT
    if lemma in PERCEPTION_CUES:
        passive = cue is not None and any(t.dep_ == "auxpass" for t in cue.root.children)
        return THOUGHT if passive else OTHER  # "is seen as a key ally" is an opinion held
    if lemma in EVIDENCE_CUES and source is not None and not is_agent(source):
        return OTHER  # "the video shows", not "Clinton suggested" or "the court found"
    if lemma in ISSUING_VERBS and issued_statement(doc, claim):
        return SPEECH  # "issued a statement, 'Last night ...'", "released statements deploring ..."
    if claim.cue_lemma and not (words | {lemma, lemma.split()[0]}) & (SPEECH_CUES | SPEECH_PHRASES) \
            and claim.kind != "direct":
        return OTHER  # "endorsed [Clinton]", "voted [for the bill]"; but as he put it, "[…]"
    if lemma == "reject" and decides_a_bill(doc, claim):
        return OTHER  # "the Senate rejected [four proposals to tighten gun laws]": a vote, not words
    if not has_message(doc, claim) and not is_demand(doc, claim) and not names_the_words(cue, lemma, source):
        return OTHER  # "criticized [the decision]"
    return SPEECH


def names_the_words(cue: Optional[Span], lemma: str, source: Optional[Token]) -> bool:
    """Whether a verb of MESSAGE_CUES or DENIAL_CUES, said of someone who can speak, makes its object the
    words said."""
    return lemma in MESSAGE_CUES | DENIAL_CUES and cue is not None and len(cue) > 0 and cue.root.pos_ == "VERB" \
        and is_agent(source)


def has_message(doc: Doc, claim: ClaimCandidate) -> bool:
    """Whether a claim's content is a message, a clause, a quotation or a thing said to be something
    ("[Trump as a fraud]", "[them messianic impulses]"), rather than a bare noun phrase naming a
    thing, a topic or a target."""
    content = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if content is None or not len(content):
        return True
    if any(t.is_quote and t.pos_ == "PUNCT" for t in content):  # quotation marks, not a possessive's "'s"
        return True
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ == "oprd" or (t.lower_ == "as" and t.i > content.start)
           for t in content):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in content.root.children):
        return True  # a clause whose verb the model took for a noun: "[the U.S. outsource the fight]"
    return content.root.pos_ not in ("NOUN", "PROPN", "PRON", "NUM")


def decides_a_bill(doc: Doc, claim: ClaimCandidate) -> bool:
    """Whether a legislature is the source and a bill or a proposal the content: a vote."""
    content = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if content is None or not len(content):
        return False
    return content.root.lemma_.lower() in LAW_NOUNS | {"proposal"} and is_legislature(source_head(doc, claim))


def issued_statement(doc: Doc, claim: ClaimCandidate) -> bool:
    """Whether a content opens with what was issued as words: "[a statement] saying ...", "[statements]
    deploring ..."."""
    content = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if content is None or not len(content):
        return False
    first_sentence = content[:content[0].sent.end - content.start]  # a statement quoted on after it
    return first_sentence.root.lower_ in STATEMENT_NOUNS


def is_demand(doc: Doc, claim: ClaimCandidate) -> bool:
    """Whether a content is what the words ask for or warn against: "called for [an inquiry]",
    "warned against [the expansion]"."""
    content = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return content is not None and content.start > 0 and doc[content.start - 1].lower_ in ("for", "against")


def is_attribution(doc: Doc, claim: ClaimCandidate) -> bool:
    """False for an action whose verb only resembles a cue: its content is a bare noun phrase,
    with no clause and no quotation in it."""
    return (claim.cue_lemma or "").lower() not in ACTION_CUES or has_message(doc, claim)


RELATIVE_PRONOUNS = frozenset("who whom that which".split())


def relative_referent(doc: Doc, claim: ClaimCandidate) -> Optional[tuple[int, int]]:
    """The noun phrase a relative pronoun source stands for: "Mitch McConnell, [who] said" is McConnell."""
    source = source_head(doc, claim)
    if source is None or source.lower_ not in RELATIVE_PRONOUNS or source.head.dep_ != "relcl":
        return None
    noun = source.head.head
    if source.lower_ == "which" and (noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_NOUNS):
        # "which" stands for a thing, whatever the parse hung it from: "Myrna Perez, a lawyer at the
        # Brennan Center, [which] challenged the law" is the center
        noun = next((t for t in reversed(doc[noun.i + 1:source.i]) if t.pos_ in ("NOUN", "PROPN")
                     and t.ent_type_ != "PERSON" and t.lemma_.lower() not in PERSON_NOUNS), None)
        if noun is None:
            return None
    name = entity_at(noun)
    if name is not None:
        return name.start_char, name.end_char
    # with "the" it is a description: "the union's new leader"
    first = min([noun] + [t.left_edge for t in noun.lefts if t.dep_ in ("compound", "amod", "poss")
                          or (t.dep_ == "det" and t.lower_ == "the")], key=lambda t: t.i)
    return first.idx, noun.idx + len(noun)


def sentence_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The character range of the sentences a span sits in, within its paragraph, less the spaces around."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(max(end - 1, start), max(end, start + 1), alignment_mode="expand")
    if first is None or last is None or not len(first) or not len(last):
        return start, end
    text = text_of(doc)
    lo, hi = min(first[0].sent.start_char, start), max(last[-1].sent.end_char, end)
    lo = max(lo, text.rfind("\n", 0, start) + 1)
    line_end = text.find("\n", end)
    hi = min(hi, line_end) if line_end >= 0 else hi
    while lo < start and text[lo].isspace():
        lo += 1
    while hi > end and text[hi - 1].isspace():
        hi -= 1
    return lo, hi
