"""Small helpers over spaCy's dependency parse, shared by the extractors."""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Token

from .lexicon import (HELD_WORDS, KIN_NOUNS, LEGISLATURES, LIGHT_SPEECH_VERBS, PERSON_NOUNS, ROLE_NOUNS, SPEECH_VERBS,
                      STATEMENT_NOUNS)
from .organisations import HEAD_NOUNS

# Words for courts and their judges.
COURTS = frozenset("court courts judge judges justice justices panel tribunal circuit decision ruling".split())

# A verb with no subject of its own borrows its head's: "Raisi spoke, [saying] ...",
# "Raisi emphasized ... and [expressed] ...", and so does a predicate adjective:
# "Republicans have been [critical] of ...".
BORROWS_SUBJECT = ("advcl", "conj", "xcomp", "pcomp", "acomp")
# Tags of finite verbs: "ran", "runs", "run" after "they".
FINITE = ("VBD", "VBZ", "VBP")
# A gerund after one of these prepositions is done by the subject of the clause the preposition is in:
# "Trump rallied thousands [by promising] ...", "[After saying] ..., Sanders left". After "of" or "for"
# it is the verb's object's doing ("accused Clinton of lying": accused_of), so those lend no subject.
SUBJECT_PREPOSITIONS = frozenset("by after before while in upon on without since through despite besides".split())
# Verbs whose object does what the infinitive after it says, when the object can act (a name, a pronoun
# or a word for people): "asked [Comey] to resign", "called on [Congress] to act"; not a purpose
# after other verbs, the subject's doing: "visited the court to view the casket".
OBJECT_CONTROL_VERBS = frozenset("""
ask urge tell press pressure push call force persuade convince encourage invite allow permit order direct
instruct require expect want need implore beg challenge dare warn advise remind compel lobby
""".split())
# Of those, the ones whose infinitive the parse may hang as a clause of its own (advcl): "pressed the
# F.B.I. to release"; after others such a clause is a purpose: "called Erdogan on Sunday to condemn".
ADVCL_CONTROL_VERBS = frozenset("ask urge press pressure push lobby".split())
# Verbs whose object is a place they need or want, not who acts: "Clinton needs [Ohio] to win".
WANTING_VERBS = frozenset("need want".split())
ACTOR_LABELS = ("PERSON", "ORG", "NORP", "GPE")
OBJECT_PRONOUNS = frozenset("him her them us me you".split())
ACTOR_NOUNS = PERSON_NOUNS | ROLE_NOUNS | KIN_NOUNS | HEAD_NOUNS | frozenset(  # "the bureau", "dockworkers"
    "worker dockworker miner employee farmer".split())
# Texts and records that say or show something: "a report [showing] that ...".
TEXT_NOUNS = frozenset("""
report study poll survey data analysis document record ad advertisement video article story letter email message
book note headline photo image sign banner chart
""".split())
# Nouns for who or what can say something (can_say).
SAYERS = ACTOR_NOUNS | STATEMENT_NOUNS | TEXT_NOUNS
# Nouns that make a preposition of a phrase: "in addition to", "in spite of".
PREPOSITION_NOUNS = frozenset(("addition", "spite"))


def token_range(tokens: Iterable[Token]) -> tuple[int, int]:
    tokens = list(tokens)
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def subtree_range(token: Token, exclude: Optional[Token] = None) -> tuple[int, int]:
    skip = set(exclude.subtree) if exclude is not None else set()
    tokens = [t for t in token.subtree if t not in skip and not t.is_space]
    return token_range(tokens or [token])  # a subtree of spaces alone is the token itself


def says_when(word: Token) -> bool:
    """A modifier hung on a noun or a name that says when: "Trump [last week]", "a grand jury [on Wednesday]",
    "Sanders [during a Sunday interview]"; not an age ("Democrats [in their 30s]")."""
    if word.dep_ == "npadvmod" and word.ent_type_ in ("DATE", "TIME"):
        return True
    return word.dep_ == "prep" and (word.lower_ == "during" or (word.lower_ in ("on", "in", "at") and any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") and not any(c.dep_ == "poss" for c in g.children)
        for g in word.children)))


