"""Word lists shared by the extractors. Lower case throughout."""

# Courtesy titles are part of how a person is named ("Mr. Raisi" is an alias).
COURTESY_TITLES = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. ayatollah grand sheikh
sheik imam rabbi
""".split())

# Office and rank titles say what a person is, not what they are called.
OFFICE_TITLES = frozenset("""
president vice prime minister secretary senator sen sen. rep rep. representative congressman
congresswoman governor gov gov. mayor chancellor premier king queen prince princess pope emperor
general gen gen. colonel col col. lieutenant lt lt. sergeant sgt sgt. admiral adm adm. commander
captain capt capt. judge justice chief chairman chairwoman chair speaker leader ambassador
attorney deputy foreign supreme coordinator director spokesman spokeswoman spokesperson
team camp treasurer councillor councilor councilman councilwoman alderman commissioner superintendent sheriff envoy negotiator adviser advisor official
""".split())

# Nouns that describe one person in place of their name ("the Democratic nominee", "his ex-wife"),
# beside the office titles, and the gender the gendered ones say.
FEMALE_PERSON_NOUNS = frozenset("""
wife ex-wife widow mother daughter sister grandmother aunt niece lady woman businesswoman actress
chairwoman spokeswoman congresswoman councilwoman queen princess
""".split())
MALE_PERSON_NOUNS = frozenset("""
husband ex-husband widower father son brother grandfather uncle nephew man businessman actor chairman
spokesman congressman councilman king prince
""".split())
# Family: "his father" is rarely anyone the article names, and never the person it is about.
KIN_NOUNS = frozenset("""
wife ex-wife widow mother daughter sister grandmother aunt niece husband ex-husband widower father son brother
grandfather uncle nephew
""".split())
# Words of OFFICE_TITLES that are not a person when they end a phrase: "his team", "the foreign".
NOT_PERSON_TITLE_WORDS = frozenset("vice foreign supreme deputy chief team camp".split())
PERSON_NOUNS = (OFFICE_TITLES - NOT_PERSON_TITLE_WORDS) | FEMALE_PERSON_NOUNS | MALE_PERSON_NOUNS | frozenset("""
nominee candidate contender front-runner frontrunner incumbent challenger businessperson mogul billionaire
developer tycoon executive founder strategist aide lawyer judge prosecutor historian economist scientist professor
writer author columnist reporter journalist anchor host moderator activist veteran officer senator lawmaker
legislator politician official manager chief owner partner friend speechwriter pollster consultant commentator
""".split())
# Staff who speak for others, so often unnamed that "the White House spokesman" is nobody the
# article has named, not its main figure.
STAFF_NOUNS = frozenset("""
spokesman spokeswoman spokesperson official aide adviser advisor staffer officer source lawyer attorney
analyst expert strategist representative deputy director secretary manager
""".split())

NAME_PARTICLES = frozenset("al al- bin bint ibn de del della der di da van von le la du dos das ben".split())
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

# Verbs that attribute speech or thought to a source.
SPEECH_VERBS = frozenset("""
say tell state add announce claim emphasize emphasise stress warn deny insist argue note remark
explain write tweet declare assert suggest acknowledge admit confirm report reply respond recall
praise criticize criticise accuse urge call predict promise vow threaten complain describe
believe think hope expect fear estimate allege reveal disclose indicate conclude agree
contend maintain observe point highlight question ask testify caution concede boast
shout yell scream whisper exclaim chant joke quip muse
""".split())

# Cues of communication: verbs of saying, telling, asking, arguing, praising and blaming, their
# nouns, and the ways of writing or posting words (after the verbs of communication and of
# judgment in Levin's English Verb Classes, 1993), which make a claim's act speech (acts.py);
# SPEECH_VERBS above are the verbs whose complement the rules read as a claim, thoughts among them.
SPEECH_CUES = frozenset("""
say tell ask add continue write note report argue announce talk discuss question respond explain accuse call
defend sing claim declare state speak acknowledge mention describe promise agree insist urge warn pledge recall
vow reveal refer cite criticize criticise criticism praise blame deny comment remark post tweet
retweet retweete email text reply answer testify confirm admit concede reiterate repeat assert
allege contend maintain suggest suggestion predict propose proposal recommend advise assure inform
remind joke quip boast brag complain complaint lament bemoan decry denounce condemn blast slam
attack rip knock hit lambast lash assail savage hammer chide mock ridicule deride taunt tout hail
applaud cheer welcome thank congratulate credit apologize apologise plead request demand challenge
dispute rebut refute counter contradict disagree disavow dismiss reject charge accusation allegation
argument assertion statement announcement declaration remarks interview speech letter message
testimony proclaim pronounce exclaim yell shout chant cry whisper scream muse opine speculate
speculation hint imply signal indicate stress emphasize emphasise underscore highlight point recount
relate narrate quote read recite preach interject chime weigh voice express air outline detail spell
clarify interpret characterize label dub brand portray paint frame liken compare threaten caution
implore beg concur echo affirm reaffirm vouch swear grumble scoff marvel gush rail rant bash fume
publish broadcast according :
""".split())

# Verbs of blame and of praise (Levin's judgment verbs, 33) too rare in PolNeAR train for rules of their
# own, which are read as the commonest of their kind is: "trashed [Trump]" as "criticized [Trump]".
KINDRED_CUES = {
    "criticize": frozenset("""
