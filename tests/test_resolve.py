"""Resolution across articles, on hand-made candidates: no model, no database."""
import re
from collections import Counter
from typing import Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factstore.facts import DescriptionCandidate, PersonCandidate, Role
from factstore.names import FEMALE, MALE, compatible, parse_name, surname_key, surnames_in
from factstore.resolve import (KnownPerson, ResolvedPerson, TakenSpans, by_first_word, described, find_names,
                               resolve_descriptions, resolve_people, surnames_to_look_up, word_before,
                               word_starts)


def cand(text: str, surface: str, occurrence: int = 0, name: str | None = None, **flags) -> PersonCandidate:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return PersonCandidate(start, start + len(surface), surface, name or surface, **flags)


def people_of(result) -> list[tuple[str, str]]:
    return [(m.text, m.person.name) for m in result.mentions]


def test_spellings_of_one_name_across_articles_are_one_person():
    a = "Iranian President Ebrahim Raisi met Vladimir Putin. Raisi spoke."
    b = "Ibrahim Raisi and Putin talked. Mr. Raisi smiled."
    res = resolve_people([
        (a, [cand(a, "Ebrahim Raisi"), cand(a, "Vladimir Putin"), cand(a, "Raisi", 1)]),
        (b, [cand(b, "Ibrahim Raisi"), cand(b, "Putin"), cand(b, "Mr. Raisi", name="Raisi", titled=True)]),
    ], known=[])
    raisi = {m.person for r in res for m in r.mentions if "Raisi" in m.text}
    assert len(raisi) == 1
    (person,) = raisi
    assert person.name in ("Ebrahim Raisi", "Ibrahim Raisi")
    assert {"Ebrahim Raisi", "Ibrahim Raisi", "Raisi", "Mr. Raisi"} <= person.aliases


def test_similar_but_different_surnames_stay_apart():
    a = "Ayatollah Ali Khamenei praised Ayatollah Khomeini."
    res = resolve_people([(a, [cand(a, "Ayatollah Ali Khamenei", name="Ali Khamenei"),
                               cand(a, "Ayatollah Khomeini", name="Khomeini", titled=True)])], known=[])
    assert people_of(res[0]) == [("Ayatollah Ali Khamenei", "Ali Khamenei"), ("Ayatollah Khomeini", "Khomeini")]


def test_a_lone_surname_goes_to_the_nearest_full_name_before_it():
    a = "Hillary Clinton spoke. Bill Clinton arrived and Clinton sat down."
    res = resolve_people([(a, [cand(a, "Hillary Clinton"), cand(a, "Bill Clinton"), cand(a, "Clinton", 2)])], known=[])
    assert people_of(res[0]) == [("Hillary Clinton", "Hillary Clinton"), ("Bill Clinton", "Bill Clinton"),
                                 ("Clinton", "Bill Clinton")]


def test_a_name_two_people_could_bear_is_one_person_each_time_one_article_writes_it():
    # "Harold Voight" fits both Harold P. and Harold T. Voight: someone of its own, but only one
    a, b = "Judge Harold P. Voight ruled.", "Harold T. Voight farms."
    c = "Harold Voight spoke. Later Harold Voight left."
    res = resolve_people([(a, [cand(a, "Harold P. Voight")]), (b, [cand(b, "Harold T. Voight")]),
                          (c, [cand(c, "Harold Voight"), cand(c, "Harold Voight", 1)])], known=[])
    first, second = (m.person for m in res[2].mentions)
    assert first is second
    assert first not in {m.person for r in res[:2] for m in r.mentions}
    d = "Harold Voight arrived."  # another article's: nothing says it is the same Harold Voight
    res = resolve_people([(a, [cand(a, "Harold P. Voight")]), (b, [cand(b, "Harold T. Voight")]),
                          (c, [cand(c, "Harold Voight")]), (d, [cand(d, "Harold Voight")])], known=[])
    assert res[2].mentions[0].person is not res[3].mentions[0].person


def people_of_a_titled_name(name: str, titles: list[Optional[str]]) -> list:
    """The person each one-sentence article's `name` goes to, with the sex its title says, if any."""
    texts = [f"{name} spoke." for _ in titles]
    res = resolve_people([(t, [cand(t, name, titled=g is not None, title_gender=g)]) for t, g in zip(texts, titles)],
                         known=[])
    return [r.mentions[0].person for r in res]