def clause_of_preposition(preposition: Token) -> Optional[Token]:
    """The verb whose subject does what a gerund after the preposition says, if the preposition
    is one of SUBJECT_PREPOSITIONS, is "to" after a verb ("took to urging") or "as" after a passive
    ("was quoted as saying"), ends one made with a PREPOSITION_NOUNS noun ("in addition to"), or is
    "instead of"."""
    if preposition.text.lower() in SUBJECT_PREPOSITIONS:
        return preposition.head
    if preposition.text.lower() == "to" and preposition.head.pos_ in ("VERB", "AUX"):
        return preposition.head
    if preposition.text.lower() == "as" and any(c.dep_ == "nsubjpass" for c in preposition.head.children):
        return preposition.head  # "was quoted as saying"
    phrase = preposition.head  # "[in addition] to saying ...", "[in spite] of ..."
    if phrase.text.lower() in PREPOSITION_NOUNS and phrase.dep_ == "pobj" and phrase.head.dep_ == "prep":
        return clause_of_preposition(phrase.head)
    if preposition.text.lower() == "of" and preposition.i > 0 and preposition.nbor(-1).text.lower() == "instead":
        return preposition.head.head if preposition.head.text.lower() == "instead" else preposition.head
    return None


def accused_of(preposition: Token) -> Optional[Token]:
    """Who did what a gerund after "of" or "for" says, when it is the object of the verb: "accused
    [Clinton] of meeting bankers", "praised [her] for standing firm"."""
    if preposition.text.lower() not in ("of", "for") or preposition.head.pos_ != "VERB":
        return None
    return next((c for c in preposition.head.children if c.dep_ == "dobj" and c.i < preposition.i), None)


def relation(token: Token) -> str:
    """The token's dependency, except that a participle coordinated with "and"/"or" is conj even
    where the parse made it the complement of the one before it: "saying that X [and stating] that Y"."""
    if token.dep_ == "ccomp" and token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].dep_ == "cc":
        return "conj"
    return token.dep_


def read_as_modal(token: Token) -> bool:
    """A name the parser read as a modal verb: "May told lawmakers", "Will wrote". A modal takes a verb's
    base form ("may tell"), so a capitalised auxiliary before a past or present tense or a participle,
    with at most adverbs between, is a name: the verb's subject."""
    verb = token.head
    return (token.dep_ == "aux" and token.tag_ in ("MD", "NNP") and token.text[:1].isupper() and token.i < verb.i
            and verb.tag_ in ("VBD", "VBZ", "VBN") and all(t.pos_ == "ADV" for t in token.doc[token.i + 1:verb.i]))


def read_as_adverb(token: Token) -> bool:
    """A surname the parser read as an adverb before its verb ("Reilly dismissed the criticism", "Reilly"
    as RB): a capitalised word the article writes elsewhere as the last word of a person's name."""
    return token.dep_ == "advmod" and token.i < token.head.i and token.text[:1].isupper() and token.text.isalpha() \
        and any(ent.label_ == "PERSON" and ent[-1].text == token.text for ent in token.doc.ents)


# Words that open an adverbial clause: it says when, why or on what condition, and is no deed in a list.
CLAUSE_OPENERS = frozenset("""
when whenever while as after before since until once if unless because although though whether where wherever
""".split())


def follows_with_then(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.text.lower() == "then" and c.i < verb.i for c in verb.children)


def clause_before_then(verb: Token) -> Optional[Token]:
    """The clause a verb with "then" and no subject follows on from, where the parse hung it from the verb
    as its words ("Kasich offered the man a job, then says he'll ...") or hung the verb from it with no
    link ("Clinton paused, then revealed why ...")."""
    if not follows_with_then(verb):
        return None
    if verb.dep_ == "dep" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i < verb.i
                 and c.pos_ in ("VERB", "AUX")), None)


