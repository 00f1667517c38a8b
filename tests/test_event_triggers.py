"""Trigger words that name no event where they stand, and the status a clause gives an event,
on sentences written for each case."""
import pytest

from factstore.events import extract_events
from factstore.parse import load_model


def events_in(sentence: str) -> list[tuple[str, str, str]]:
    """(type, status, trigger) of each event extracted from the sentence."""
    return [(e.event_type, e.status, e.trigger.text) for e in extract_events(load_model()(sentence))]


@pytest.mark.model
@pytest.mark.parametrize("sentence, word", [
    ("Critics now say the objective has been met.", "met"),
    ("The measures have been met with fierce opposition from gay rights groups.", "met"),
    ("The promise to add soldiers is met with relief among allies.", "met"),
    ("Senators worked all night to kill the proposal.", "kill"),
    ("The setback killed my enthusiasm for the race.", "killed"),
    ("Fifty Republican security officials signed an open letter on Monday.", "signed"),
    ("Voters are rejecting him in droves.", "rejecting"),
    ("Russia took Crimea in 2014.", "took"),
    ("He lost his job in Ohio after the plant closed.", "lost"),
    ("The senator backed away from the plan.", "backed"),
    ("The trade war hurt farmers.", "war"),
    ("The governor raised taxes last year.", "raised"),
    ("Iran is betting, backed by Russia, that it may pressure Washington.", "backed"),
    ("The president calls such moves an economic war declaration.", "war"),
    # winning that is no election: conquest, sport, a storm, a lottery
    ("ISIS captured Mosul in June 2014.", "captured"),
    ("The Taliban took Kabul in August.", "took"),
    ("The Warriors beat the Cavaliers in Cleveland on Sunday.", "beat"),
    ("Hurricane Katrina swept Louisiana in 2005.", "swept"),
    ("America's victory in Iraq was short-lived.", "victory"),
    ("A lottery winner in Texas claimed the prize.", "winner"),
    ("Actress Ana Ruiz was honored as she took home the Young, Black and Gifted award.", "took"),  # a prize
    ("The campaign lost its chairman in August.", "lost"),
    # words of criticism used of things
    ("Hurricane Sandy slammed into New Jersey on Monday.", "slammed"),
    ("He slammed the door and left.", "slammed"),
    ("The vote was pushed back to Friday.", "pushed"),
    ("The senator went home after the debate.", "went"),
    ("The gunman took aim at the crowd.", "aim"),
    ("Russia launched a bombing campaign in Syria on Wednesday.", "campaign"),
    ("The two candidates engaged in a war of words on Monday.", "war"),
    ("Intelligence gathering was stepped up in 2002.", "gathering"),
    ("Apple raised $14 billion in a bond sale.", "raised"),
    ("The university addressed the students' concerns about tuition.", "addressed"),
    ("He told reporters the plan would work.", "told"),
    ("He advised foreign leaders on how to win elections.", "elections"),  # elections in general
    ("The unions want fair elections in every workplace.", "elections"),
    ("His remarks touched off a contentious debate over gender.", "debate"),  # a debate about something
    ("The real Mannix died of a heart attack in 1963.", "attack"),
    ("Both parties consider the newly escalated gender wars.", "wars"),
    ("The loss of jobs in Ohio hurt the town.", "loss"),
    ("We will win on trade.", "win"),  # winning with no election in sight
    ("He won the argument with his brother.", "won"),
    ("The bill died in the Senate.", "died"),  # a bill is no one
    ("She would not get 5 percent of the vote.", "vote"),  # a share of it, no vote held
    ("Senators took a vote on the amendment.", "took"),  # the vote is the trigger, no election won
    ("The clerk printed new ballots for the county.", "ballots"),  # ballots, none cast
    ("Ana Ruiz, a major party fundraiser in Tulsa, agreed.", "fundraiser"),  # a person who raises money
    ("Republican leaders said they have the votes to pass the bill.", "votes"),  # votes to be had, none cast
    ("Ferguson had two murders in 2014, according to the data.", "murders"),  # a figure, not a happening
    ("The town saw violent crime, including murder, rape and robbery.", "murder"),  # a kind of crime
    ("Clinton is courting Hispanic votes in Florida.", "votes"),
    ("Smith, a longtime fundraiser for the senator, donated $2,700.", "fundraiser"),  # a person
    ("She is a prodigious fundraiser for the party.", "fundraiser"),
    ("Older women support Ana Ruiz by wide margins, the poll found.", "support"),  # voters, no endorsement
    ("Most voters interviewed on Tuesday backed the levy.", "interviewed"),  # those asked, no meeting
    ("The survey interviewed 1,000 adults by phone.", "interviewed"),  # polling
    ("Ana Ruiz spoke out in favor of the levy.", "spoke"),
    ("Police say Smith beat John Doe in Brooklyn on Saturday.", "beat"),  # a beating, no election
    ("Readers may enter the contest for a signed copy of the novel.", "contest"),  # a giveaway
    ("The essay contest drew 300 entries from local schools.", "contest"),
    # a danger, not a threat made
    ("Analysts call the drought a serious threat to the harvest.", "threat"),
    ("Ports are stepping up checks to confront threats like smuggling.", "threats"),
    ("Officials take seriously the threat posed by the flooding.", "threat"),
    ("The new tariff threatens the plant's future.", "threatens"),
    ("A case that had threatened to cripple the unions was dismissed.", "threatened"),
    ("Worries about down-ballot races grew on Wednesday.", "ballot"),
    ("She could lose the first two nominating contests in Iowa and New Hampshire.", "nominating"),
    # a refusal, not a denial; a people rejected, not a claim
    ("The mayor called for denying entry to travelers from those countries.", "denying"),
    ("The Senate denied the nominee a hearing.", "denied"),
    ("Her request was denied on Friday.", "denied"),
    ("Voters consistently reject establishment Republicans.", "reject"),
    ("The dominant Republican in the nominating race was pressed on Sunday.", "nominating"),
    ("Worries about down ballot races grew on Wednesday.", "ballot"),
    ("Rising water threatened the village.", "threatened"),
    ("The filibuster threatens the bill.", "threatens"),
    ("Jobs are threatened by automation.", "threatened"),
    ("The hurricane renewed the threat of flooding in the valley.", "threat"),
    ("The threat from the Islamic State has grown.", "threat"),
    ("Officials watch for terrorist threats from militants.", "threats"),
    # pay at a rate of time: a wage, not a payment made
    ("Most warehouse jobs in the county pay $16 an hour.", "pay"),
    ("She found a position that pays $90,000 a year.", "pays"),
    ("She found a position paying $90,000 a year.", "paying"),
    ("The plant pays its welders $31 per hour.", "pays"),
    ("Workers at the plant are paid $12 an hour.", "paid"),
    # a fund, a room, a state of mind
    ("She built a war chest of $4 million for the race.", "war"),
    ("Campaign war chests swelled in the spring.", "war"),
    ("Staff met in the campaign war room on Sunday.", "war"),
    ("The party was shaken out of its self-denial.", "denial"),
    # what applies to something, and applications that are no bid to join
    ("The tax applies to all imports from Canada.", "applies"),
    ("The new rules will not apply to current workers.", "apply"),
    ("The same method could be applied to hate speech.", "applied"),
    ("Her visa application was denied.", "application"),
    ("She filed an application for a permit to march.", "application"),
    # denying someone something is refusing it, not saying it is untrue
    ("She hopes to deny Senator Warren the Democratic nomination.", "deny"),
])
def test_a_trigger_word_that_names_no_event(sentence, word):
    assert [e for e in events_in(sentence) if e[2] == word] == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen killed four soldiers near the border on Tuesday.", ("death", "happened", "killed")),
    ("Two officers were killed at the checkpoint.", ("death", "happened", "killed")),
    ("Putin was met by Raisi at the airport.", ("meeting", "happened", "met")),
    ("The governor signed the bill on Friday.", ("legislation", "happened", "signed")),
    ("The ministry rejected the allegations as baseless.", ("denial", "happened", "rejected")),
    ("Ten people died in a car bomb attack in the capital.", ("attack", "happened", "attack")),
    ("Gunmen attacked the checkpoint on Tuesday.", ("attack", "happened", "attacked")),
    ("Soldiers attacked the village on Tuesday.", ("attack", "happened", "attacked")),
    ("He attacked his wife with a knife.", ("attack", "happened", "attacked")),
    ("The gunman's attack on the church killed nine people.", ("attack", "happened", "attack")),
    ("Two hostages were killed on Monday.", ("death", "happened", "killed")),
    ("The murders of three activists shocked the town.", ("death", "happened", "murders")),
    ("Three migrants were detained at the border.", ("arrest", "happened", "detained")),
    ("The mayor received death threats against her family.", ("threat", "happened", "threats")),
    ("The union renewed its threat to strike on Monday.", ("threat", "happened", "threat")),
    ("Ortiz made threats against the referee after the match.", ("threat", "happened", "threats")),
    ("Her threat stunned the council.", ("threat", "happened", "threat")),
    ("The network paid Ruiz $250,000 for the interview.", ("donation", "happened", "paid")),
    ("Police charged him with communicating a threat.", ("threat", "happened", "threat")),
    ("The insurer has threatened to leave the state exchange.", ("threat", "happened", "threatened")),
    ("Right-wing parties threaten to block the budget.", ("threat", "happened", "threaten")),
    ("The city threatened to sue the state.", ("threat", "happened", "threatened")),
    ("Several election officials were threatened after the vote.", ("threat", "happened", "threatened")),
    ("Tehran's threats were dismissed by Washington.", ("threat", "happened", "threats")),
    ("The union dropped its threat of a strike.", ("threat", "happened", "threat")),
    ("In interviews, several threatened to disrupt the convention.", ("threat", "happened", "threatened")),
    ("The campaign had been paying $35,000 a month for the office.", ("donation", "ongoing", "paying")),
    ("A bomb threat forced the evacuation of the school.", ("threat", "happened", "threat")),
    ("Officials received online threats made against the mayor.", ("threat", "happened", "threats")),
    ("The ministry denied the report on Tuesday.", ("denial", "happened", "denied")),
    ("The court rejected the claim.", ("denial", "happened", "rejected")),
    ("Sanders rejected NAFTA.", ("denial", "happened", "rejected")),
    ("The agency denied the treatment of migrants was cruel.", ("denial", "happened", "denied")),
    ("Senator Tom Keague said he would support Ana Ruiz in November.", ("endorsement", "planned", "support")),
    ("Anchor Tom Keague interviewed Ana Ruiz on Tuesday.", ("meeting", "happened", "interviewed")),
    ("Tom Keague conceded the race to Ana Ruiz.", ("election", "happened", "race")),
    ("Mayor Ana Ruiz spoke out against the levy.", ("accusation", "happened", "spoke")),
    ("A newly released email shows the mayor knew.", ("leak", "happened", "released")),
    # a party's nomination makes a candidate; a nomination to a post an appointee
    ("The roll call ended with delegates formally nominating billionaire Ana Ruiz for president.",
     ("candidacy", "happened", "nominating")),
    ("Republicans nominated Tom Keague in July.", ("candidacy", "happened", "nominated")),
    ("The governor nominated Tom Keague to the state Supreme Court.", ("appointment", "happened", "nominated")),
    ("The Conservative leadership ballot, now down to two candidates, closes on Friday.",
     ("vote", "happened", "ballot")),
    ("Pyongyang threatened Seoul on Monday.", ("threat", "happened", "threatened")),
    ("The bill passed over veto threats from the White House.", ("threat", "happened", "threats")),
    ("The mill paid $40 million in property taxes last year.", ("donation", "happened", "paid")),
    ("The partisan attacks grew sharper in the fall.", ("accusation", "happened", "attacks")),
    ("Rebels attacked the convoy near Aleppo.", ("attack", "happened", "attacked")),
    ("A man attacked her with a knife outside the station.", ("attack", "happened", "attacked")),
    ("Sweden applied to join NATO in May.", ("membership application", "happened", "applied")),
    ("He never applied to the school.", ("membership application", "negated", "applied")),
    ("Tehran submitted an application to become a member of the bloc.",
     ("membership application", "happened", "application")),
    ("Kyiv submitted its membership application on Friday.", ("membership application", "happened", "application")),
    ("Austria applied for membership of the bloc in 1989.", ("membership application", "happened", "applied")),
])
def test_the_same_words_where_they_name_the_event(sentence, expected):
    assert expected in events_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # criticism is an accusation (CAMEO 11), an attack in words too
    ("Smith criticized the governor during a debate on Monday.", ("accusation", "happened", "criticized")),
    # attacks in words: on a person by a person, or by ads and speeches on anything
    ("He won the Senate race by attacking Dewhurst.", ("accusation", "happened", "attacking")),
    ("Outside groups spent millions on online ads attacking Trump.", ("accusation", "happened", "attacking")),
    ("His stump speeches attacking free trade drew cheers.", ("accusation", "happened", "attacking")),
    ("The aides attacked her harshly in a closed-door session.", ("accusation", "happened", "attacked")),
    ("How hard will Clinton attack?", ("accusation", "planned", "attack")),
    # a strike by workers is a protest (CAMEO 14), one by drones an attack
    ("The strike by dockworkers has idled the ports for nine days.", ("protest", "happened", "strike")),
    ("Teachers went on strike on Monday.", ("protest", "happened", "strike")),
    ("Union leaders called the walkout a success.", ("protest", "happened", "walkout")),
    ("A drone strike killed three militants.", ("attack", "happened", "strike")),
    ("Iran rejected an offer of direct talks with Washington.", ("meeting", "planned", "talks")),
    ("She rejected a Fox News proposal for one final debate.", ("debate", "planned", "debate")),
    ("The vote was delayed after Republicans boycotted the session.", ("protest", "happened", "boycotted")),
    ("Toomey said the boycott was the only tool they had.", ("protest", "happened", "boycott")),
    # the parse reads the one named as the verb's predicate
    ("The company's board named chairman David Calhoun as the new CEO, effective Jan. 13.",
     ("appointment", "happened", "named")),
    ("The mayor lashed out at reporters after the vote.", ("accusation", "happened", "lashed")),
    ("The governor took aim at the billionaire class.", ("accusation", "happened", "aim")),
    ("Smith attacked the governor's record.", ("accusation", "happened", "attacked")),
    ("The senator shrugged off Clinton's attacks on his record.", ("accusation", "happened", "attacks")),
    # an attack with nothing of violence about it is one in words: political news calls words attacks
    ("Sanders has questioned her positions, but his attacks have not been effective.",
     ("accusation", "happened", "attacks")),
    ("The governor said she can handle these attacks.", ("accusation", "happened", "attacks")),
    ("Russia faces sanctions for the attack on its neighboring country.", ("attack", "happened", "attack")),
    ("The terrorist attacks shocked the city.", ("attack", "happened", "attacks")),
    ("The ransomware attack on the pipeline worried the senator.", ("attack", "happened", "attack")),
    ("The governor says he is under political attack because of his rise in the polls.",
     ("accusation", "happened", "attack")),
    # winning a place or in one
    ("Gonzalez won Nevada easily and carried Arizona by ten points.", ("election", "happened", "won")),
    ("Gonzalez won Nevada easily and carried Arizona by ten points.", ("election", "happened", "carried")),
    ("Gonzalez defeated Miller in the Texas primary on Tuesday.", ("election", "happened", "defeated")),
    # winning an election is told by the verb and by the noun
    ("Maria Gonzalez won the Texas primary on Tuesday.", ("election", "happened", "won")),
    ("Maria Gonzalez won the Texas primary on Tuesday.", ("election", "happened", "primary")),
    ("Her victory in Iowa surprised the party.", ("election", "happened", "victory")),
    ("The senator's victory in Iowa surprised the party.", ("election", "happened", "victory")),
    ("Three state elections in March favored the party.", ("election", "happened", "elections")),
    ("She had 1,944 delegates heading into Tuesday's primaries.", ("election", "happened", "primaries")),
    # a contest for an office or a nomination
    ("The governor won the Republican contest in Ohio by ten points.", ("election", "happened", "contest")),
    ("Ruiz has won three of the four nomination contests so far.", ("election", "happened", "contests")),
    # a fundraiser held is an occasion for donations
    ("Ana Ruiz held a fundraiser for the senator in October.", ("donation", "happened", "fundraiser")),
    ("At a private fundraiser in Tulsa last week, the senator spoke of the deficit.",
     ("donation", "happened", "fundraiser")),
    # votes are ballots cast, wherever they are counted
    ("The mayor won the most votes in the first round.", ("vote", "happened", "votes")),
    ("Gonzalez leads Miller by 2.4 million votes.", ("vote", "happened", "votes")),
    # meetings by other names, a bill that passes
    ("In an interview with CNN, the senator defended her record.", ("meeting", "happened", "interview")),
    ("The measure passed after 39 hours of debate.", ("legislation", "happened", "passed")),
    ("Superdelegates backing Clinton may switch.", ("endorsement", "happened", "backing")),
    ("The chairman has aggressively pushed back on those charges.", ("denial", "happened", "pushed")),
    ("The state's top Democrats had endorsed the former governor's bid.", ("endorsement", "happened", "endorsed")),
    ("The novelist told an audience in Houston that the remarks were intolerable.", ("speech", "happened", "told")),
    ("I was against the war in Iraq.", ("attack", "happened", "war")),
    ("The businessman launched his campaign in June.", ("candidacy", "happened", "campaign")),
    ("She may be prosecuted over her email server.", ("charge", "expected", "prosecuted")),
    # a campaign's stop in a city is travel; a visit to a capital, a visit
    ("Both candidates visited Wilmington this summer.", ("travel", "happened", "visited")),
    ("Putin visited Tehran on Tuesday.", ("visit", "happened", "visited")),
    ("The senator has raised $204,202 from hedge fund executives.", ("donation", "happened", "raised")),
    ("Nobody knows what he would do if he wins in November.", ("election", "expected", "wins")),
    # a candidate who wins with no object, or wins delegates or an office
    ("Polls show that if she runs, she wins.", ("election", "happened", "wins")),
    ("The senator's preferred candidates won most of the delegates available.", ("election", "happened", "won")),
    ("If she wins the presidency, he will leave the foundation.", ("election", "expected", "wins")),
    ("He will leave the foundation if his wife wins the presidency.", ("election", "expected", "wins")),
])
def test_events_the_inventory_names_in_other_words(sentence, expected):
    assert expected in events_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("Okafor is going to meet Quist in May.", ("meeting", "planned", "meet")),  # "going to" is a plan
    ("She’ll vote for him in November.", ("vote", "planned", "vote")),  # a curly apostrophe
    ("To win the nomination, he has to prevail in the winner-take-all states.", ("election", "expected", "prevail")),
    ("He had to resign in March.", ("resignation", "happened", "resign")),
    ("If she is elected, she will keep her aides.", ("election", "expected", "elected")),
    ("Unless the mayor resigns, the council will act.", ("resignation", "expected", "resigns")),
    ("One petition for the mayor to resign has 250,000 signatures.", ("resignation", "expected", "resign")),
    ("She was elected in 2012.", ("election", "happened", "elected")),
    # a need is not yet a fact; securing a nomination is the nomination's verb
    ("Either candidate would need 2,383 delegates to secure the nomination.", ("candidacy", "expected", "nomination")),
    # the present of a timetable is to come; what came before "since" has happened
    ("Primary week\nThe state holds its primary on Tuesday.", ("election", "planned", "primary")),
    ("Port talks\nMendes meets the prime minister on Friday.", ("meeting", "planned", "meets")),
    ("Port talks\nMendes met the prime minister on Friday.", ("meeting", "happened", "met")),
    ("Port talks\nThe board meets June 16 to approve the plan.", ("meeting", "planned", "meets")),  # a day of a month
    ("Port talks\nThe board meets Tuesday, June 16th.", ("meeting", "planned", "meets")),
    # a date before the verb dates something else: a document, a line of a timeline
    ("Port suit\nThe November 23 lawsuit alleges that the mayor lied.", ("accusation", "happened", "alleges")),
    ("Port talks\nAug. 3 — Mendes meets the prime minister.", ("meeting", "happened", "meets")),
    ("Port talks\nMendes visits Lisbon on Day 1 of his tour.", ("visit", "happened", "visits")),  # no month
    ("Mendes Meets Prime Minister on Friday\nThe talks went well.", ("meeting", "happened", "Meets")),  # a headline
    ("Port talks\nMendes, who leads the race, met Ruiz on Friday.", ("election", "happened", "race")),
    ("She will take the stage after a run of good news since their Oct. 13 debate.", ("debate", "happened", "debate")),
    # what is asked for is still to come; "no" before the doer or the event says it did not happen
    ("Republicans demanded an investigation into the leak.", ("investigation", "expected", "investigation")),
    ("Maria Gonzalez requested a meeting with Tom Keague, which took place this morning.",
     ("meeting", "happened", "meeting")),
    ("Senate Democrats called for an inquiry into the director.", ("investigation", "expected", "inquiry")),
    ("Keague called the investigation a witch hunt.", ("investigation", "happened", "investigation")),
    ("No reasonable prosecutor would bring charges in the case.", ("charge", "negated", "charges")),
    ("The bureau recommended that no charges be filed.", ("charge", "negated", "charges")),
    ("Nobody was arrested on Saturday.", ("arrest", "negated", "arrested")),
    # a deal talked over is not yet made; what happened and is talked over happened
    ("The two leaders discussed a gas deal on Friday.", ("agreement", "expected", "deal")),
    # a strike that lasts days or weeks is a walkout; machinists strike
    ("A two-day strike shut the port.", ("protest", "happened", "strike")),
    ("The machinists' strike halted production.", ("protest", "happened", "strike")),
    ("The council discussed the shooting on Friday.", ("attack", "happened", "shooting")),
])
def test_status_from_a_condition_or_a_demand(sentence, expected):
    assert expected in events_in(sentence)