def test_a_full_name_two_people_kept_apart_bear_is_the_one_named_so_far_more_often():
    # a title of the other sex kept a second "Chas Tosturzo" apart; a plain "Chas Tosturzo" is then
    # the one named so in far more articles, not a third person each time
    people = people_of_a_titled_name("Chas Tosturzo", ["male"] * 3 + ["female", None])
    assert people[0] is people[1] is people[2] is people[4] and people[3] is not people[0]


def test_a_full_name_a_man_and_a_woman_bear_alike_is_the_one_of_the_sex_its_given_name_mostly_has():
    people = people_of_a_titled_name("Ann Dorvel", ["male", "female", None, None])
    assert people[1] is people[2] is people[3] and people[0] is not people[1]


def test_a_full_name_a_man_and_a_woman_bear_alike_with_a_given_name_of_either_sex_is_one_person_more():
    # not yet another person in each article that writes it
    people = people_of_a_titled_name("Robin Dorvel", ["male", "female", None, None])
    assert len({id(p) for p in people}) == 3 and people[2] is people[3]


def test_a_full_name_two_stored_people_kept_apart_bear_is_the_one_named_so_in_far_more_articles():
    # the same across runs: each later article's plain name is not yet another person
    known = [KnownPerson(1, "Chas Tosturzo", ["Chas Tosturzo", "Tosturzo"], "male", frozenset({1, 2, 3})),
             KnownPerson(2, "Chas Tosturzo", ["Chas Tosturzo", "Ms. Tosturzo"], "female", frozenset({4}))]
    t = "Chas Tosturzo left."
    res = resolve_people([(t, [cand(t, "Chas Tosturzo")])], known=known)
    assert res[0].mentions[0].person.id == 1


def test_a_nickname_alone_is_the_person_whose_name_was_written_with_it():
    a = 'Tom Marrick spoke. Thomas "Tommy" Marrick Jr. runs the firm. Tommy said no.'
    res = resolve_people([(a, [cand(a, "Tom Marrick"),
                               cand(a, 'Thomas "Tommy" Marrick Jr.', name="Thomas Marrick Jr."),
                               cand(a, "Tommy", 1, speaks=True)])], known=[])
    assert people_of(res[0])[-1] == ("Tommy", "Thomas Marrick Jr.")


def test_a_lone_surname_goes_to_the_relative_the_article_names_far_more_often():
    a = "Hillary Clinton spoke. Hillary Clinton left. Hillary Clinton flew to Chelsea Clinton's home. Clinton rested."
    res = resolve_people([(a, [cand(a, "Hillary Clinton", i) for i in range(3)]
                           + [cand(a, "Chelsea Clinton"), cand(a, "Clinton", 4)])], known=[])
    assert people_of(res[0])[-1] == ("Clinton", "Hillary Clinton")


def test_a_lone_surname_with_a_suffix_goes_to_the_bearer_of_that_suffix():
    a = "Ray Dorn Jr. spoke. His father, Ray Dorn, listened. Dorn Jr. then left."
    res = resolve_people([(a, [cand(a, "Ray Dorn Jr."), cand(a, "Ray Dorn", 1), cand(a, "Dorn Jr.", 1)])], known=[])
    assert people_of(res[0])[-1] == ("Dorn Jr.", "Ray Dorn Jr.")


def test_a_lone_surname_before_several_bearers_named_later_is_nobody_unless_one_is_named_far_more():
    a = "Dorn's son speaks. Ray Dorn Jr. spoke. Ray Dorn listened. Ann Dorn smiled."
    res = resolve_people([(a, [cand(a, "Dorn"), cand(a, "Ray Dorn Jr."), cand(a, "Ray Dorn", 1), cand(a, "Ann Dorn")])],
                         known=[])
    assert [m for m in res[0].mentions if m.start == 0] == []
    b = "Dorn wins. Ray Dorn spoke. Ray Dorn smiled. Ray Dorn left. Ann Dorn stayed."
    res = resolve_people([(b, [cand(b, "Dorn")] + [cand(b, "Ray Dorn", i) for i in range(3)] + [cand(b, "Ann Dorn")])],
                         known=[])
    assert people_of(res[0])[0] == ("Dorn", "Ray Dorn")


def test_a_lone_surname_given_a_role_goes_to_the_bearer_holding_it():
    a = "Mayor Ray Dorn and his son Tim Dorn spoke. Dorn, the mayor, left."
    mayor = Role("Mayor", 0, 5)
    res = resolve_people([(a, [cand(a, "Ray Dorn", roles=[mayor]), cand(a, "Tim Dorn"),
                               cand(a, "Dorn", 2, roles=[Role("the mayor", a.index("the mayor"), a.index(", left"))])])],
                         known=[])
    assert ("Dorn", "Ray Dorn") in people_of(res[0])