def listed_before(verb: Token) -> Optional[Token]:
    """The first of a list of deeds in the past whose subject the parse gave to it alone, hanging it from
    the verb after it with a comma: "Trump [summed up] Clinton as “terrible,” denounced her record and
    said ..."; not a clause that says when or why ("When he arrived, ...")."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if verb.tag_ != "VBD" or verb.sent[0].is_quote or (verb.lemma_.lower() in SPEECH_VERBS and after is not None
                                                       and after.pos_ in ("DET", "PROPN", "NOUN")):
        # what was said, not a deed: '"Hillary needed to split the primaries," added a Democrat', "He had a
        # voice in decisions, said a former spokesman"
        return None
    return next((c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i < verb.i and c.tag_ == "VBD"
                 and c.left_edge.i == verb.sent.start
                 and not any(g.dep_ == "mark" or (g.dep_ == "advmod" and g.lower_ in CLAUSE_OPENERS)
                             for g in c.children if g.i < c.i)
                 and verb.doc[c.right_edge.i + 1:verb.i].text.strip(" ,”\"'’") == ""), None)


def object_phrase_clause(noun: Token) -> Optional[Token]:
    """The verb whose object a phrase naming a thing hangs in: "[spent] much of the run-up to the
    caucuses"; None for a noun that can say something (can_say) or one outside its verb's object
    ("fired tear gas at protesters")."""
    if noun.dep_ != "pobj" or can_say(noun):
        return None
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or not any(c.dep_ == "dobj" and noun in c.subtree for c in verb.children):
        return None
    return verb


def can_say(noun: Token) -> bool:
    """Whether a noun names who or what can say something: a name, a word for people, or a text."""
    return noun.ent_type_ in ACTOR_LABELS or noun.lemma_.lower() in SAYERS or noun.text.lower() in SAYERS


def read_as_a_name(verb: Token) -> bool:
    """A sentence the parser read as a name with a clause hung from it: "Donald Trump, who ..., [tweeted]
    on Friday to say ...", the name the root, a relative clause after it and the verb its participle,
    with words of its own. Without the relative clause a participle is the name's description:
    "Hillary Clinton, asked to explain the emails, ..."."""
    name = verb.head
    return (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and name.dep_ == "ROOT" and name.i < verb.i
            and name.ent_type_ == "PERSON"
            and any(c.dep_ == "relcl" and name.i < c.i < verb.i for c in name.children)
            and not any(c.dep_ == "agent" for c in verb.children)
            and any(c.dep_ in ("dobj", "ccomp", "xcomp", "advcl") for c in verb.children))


def aside_subject(verb: Token) -> Optional[Token]:
    """The subject the parse gave to a participle set off by commas before the verb it describes the
    saying of: "[Keague], writing for the majority, said ...", "[Clinton], speaking to reporters, said"."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and 0 < clause.i < verb.i \
                and verb.doc[clause.i - 1].text == "," and verb.doc[verb.i - 1].text == ",":
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
            if subject is not None:
                return subject
    return None


def held_words(noun: Token) -> bool:
    """Whether words someone "has" for another are theirs to give: "has praise for the front-runner"; not
    "had no advice for farmers", nor "has had criticism for its response", which it received."""
    have = noun.head
    return not any(c.lower_ == "no" and c.dep_ == "det" for c in noun.children) \
        and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in have.children)


