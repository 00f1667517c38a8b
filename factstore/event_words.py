"""The words that report events, and the words around them that decide what kind of event, if any, a
trigger names where it stands (factstore.events reads them in a parse)."""
from __future__ import annotations

from .lexicon import KIN_NOUNS, LAW_NOUNS, LEGISLATURES, OFFICE_TITLES, ROLE_NOUNS

# Event types, with the root code of the CAMEO event taxonomy (as in GDELT) where one exists:
# 01 make public statement, 03 express intent to cooperate, 04 consult, 05 diplomatic cooperation,
# 07 provide aid, 09 investigate, 11 disapprove, 12 reject, 13 threaten, 14 protest, 16 reduce
# relations, 17 coerce, 19 fight, 20 mass violence; "00" for the types CAMEO has no root for
# (elections, votes, candidacies, appointments, resignations, legislation, courts, leaks, travel).
CAMEO_ROOTS = {
    "meeting": "04", "visit": "04", "summit": "04", "phone call": "04", "debate": "04", "speech": "01",
    "rally": "14", "protest": "14", "agreement": "05", "endorsement": "05", "donation": "07",
    "election": "00", "vote": "00", "candidacy": "00", "appointment": "00", "resignation": "00",
    "legislation": "00", "investigation": "09", "hearing": "00", "lawsuit": "00", "charge": "11",
    "arrest": "17", "death": "20", "attack": "19", "leak": "00", "accusation": "11", "denial": "12",
    "threat": "13", "sanctions": "16", "membership application": "03", "travel": "00",
}

# Verbs that report an event by themselves: "met", "visited", "resigned", "was indicted".
# Crimes a charge names: "on [corruption] charges", "[fraud] charges".
CRIMES = frozenset("""corruption fraud bribery murder assault terrorism espionage treason conspiracy obstruction
perjury tax drug weapons felony misdemeanor manslaughter embezzlement extortion racketeering""".split())
VERB_TRIGGERS = {
    "meet": "meeting", "interview": "meeting", "visit": "visit", "debate": "debate", "protest": "protest",
    "boycott": "protest",
    "endorse": "endorsement", "donate": "donation", "vote": "vote", "elect": "election",
    "appoint": "appointment", "hire": "appointment", "nominate": "appointment", "resign": "resignation",
    "quit": "resignation", "oust": "resignation", "veto": "legislation", "enact": "legislation",
    "investigate": "investigation", "probe": "investigation", "testify": "hearing", "depose": "hearing",
    # a court's steps in a case: "was sentenced to 14 years", "a jury convicted him", "pleaded guilty"
    "sentence": "hearing", "convict": "hearing", "acquit": "hearing",
    "sue": "lawsuit", "indict": "charge", "arrest": "arrest", "detain": "arrest", "jail": "arrest",
    "imprison": "arrest", "die": "death", "drown": "death",
    "kill": "death", "murder": "death", "assassinate": "death", "invade": "attack", "bomb": "attack",
    "shell": "attack", "shoot": "attack", "leak": "leak", "hack": "leak", "accuse": "accusation",
    "allege": "accusation", "blame": "accusation", "deny": "denial", "refute": "denial",
    "rebut": "denial", "threaten": "threat", "sanction": "sanctions", "travel": "travel", "fly": "travel",
    # CAMEO 11, disapprove: criticism is an accusation
    "criticize": "accusation", "criticise": "accusation", "denounce": "accusation", "condemn": "accusation",
    "slam": "accusation", "blast": "accusation", "mock": "accusation", "deride": "accusation",
    "ridicule": "accusation", "lambaste": "accusation", "rebuke": "accusation", "chastise": "accusation",
    "assail": "accusation", "castigate": "accusation", "berate": "accusation", "scold": "accusation",
    "insult": "accusation", "disparage": "accusation", "belittle": "accusation", "skewer": "accusation",
    "satirize": "accusation", "pillory": "accusation", "prosecute": "charge",
}
RELATIVE_PRONOUNS = ("who", "that", "which")
# Events that answer another, which came before them: "[criticized] the vote", "[denied] the meeting".
REACTIONS = {"accusation", "denial", "endorsement", "protest"}
# Verbs that decide a bill or a legislature's proposal: legislation passed or blocked. Rejecting
# takes a legislature ("Russia rejected the resolution" is a denial).
VOTING_VERBS = {"reject", "defeat", "approve", "adopt"}
# Who marches or rallies in protest: "[protesters] marched in Berlin"; not "supporters rallied", a campaign's.
PROTESTERS = {"protester", "protestor", "demonstrator", "activist", "opponent", "critic", "student", "worker",
              "thousand", "hundred"}
# Verbs that make an appointment when they give someone a post: "was [named] interim chairwoman".
NAMING_VERBS = {"name", "pick", "tap", "choose", "select", "make"}
POSTS = OFFICE_TITLES | ROLE_NOUNS | {"mate", "chair", "head", "leader", "successor", "replacement"}
# Verbs that are an investigation when investigators or an organisation do them: "the F.B.I. is
# [examining] the emails", "prosecutors [looked] into the contracts"; not "Trump reviewed the plans".
INQUIRY_VERBS = {"examine", "review", "scrutinize", "scrutinise", "look"}
INVESTIGATORS = {"investigator", "prosecutor", "police", "detective", "agent", "inspector", "auditor", "regulator",
                 "committee", "panel", "bureau", "department", "counsel"}