def test_a_name_with_and_without_a_suffix_two_stored_people_bear_goes_to_the_one_of_its_form():
    a = "Walter Brandt Jr. filed his papers."
    b = "Walter Brandt voted early."
    c = "Joe Biden spoke."
    res = resolve_people([(a, [cand(a, "Walter Brandt Jr.")]), (b, [cand(b, "Walter Brandt")]),
                          (c, [cand(c, "Joe Biden")])],
                         known=[KnownPerson(1, "Walter Brandt", ["Walter Brandt"]),
                                KnownPerson(2, "Walter Brandt Jr.", ["Walter Brandt Jr."]),
                                KnownPerson(3, "Joseph R. Biden Jr.", ["Joseph R. Biden Jr."])])
    assert [r.mentions[0].person.id for r in res] == [2, 1, 3]


def test_misspelt_surname_joins_only_a_person_from_the_same_story():
    a = "Ebrahim Raisi met Vladimir Putin and Recep Erdogan."
    b = "Putin and Erdogan listened as Laisi said the talks went well."
    c = "In another story, Laisi said the harvest was poor."
    def candidates(t, names):
        return [cand(t, n, speaks=(n == "Laisi")) for n in names]

    res = resolve_people([
        (a, candidates(a, ["Ebrahim Raisi", "Vladimir Putin", "Recep Erdogan"])),
        (b, candidates(b, ["Putin", "Erdogan", "Laisi"])),
        (c, candidates(c, ["Laisi"])),
    ], known=[])
    assert dict(people_of(res[1]))["Laisi"] == "Ebrahim Raisi"
    assert dict(people_of(res[2]))["Laisi"] == "Laisi"


def test_a_lone_name_made_into_someone_new_is_that_one_person_each_time_in_its_article():
    a = "Rosalind said the rent was high. Rosalind said she would stay. Rosalind added more."
    res = resolve_people([(a, [cand(a, "Rosalind", k, speaks=True) for k in range(3)])], known=[])
    assert len({m.person for m in res[0].mentions}) == 1 and len(res[0].mentions) == 3


def test_a_lone_word_with_no_title_no_speech_and_no_full_name_is_dropped():
    a = "A visit to Ashgabat was planned."
    res = resolve_people([(a, [cand(a, "Ashgabat")])], known=[])
    assert res[0].mentions == []


def test_known_people_from_the_database_are_reused():
    a = "Later, Ibrahim Raisi and Mr. Raisi's aides left."
    res = resolve_people([(a, [cand(a, "Ibrahim Raisi"), cand(a, "Mr. Raisi", name="Raisi", titled=True)])],
                         known=[KnownPerson(7, "Ebrahim Raisi", ["Ebrahim Raisi", "Raisi"])])
    assert {m.person.id for m in res[0].mentions} == {7}
    assert res[0].mentions[0].person.name == "Ebrahim Raisi"


def test_title_mentions_refer_to_the_person_holding_the_title():
    a = "Iranian President Ebrahim Raisi arrived. The Iranian president then spoke."
    c = cand(a, "Ebrahim Raisi", titled=True, roles=[Role("Iranian President", 0, 17)])
    res = resolve_people([(a, [c])], known=[])
    assert [(m.text, m.kind) for m in res[0].mentions] == [("Ebrahim Raisi", "name"), ("Iranian president", "title")]


def test_names_the_model_missed_are_found_by_scanning_for_known_names():
    a = "Recep Tayyip Erdogan spoke. Later Tayyip Erdogan left."
    res = resolve_people([(a, [cand(a, "Recep Tayyip Erdogan")])], known=[])
    assert [(m.text, m.kind) for m in res[0].mentions] == [("Recep Tayyip Erdogan", "name"), ("Tayyip Erdogan", "name")]


@pytest.mark.parametrize("a, b", [("Recep Tayyip Erdogan", "Tayyip Erdogan"), ("Ebrahim Raisi", "Ibrahim Raisi"),
                                  ("J. Smith", "John Smith"), ("Joe Biden", "Joseph R. Biden Jr."),
                                  ("Bill Clinton", "William Jefferson Clinton"), ("Chuck Schumer", "Charles Schumer"),
                                  ("Bob Corker", "Robert Corker")])