def scenes_in(sentence: str) -> list[tuple[str, str, str | None, list[str]]]:
    """(type, trigger, date text, participants) of each event extracted from the sentence."""
    return [(e.event_type, e.trigger.text, e.date.text if e.date else None, [p.text for p in e.participants])
            for e in extract_events(load_model()(sentence))]


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("In a speech Thursday, Obama said the economy was growing.", ("speech", "speech", "Thursday", ["Obama"])),
    ("Speaking at a rally in Ohio on Saturday, Trump attacked the press.", ("rally", "rally", "Saturday", ["Trump"])),
    # the parse hangs "in" from the object here
    ("Clinton defeated Sanders in Delaware's primary on Tuesday.", ("election", "primary", "Tuesday", ["Clinton"])),
    # the one told is the other side of the interview
    ("Podesta told The Huffington Post in an interview on Thursday that the party would unite.",
     ("meeting", "interview", "Thursday", ["Podesta", "The Huffington Post"])),
    # a participant ends before its relative clause
    ("The real Mannix, who died in 1963, was never charged.", ("charge", "charged", None, ["The real Mannix"])),
    # and without the words after it that say when
    ("A grand jury on Friday charged the mayor with fraud.",
     ("charge", "charged", "Friday", ["A grand jury", "the mayor"])),
    # "after" sets no scene: the lead grew on another day
    ("After the debate, Clinton's lead grew on Tuesday.", ("debate", "debate", None, [])),
    # talks a host receives a guest for: the guest is the other side, and the place the host's
    ("Putin will host Erdogan in Sochi for talks next week.", ("meeting", "talks", "next week", ["Putin", "Erdogan"])),
])
def test_an_event_that_sets_the_scene_of_its_clause_takes_its_date_and_subject(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # a day and its time of day, on the verb an event noun hangs from
    ("While celebrating victories in three primaries Tuesday night, Okafor criticized the council.",
     ("election", "victories", "Tuesday night", [])),
    # a clause at the same time as the event's, before or after it
    ("While celebrating victories in three primaries Tuesday night, Okafor criticized the council.",
     ("accusation", "criticized", "Tuesday night", ["Okafor", "the council"])),
    ("Okafor criticized the council when she toured the harbour on Friday.",
     ("accusation", "criticized", "Friday", ["Okafor", "the council"])),
    # not a clause at another time
    ("After she toured the harbour on Friday, Okafor criticized the council.",
     ("accusation", "criticized", None, ["Okafor", "the council"])),
])
def test_an_event_takes_the_date_of_a_clause_at_the_same_time(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # the day of the announcement is not the day of what it says is to come
    ("Okafor announced on Sunday that she would resign.", ("resignation", "resign", None, ["she"])),
    ("Reid said on Monday that the Senate will vote on the bill.", ("vote", "vote", None, ["the Senate"])),
    # what is reported as done may take it
    ("Smith confirmed last week that he had resigned.", ("resignation", "resigned", "last week", ["he"])),
])
def test_the_date_of_words_reporting_an_event_to_come_is_not_the_event_s(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.fixture(scope="module")
def primaries_db(tmp_path_factory):
    from conftest import REPO, seeded_db

    return seeded_db(tmp_path_factory, "primaries", REPO / "tests" / "texts" / "primaries")


@pytest.mark.model
def test_primaries_the_same_day_in_two_states_are_two_elections(primaries_db):
    from conftest import query

    rows = query(primaries_db, "select m.event_id, pl.name from event_mentions m join places pl on pl.id = m.place_id "
                               "where m.trigger_text = 'primary'")
    assert sorted(name for _, name in rows) == ["Florida", "Ohio"]
    assert len({event for event, _ in rows}) == 2


@pytest.mark.model
def test_a_phrase_that_names_no_one_is_no_participant(primaries_db):
    from conftest import query

    names = query(primaries_db, "select coalesce(p.name, ep.name) from event_participants ep "
                                "left join people p on p.id = ep.person_id")
    assert not [n for (n,) in names if "primaries" in n]  # "won states with open primaries, like Michigan"
    assert ("Maria Gonzalez",) in names


@pytest.mark.model
def test_an_event_dated_after_its_article_is_still_to_come(primaries_db):
    from conftest import query

    rows = query(primaries_db, "select m.status, m.occurred_on, m.date_precision from event_mentions m "
                               "join articles a on a.id = m.article_id where a.source_file = 'ahead.txt' "
                               "and m.trigger_text = 'election'")
    assert rows == [("planned", "2017-01-01", "year")]  # "next year's election", in an article of March 2016
    rows = query(primaries_db, "select m.status, m.occurred_on, m.date_precision from event_mentions m "
                               "where m.trigger_text = 'meet'")
    assert rows == [("planned", "2016-03-14", "week")]  # "when they meet next week": the whole week is to come


@pytest.mark.model
@pytest.mark.parametrize("sentence, organisation", [
    # initials the model reads as a place, and "it" after them
    ("The F.B.I. said on Friday that it had reopened its investigation into the contracts.", "FBI"),
    ("The F.A.A. said it had opened an investigation into the crash.", "FAA"),
])
def test_it_stands_for_the_organisation_whose_initials_the_model_read_as_a_place(sentence, organisation):
    found = [e for e in extract_events(load_model()(sentence)) if e.event_type == "investigation"]
    agents = [name for e in found for p in e.participants if p.role == "agent" for _, name, _ in p.entities]
    assert agents == [organisation]


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("He has not been charged.", ("charge", "charged", None, ["He"])),
    ("The mayor was charged on Tuesday.", ("charge", "charged", "Tuesday", ["The mayor"])),
    # the one asked to resign resigns, not the one asking
    ("Obama asked Comey to resign.", ("resignation", "resign", None, ["Comey"])),
    ("Democrats pressed the F.B.I. to release the emails.", ("leak", "release", None, ["the F.B.I.", "the emails"])),
])
def test_who_an_event_is_done_to_or_by_when_the_parse_gives_no_subject_of_its_own(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("The mayor called a vote for Friday.", ("vote", "vote", "Friday", ["The mayor"])),
    # a light verb that says what the event was does not hold it: the one who calls it so is no voter
    ('Vance called the vote "a turning point for the city."', ("vote", "vote", None, [])),
])
def test_a_light_verb_with_a_predicate_for_its_object_holds_no_event(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
def test_a_fee_charged_is_no_charge():
    assert events_in("The bank charged a fee.") == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("Federal prosecutors are reviewing the contracts.",
     ("investigation", "reviewing", None, ["Federal prosecutors", "the contracts"])),
    ("Investigators found the files while looking into an unrelated case.",
     ("investigation", "looking", None, ["Investigators"])),
    ("The House committee will examine the deal.",
     ("investigation", "examine", None, ["The House committee", "the deal"])),
])
def test_examining_and_reviewing_by_investigators_or_an_organisation_is_an_investigation(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Trump reviewed the plans on Monday.",
    "She looked into his eyes.",
    "Apple is reviewing its options.",
])
def test_examining_and_reviewing_by_anyone_else_is_no_investigation(sentence):
    assert [e for e in events_in(sentence) if e[0] == "investigation"] == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # what a quantity is of
    ("WikiLeaks published thousands of internal emails on Friday.",
     ("leak", "published", "Friday", ["WikiLeaks", "thousands of internal emails"])),
    ("The emails were posted online on Friday.", ("leak", "posted", "Friday", ["The emails"])),
    # a relative pronoun is the noun it stands for
    ("The emails, which were stolen by hackers, were posted online.",
     ("leak", "stolen", None, ["hackers", "The emails"])),
])
def test_documents_published_posted_or_stolen_are_leaked(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence", ["She posted a video on Twitter.", "The prison released thousands of inmates."])
def test_other_things_posted_or_released_are_no_leak(sentence):
    assert [e for e in events_in(sentence) if e[0] == "leak"] == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("Donna Brazile was named interim chairwoman.", ("appointment", "named", None, ["Donna Brazile"])),
])
def test_naming_someone_to_a_post_is_an_appointment(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
def test_naming_someone_anything_else_is_no_appointment():
    assert events_in("The magazine named him person of the year.") == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # who a participle after the event's noun says did it
    ("A lawsuit filed by Sanders donors could proceed.", ("lawsuit", "lawsuit", None, ["Sanders donors"])),
    ("An investigation led by the F.B.I. found nothing.", ("investigation", "investigation", None, ["the F.B.I."])),
    # or "by" right after it; not "by" a margin
    ("The indictment follows an investigation by the FBI.", ("investigation", "investigation", None, ["the FBI"])),
    ("The attack by Russian forces killed ten.", ("attack", "attack", None, ["Russian forces"])),
    ("Her victory by 10 points in Iowa surprised them.", ("election", "victory", None, ["Her"])),
    # "by" after an active verb with a subject says how, not by whom
    ("Ana Ruiz won by a compelling margin in the Granite State.", ("election", "won", None, ["Ana Ruiz"])),
    # the noun a participle follows is what it was done to
    ("The emails released by WikiLeaks on Friday embarrassed the party.",
     ("leak", "released", "Friday", ["WikiLeaks"])),
])
def test_a_participle_after_a_noun_gives_the_event_its_doer_or_its_object(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # a date after "before" or "since" bounds the event and is not its date
    ("Ryan said the House would not vote on the bill before the July 4 recess.",
     ("vote", "vote", None, ["the House"])),
    ("Talks have continued since 2014.", ("meeting", "Talks", None, [])),
    # the date of a reaction is not the date of what it answers
    ("Okafor criticized the Senate vote at a rally on Tuesday.", ("vote", "vote", None, ["Senate"])),
    ("Okafor criticized the Senate vote at a rally on Tuesday.",
     ("accusation", "criticized", "Tuesday", ["Okafor", "the Senate vote"])),
    # how long an event lasts is no date of it
    ("The indictment follows a two-year investigation.", ("investigation", "investigation", None, [])),
    # a relative clause tells of its noun at its own time, not at that of the clause the noun is in
    ("Mayor Ana Ruiz, who had threatened to veto the budget, said on Wednesday that she would sign it.",
     ("threat", "threatened", None, ["Mayor Ana Ruiz"])),
    # what words report as done was done before they were said
    ("Okafor won the Lakeview primary, the Daily Ledger declared on Thursday.",
     ("election", "won", None, ["Okafor"])),
    ("Dahl said on Monday that the governor vetoed the bill.",
     ("legislation", "vetoed", None, ["the governor", "the bill"])),
    # what a proposal or an offer is for is planned, at no time and with no one of the clause that turns it down
    ("The Kremlin on Thursday dismissed a proposal by French President Emmanuel Macron for talks on a ceasefire.",
     ("meeting", "talks", None, [])),
    ("Iran rejected an offer of direct talks with Washington.", ("meeting", "talks", None, ["Washington"])),
    # but an infinitive after the noun is at that time
    ("Clinton on Tuesday became the first woman to win the presidential nomination of a major party.",
     ("candidacy", "nomination", "Tuesday", ["the first woman"])),
    ("Verizon took a step toward ending a weeks-long strike by its union workers.", ("protest", "strike", None, [])),
    ("The decades-old ban was struck down by the court in May.",
     ("lawsuit", "struck", "May", ["the court", "The decades-old ban"])),
])
def test_dates_that_are_not_the_event_s_own(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("The Senate on Monday rejected four proposals to tighten gun laws.",
     ("legislation", "rejected", "Monday", ["The Senate", "four proposals to tighten gun laws"])),
    ("The House approved the bill on Friday.", ("legislation", "approved", "Friday", ["The House", "the bill"])),
    # a person rejecting a proposal or a claim denies it
    ("Okafor rejected the proposal.", ("denial", "rejected", None, ["Okafor", "the proposal"])),
])
def test_a_bill_or_a_legislature_s_proposal_rejected_or_approved_is_legislation(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("Okafor spoke by telephone with Dahl on Monday.", ("phone call", "spoke", "Monday", ["Okafor", "Dahl"])),
    ("Protesters marched in Lakeview on Saturday against the pact.",
     ("protest", "marched", "Saturday", ["Protesters"])),
    # what the protest is against came before it
    ("Protesters marched in Lakeview on Saturday against the pact.", ("agreement", "pact", None, [])),
])
def test_phone_calls_and_marches(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence", ["The troops marched into the city.", "Okafor rallied supporters in Ohio."])
def test_marching_and_rallying_that_is_no_protest(sentence):
    assert [e for e in events_in(sentence) if e[0] == "protest"] == []


@pytest.mark.model
def test_a_gerund_after_before_is_still_to_come_when_its_clause_is():
    assert ("visit", "planned", "flying") in events_in("Okafor will meet the leaders on Friday before flying to Lima.")


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("Mrs. Okafor is widely expected to seek a fourth term next year.", ("candidacy", "expected", "seek")),
    ("Vasquez entered the race in March.", ("candidacy", "happened", "entered")),
    ("Okafor dropped out of the race on Tuesday.", ("candidacy", "happened", "dropped")),
])
def test_seeking_a_term_entering_or_leaving_a_race_is_a_candidacy(sentence, expected):
    assert expected in events_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence", ["She dropped out of school.", "They entered the building.",
                                      "The gap stood at 263 entering Tuesday's primary."])