# Words in the name of a body that investigates or legislates: "the Justice [Department]", "the [Senate]".
BODY_WORDS = INVESTIGATORS | LEGISLATURES | {"agency", "commission", "office", "ministry"}
# Movement verbs that are travel only with a destination: "arrived [in Tehran]", "headed [to Ohio]".
DESTINATION_VERBS = {"arrive": "travel", "land": "travel", "head": "travel", "return": "travel"}
# Nouns that report an event: "held talks with", "a visit to", "the FBI's investigation".
NOUN_TRIGGERS = {
    "meeting": "meeting", "talks": "meeting", "summit": "summit", "visit": "visit", "trip": "visit",
    "detour": "visit", "tour": "visit", "journey": "visit", "call": "phone call", "chat": "phone call",
    "debate": "debate", "speech": "speech", "address": "speech", "remarks": "speech", "conference": "speech",
    "rally": "rally",
    "protest": "protest", "demonstration": "protest", "agreement": "agreement", "deal": "agreement",
    "memorandum": "agreement", "treaty": "agreement", "accord": "agreement", "pact": "agreement",
    "endorsement": "endorsement", "donation": "donation", "contribution": "donation", "payment": "donation",
    "fundraiser": "donation",
    "election": "election", "race": "election", "contest": "election", "primary": "election", "caucus": "election",
    "reelection": "election",
    "vote": "vote", "ballot": "vote", "referendum": "vote", "candidacy": "candidacy", "bid": "candidacy",
    "nomination": "candidacy", "appointment": "appointment", "resignation": "resignation", "firing": "resignation",
    "ouster": "resignation", "veto": "legislation", "passage": "legislation", "investigation": "investigation",
    "probe": "investigation", "inquiry": "investigation", "review": "investigation", "hearing": "hearing",
    "trial": "hearing",
    "deposition": "hearing", "testimony": "hearing", "lawsuit": "lawsuit", "suit": "lawsuit",
    "conviction": "hearing", "acquittal": "hearing", "sentencing": "hearing", "sentence": "hearing",
    "litigation": "lawsuit", "ruling": "lawsuit", "indictment": "charge", "charges": "charge",
    "arrest": "arrest", "detention": "arrest", "death": "death", "killing": "death", "murder": "death",
    "execution": "death",
    "assassination": "death", "attack": "attack", "shooting": "attack", "bombing": "attack",
    "invasion": "attack", "airstrike": "attack", "strike": "attack", "leak": "leak", "hack": "leak",
    "hacking": "leak", "release": "leak", "accusation": "accusation", "allegation": "accusation",
    "denial": "denial", "threat": "threat", "sanctions": "sanctions", "embargo": "sanctions",
    "application": "membership application", "criticism": "accusation", "condemnation": "accusation",
    "denunciation": "accusation", "rebuke": "accusation", "insult": "accusation", "mockery": "accusation",
    "aim": "accusation", "shots": "accusation", "interview": "meeting", "gathering": "meeting", "walkout": "protest",
    "boycott": "protest",
    "discussions": "meeting", "negotiations": "meeting", "win": "election", "victory": "election",
    "triumph": "election", "winner": "election", "war": "attack", "campaign": "candidacy",
}
# A noun trigger only counts with one of these words among its dependents (or, with "@", its head's lemma):
# "a [phone] call", "[presidential] bid", "[terror] attack", "[delivered] an address".
NOUN_QUALIFIERS = {
    # an inquiry by investigators, not a book's review nor a policy's: "the F.B.I.'s [review]", "a criminal
    # [review]", "reopened the [review]"
    "review": {"criminal", "fbi", "f.b.i.", "bureau", "department", "@reopen"},
    "call": {"phone", "telephone", "conference"}, "chat": {"phone", "telephone"},
    "address": {"inaugural", "farewell", "keynote", "convention", "televised", "acceptance", "@deliver", "@give"},
    "remarks": {"prepared", "@deliver", "@give", "@make", "@in"},
    "conference": {"news", "press"},
    "bid": {"presidential", "white", "reelection", "for", "@launch", "@announce", "@end", "@abandon"},
    "strike": {"air", "drone", "missile", "military", "u.s."},
    "suit": {"against", "@file", "@bring", "class", "federal", "civil"},
    "release": {"of"}, "charges": {"against", "criminal", "federal", "@file", "@bring", "@face", "@drop"} | CRIMES,
    "tour": {"@on", "to", "of"}, "trip": {"to", "@on", "@during", "abroad", "first", "second"},
    "aim": {"@take"}, "shots": {"@take"}, "discussions": {"with", "between"},
    "campaign": {"@launch", "@announce", "@kick", "@start", "@begin", "@suspend", "@end", "@abandon"},
    # a prison term, not words: "a 14-year sentence", "the sentence was read", "received a life sentence"
    "sentence": {"prison", "life", "death", "jail", "suspended", "#date", "@receive", "@serve", "@impose", "@hand",
                 "@give", "@commute", "@appeal", "@read", "@reduce"},
    "negotiations": {"with", "between"},
    # an event held, not a person who raises money: "hosted a [fundraiser] for Carson", "at a [fundraiser]
    # in the Hamptons", "raised in his [fundraiser]"; not "a major GOP fundraiser in Buffalo", "a fundraiser for X"
    "fundraiser": {"organize", "@hold", "@host", "@headline", "@attend", "@throw", "@plan", "@at", "@during", "@in"},
    # a race run for an office: "the 2000 [race]", "the Senate [race]", "won the [race]", "entered the [race]";
    # not "issues of race"
    "race": {"presidential", "senate", "house", "gubernatorial", "mayoral", "congressional", "primary", "delegate",
             "governor", "nomination", "democratic", "republican", "gop", "#date", "@win", "@lose", "@lead", "@in",
             "@concede", "@enter", "@join", "@quit", "@exit", "@call"},
    # a contest for an office or a nomination: "Tuesday's [contests]", "the GOP [contest]", "won three of the
    # nomination [contests]"; not "enter the contest for free, to win my engraved shotgun"
    "contest": {"presidential", "primary", "nomination", "nominating", "democratic", "republican", "gop", "caucus",
                "#date", "@win", "@lose", "@sweep", "@of"},
}
# Words in front of a noun trigger that make it no event: "a great [deal] of", "the [death] penalty".
NOUN_VETOES = {"deal": {"great", "big", "good", "whole", "of"}, "strike": {"vote", "fund", "pay", "force", "zone"},
               "sentencing": {"brief", "guidelines", "memo", "memorandum", "reform", "law", "laws", "commission"}, "death": {"penalty", "toll", "threats", "threat", "sentence", "sentences", "row", "warrant"},
               "attack": {"ad", "ads", "dog", "heart", "panic", "anxiety", "asthma"}, "release": {"press", "news"},
               "call": {"judgment", "close", "wake", "roll"}, "trial": {"clinical", "mock"},
               "war": {"trade", "culture", "price", "currency", "class", "bidding", "turf", "political", "words",
                       "gender", "drug", "propaganda", "flame", "economic", "chest", "room"},
               "denial": {"self"},  # "a prolonged state of self-denial"
               "gathering": {"intelligence", "information", "data", "evidence", "fact", "news"},
               # a debate about something, not between candidates: "a contentious debate over ..."
               "debate": {"over", "about", "contentious", "heated", "fierce", "national", "public", "ongoing",
                          "worthwhile", "larger", "broader", "policy"},
               "vote": {"popular", "ad", "raw", "electoral", "likely", "latino", "black", "white", "female", "women",
                        "evangelical", "youth", "early", "absentee"},
               "speech": {"free", "hate"}, "protest": {"in"},
               "rally": {"relief", "market", "stock", "stocks", "bond", "late-day"}}  # prices rising