def test_names_of_one_person(a, b):
    assert compatible(parse_name(a), parse_name(b))


@pytest.mark.parametrize("lone, full", [("King", "Walter King"), ("Prince", "Erik Prince"), ("Dean", "Howard Dean")])
def test_a_lone_surname_that_is_also_a_title_word_is_the_full_names_surname(lone, full):
    assert parse_name(lone).surname == parse_name(full).surname != ""


@pytest.mark.parametrize("a, b", [("Hillary Clinton", "Bill Clinton"), ("George H. W. Bush", "George W. Bush"),
                                  ("Ken Griffey Jr.", "Ken Griffey Sr."), ("Erin Kim", "Kim Jong-un"),
                                  ("Mrs. Jane Doe", "Mr. Jane Doe")])
def test_names_of_different_people(a, b):
    assert not compatible(parse_name(a), parse_name(b))


def test_a_lone_name_with_a_title_someone_else_in_the_article_holds_is_not_a_new_person():
    a = "Russian President Vladimir Putin met Russian President Rice."
    putin = cand(a, "Vladimir Putin", titled=True, roles=[Role("Russian President", 0, 17)])
    rice = cand(a, "Rice", titled=True, roles=[Role("Russian President", 37, 54)])
    res = resolve_people([(a, [putin, rice])], known=[])
    assert [m.text for m in res[0].mentions] == ["Vladimir Putin"]


def test_a_lone_name_after_a_bare_title_another_holds_is_still_a_person():
    a = "President Biden spoke with President Gitanas Nauseda."
    biden = cand(a, "Biden", titled=True, roles=[Role("President", 0, 9)])
    nauseda = cand(a, "Gitanas Nauseda", titled=True, roles=[Role("President", 26, 35)])
    res = resolve_people([(a, [biden, nauseda])], known=[])
    assert [m.text for m in res[0].mentions] == ["Biden", "Gitanas Nauseda"]


NAME_PIECES = ["Ann", "Ann Lee", "Lee", "Lee-Ann", "O'Neil", "Ó Sé", "al-Assad", "Jr.", " ", "  ", "-", ".",
               "x", "Annlee", "\n", "'s", "_"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=30),
       st.sets(st.sampled_from(["Ann", "Ann Lee", "Lee", "Lee-Ann", "O'Neil", "Ó Sé", "al-Assad", "Lee Jr."]),
               min_size=1))
def test_find_names_finds_what_one_regex_of_the_names_longest_first_finds(pieces, names):
    text = "".join(pieces)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                         + r")(?![\w-])")
    expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    assert find_names(text, by_first_word(names), word_starts(text)) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 6))), st.integers(0, 24), st.integers(0, 6))
def test_taken_spans_overlap_as_a_scan_of_every_span_says(spans, start, length):
    taken = TakenSpans()
    for s, n in spans:
        taken.add(s, s + n)
    end = start + length
    assert taken.overlaps(start, end) == any(s < end and start < s + n for s, n in spans)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "for", ".", " ", "\n", "\u2003", " " * 70, "b" * 90, "\t" * 300])),
       st.integers(0, 1000))
def test_word_before_is_the_last_word_of_the_text_before(pieces, position):
    text = "".join(pieces)
    position = min(position, len(text))
    words = text[:position].split()
    assert word_before(text, position) == (words[-1] if words else "")


def test_a_description_several_people_fit_is_the_one_named_most_often():
    text = ("Governor Ana Ruiz toured the port. Ruiz met Governor Tomas Berg there. Ruiz spoke first, "
            "and Ruiz answered questions. The governor promised new cranes.")
    governor = text.index("governor promised")
    [article] = resolve_people([(text, [
        cand(text, "Ana Ruiz", roles=[Role("Governor", 0, 8)]), cand(text, "Ruiz", 1),
        cand(text, "Tomas Berg", roles=[Role("Governor", text.index("Governor Tomas"), text.index(" Tomas"))]),
        cand(text, "Ruiz", 2), cand(text, "Ruiz", 3)])], known=[])
    resolve_descriptions(text, article, [DescriptionCandidate(governor, governor + len("governor"), ["governor"])])
    assert [(m.text, m.person.name) for m in article.mentions if m.kind == "description"] == [("governor", "Ana Ruiz")]