def test_entering_or_leaving_anything_else_is_no_candidacy(sentence):
    assert [e for e in events_in(sentence) if e[0] == "candidacy"] == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # "before" a body of people is a place, and the date after it the event's
    ("The congressman testified before a grand jury in 2013.", ("hearing", "testified", "2013", ["The congressman"])),
    # going on trial, standing trial: the verb says when and whether
    ("He is scheduled to go on trial in December.", ("hearing", "trial", "December", ["He"])),
    ("He will stand trial next year.", ("hearing", "trial", "next year", ["He"])),
])
def test_testimony_and_trials_take_their_own_dates(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
def test_a_trial_to_come_is_planned():
    assert ("hearing", "planned", "trial") in events_in("He is scheduled to go on trial in December.")


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("The case was closed in July.", ("investigation", "closed", "July", ["The case"])),
    # an organisation written before the noun leads it
    ("The F.B.I. investigation into the contracts began in July 2015.",
     ("investigation", "investigation", "July 2015", ["F.B.I."])),
    ("The Senate vote was delayed.", ("vote", "vote", None, ["Senate"])),
    # how long it has gone on is no date
    ("The F.B.I. has been investigating the foundation for a year.",
     ("investigation", "investigating", None, ["The F.B.I.", "the foundation"])),
])
def test_investigations_their_cases_and_the_organisations_that_lead_them(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("The investigation is ongoing, officials said.", ("investigation", "ongoing", "investigation")),
    ("Mr. Comey's decision to reopen the case stunned the campaign.", ("investigation", "happened", "reopen")),
])
def test_an_investigation_said_to_be_ongoing_and_a_case_reopened(sentence, expected):
    assert expected in events_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence", ["The store will close in July.", "He made his case to voters."])