lambaste lambast rebuke chastise castigate berate scold insult disparage belittle skewer pillory trash
rubbish excoriate bash savage chide denigrate vilify upbraid reprimand censure
""".split()),
    "praise": frozenset("commend laud hail applaud extol salute".split()),
}

# Verbs whose object is the speaking itself, and whose subject the speaker: "He [made] the suggestion",
# "Trump has [raised] questions about ...", "[voiced] concerns that ..." (unless the object says whose it is:
# "raised questions from Democrats").
LIGHT_SPEECH_VERBS = frozenset({"make", "give", "issue", "deliver", "offer", "raise", "voice", "express", "level"})
# Words someone "has" for another that are said: "has praise for the front-runner", "has some advice for".
HELD_WORDS = frozenset({"praise", "criticism", "advice"})

# Nouns a name before them makes the name of an outlet: "told [France Info] radio".
MEDIA_NOUNS = frozenset({"radio", "television", "tv", "newspaper", "magazine", "channel", "broadcaster",
                         "website", "podcast"})

# What a sentence opening "In a [poll], ..." reports the findings of.
SURVEY_NOUNS = frozenset({"poll", "survey"})

# What the cue says about the claim's standing, where it says anything.
FACTUALITY = {
    "deny": "denied", "hope": "hoped", "warn": "warned", "expect": "expected", "predict": "expected",
    "promise": "promised", "vow": "promised", "pledge": "promised", "threaten": "threatened",
    "claim": "claimed", "allege": "claimed", "fear": "feared", "believe": "believed", "think": "believed",
    "suggest": "suggested", "estimate": "estimated", "admit": "admitted", "acknowledge": "admitted",
    "confirm": "confirmed",
}
# Words after which a name inside a source phrase is not the speaker: "a spokesman [for] Putin".
SOURCE_PREPOSITIONS = {"of", "for", "with", "by", "about", "from", "to", "on", "against", "at", "in"}

# The last word of an organisation's name, which the model sometimes tags as a person's:
# "Morning Consult", "Crosscut Strategies", "Gallup Group".
ORGANISATION_NAME_WORDS = frozenset("""
strategies strategy consult consulting consultants group inc inc. llc llp ltd ltd. corp corp. corporation company
co co. partners media associates institute foundation communications research analytics solutions capital
holdings ventures network networks agency committee council coalition alliance association society
university college pac fund trust bank airlines center centre museum library hospital clinic school academy
senate
""".split())
# The last word of a building's name after a person's ("Trump Tower", "the Obama White House"); some are
# surnames too ("John Tower").
BUILDING_NAME_WORDS = frozenset("tower towers plaza hotel building airport stadium arena mall casino resort house"
                                .split())

# Words for what a person is or does that the model glues to a name: "[Organizer] Dwayne Croteau".
ROLE_NOUNS = frozenset("""
organizer organiser activist strategist pollster analyst consultant candidate nominee lawyer author writer
economist professor historian columnist host anchor moderator reporter correspondent editor producer founder
executive ceo cfo chairman chairwoman voter resident supporter donor operative aide staffer volunteer coach
player actor actress singer rapper comedian billionaire businessman businesswoman scientist researcher
doctor nurse pastor bishop cardinal cleric imam priest rabbi detective officer trooper agent prosecutor
defendant plaintiff witness veteran student teacher manager spokesman spokeswoman spokesperson adviser advisor
director secretary
""".split())
# What a person issues, which then speaks for them: "Ivana Trump's brief said".
STATEMENT_NOUNS = frozenset("""
statement statements brief filing filings submission letter letters tweet tweets post posts remarks comment
comments speech interview memo op-ed column essay book testimony lawsuit complaint motion campaign website
""".split())
# Bills and the bodies that pass or block them: "the Senate rejected [the bill]".
LAW_NOUNS = frozenset("bill bills law legislation measure act resolution amendment budget".split())
LEGISLATURES = frozenset("senate house congress parliament legislature assembly lawmaker senator committee".split())

# Words the model tags as a nationality or a group that name a party or a leaning, not a country; each with
# the party it names.
PARTY_WORDS = {"republican": "republican", "republicans": "republican", "gop": "republican",
               "democratic": "democratic", "democrat": "democratic", "democrats": "democratic",
               "libertarian": "libertarian", "conservative": "conservative", "liberal": "liberal",
               "progressive": "progressive"}