def test_a_role_of_punctuation_alone_is_no_role_to_a_description():
    # the parser may take a stray mark before a name for a noun modifying it ("., Ana Ruiz")
    text = "., Ana Ruiz toured the port. Ruiz spoke first. The governor promised new cranes."
    governor = text.index("governor promised")
    [article] = resolve_people([(text, [cand(text, "Ana Ruiz", roles=[Role(".,", 0, 2)]), cand(text, "Ruiz", 1)])],
                               known=[])
    resolve_descriptions(text, article, [DescriptionCandidate(governor, governor + len("governor"), ["the", "governor"])])
    assert [(m.text, m.person.name) for m in article.mentions if m.kind == "description"] == [("governor", "Ana Ruiz")]


def test_a_role_with_a_rank_word_the_description_lacks_is_another_office():
    nominee, running_mate = ResolvedPerson(full_names={"Ann Hale": 1}), ResolvedPerson(full_names={"Tom Reed": 1})
    roles = {"republican presidential nominee": {nominee}, "republican vice-presidential nominee": {running_mate}}
    assert described(["republican", "nominee"], roles) == [nominee]
    assert described(["vice", "presidential", "nominee"], roles) == [running_mate]
    assert described(["republican", "vice-presidential", "nominee"], roles) == [running_mate]  # as a source reads


def test_a_description_with_a_rank_word_is_not_the_holder_of_the_plain_office():
    governor, predecessor = ResolvedPerson(full_names={"Ann Hale": 1}), ResolvedPerson(full_names={"Tom Reed": 1})
    roles = {"florida governor": {governor}, "former florida governor": {predecessor}}
    assert described(["former", "florida", "governor"], roles) == [predecessor]
    assert described(["florida", "governor"], roles) == [governor]
    assert described(["former", "florida", "governor"], {"florida governor": {governor}}) == []


def test_a_description_naming_a_party_is_not_the_nominee_of_another():
    republican, democrat = ResolvedPerson(full_names={"Ann Hale": 1}), ResolvedPerson(full_names={"Tom Reed": 1})
    roles = {"gop’s presumptive nominee": {republican}, "nominee": {democrat}}
    assert described(["democratic", "party’s", "presumptive", "nominee"], roles) == []
    assert described(["democratic", "party’s", "presumptive", "nominee"], roles, loosely=True) == [democrat]
    assert described(["republican", "presumptive", "nominee"], roles) == [republican]


def test_an_age_tells_no_role_apart():
    president = ResolvedPerson(full_names={"Ann Hale": 1})
    roles = {"kenyan president": {president}}
    assert described(["57-year-old", "president"], roles) == [president]  # "the 57-year-old president"
    assert described(["57-year-old"], roles) == []  # "the 57-year-old"


@pytest.mark.parametrize("name, given, surname, full", [
    ("bin Laden", "", "bin laden", False), ("Bin Laden", "", "bin laden", False),
    ("Osama bin Laden", "osama", "bin laden", True), ("van Gogh", "", "van gogh", False),
    ("Al Gore", "al", "gore", True), ("Van Morrison", "van", "morrison", True), ("Della Reese", "della", "reese", True),
])
def test_a_particle_begins_a_surname_when_written_as_one(name, given, surname, full):
    parsed = parse_name(name)
    assert (parsed.given, parsed.surname, parsed.is_full) == (given, surname, full)