def test_closing_or_making_anything_else_is_no_investigation(sentence):
    assert [e for e in events_in(sentence) if e[0] == "investigation"] == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("Trump's victory stunned the world.", ("election", "victory", None, ["Trump's"])),
    # counted from another event, not from the article's day
    ("A week after Okafor's victory upended assumptions, Obama met Merkel.",
     ("meeting", "met", None, ["Obama", "Merkel"])),
    ("Two weeks ago, Obama met Merkel.", ("meeting", "met", "Two weeks ago", ["Obama", "Merkel"])),
])
def test_a_candidate_s_own_victory_and_a_span_counted_from_another_event(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence", ["Federer's victory at Wimbledon was his eighth.",
                                      "Apple's victory in court pleased investors."])
def test_a_victory_somewhere_else_than_an_election_is_none(sentence):
    assert [e for e in events_in(sentence) if e[0] == "election"] == []


@pytest.mark.model
def test_up_for_election_is_an_election_to_come():
    assert ("election", "planned", "election") in events_in("Mr. Delgado, who is up for re-election in November, "
                                                            "did not respond.")


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # the one accused of doing it did it
    ("Sanders accused Clinton of meeting bankers in secret.", ("meeting", "meeting", None, ["Clinton", "bankers"])),
    # the money given is no participant; whom it went to is
    ("Trump paid $25,000 to a group supporting Pam Bondi.",
     ("donation", "paid", None, ["Trump", "a group supporting Pam Bondi"])),
])
def test_who_did_what_one_is_accused_of_and_whom_money_went_to(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence, kind", [
    ("The dollar rallied against the yen on Tuesday.", "protest"),
    ("Students demonstrated their robots at the fair.", "protest"),
    ("Okafor supporters rallied outside the arena on Saturday.", "protest"),  # a campaign's rally
    ("The New York Times reviewed the documents.", "investigation"),
    ("The defense closed its case on Friday.", "investigation"),
    ("Many residents chose to head north before the storm.", "appointment"),
    ("He charged that Clinton had lied.", "charge"),
    ("Apple Inc. entered the race for self-driving cars.", "candidacy"),
    ("China is seeking a seat on the Security Council.", "candidacy"),
    ("Russia rejected the resolution on Syria.", "legislation"),  # a denial: no legislature rejects it
    ("Trump's victory on trade pleased farmers.", "election"),
])
def test_words_of_the_new_rules_used_of_something_else(sentence, kind):
    assert [e for e in events_in(sentence) if e[0] == kind] == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("Senate Republicans rejected the proposal on Tuesday.",
     ("legislation", "rejected", "Tuesday", ["Senate Republicans", "the proposal"])),
    ("The vote is scheduled for next week.", ("vote", "vote", "next week", [])),
    # a purpose after calling someone is the caller's; a place needed is no one acting
    ("Obama called Erdogan on Sunday to condemn the coup attempt.",
     ("accusation", "condemn", "Sunday", ["Obama", "the coup attempt"])),
    ("Clinton needs Ohio to win the election.", ("election", "election", None, ["Clinton"])),
    # only a body that investigates leads an investigation named after it
    ("The Volkswagen investigation widened on Tuesday.", ("investigation", "investigation", "Tuesday", [])),
])
def test_the_new_rules_keep_their_participants_and_dates_right(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("The vote is scheduled for next week.", ("vote", "planned", "vote")),
    ("The investigation is not ongoing.", ("investigation", "happened", "investigation")),
    ("The two mayors met on Friday but left without a deal.", ("agreement", "negated", "deal")),
    ("Luis Moreno will face Anna Hale in the general election.", ("election", "planned", "election")),
])
def test_statuses_a_schedule_or_a_negation_gives(sentence, expected):
    assert expected in events_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("Senator Bernie Sanders beat Hillary Clinton by a wide margin.",
     ("election", "beat", None, ["Senator Bernie Sanders", "Hillary Clinton"])),
    ("Luis Moreno won the Republican primary on Tuesday, defeating businesswoman Kari Voss after a bitter race.",
     ("election", "won", "Tuesday", ["Luis Moreno", "businesswoman Kari Voss"])),
    # the one faced in an election is its other side
    ("Luis Moreno will face Democratic Rep. Anna Hale in the general election.",
     ("election", "election", None, ["Luis Moreno", "Democratic Rep. Anna Hale"])),
    # a statement issued speaks for its issuer
    ("Mr. Trump issued a statement accusing Mr. Cruz of lying.",
     ("accusation", "accusing", None, ["Mr. Trump", "Mr. Cruz"])),
])
def test_a_rival_beaten_by_a_margin_and_a_statement_s_issuer(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence", ["The Warriors beat the Cavaliers by ten points.",
                                      '"We are defeating Donald Trump by very significant numbers," Sanders said.'])