def subject_of(verb: Token, passive_subject: bool = False) -> Optional[Token]:
    """Who the verb's words belong to: its subject, or for a passive, its agent.

    With passive_subject, a passive's subject counts when it has no agent:
    "Putin was set to meet", for events, where nobody is speaking.
    """
    seen = set()
    controlled = False  # reached from an infinitive the verb completes: "was prompted [to say]"
    while verb not in seen:
        seen.add(verb)
        # "accused by [the Ukrainian government]"; not "by" after an active verb with a subject, which
        # says how ("Trump won [by] a wide margin")
        active = any(c.dep_ == "nsubj" for c in verb.children)
        for child in verb.children:
            if child.dep_ == "agent" and not active:
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        subjects = ([c for c in verb.children if c.dep_ == "nsubj"]
                    or [c for c in verb.children if read_as_modal(c) or read_as_adverb(c)])
        if subjects:  # a misparse may give two: "“… Sen. John McCain,” Trump said"
            return min(subjects, key=lambda c: abs(c.i - verb.i))
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                # what is spoken of, not who speaks; but whoever "was prompted to say" or "was quoted
                # as saying" does the saying
                return child if passive_subject or controlled else None
        aside = aside_subject(verb)
        if aside is not None:
            return aside
        if verb.dep_ == "relcl":
            return verb.head  # "officials who said ..."
        earlier = clause_before_then(verb) or listed_before(verb)
        if earlier is not None:
            verb = earlier  # "Kasich offered the man a job, [then] says ...", read as "..., says"
            continue
        controller = object_controller(verb)
        if controller is not None:
            return controller
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and (clause := object_phrase_clause(verb.head)) is not None:
            # a gerund the parse hung from a thing named in its clause's object: "Clinton spent much of
            # the run-up to the Nevada caucuses [portraying] Sanders as ..." is Clinton's doing
            verb = clause
            continue
        if read_as_a_name(verb):
            return verb.head  # "Donald Trump, who is vying ..., [tweeted] on Friday to say ..."
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj" \
                and verb.head.lower_ in STATEMENT_NOUNS:
            verb = verb.head.head  # "Trump issued [a statement] accusing Cruz": the statement's issuer
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and can_say(verb.head) and verb.head.dep_ != "dobj":
            # "reports of [residents] complaining that ..."; after an object the parse may have hung the
            # subject's words there: "[Sanders] emailed supporters saying ..."
            return verb.head
        # the verb itself, not a clause hung from it: in "[they] are expected to sign a deal aimed at ...",
        # "aimed" is the deal's
        controlled = len(seen) == 1 and (
            verb.dep_ == "xcomp" or (verb.dep_ == "pcomp" and verb.head.text.lower() == "as"))
        borrows = verb.dep_ in BORROWS_SUBJECT or (verb.dep_ == "ccomp" and verb.tag_ == "VBG") or (
            verb.dep_ == "dobj" and verb.pos_ == "NOUN" and (verb.head.lemma_.lower() in LIGHT_SPEECH_VERBS or (
                verb.head.lemma_.lower() == "have" and verb.lemma_.lower() in HELD_WORDS and held_words(verb)))
            and not any(c.dep_ == "prep" and c.text.lower() in ("from", "by", "among") for c in verb.children)) or (
            verb.dep_ == "advmod" and verb.pos_ == "ADV")  # "went so [far] as to say"
        if not borrows or verb.head.i == verb.i:
            return None
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            accused = accused_of(verb.head)
            if accused is not None:
                return accused
            verb = clause_of_preposition(verb.head)
            if verb is None:
                return None
            continue
        if verb.dep_ == "conj" and verb.tag_ in FINITE and verb.head.tag_ == "VB":
            # a finite verb the parse joined to an infinitive is joined to the finite verb above it: "Romney
            # ran on his ability to jolt the recovery and [accused] Obama of ..."
            verb = next((a for a in verb.head.ancestors if a.tag_ in FINITE), verb.head)
            continue
        if verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.tag_ in FINITE \
                and not any(c.dep_ == "auxpass" for c in verb.children):
            # an active verb joined to a passive one: "Mr. Trump was forced into damage control and [said]
            # that ..." is what the passive's subject did, not its agent's
            done_to = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
            if done_to is not None:
                return done_to
        verb = verb.head
    return None


def object_controller(verb: Token) -> Optional[Token]:
    """Who does what an infinitive says, when that is the object of the verb it completes: "asked
    [Comey] to resign", "pressed [the F.B.I.] to release the emails", "called on [Congress] to act"."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children):
        return None
    head = verb.head
    lemma = head.lemma_.lower()
    if lemma not in OBJECT_CONTROL_VERBS or (verb.dep_ == "advcl" and lemma not in ADVCL_CONTROL_VERBS):
        return None
    for child in head.children:
        if child.i > verb.i:
            break
        if child.dep_ in ("dobj", "dative") and lemma != "call":  # "called [Erdogan] to condemn" is a purpose
            objects = [child]
        elif child.dep_ == "prep" and child.text.lower() == "on":  # "called on [Congress] to act"
            objects = [g for g in child.children if g.dep_ == "pobj"]
        else:
            continue
        for obj in objects:
            if obj.ent_type_ == "GPE" and lemma in WANTING_VERBS:
                continue
            if can_act(obj):
                return obj
    return None


def can_act(token: Token) -> bool:
    """A name, a pronoun or a word for people or a body: someone who can be asked or called on to act."""
    return token.ent_type_ in ACTOR_LABELS or token.text.lower() in OBJECT_PRONOUNS \
        or token.lemma_.lower() in ACTOR_NOUNS


def is_court(token: Optional[Token]) -> bool:
    """A court, its judges or its decisions: "a federal appeals court", "the 5th Circuit", "Judge Haynes", "the
    justices", "the decision"."""
    return token is not None and not is_legislature(token) and (  # "the Senate panel" is no court
        token.lemma_.lower() in COURTS or token.lower_ in COURTS or any(
            t.lower_ in ("judge", "justice") for t in token.children if t.dep_ == "compound"))


def is_legislature(token: Optional[Token]) -> bool:
    """A body that passes bills, or its members: "the Senate", "lawmakers", "Senate Republicans"."""
    return token is not None and any(t.lemma_.lower() in LEGISLATURES or t.text.lower() in LEGISLATURES
                                     for t in [token, *(c for c in token.children if c.dep_ == "compound")])