# Offices a campaign runs for: "his [presidential] campaign".
OFFICE_RUNS = {"presidential", "reelection", "re-election", "senate", "gubernatorial", "mayoral", "congressional"}
# Attacks in words: a person's ("Clinton's [attacks]" on a rival), and these.
WORDS_OF_ATTACK = {"personal", "political", "verbal", "rhetorical", "line", "partisan", "negative", "scathing"}
# What a share of the vote is counted in: "15 [percent] of the vote".
VOTE_SHARES = {"percent", "%", "share", "majority", "plurality", "half", "third", "quarter", "fraction", "point",
               "points"}
# Pronouns that say a person is in a sentence.
PERSONAL = {"he", "she", "him", "his", "her"}
# Words that put an attack in its sentence in arms: "a terrorist attack", "the gunman's attack".
VIOLENCE_WORDS = {
    "terror", "terrorist", "terrorism", "bomb", "bombing", "bomber", "gunman", "gunmen", "gunfire", "shooting",
    "shooter", "kill", "killing", "dead", "deadly", "wounded", "injured", "troops", "soldier", "soldiers",
    "missile", "rocket", "airstrike", "airstrikes", "militant", "militants", "insurgent", "insurgents", "massacre",
    "hostage", "hostages", "jihadist", "jihadists", "isis", "isil", "qaeda", "taliban", "suicide", "stabbing",
    "casualties", "explosive", "explosion", "murder", "attacker", "attackers", "assailant", "assailants", "knife",
    "machete", "pistol", "hospital", "injury", "injuries", "wounds"}
# Words that put an attack in arms, or at least not in words, when they are its own: "the [ransomware] attack",
# "the attack on its neighboring [country]", "a [shark] attack".
ARMS_WORDS = {
    "country", "nation", "city", "town", "village", "capital", "territory", "border", "region", "homeland", "port",
    "airport", "building", "facility", "compound", "embassy", "consulate", "base", "school", "church", "mosque",
    "synagogue", "nightclub", "police", "officer", "officers", "military", "army", "war", "cyber", "ransomware",
    "hacker", "hackers", "drone", "missile", "chemical", "nuclear", "shark", "dog", "bear", "heart", "panic",
    "asthma", "gun", "knife", "acid", "arson", "violent"}
# Nouns that name an event only in the singular or after these verbs: "cast [ballots]", not "printed ballots";
# votes cast or counted ("won the most [votes]", and with a number: "leads by 2.4 million [votes]"), not
# "have the votes to pass the bill" nor "courting Hispanic votes".
PLURAL_ONLY_WITH = {"votes": {"cast", "win", "get", "receive", "garner", "earn", "count", "lose"},
                    "ballots": {"cast"}, "deals": set(), "agreements": set(), "nominations": set()}
# Nouns that name no event as the modifier of another noun: "[nomination] battle", "[caucus] goers".
NO_COMPOUND = {"nomination", "candidacy", "vote", "ballot", "deal", "agreement", "debate", "death", "trial",
               "caucus", "primary", "election"}