def test_a_team_s_win_or_a_standing_in_the_polls_is_no_election(sentence):
    assert [e for e in events_in(sentence) if e[0] == "election"] == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # attacks in words: on what a person is or does, or on a campaign
    ("He attacked Mr. Clinton's personal life after the debate.", ("accusation", "happened", "attacked")),
    ("She pointed to attacks on her campaign funded by two billionaires.", ("accusation", "happened", "attacks")),
    # attacks in arms stay attacks
    ("The gunman attacked his neighbor's house.", ("attack", "happened", "attacked")),
])
def test_attacks_in_words_and_in_arms(sentence, expected):
    assert expected in events_in(sentence)


@pytest.mark.model
def test_a_place_named_as_something_is_no_appointment():
    assert events_in("The FBI named Cleveland as the fifth most dangerous city in America last year.") == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("The war on drugs is so fiercely debated.", []),
    ("Clinton and Trump debated in Las Vegas on Wednesday.", [("debate", "happened", "debated")]),
])
def test_a_question_debated_is_no_debate_held(sentence, expected):
    assert [e for e in events_in(sentence) if e[0] == "debate"] == expected


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("The two leaders held a joint news conference on Thursday.",
     ("speech", "conference", "Thursday", ["The two leaders"])),
    # where the audience or the venue is, the event is
    ("Sanders addressed supporters in Philadelphia on Monday.",
     ("speech", "addressed", "Monday", ["Sanders", "Philadelphia"])),
    ("Trump spoke at a press conference in Florida.", ("speech", "spoke", None, ["Trump", "Florida"])),
    # not where the topic is
    ("The senators held talks about wind farms in the North Sea.", ("meeting", "talks", None, ["The senators"])),
])
def test_news_conferences_and_the_place_of_an_audience_or_a_venue(sentence, expected):
    found = [(e.event_type, e.trigger.text, e.date.text if e.date else None,
              [p.text for p in e.participants] + ([e.place.text] if e.place else []))
             for e in extract_events(load_model()(sentence))]
    assert expected in found


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # a place that holds an election or a vote is where it is, not who takes part
    ("Nevada holds its caucuses on Saturday.", ("election", [], "Nevada")),
    ("Oregon, which holds a primary in May, is next.", ("election", [], "Oregon")),
    ("Okafor held a rally in Lagos on Friday.", ("rally", [("agent", "Okafor")], "Lagos")),
    # a place named for it comes first, and the one holding it there organised it
    ("Russia held a referendum in Crimea in 2014.", ("vote", [("agent", "Russia")], "Crimea")),
    ("Kasich held a rally in Columbus on Monday.", ("rally", [("agent", "Kasich")], "Columbus")),
])
def test_a_place_holding_an_election_is_its_place(sentence, expected):
    found = [(e.event_type, [(p.role, p.text) for p in e.participants], e.place.text if e.place else None)
             for e in extract_events(load_model()(sentence))]
    assert expected in found


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # words reported in the simple past take the day the sentence before gives
    ("Okafor on Wednesday announced that she was choosing Dahl as her running mate. "
     "Both Okafor and Dahl criticized the council.", ("accusation", "criticized", "Wednesday")),
    # not words said at any time since
    ("Okafor on Wednesday announced that she was choosing Dahl as her running mate. "
     "Okafor has criticized the council.", ("accusation", "criticized", None)),
])
def test_words_reported_in_the_past_take_the_day_of_the_sentence_before(sentence, expected):
    assert expected in [e[:3] for e in scenes_in(sentence)]


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("The mayor said that clean water is on the ballot this fall.", []),
    ("The party registered voters up and down the ballot in Ohio.", []),
    ("Nobody won a majority on the first ballot in Cleveland.", [("vote", "ballot")]),
])
def test_a_place_on_the_ballot_is_no_vote(sentence, expected):
    assert [(e[0], e[2]) for e in events_in(sentence) if e[0] == "vote"] == expected


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("Her electoral career began in the 2000 race for the Senate.", [("election", "race")]),
    ("Cruz tops Trump in the North Dakota delegate race.", [("election", "race")]),
    ("The speech was about race and class in America.", []),
    ("The arms race ended with the Soviet Union.", []),
])
def test_a_race_for_an_office_is_an_election(sentence, expected):
    assert [(e[0], e[2]) for e in events_in(sentence) if e[2] == "race"] == expected