NAMES = ["Mr. Raisi", "Osama bin Laden", "Charles de Gaulle", "Bashar al-Assad", "Kim Jong-un", "Rod Brind'Amour",
         "Joseph R. Biden Jr.", "Xi Jinping", "Trae\u200bger", "Ms. Ocasio-Cortez"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("written", ["{} said so.", "On Monday, {}'s aides left.", "It was {}.", "{}: a profile"])
def test_the_surname_of_a_name_written_in_a_text_is_among_those_looked_up(name, written):
    for form in (name, name.upper()):
        assert surname_key(name) in surnames_in(written.format(form))


def test_a_lone_name_looks_up_the_stored_surnames_it_may_misspell():
    a = "Laisi said the talks went well."
    keys = surnames_to_look_up([(a, [cand(a, "Laisi", speaks=True)])], lambda: ["putin", "raisi", "smith"])
    assert "raisi" in keys and "laisi" in keys
    assert not {"putin", "smith"} & keys


def test_the_people_looked_up_resolve_a_batch_as_everyone_stored_would():
    known = [KnownPerson(1, "Ebrahim Raisi", ["Ebrahim Raisi", "Raisi"], article_ids=frozenset({1, 2})),
             KnownPerson(2, "Vladimir Putin", ["Vladimir Putin", "Putin"], article_ids=frozenset({1, 2})),
             KnownPerson(3, "Recep Tayyip Erdogan", ["Recep Tayyip Erdogan"], article_ids=frozenset({1})),
             KnownPerson(4, "Hillary Clinton", ["Hillary Clinton"], gender="female"),
             KnownPerson(5, "Bill Clinton", ["Bill Clinton"], gender="male"),
             KnownPerson(6, "Anna Keller", ["Anna Keller"])]
    a = "Putin met Laisi and Tayyip Erdogan in Tehran. Mrs. Clinton spoke. Vladimir Putin left."
    b = "Bill Clinton and Ibrahim Raisi met."
    articles = [(a, [cand(a, "Putin"), cand(a, "Laisi", speaks=True), cand(a, "Tayyip Erdogan"),
                     cand(a, "Mrs. Clinton", name="Clinton", titled=True, title_gender="female")]),
                (b, [cand(b, "Bill Clinton"), cand(b, "Ibrahim Raisi")])]
    keys = surnames_to_look_up(articles, lambda: sorted({surname_key(x) for k in known for x in k.aliases}))
    looked_up = [k for k in known if any(surname_key(alias) in keys for alias in k.aliases)]
    assert [k.id for k in looked_up] == [1, 2, 3, 4, 5]

    def resolved(people):
        return [[(m.text, m.person.id) for m in article.mentions] for article in resolve_people(articles, people)]
    assert resolved(looked_up) == resolved(known)
    assert ("Laisi", 1) in resolved(known)[0] and ("Vladimir Putin", 2) in resolved(known)[0]


def test_a_bare_word_joins_no_one_another_article_made_of_it_alone_whichever_came_first():
    # the model calls "Twitter" a person; where the text treats it as one too ("Twitter said"), one is made
    a = "Ann Lee and Tom Ruiz spoke. Twitter said the posts were removed."
    b = "Ann Lee met Tom Ruiz. The clip spread on Twitter overnight."
    texts = {"a": (a, [cand(a, "Ann Lee"), cand(a, "Tom Ruiz"), cand(a, "Twitter", speaks=True)]),
             "b": (b, [cand(b, "Ann Lee"), cand(b, "Tom Ruiz"), cand(b, "Twitter")])}

    def twitter(order: str) -> dict[str, list[str]]:
        results = resolve_people([texts[k] for k in order], known=[])
        return {k: [m.text for m in r.mentions if m.text == "Twitter"] for k, r in zip(order, results)}

    assert twitter("ab") == twitter("ba") == {"a": ["Twitter"], "b": []}


def test_a_pronoun_or_two_against_the_given_name_do_not_make_the_gender():
    # "Hale said her proposals ... but she needs ...": the pronouns are about someone else
    hale = ResolvedPerson(full_names=Counter({"David Hale": 1}), gender_votes=Counter({FEMALE: 1}))
    assert hale.likely_gender == MALE
    # many pronouns, or a courtesy title's weight, are the text's own word
    jordan = ResolvedPerson(full_names=Counter({"David Jordan": 1}), gender_votes=Counter({FEMALE: 3}))
    assert jordan.likely_gender == FEMALE
    # and with no given name to go by, a single pronoun is enough
    assert ResolvedPerson(aliases={"Hale"}, gender_votes=Counter({FEMALE: 1})).likely_gender == FEMALE


def test_a_misspelt_surname_is_not_a_short_word_nor_a_surname_someone_bears():
    from factstore.resolve import PeopleIndex
    index = PeopleIndex([])

    def named_in(full_name: str, articles: set[int]) -> ResolvedPerson:
        return index.add(ResolvedPerson(full_names=Counter({full_name: 1}), articles=set(articles)))

    companions = {named_in("Dana Whitlock", {1, 2}), named_in("Amos Kettering", {1, 2})}
    named_in("Ebrahim Raisi", {1})
    named_in("Renee Gold", {1})
    named_in("Jeffrey Salkin", {1})
    named_in("Joseph Stalin", {7})  # in another story
    assert index.fuzzy_surname("laisi", None, companions, 3).name == "Ebrahim Raisi"  # misspelt
    assert index.fuzzy_surname("god", None, companions, 3) is None  # "Thank God": too short to tell
    assert index.fuzzy_surname("stalin", None, companions, 3) is None  # a surname as written, not "Salkin"