# The phrase heads a noun trigger modifies without naming an event of its own ("[death] penalty", "[vote] count").
NON_EVENT_HEADS = {"penalty", "toll", "count", "counts", "share", "totals", "tallies", "tally", "row",
                   "certificate", "goers", "goer", "advantage", "strategy", "battle", "contests", "contest", "process",
                   "system", "law", "laws", "season", "fraud", "results", "result", "returns", "officer", "officers",
                   "center", "centers", "centre", "centres", "facility", "facilities", "site", "sites", "rate",
                   "rates", "weapon", "weapons", "mystery", "sign", "signs"}
# Who may be released when freed, beside anyone who can act (events.acts): "the release of the hostages".
CAPTIVES = {"hostage", "prisoner", "detainee", "captive", "sailor", "soldier", "journalist", "national", "citizen"}
# Verbs of holding a post, which one quits when one resigns: "quit serving as chairman", "quit working for".
JOB_VERBS = {"serve", "work", "run", "lead", "head", "chair", "coach", "teach", "manage"}
# What a demonstration of something shows, when it is no protest: "a demonstration of good faith".
SHOWN_QUALITIES = {"faith", "goodwill", "strength", "force", "power", "resolve", "weakness", "ability", "skill",
                   "leadership", "competence", "commitment", "seriousness"}
# Who asks the questions an "inquiry" may be: "press inquiries", "the newspaper's inquiries".
MEDIA_ASKERS = {"press", "media", "reporter", "journalist", "newspaper", "paper", "outlet", "customer", "reader"}
# Words of killing, which joined to another by a hyphen name a kind of thing: "job-killing".
KILLING_WORDS = {"kill", "killing", "murder"}
# What is prosecuted when it is carried on, not brought to court: "prosecuted the [war] on terrorism".
PURSUITS = {"war", "wars", "campaign", "fight", "struggle", "battle"}
# The units of a wage ("$15 an [hour]"), and of pay that is a wage when a job pays it ("a post paying
# $90,000 a [year]", not "paying $35,000 a month for office space").
WAGE_UNITS = {"hour", "week", "hourly", "weekly"}
PAY_RATE_UNITS = {"month", "year", "monthly", "annually", "yearly"}
JOB_NOUNS = {"job", "position", "post", "work", "role", "shift", "career", "occupation"}
# Bodies that act as one: "right-wing [parties] threaten to ...", "the [administration] threatened ...".
ACTING_BODIES = {"party", "government", "administration", "regime", "union", "company", "firm", "insurer", "campaign",
                 "council", "committee", "court", "state", "country", "nation", "coalition", "alliance", "army",
                 "military", "agency", "ministry", "department", "legislature", "congress", "parliament", "network",
                 "city", "county", "bloc", "league", "group", "university", "gang", "mob", "militant", "rebel",
                 "north", "south"}
# Threats of a kind only people make: "[death] threats", "a [bomb] threat", "[veto] threats".
THREATS_MADE = {"death", "bomb", "veto"}
# Words that stand for someone: "[several] threatened to leave", "[someone] who had threatened her".
SOMEONE_WORDS = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "one", "several",
                 "some", "many", "most", "both", "all", "others", "each", "few"}
# Verbs of making a threat: "made [threats]", "carried out the [threat]".
THREAT_MAKING_VERBS = {"make", "issue", "carry", "follow", "repeat", "renew", "send", "receive", "level", "deliver",
                       "communicate"}
# Verbs whose event depends on what they act on: "passed [the bill]", "released [emails]", "fired [Comey]".
DOCUMENT_NOUNS = {"email", "emails", "e-mail", "e-mails", "document", "documents", "return", "returns", "records",
                  "transcript", "transcripts", "file", "files", "memo", "memos", "tape", "tapes", "video",
                  "recording", "cable", "cables", "letter", "report", "data", "information", "messages"}
# What is leaked when it is posted: "posted the emails online"; not "posted a video".
LEAKED_NOUNS = {"email", "emails", "e-mail", "e-mails", "document", "documents", "files", "memos", "cables", "records",
                "transcripts"}
# Events an organisation written before the noun leads: "the [F.B.I.] investigation", "the [Senate] vote".
LED_BY_ORGANISATIONS = {"investigation", "vote", "hearing", "legislation", "sanctions"}
# An investigation opened or closed under another name: "[reopen] the case".
CASES = {"case", "cases"}
# What a candidate seeks or enters: "seek a fourth [term]", "entered the [race]" ("the nomination" and
# "reelection" are triggers of their own, after "seek" as a light verb).
TERMS = {"term", "re-election", "office", "presidency", "seat"}
RACES = {"race", "contest", "primary", "campaign"}
# Money verbs that are donations only with whom it came from: "raised $200,000 [from] hedge funds".
FROM_DONORS = {"raise"}
# Whom one speaks to in a speech: "told [an audience]", "addressed [the convention]".
AUDIENCES = {"audience", "audiences", "crowd", "crowds", "supporters", "rally", "convention", "gathering",
             "congress", "parliament", "assembly", "graduates", "students", "delegates"}
# What courts and legislatures make, block and strike down: laws and the rules in them.
RULES = LAW_NOUNS | {"ban", "limit", "restriction", "rule", "regulation", "mandate", "statute", "ordinance",
                     "provision", "requirement"}