@pytest.mark.model
def test_the_attack_in_an_article_of_one_in_arms_is_that_one():
    events = events_in("Guards were few in the months before the attack. The militants' attack on the compound "
                       "killed four.")
    assert [e[0] for e in events if e[2] == "attack"] == ["attack", "attack"]


@pytest.mark.model
def test_a_participle_joined_to_a_passive_is_passive_too():
    # "was shot and killed": the one killed is its target, not its agent
    doc = load_model()("Michael Brown was shot and killed in Ferguson in 2014.")
    roles = {(e.trigger.text, p.role, p.text) for e in extract_events(doc) for p in e.participants}
    assert ("killed", "target", "Michael Brown") in roles and ("killed", "agent", "Michael Brown") not in roles


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("Cameron will work with whoever is elected U.S. president.", ("elected", "president", "United States")),
    ("If he won the U.S. presidential election, ties would improve.", ("election", "president", "United States")),
    ("France's presidential election is next year.", ("election", "president", "France")),
    ("Austria held its presidential election on Sunday.", ("election", "president", "Austria")),
    ("The Kenyan presidential election is in August.", ("election", "president", "Kenya")),
    ("Biden won the U.S. presidency in 2020.", ("won", "president", "United States")),
    ("Labour won the parliamentary elections in Norway.", ("elections", "parliament", "Norway")),
    # no national office, or none a country is known for
    ("Sanders won the primary in Michigan.", ("primary", None, None)),
    ("She won the Democratic presidential primary in Ohio.", ("primary", None, None)),  # a party's contest
    ("Ruiz leads the race for governor in Texas.", ("race", None, None)),  # a state has its own
    ("He was elected president of the bar association in Ohio.", ("elected", None, None)),
    ("Obama beat Senator Clinton by ten points in Iowa.", ("beat", None, None)),  # the rival's title
    ("Kaine was elected vice president of the United States.", ("elected", None, None)),
    ("The French presidential election is in May.", ("election", None, None)),  # "French": no country known
])
def test_the_office_an_election_is_for_and_its_country(sentence, expected):
    elections = [(e.trigger.text, e.office, e.office_country) for e in extract_events(load_model()(sentence))
                 if e.event_type == "election"]
    assert expected in elections



@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "the election" in a story about one election for an office is that election
    ("Voters in Ohio will choose in the U.S. presidential election. The union will sit out the election.",
     ("president", "United States")),
    ("The U.S. presidential election is in November. Few donors expect this election to be close.",
     ("president", "United States")),
    ("The U.S. presidential election is in November. Donors wait for the general election.",
     ("president", "United States")),
    # and so is "the election" a candidate runs in
    ("The U.S. presidential election is in November. Okafor could win the general election in a landslide.",
     ("president", "United States")),
    # an election of no office: any election, or one of two offices the story names
    ("The U.S. presidential election is in November. Kenya may hold an election too.", (None, None)),
    ("The U.S. presidential election and the Austrian parliamentary elections are close. "
     "The union will sit out the election.", (None, None)),
    ("Ohio held its primary on Tuesday. The union will sit out the election.", (None, None)),
    ("The U.S. presidential election is in November. The Senate election will decide Congress.", (None, None)),
    ("The U.S. presidential election is in November. Democrats fear the midterm election.", (None, None)),
    # "the race" or "the contest" with a candidate in it may be a contest on the way: a primary
    ("The U.S. presidential election is in November. Okafor won the contest in Vermont.", (None, None)),
])
def test_the_election_of_a_story_about_one_election_for_an_office_is_that_election(text, expected):
    second = [e for e in extract_events(load_model()(text)) if e.event_type == "election"
              and e.trigger.start > text.rindex(". ") and e.trigger.text in ("election", "contest")]
    assert [(e.office, e.office_country) for e in second] == [expected]

@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("The Benghazi attack killed four Americans.", ("attack", "Benghazi")),  # a city the model did not tag
    ("The Paris attacks shocked Europe.", ("attack", "Paris")),
    ("The Iran attack was condemned.", ("attack", None)),  # a country in front may be who attacked
    ("The ransomware attack froze the hospital's computers.", ("attack", None)),
    ("The next GOP debate is scheduled for Dec. 15 on CNN.", ("debate", None)),  # initials GeoNames has
    ("Clinton gave a speech at NBC on Tuesday.", ("speech", None)),
    ("Trump visited CNN on Monday.", ("visit", None)),
    ("The Sandy Hook shooting shocked the country.", ("attack", None)),  # "Hook" alone is a place in England
    ("George W. Bush spoke on Monday. The Bush attack on Iraq began in March.", ("attack", None)),  # a surname
    ("Bernie Sanders visited Hillary Clinton at her home.", ("visit", None)),  # Clinton is also a town
])
def test_a_city_s_name_places_an_event_and_initials_do_not(sentence, expected):
    assert expected in [(e.event_type, e.place.text if e.place else None)
                        for e in extract_events(load_model()(sentence))]


@pytest.mark.model
def test_the_person_visited_is_the_visit_s_counterpart_and_no_place():
    visits = [e for e in extract_events(load_model()("Bernie Sanders visited Hillary Clinton at her home."))
              if e.event_type == "visit"]
    assert [(p.role, p.text) for e in visits for p in e.participants] == [
        ("agent", "Bernie Sanders"), ("counterpart", "Hillary Clinton")]
    assert [e.place for e in visits] == [None]


@pytest.mark.model
@pytest.mark.parametrize("sentence, trigger, expected", [
    # "their" in front of the event stands for the people its clause joins with "and"
    ("Merkel and Macron ended their talks in Berlin on Sunday.", "talks", {"Merkel", "Macron"}),
    ("Clinton and Sanders clashed over guns in their debate in Flint.", "debate", {"Clinton", "Sanders"}),
    # one subject: "their" is not known to be anyone here
    ("Merkel said their talks with Macron ended on Sunday.", "talks", {"Macron"}),
    ("Voters and activists criticized Trump and Clinton for their debate.", "debate", set()),  # whose?
    ("Trade and immigration dominated their debate in St. Louis.", "debate", set()),  # no people
])
def test_their_event_is_the_event_of_the_people_joined_by_and(sentence, trigger, expected):
    # each person joined by "and" is a participant of their own
    events = [e for e in extract_events(load_model()(sentence)) if e.trigger.text == trigger]
    assert {p.text for e in events for p in e.participants} == expected


@pytest.mark.model
@pytest.mark.parametrize("sentence, kind, word", [
    ("To secure the release of Mr. Abedini, Obama made a deal.", "leak", "release"),  # freed, not published
    ("Lynch blocked the release of several others.", "leak", "release"),
    ("The team cited leaking pipes and exposed wiring.", "leak", "leaking"),  # what leaks
    ("Adopting the recommendations of a hearing officer, the board ruled.", "hearing", "hearing"),
    ("Christie cast himself as her prosecutor in a mock trial.", "hearing", "trial"),
    ("The ad slams Trump University for charging students more than $30,000.", "charge", "charging"),  # a price
    ("Officials have prosecuted the war on terrorism for years.", "charge", "prosecuted"),  # carried on
    ("He pledged to shut down private detention centers.", "arrest", "detention"),  # a place
    ("Australia runs an immigrant detention centre on Nauru.", "arrest", "detention"),
    ("The release of the hostages was announced by Qatar.", "leak", "release"),
    ("The war on terror was prosecuted badly by the administration.", "charge", "prosecuted"),
    ("He said the crowd fires him up.", "resignation", "fires"),
    ("It is time to quit attacking various people.", "resignation", "quit"),  # stopped doing
    ("That would have been a demonstration of good faith.", "protest", "demonstration"),  # a showing
    ("He opposed the job-killing TPP.", "death", "killing"),  # a kind of thing
    ("The banker made a killing on mortgage securities.", "death", "killing"),  # a profit
    ("Comey tied rising murder rates to the protests.", "death", "murder"),
    ("He is peddling his murder weapon.", "death", "murder"),
    ("Stocks could see a relief rally on Wednesday.", "rally", "rally"),  # prices
    ("Please hold a rally sign over your head.", "rally", "rally"),
    ("Her remarks in response to press inquiries were ill-advised.", "investigation", "inquiries"),  # questions
    ("Employers will not have to hire additional workers.", "appointment", "hire"),  # employing in general
    ("He or she needs to be good at hiring.", "appointment", "hiring"),
    ("There is broad agreement that action is needed.", "agreement", "agreement"),  # consensus
    ("There is far less agreement among Republicans.", "agreement", "agreement"),
])
def test_words_of_events_that_name_none_here(sentence, kind, word):
    assert (kind, word) not in {(e.event_type, e.trigger.text) for e in extract_events(load_model()(sentence))}


