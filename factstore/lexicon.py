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

NAME_PARTICLES = frozenset("al al- bin bint ibn de del della der di da van von le la du dos das ben".split())
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

# Verbs that attribute speech or thought to a source.
SPEECH_VERBS = frozenset("""
say tell state add announce claim emphasize emphasise stress warn deny insist argue note remark
explain write tweet declare assert suggest acknowledge admit confirm report reply respond recall
praise criticize criticise accuse urge call predict promise vow threaten complain describe
believe think hope expect fear estimate allege reveal disclose indicate conclude agree
contend maintain observe point highlight question ask testify caution concede boast
""".split())

# Verbs whose object is the speaking itself, and whose subject the speaker: "He [made] the suggestion".
LIGHT_SPEECH_VERBS = frozenset({"make", "give", "issue", "deliver", "offer"})

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