# Who strike, in front of "strike": "the dockworkers' strike", "a general strike", "a hunger strike".
STRIKERS = {"worker", "workers", "dockworker", "teacher", "nurse", "union", "labor", "labour", "general", "hunger",
            "port", "rail", "auto", "transit", "miner", "employee", "staff", "longshoreman", "machinist"}
# Words around a strike that make it a walkout, not a military strike.
LABOR_WORDS = {"union", "worker", "dockworker", "teacher", "nurse", "miner", "employee", "longshoreman", "walkout",
               "picket", "wage", "employer", "bargaining", "machinist", "contract"}
# What puts an event forward without its happening: "a proposal for talks", "an offer of a summit".
PROPOSALS = {"proposal", "offer", "call", "plan", "demand", "request", "invitation", "push", "appeal"}
# What flies that is no traveller: "the plane would not be cleared to fly", "the drone flew over the base".
CRAFT = {"plane", "jet", "aircraft", "jetliner", "airliner", "helicopter", "drone", "flight", "missile", "rocket",
         "balloon", "bird", "flag", "banner", "kite"}
# What a crowd or troops storm: "stormed the embassy", "stormed Saudi diplomatic posts".
STORMED = {"embassy", "embassies", "consulate", "compound", "building", "capitol", "parliament", "palace",
           "headquarters", "posts", "offices", "prison", "base", "stage"}
# Nouns of leaving a post whose "of" names who left: "the resignation of the chair".
LEAVING_NOUNS = {"resignation", "departure", "exit", "retirement"}
# What one leaves in resigning: "left the cabinet", "left his post"; not "left office" at a term's end.
POSTS_LEFT = {"cabinet", "government", "administration", "post", "job", "position", "board", "bench", "ministry"}
OBJECT_VERBS = {
    "pass": (LAW_NOUNS, "legislation"), "sign": (LAW_NOUNS, "legislation"), "block": (RULES, "legislation"),
    "override": ({"veto", "vetoes"}, "legislation"), "repeal": (RULES, "legislation"),
    "overturn": (RULES, "legislation"), "uphold": (RULES, "legislation"),
    "release": (DOCUMENT_NOUNS, "leak"), "publish": (DOCUMENT_NOUNS, "leak"), "dump": (DOCUMENT_NOUNS, "leak"),
    "steal": (DOCUMENT_NOUNS, "leak"), "post": (LEAKED_NOUNS, "leak"),
    "pay": ({"$", "money", "fee", "fees", "million", "thousand"}, "donation"),
    "give": ({"$", "money", "million", "thousand"}, "donation"), "charge": ({"@person"}, "charge"),
    "contribute": ({"$", "money", "million", "thousand"}, "donation"),
    "raise": ({"$", "money", "million", "thousand", "funds"}, "donation"),  # and from whom: FROM_DONORS
    "tell": (AUDIENCES, "speech"), "address": (AUDIENCES, "speech"),
    "reopen": (CASES, "investigation"), "close": (CASES, "investigation"),
    "execute": ({"@person"}, "death"), "storm": (STORMED, "attack"),
    "seek": (TERMS, "candidacy"), "leave": (POSTS_LEFT, "resignation"), "enter": (RACES, "candidacy"),
    "join": (RACES, "candidacy"),
}
# Verbs that mean one thing with a person as object and another with anything else:
# "dismissed [Comey]" is a firing, "dismissed [the report]" a denial; "rejected [the claim]" is a
# denial, "voters rejected [him]" none; "backing [Clinton]" is an endorsement, "backed by Russia" none.
PERSON_OBJECT_VERBS = {"fire": ("resignation", None), "dismiss": ("resignation", "denial"),
                       "sack": ("resignation", None), "reject": (None, "denial"), "back": ("endorsement", None),
                       "support": ("endorsement", None)}
# What is denied when it is refused, not said to be untrue: "denying [entry] to travelers".
REFUSED = {"entry", "access", "request", "permission", "visa", "bail", "service", "benefit", "right", "hearing",
           "funding", "application", "admission", "asylum", "parole", "permit", "license", "coverage", "care",
           "treatment", "opportunity", "chance", "vote", "seat", "passage", "nomination", "victory", "majority"}
# What one applies for to become a member: "applied for [membership]", "[admission] to Harvard".
MEMBERSHIP_WORDS = {"membership", "admission", "accession"}
# Bodies one applies to, to join: "hadn't applied to [the school]".
JOINED_BODIES = {"school", "college", "university", "academy", "union", "alliance", "bloc", "club", "party"}
# Verb and particle or preposition pairs: "stepped [down]", "ran [for] president", "spoke [at] a rally".
PHRASAL_TRIGGERS = {("lash", "out"): "accusation", ("go", "after"): "accusation", ("hit", "out"): "accusation",
                    ("push", "back"): "denial", ("shoot", "back"): "denial", ("step", "down"): "resignation",
                    ("strike", "down"): "legislation",
                    ("run", "for"): "candidacy", ("speak", "at"): "speech",
                    ("sign", "into"): "legislation", ("charge", "with"): "charge",
                    ("name", "as"): "appointment", ("pick", "as"): "appointment", ("tap", "as"): "appointment",
                    ("choose", "as"): "appointment", ("select", "as"): "appointment", ("name", "to"): "appointment"}