@pytest.mark.model
@pytest.mark.parametrize("sentence, kind, word", [
    ("The release of the emails angered Clinton.", "leak", "release"),
    ("After leaked emails showed bias, she resigned.", "leak", "leaked"),
    ("The hearing was closed to the public.", "hearing", "hearing"),
    ("He was charged with stealing $5,000.", "charge", "charged"),
    ("Giuliani made his name prosecuting the Mafia.", "charge", "prosecuting"),
    ("Iran detained 10 American sailors.", "arrest", "detained"),
    ("Emanuel fired McCarthy on Tuesday.", "resignation", "fired"),
    ("Kasich quit the race on Wednesday.", "resignation", "quit"),
    ("Thousands joined the demonstration in Paris.", "protest", "demonstration"),
    ("The killing of the ambassador shocked the country.", "death", "killing"),
    ("Zimmerman shot and killed Trayvon Martin.", "death", "killed"),
    ("Trump held a rally in San Jose on Thursday.", "rally", "rally"),
    ("Clinton wants a Justice Department inquiry into the shooting.", "investigation", "inquiry"),
    ("Trump recently hired Paul Manafort, a seasoned operative.", "appointment", "hired"),
    ("The campaign hired two pollsters last week.", "appointment", "hired"),
    ("Brainard was hired in 1997 as his deputy.", "appointment", "hired"),
    ("CrowdStrike, the firm the party has hired, found the breach.", "appointment", "hired"),
    ("The two sides reached an agreement on Saturday.", "agreement", "agreement"),
    ("Obama praised the Paris climate agreement.", "agreement", "agreement"),
    ("Agreement is a big win for Obama.", "agreement", "Agreement"),  # a headline leaves out "the"
    # dismissing someone as something is said of them, not a firing
    ("Trump dismissed Scott Walker as an ineffective governor.", "accusation", "dismissed"),
    ("Trump dismissed Lewandowski on Monday.", "resignation", "dismissed"),
    ("The president dismissed almost his entire cabinet on Thursday.", "resignation", "dismissed"),  # posts held
    ("The Kremlin dismissed the report as a fabrication.", "denial", "dismissed"),
    ("Comey was dismissed as FBI director on Tuesday.", "resignation", "dismissed"),  # a post held
    ("Trump dismissed Comey as director of the FBI.", "resignation", "dismissed"),
    ("Trump dismissed Obama as the worst president in history.", "accusation", "dismissed"),
    ("Greece and its creditors reached agreement early Monday on a new bailout.", "agreement", "agreement"),
    ("Negotiators failed to reach agreement on the Iran deal.", "agreement", "agreement"),
    ("The White House hired lawyers Ty Cobb and John Dowd.", "appointment", "hired"),
    ("Congress opened an inquiry about the payments to Russian officials.", "investigation", "inquiry"),
    ("Prosecutors charged a former aide who took $50,000 in bribes.", "charge", "charged"),
    ("He quit serving as party chairman in 2015.", "resignation", "quit"),
    ("Police broke up a demonstration of 5,000 farmers in Paris.", "protest", "demonstration"),
    ("The mass-killing of Rohingya civilians drew condemnation.", "death", "killing"),
    ("Police cleared the protest camp at Standing Rock.", "protest", "protest"),
    ("Lewandowski was dismissed on Monday as Trump's campaign manager.", "resignation", "dismissed"),
])
def test_the_same_words_still_name_events(sentence, kind, word):
    assert (kind, word) in {(e.event_type, e.trigger.text) for e in extract_events(load_model()(sentence))}


@pytest.mark.model
def test_the_rival_a_winner_beat_is_the_election_s_counterpart():
    def roles(sentence: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
        return [(e.event_type, e.trigger.text, [(p.role, p.text) for p in e.participants])
                for e in extract_events(load_model()(sentence))]
    assert ("election", "defeated", [("agent", "Hillary Clinton"), ("counterpart", "Bernie Sanders")]) in roles(
        "Hillary Clinton defeated Bernie Sanders in the Delaware primary on Tuesday.")
    assert ("election", "primary", [("agent", "Trump"), ("counterpart", "Ted Cruz")]) in roles(
        "Trump won the Indiana primary over Ted Cruz.")
    # a win over a time is no rival's defeat
    assert ("election", "primary", [("agent", "Trump")]) in roles("Trump won the Indiana primary over the weekend.")


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # a voter, a backer or a donor is no party to the election it acts in
    ("Carole Bower, a retiree, supported John Kasich in the Republican primary.", ("election", "primary", None, [])),
    ("Residents cannot vote in the general election.", ("election", "election", None, [])),
    # a candidate is
    ("Hillary Clinton won Nevada in the Democratic caucuses.", ("election", "caucuses", None, ["Hillary Clinton"])),
    ("Ted Cruz and Marco Rubio are still in the race for the nomination.",
     ("election", "race", None, ["Ted Cruz", "Marco Rubio"])),
])
def test_who_acts_in_an_election_without_running_in_it_is_none_of_its_participants(sentence, expected):
    assert expected in scenes_in(sentence)