# Winning and losing, an election's when a person wins an election, or a place ("[won] Nevada"), or in
# one ("[prevailed] in Wisconsin's primary", "her [victory] in Iowa"); "ISIS took Mosul" is none.
WIN_VERBS = {"win", "lose", "defeat", "beat", "prevail", "carry", "sweep", "take", "whip"}
# Of these, the ones whose object can be the place won: "[won] Nevada", not "beat the Cavaliers".
PLACE_WIN_VERBS = {"win", "lose", "carry", "take"}
# Of these, the ones a candidate does with no object: "if she wins", "won by a compelling margin".
BARE_WIN_VERBS = {"win", "lose", "prevail"}
# Of these, the ones whose object can be the rival beaten: "[beat] Clinton by a wide margin".
RIVAL_WIN_VERBS = {"defeat", "beat", "whip"}
# What a bare win or loss may still say: by how much, over or to whom ("won by ten points").
MARGINS_AND_RIVALS = {"by", "over", "against", "to"}
# What a candidate wins besides an election or a place: "won 30 delegates", "won the presidency".
PRIZES_OF_ELECTIONS = {"delegate", "delegates", "presidency", "seat", "seats", "race", "majority", "votes"}
WIN_NOUNS = {"win", "victory", "triumph", "winner"}
ELECTION_NOUNS = {"primary", "primaries", "caucus", "caucuses", "election", "elections", "contest", "contests",
                  "state", "states", "vote", "ballot"}
# The national office an election is for (ACE's Position), by the words that say it: "the [presidential]
# election", "elected [president]", "won the [White House]", "[parliamentary] elections". Reports of elections
# for one office in one country that agree on when and where are one election, whoever they say ran or won.
# Offices of a city, a state or a seat ("mayor", "governor", "senate") are not: a country has many.
ELECTED_OFFICES = {
    "presidential": "president", "president": "president", "presidency": "president", "white house": "president",
    "parliamentary": "parliament", "parliament": "parliament", "chancellor": "chancellor",
    "chancellorship": "chancellor", "premiership": "prime minister", "prime minister": "prime minister"}
# Words that make an election a party's contest, not the one for the office: "the Democratic presidential
# [primary]", "the [Republican] presidential contest", "the presidential [nominating] contests".
PARTY_CONTEST_WORDS = {"primary", "primaries", "caucus", "caucuses", "nominating", "nomination", "democratic",
                       "republican", "gop", "party"}
# Roles of arms and of sport, and the people who win votes and attack in words: the other roles.
MILITARY_AND_TEAMS = {"general", "gen", "gen.", "colonel", "col", "col.", "lieutenant", "lt", "lt.", "sergeant", "sgt",
                      "sgt.", "admiral", "adm", "adm.", "commander", "captain", "capt", "capt.", "officer", "trooper",
                      "agent", "team", "camp", "player", "coach"}
CIVILIAN_ROLES = (ROLE_NOUNS | OFFICE_TITLES) - MILITARY_AND_TEAMS
# Nouns that say a person: the civilian roles and kin ("his wife").
PERSON_WORDS = CIVILIAN_ROLES | KIN_NOUNS
# Verbs by which a candidate meets a rival in an election: "will [face] Hale in the November election".
FACING_VERBS = {"face", "challenge"}
# Events one faces as their target: "faces fraud charges", "faced criticism", "faces an investigation".
FACED = {"charge", "lawsuit", "investigation", "sanctions", "threat", "accusation", "hearing"}
# Those who hold posts, whom one may fire: a person's role or a body of them ("his entire cabinet").
STAFF = CIVILIAN_ROLES | frozenset("cabinet staff team aide staffer minister ministers employee worker".split())
# Phrasal triggers of words, said by a person: "[lashed out]", "[pushed back] on", "[shot back]".
SAID_BY_A_PERSON = {"accusation", "denial"}
# What someone who is no candidate does in an election: "would [endorse] in this year's contest", "[voted] in
# the primary", "[supported] Kasich in the primary", "[turned] out at her first caucus"; the subject of another
# verb said in one takes part in it ("[won] Nevada in the primary", "are still in the race").
NOT_COMPETING_VERBS = {"vote", "support", "endorse", "back", "turn", "conduct", "account", "interfere", "feel",
                       "put", "pour", "tip", "disclose", "show", "participate", "register", "caucus", "donate",
                       "give", "contribute", "fund", "decide", "choose", "prefer", "favor", "favour", "oppose",
                       "want", "plan", "hope"}
# What attacks in words whatever it attacks: "[ads] attacking Trump", "[speeches] attacking free trade".
ATTACKING_MEDIA = {"ad", "advertisement", "commercial", "spot", "speech", "tweet", "post", "video", "statement",
                   "editorial", "column", "op-ed", "letter", "remark", "comment", "book", "memo"}
# What an attack in words is aimed at: "attacked [her record]", not "attacked [the village]".
WORDS_ATTACKED = {"record", "records", "policy", "policies", "plan", "plans", "remarks", "comments", "views",
                  "position", "positions", "stance", "proposal", "proposals", "administration", "press", "media",
                  "campaign", "candidacy", "character", "judgment", "integrity", "honesty", "statement", "statements"}
# Passive subjects that are things, so no meeting or killing: "the deadline was met", "the bill was killed".
THINGS_DONE = {"objective", "goal", "goals", "deadline", "demand", "demands", "expectation", "expectations",
               "measure", "measures", "bill", "proposal", "plan", "deal", "request", "target", "targets",
               "standard", "standards", "requirement", "requirements", "condition", "conditions", "need", "needs",
               "criteria", "quota", "idea", "effort", "project"}