def parties_in(sentence: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(type, trigger, [(role, participant)]) of each event extracted from the sentence."""
    return [(e.event_type, e.trigger.text, [(p.role, p.text) for p in e.participants])
            for e in extract_events(load_model()(sentence))]


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # a court that blocks, upholds, overturns or strikes down a law rules on it
    ("A federal appeals court on Wednesday blocked the harbor law.",
     ("lawsuit", "blocked", [("agent", "A federal appeals court"), ("target", "the harbor law")])),
    ("The state supreme court upheld the ban in 2015.",
     ("lawsuit", "upheld", [("agent", "The state supreme court"), ("target", "the ban")])),
    ("A federal judge struck down the measure on Friday.",
     ("lawsuit", "struck", [("agent", "A federal judge"), ("target", "the measure")])),
    # a legislature's doing is legislation, its panel's too
    ("The state Senate blocked the harbor bill.",
     ("legislation", "blocked", [("agent", "The state Senate"), ("counterpart", "the harbor bill")])),
    ("The Senate panel blocked the harbor bill on Tuesday.",
     ("legislation", "blocked", [("agent", "The Senate panel"), ("counterpart", "the harbor bill")])),
    # the giver's event, whoever receives it: the receiver of an endorsement or a donation is its target
    ("Mayor Ruiz received the endorsement of the dockworkers' union on Friday.",
     ("endorsement", "endorsement", [("agent", "the dockworkers' union"), ("target", "Mayor Ruiz")])),
    ("Okafor received a $5,000 donation from Ray Marlow.",
     ("donation", "donation", [("agent", "Ray Marlow"), ("target", "Okafor")])),
    ("The governor accepted his resignation on Monday.", ("resignation", "resignation", [("agent", "his")])),
    # a nomination accepted is the acceptor's own
    ("Okafor accepted the party's nomination in July.", ("candidacy", "nomination", [("agent", "Okafor")])),
    # leaving a post is resigning it, and the resignation "of" someone is theirs
    ("In June, Ray Marlow left the cabinet after a row over expenses.",
     ("resignation", "left", [("agent", "Ray Marlow"), ("target", "the cabinet")])),
    ("The leaked emails forced the resignation of the party's chairwoman.",
     ("resignation", "resignation", [("agent", "the party's chairwoman")])),
    # a person named by a role: the one executed or charged
    ("Protests followed the execution of a prominent cleric.", ("death", "execution", [("target", "a prominent cleric")])),
    ("The imam was executed in January.", ("death", "executed", [("target", "The imam")])),
    ("The company's owner, Frank Duda, was charged on Monday.",
     ("charge", "charged", [("target", "The company's owner, Frank Duda")])),
    # jailed, charged with a crime named, facing charges or criticism: its target
    ("He was jailed in 2018 on corruption charges.", ("arrest", "jailed", [("target", "He")])),
    ("He was jailed in 2018 on corruption charges.", ("charge", "charges", [])),
    ("He was placed on leave in January; he was fired in February.", ("resignation", "fired", [("target", "he")])),
    # who strike
    ("The strike by dockworkers has idled the ports for nine days.", ("protest", "strike", [("agent", "dockworkers")])),
    ("Teachers went on strike on Monday.", ("protest", "strike", [("agent", "Teachers")])),
    # the office a race is for, not who ran; the president's victory is his
    ("Lake claimed that the 2022 governor's race was stolen from her.", ("election", "race", [])),
    ("But the president's victory ushered in a thaw.", ("election", "victory", [("agent", "the president's")])),
    # opening fire is an attack; taking one's own life a death, one's own
    ("A former employee opened fire at a warehouse late Thursday.",
     ("attack", "opened", [("agent", "A former employee")])),
    ("The gunman killed eight people before taking his own life.", ("death", "taking", [("target", "The gunman")])),
    # a body one sues
    ("Twenty states led by California sued the Biden administration on Tuesday over the rule.",
     ("lawsuit", "sued", [("agent", "Twenty states led by California"), ("target", "the Biden administration")])),
    # a court's steps: whom it sentences, convicts or acquits is their target
    ("Former Gov. Rod Blagojevich was sentenced Wednesday to 14 years in prison.",
     ("hearing", "sentenced", [("target", "Former Gov. Rod Blagojevich")])),
    ("A jury convicted Blagojevich in June on 17 counts.",
     ("hearing", "convicted", [("agent", "A jury"), ("target", "Blagojevich")])),
    ("Manafort pleaded guilty to two counts.", ("hearing", "pleaded", [("agent", "Manafort")])),
    ("His lawyers said they would appeal the conviction.", ("hearing", "conviction", [])),
    ("The government began to imprison journalists and critics.",
     ("arrest", "imprison", [("agent", "The government"), ("target", "journalists"), ("target", "critics")])),
    ("Marlow faces fraud charges.", ("charge", "charges", [("target", "Marlow")])),
    ("The mayor faced criticism from the dockworkers' union.",
     ("accusation", "criticism", [("agent", "the dockworkers' union"), ("target", "The mayor")])),
    # whoever dies or drowns is the death's target
    ("Ray Marlow, who died of cancer last year, was mourned.", ("death", "died", [("target", "Ray Marlow")])),
    ("Three migrants drowned off Lampedusa on Sunday.", ("death", "drowned", [("target", "Three migrants")])),
    ("Protesters stormed the embassy in Tehran.",
     ("attack", "stormed", [("agent", "Protesters"), ("target", "the embassy in Tehran")])),
    # two sides that agree to do something make an agreement
    ("Iran and Saudi Arabia agreed on Friday to restore diplomatic relations.",
     ("agreement", "agreed", [("signatory", "Iran"), ("signatory", "Saudi Arabia")])),
    ("Russia agreed with Turkey to extend the ceasefire.",
     ("agreement", "agreed", [("signatory", "Russia"), ("signatory", "Turkey")])),
])
def test_courts_rule_on_laws_and_received_events_are_the_givers(sentence, expected):
    assert expected in parties_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence, word", [
    ("The hosts forcefully struck down assertions that the show favored Okafor.", "struck"),
    ("Officials who leave government often write books.", "leave"),
    ("She left the room after the vote.", "left"),
    ("The execution of the plan was flawless.", "execution"),
    ("Okafor agreed to appear at the forum.", "agreed"),
    ("Voters agree with him on everything.", "agree"),
    ("Marsh agreed with Okafor that the port was unsafe.", "agreed"),
    ("The files came from the now-imprisoned analyst.", "imprisoned"),
    ('The senator accused the firm of building "flying coffins."', "flying"),
    ("The regulator said the plane would not be cleared to fly before 2020.", "fly"),
    ("The president ordered flags to be flown at half-staff.", "flown"),
    ("Boos drowned out the speaker.", "drowned"),
    ("The teachers' union has scheduled a strike vote for next week.", "strike"),
    ("I will take that same strength of conviction to Washington.", "conviction"),
    ("Trump booked convicted rapist Mike Tyson.", "convicted"),
    ("He faces a death sentence.", "death"),
    ("The first sentence of the report was wrong.", "sentence"),
    ("The government's sentencing brief was filed.", "sentencing"),
])
def test_leaving_striking_down_executing_and_agreeing_that_are_no_event(sentence, word):
    assert word not in [trigger for _, _, trigger in events_in(sentence)]


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # the sides of talks "between" two are agent and counterpart of one meeting
    ("Talks in Beijing between Ali Shamkhani and Musaed al-Aiban ended on Friday.",
     ("meeting", "Talks", [("agent", "Ali Shamkhani"), ("counterpart", "Musaed al-Aiban")])),
    # each phrase joined by "and" is a participant of its own, whatever follows the last
    ("The National Oil Company (NOC) and the gas producer Gazprom signed a memorandum.",
     ("agreement", "memorandum", [("signatory", "The National Oil Company (NOC)"),
                                  ("signatory", "the gas producer Gazprom")])),
    ("Iran, Russia and Turkey signed a deal.",
     ("agreement", "deal", [("signatory", "Iran"), ("signatory", "Russia"), ("signatory", "Turkey")])),
    # not the "and" of a clause the parse hung from the last name
    ("Leftist Luiz Inacio Lula da Silva narrowly won Brazil's presidential election on Sunday, defeating far-right "
     "incumbent Jair Bolsonaro in a runoff and completing a stunning political comeback.",
     ("election", "won", [("agent", "Leftist Luiz Inacio Lula da Silva"),
                          ("counterpart", "far-right incumbent Jair Bolsonaro in a runoff")])),
])
def test_phrases_joined_by_and_are_participants_of_their_own(sentence, expected):
    assert expected in parties_in(sentence)


@pytest.mark.model
def test_a_headline_s_verb_read_as_part_of_a_name_still_reopens_the_event():
    doc = load_model()("F.B.I. Reopens Inquiry Into Mayor's Emails\n\nThe bureau said so on Friday.")
    assert [(e.event_type, e.trigger.text, e.renewed) for e in extract_events(doc)] == [
        ("investigation", "Inquiry", True)]


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # speaking in a place is a speech; a participle set off by commas is no part of its subject's name
    ("Maria Gonzalez, speaking in Daytona Beach, said she was confident.",
     ("speech", "speaking", None, ["Maria Gonzalez"])),
])
def test_speaking_in_a_place(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
def test_speaking_in_a_language_is_no_speech():
    assert [e for e in events_in("Ana Ruiz spoke in Spanish to the crowd.") if e[0] == "speech"] == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("The F.B.I.'s review of the emails found nothing new.", ("investigation", "review", None, ["The F.B.I.'s"])),
    # investigators clearing someone close their investigation
    ("The bureau cleared Maria Gonzalez in July.",
     ("investigation", "cleared", "July", ["The bureau", "Maria Gonzalez"])),
])
def test_an_investigators_review_is_an_investigation(sentence, expected):
    assert expected in scenes_in(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence", ["The film got a glowing review in the Times.",
                                      "The White House ordered a review of the policy."])
def test_other_reviews_are_none(sentence):
    assert [e for e in events_in(sentence) if e[0] == "investigation"] == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "it" is the nearest thing of the verb's kind before it, in its sentence or the one before
    ("Lawmakers passed the bill. The governor signed it on Friday.",
     ("legislation", "signed", "Friday", ["The governor", "it"])),
    ("Speaker Tom Keague called the veto a betrayal. Lawmakers will try to override it next week.",
     ("legislation", "override", "next week", ["Lawmakers", "it"])),
])
def test_it_stands_for_the_bill_or_the_veto_before_it(text, expected):
    assert expected in scenes_in(text)


@pytest.mark.model
def test_it_that_stands_for_nothing_of_the_kind_makes_no_event():
    assert events_in("She passed it to her aide.") == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    # an age after a name is no date; a month is no place
    ("Mr. Dana Whitlock, 61, was convicted in March of taking bribes.",
     ("hearing", "convicted", "March", ["Mr. Dana Whitlock, 61"])),
])
def test_ages_and_months(sentence, expected):
    assert expected in scenes_in(sentence)
    assert all(e.place is None for e in extract_events(load_model()(sentence)))


@pytest.mark.model
@pytest.mark.parametrize("sentence, trigger", [
    ("Mr. Whitlock resigned in 2020 after his indictment.", "indictment"),
    ("Two contractors testified against Mr. Whitlock at his trial.", "trial"),
    ("Smith's conviction was overturned.", "conviction"),
])
def test_whose_indictment_trial_or_conviction_it_is_is_its_target(sentence, trigger):
    event = next(e for e in extract_events(load_model()(sentence)) if e.trigger.text == trigger)
    assert [p.role for p in event.participants] == ["target"]


@pytest.mark.model
def test_someone_s_convictions_alone_are_beliefs():
    assert events_in("He stands by his convictions.") == []


@pytest.mark.model
def test_new_sanctions_are_sanctions_and_a_new_investigation_a_reopening():
    doc = load_model()("The bloc imposed new sanctions on Belarus. The F.B.I. opened a new investigation.")
    assert [(e.event_type, e.renewed) for e in extract_events(doc)] == [("sanctions", False), ("investigation", True)]