# Offices one runs for: "ran for [president]".
# Offices whose race is named with a possessive: "the governor's race", "the mayor's race" (not "the
# president's victory", which is his).
RACED_OFFICES = {"governor", "mayor", "senate", "house", "congress", "sheriff"}
OFFICES = {"president", "presidency", "office", "governor", "senate", "congress", "mayor", "reelection",
           "re-election", "nomination", "seat", "house", "election", "white"}
VISIT_WORDS = {**{w: k for w, k in VERB_TRIGGERS.items() if k in ("visit", "travel")}, **DESTINATION_VERBS,
               **{w: k for w, k in NOUN_TRIGGERS.items() if k == "visit"}}
# Verbs whose object (or passive subject) must be someone: "met [Putin]", not "met the deadline" or
# "the measure was met with protests"; "killed [four soldiers]", not "killed the bill".
PEOPLE_VERBS = {"meet", "interview", "endorse", "appoint", "hire", "nominate", "arrest", "detain", "indict", "sue",
                "kill",
                "murder", "assassinate"}
# Who nominate a candidate: "[Republicans] nominated Trump" (or a "party", by lemma).
PARTY_MEMBERS = {"republicans", "democrats", "gop", "delegates"}
# What one endorses besides a person: "endorsed [her bid]".
CANDIDACY_NOUNS = {"bid", "candidacy", "campaign", "reelection", "re-election", "nomination", "ticket"}
PEOPLE_NOUNS = {"president", "leader", "leaders", "minister", "candidate", "nominee", "voters", "official",
                "officials", "governor", "senator", "delegation", "family", "families", "team", "staff",
                "counterpart", "mayor", "ambassador", "members", "group", "board", "chief", "director", "man",
                "woman", "people", "suspect", "suspects", "secretary", "judge", "lawyer", "aide", "aides",
                "civilian", "child", "children", "troops", "police", "victim", "resident", "agent", "men", "women"}
# Verbs of holding an election, a vote or a rally: a place holds it where a person or a party is its agent
# ("Missouri [holds] an open primary", "Trump [held] a rally").
HOLDING_VERBS = {"hold", "host", "stage", "conduct"}
# Verbs of receiving a guest, whose object is the other side of the talks they are for: "welcomed Lavrov
# to Tehran for talks".
HOSTING_VERBS = {"host", "welcome", "receive"}
# Verbs that only carry their object noun's event: "[held] talks", "[opened] an investigation",
# "[cast] a vote", "[filed] a lawsuit", "[delivered] a speech".
LIGHT_VERBS = {"hold", "have", "attend", "sign", "strike", "reach", "submit", "make", "conclude", "impose", "begin",
               "open", "reopen", "launch", "close", "conduct", "cast", "file", "deliver", "give", "stage", "host",
               "announce", "win", "lose", "face", "lead", "end", "drop", "start", "bring", "level", "issue",
               "announce", "receive", "accept", "carry", "commit", "take", "call", "schedule", "plan", "lift",
               "complete", "continue", "renew", "resume", "join", "organize", "mount", "suffer", "secure", "clinch",
               "bag", "lock", "seek"}
# Light verbs whose subject takes what another's event gives: "accepted [his] resignation", "faced
# criticism [from unions]".
RECEIVING_VERBS = {"accept", "receive", "face"}
# Events a receiver takes from whoever they are of: "accepted [his] resignation", "received the
# endorsement of the union"; not "accepted the party's nomination", which is the receiver's own.
GIVEN_EVENTS = {"resignation", "endorsement", "accusation", "threat", "donation"}
# Verbs by which only courts act on laws: "[upheld] the law", "[struck] down the ban".
COURT_VERBS = {"uphold", "strike"}
# Events whose receiver is their target: "received the endorsement of the union", "received threats from".
RECEIVED_AS_TARGET = {"endorsement", "accusation", "threat", "donation"}
# Light verbs that start a new happening of the noun's event: the probe, and its reopening.
RENEWING_VERBS = {"reopen", "renew", "resume", "relaunch"}
# Verbs that put their complement in the future or in doubt: "is set to meet", "plans to visit",
# "could face charges"; "refused to resign" did not happen; "denied meeting him" is denied.
PLANNING_HEADS = {"set": "planned", "plan": "planned", "schedule": "planned", "due": "planned",
                  "intend": "planned", "prepare": "planned", "promise": "planned", "vow": "planned",
                  "pledge": "planned", "going": "planned", "agree": "planned", "decide": "planned",
                  "expect": "expected", "likely": "expected", "hope": "expected", "want": "expected",
                  "seek": "expected", "try": "expected", "consider": "expected", "threaten": "expected",
                  "urge": "expected", "call": "expected", "ask": "expected", "could": "expected",
                  "petition": "expected", "demand": "expected", "need": "expected", "have": "expected",
                  "refuse": "negated", "fail": "negated", "decline": "negated",
                  "deny": "denied", "dismiss": "denied", "reject": "denied"}
# Verbs that ask for an event, which is then still to come: "[demanded] an investigation", "[called] for an
# inquiry", "[urged] a vote".
DEMANDING_VERBS = {"demand", "call", "urge", "seek", "request", "want", "propose", "press", "push"}
# Verbs whose object, a deal, is still to be made: "[discussed] a gas deal", "[negotiated] a ceasefire".
DISCUSSING_VERBS = {"discuss", "negotiate", "consider", "weigh", "explore", "debate"}
# Of these, the ones that ask only with "for": "called [for] a vote"; "called the probe a witch hunt" does not.
ASKING_FOR_ONLY = {"call", "press", "push"}
# Auxiliaries that say an event is to come (will) or may come (could).
FUTURE_AUXILIARIES = {"will", "shall", "'ll", "would", "wo"}
MODAL_AUXILIARIES = {"could", "might", "may", "can", "should", "must", "ca"}
# Conjunctions that make a clause's event a condition: "[if] she is elected".
CONDITIONS = {"if", "unless"}
# Modifiers of a noun trigger that say where it stands: "the [upcoming] debate", "a [possible] indictment".
NOUN_STATUS = {"upcoming": "planned", "planned": "planned", "scheduled": "planned", "proposed": "planned",
               "next": "planned", "future": "planned", "coming": "planned", "possible": "expected",
               "potential": "expected", "likely": "expected", "ongoing": "ongoing", "continuing": "ongoing",
               "pending": "ongoing", "current": "ongoing", "underway": "ongoing"}
PARTICIPANT_LABELS = ("PERSON", "ORG", "GPE", "NORP")
PLACE_LABELS = ("GPE", "LOC", "FAC")
PLACE_PREPOSITIONS = {"in", "at", "to"}
COUNTERPART_PREPOSITIONS = {"with", "between", "against"}
# Prepositions whose object is what the event is done to: "investigation [into] her emails", "arrest [of] X"
# ("of" after a noun only), "attack [on]"; "against" for every type that has a target.
TARGET_PREPOSITIONS = {"into": {"investigation", "hearing"}, "of": None, "on": {"attack", "sanctions", "vote", "hearing"},
                       "against": None}
# Named-entity labels inside which a word is a name, not a trigger: "the Federal [Election] Commission".
NAME_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "LAW", "FAC", "PRODUCT", "NORP", "GPE", "LOC"}
# Events whose status a noun trigger takes from its clause: "Ahead of his meeting, Putin [will travel]".
SCENE_EVENTS = {"meeting", "visit", "summit", "phone call", "debate", "rally", "speech", "travel"}
# Types whose place the possessive or the modifier in front names: "[Iowa's] caucus", "the [Iowa] caucus".
PLACED_BY_OWNER = {"election", "vote", "rally", "protest", "debate"}
# Events a city's name in front of places, where a country's names a party: "the Paris agreement",
# "the Warsaw summit", but "the Iran deal".
PLACED_BY_CITY = {"agreement", "summit", "meeting", "attack"}
# Events whose clause's subject took part in them: "[During the meeting with Raisi], Putin said",
# "[In a speech], Obama said", "Clinton defeated Sanders [in the primary]".
SCENE_SUBJECTS = {"meeting", "visit", "summit", "phone call", "speech", "rally", "debate", "election"}
# Prepositions that set an event as the scene of their clause, which then dates it: "[in] a speech Thursday",
# "[at] a rally on Saturday", "[during] a debate on Monday" (not "after the debate on Monday").
SCENE_PREPOSITIONS = {"in", "at", "during"}
# Events whose clause's subject took part in them through any preposition: "[After] the meeting, Putin flew".
SCENE_ANY_PREPOSITION = {"meeting", "visit", "summit", "phone call"}
# Types that are two-sided: one event per pair, so "met Raisi and Erdogan" is two meetings.
PAIRWISE = {"meeting", "phone call"}
# Types whose object is the one it is done to (a target), not a counterpart.
TARGETED = {"accusation", "threat", "sanctions", "attack", "arrest", "charge", "lawsuit", "investigation",
            "endorsement", "appointment", "resignation", "death", "denial", "donation", "leak"}
# Types whose passive subject is the one it is done to: "was indicted", "was arrested", "was fired".
PASSIVE_TARGETS = TARGETED | {"election"}
# A court's steps a defendant's own, the owner of the word: "his [trial]", "Smith's [conviction]".
DEFENDANTS_OWN = {"trial", "conviction", "sentencing", "acquittal", "arraignment"}
# A court's steps whose object, or passive subject, is the defendant: "was sentenced", "convicted him".
COURT_STEPS = {"sentence", "convict", "acquit"}
# Prepositions that put an event before or after its clause's time: "landed on Tuesday, [since] the invasion".
SEQUENCE_PREPOSITIONS = {"since", "after", "before", "until", "following", "ahead", "prior", "despite", "due",
                         "because"}
# Words that lead a clause at the same time as the one it hangs from: "[while] celebrating, Trump mocked".
SIMULTANEOUS = {"while", "when"}
# Most noun phrases an event may sit inside and still take the date of the clause around them.
MAX_PHRASE_LEVELS = 2
# Most tokens between a trigger and a date or place that still belong to its clause.
MAX_ARGUMENT_DEPTH = 4
TRIP_KINDS = {"visit", "travel"}
TRIP_NOUNS = {"trip", "visit", "journey", "tour"}
DURATION_UNITS = {"day", "week", "month", "year"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
# Organisation entities of an article, and the words that stand for them: "the [bureau]".
ORG_LABELS = ("ORG",)
