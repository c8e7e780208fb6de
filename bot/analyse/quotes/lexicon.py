"""Word lists for finding quotes and their speakers: speech verbs, titles, roles, first names."""

from __future__ import annotations

from typing import Literal

from bot.analyse.quotes.first_names import FEMALE_NAMES, FIRST_NAMES, MALE_NAMES

__all__ = ["FEMALE_NAMES", "FIRST_NAMES", "MALE_NAMES"]  # kept here with the other word lists


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that put quoted words in someone's mouth without a that-clause: `decried the "rigged"
# system`, `calling it "a disaster"`, `dismissed the claim as "absurd"`.
ATTRIBUTING_VERBS = _words(
    """
    calling accuse accuses accusing blamed blames blaming dismissed dismisses dismissing decried
    decries decrying derided derides deriding heralded heralds lambasted lambastes ridiculed
    ridicules bemoaned bemoans groused grouses railed rails chanting chants criticized criticizes
    criticizing criticising condemns condemning mocks mocking praises praising hailing labeled
    labeling labelling touted touts touting slamming blasting portrayed portrays portraying
    characterized characterizes characterizing characterised calls predicting refers referring
    referred deemed deems casting casts argue crying cried coined questioned questioning implied
    implies intimated sniped knocked rejected rejecting describe describing promising vowing
    pledging professing proclaiming denounced denounces denouncing attacked attacking attacks
    trashed trashing hammered hammering grousing griped griping applauded applauding credited
    crediting naming coined talking talked proposed proposes proposing pointed
    """
)

# Small words a subject is followed by that are no inflected verb of their own: auxiliaries,
# adverbs, conjunctions, relative pronouns and past forms like their present (`Reed also`,
# `Reed, who`, `Okafor won`).
AFTER_SUBJECTS = _words(
    """
    is are was were has have had will would can could may might must should does did do also
    still never then now again once even too and or who whose which won cut quit hit set put let
    run beat shut spread bid
    """
)

# Inflected forms, so a verb is recognised without a stemmer.
SPEECH_VERBS = ATTRIBUTING_VERBS | _words(
    """
    said says say saying stressed stresses stressing highlighted highlights highlighting
    insisted insists insisting assured assures assuring noted notes noting promised promises
    told tells telling added adds adding warned warns warning argued argues arguing claimed
    claims claiming admitted admits admitting explained explains explaining urged urges urging
    announced announces announcing stated states stating declared declares declaring remarked
    remarks commented comments suggested suggests suggesting revealed reveals revealing
    confirmed confirms confirming acknowledged acknowledges replied replies replying continued
    continues recalled recalls conceded concedes conceding predicted predicts believes believed
    thinks wrote writes described describes reckons reckoned asked asks responded responds
    agreed agrees joked jokes boasted boasts complained complains emphasised emphasized
    emphasises emphasizes underlined underlines maintained maintains observed reported
    mentioned vowed vows pledged pledges hoped denied denies countered quipped concluded
    concludes cautioned indicated contended alleged alleges asserted asserts affirmed
    proclaimed enthused admitted accepted accepts insisted feared fears called labelled branded
    hailed praised criticised condemned apologised
    tweeted tweets tweeting posted wrote writing sings sang singing demanded demands demanding
    pondered wondered mused barked retorted snapped fumed scoffed lamented laments recounted
    testified answered answers reasoned chided blasted slammed mocked accused thanked reports
    reporting explains declares quipped retaliated shouted yelled chanted pleaded
    interjected interjecting interjects beamed opined opines exhorted chiding affirms emailed
    lectured lecturing ripped exclaimed exclaims surmised boasting
    """
)

# Nouns an organisation owns: after `a World Bank report`, `the report said` is the World Bank.
OWNED_NOUNS = frozenset(
    ["report", "statement", "spokesman", "spokeswoman", "spokesperson", "study", "poll", "survey"]
)
KIN_NOUNS = frozenset(
    """daughter son wife husband mother father brother sister widow partner girlfriend
    boyfriend fiancee fiance grandmother grandfather granddaughter grandson aunt uncle niece
    nephew stepdaughter stepson stepmother stepfather""".split()  # noqa: SIM905
)
CLAUSE_OPENERS = frozenset(
    ["but", "and", "so", "yet", "however", "meanwhile", "now", "then", "-", "\u2013"]
)
NOT_AFTER_SUBJECT = frozenset(["and", "or", "in", "on", "at", "for", "with", "to", "from"])
# Words that show a name is not the subject of its clause: `mentioned Simón Bolívar and ...`.
CLAUSE_WORDS = frozenset(
    """he she it they we i you him her them his its their and or but with by for from of to in
    on at as than that which who whom whose when while after before over against behind beat
    beats beating like including is was are were be been has have had will would can
    could""".split()  # noqa: SIM905
)

# Verbs (besides `-ed` forms) that show a name is not the subject of its clause.
IRREGULAR_VERBS = _words(
    """left beat won told met saw took gave made put set hit let ran came went got held kept led
    lost paid sent sold wrote began brought bought caught chose drew drove fell felt fought found
    gave grew heard knew leapt meant overtook rode rose sang sat shot spoke stood struck swam
    taught threw thought took understood wore cut"""
)

# Verbs that take a that-clause of reported speech (indirect quotes).
INDIRECT_VERBS = SPEECH_VERBS - _words(
    "continued continues described describes asked asks called labelled hailed praised criticised"
    " branded condemned apologised sings sang singing blasted slammed mocked accused thanked"
    " chided barked snapped chanted shouted yelled retaliated"
)

# Words that may sit between a subject and its speech verb: "he also said", "Putin has said".
VERB_ADVERBS = _words(
    """
    also has had have later then previously recently once repeatedly again further would
    will was is famously reportedly subsequently simply himself herself itself quickly
    earlier yesterday today last night clearly firmly openly publicly afterwards immediately
    still even now privately separately later subsequently initially meanwhile however too
    """
)

Gender = Literal["m", "f"]  # as the article states it, or as a first name suggests
PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
SUBJECT_PRONOUNS = _words("he she they it")
# Auxiliaries a passive verb follows: `was described`, `is often labeled`.
# Verbs that name whom they tell before what: `told reporters`.
TELLING_VERBS = _words("told tells tell telling")
PASSIVE_AUXILIARIES = _words("is are was were be been being")
# Auxiliaries and modals: after a subject they show it acting (`Brook would`, `the bank has`).
AUXILIARIES = _words(
    "is was are were has had have will would can could should may might must does did"
)

DETERMINERS = _words("the a an his her their its our this that")
# Words that bring in someone the article has not named: `a young woman`, `another boy`.
NEWCOMER_ARTICLES = _words("a an another one")

# Letters after a name, no part of it: `Tom Ruiz MSP`, `Ada Brook QC`.
POST_NOMINALS = _words("MP MSP MEP AM MLA QC KC OBE MBE CBE KBE")
# Capitalised words that open sentences or clauses but are never part of a name.
STOP_CAPS = _words(
    """
    The A An And But Or So If In On At For From With Without By To Of As After Before During
    While When Where Why What Who Which That This These Those There Their They He She It We
    I You His Her Its Our My Your Now Then Yet Still However Meanwhile Although Though Despite
    Also Even Only Just Both Each Every All Some Many Most No Not Nor Last Next New Since Until
    Speaking Asked According Likewise Due Under Over About Against Between Into Through
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Feb Mar Apr Aug Sep Sept Oct Nov Dec
    Mr Mrs Ms Miss Dr Sir Lord Lady Dame
    Prof Professor President Prime Minister Chancellor Secretary Coach Captain Judge King Queen
    Prince Princess General Senator Governor Chairman Chief Executive Director Manager Boss
    Here Once Such Yes Well Instead Indeed Overall Elsewhere Like Unlike Following Including
    How Other Another Any Perhaps Already Meet Either Neither
    Was Were Is Are Has Have Had Did Does Do Will Would Can Could Should Might Must
    Sen Rep Gov Del Lt Amb Atty Adm Cmdr Maj Pres Hon Rev Capt Gen Col Sgt Cllr Councillor
    """
)

TITLES = _words(
    """
    Mr Mrs Ms Miss Dr Sir Lord Lady Dame Prof Professor President Prime Minister Chancellor
    Secretary Coach Captain Judge King Queen Prince Princess General Senator Governor Chairman
    Chief Executive Director Manager Boss Chairwoman Skipper Deputy Foreign Home Culture Rt Rev
    Revd Reverend Bishop Archbishop Father Cardinal Rabbi Crown Lt Col Colonel Lieutenant Major
    Sgt Sergeant Cpl Gen Admiral Commander Brig Brigadier Capt Insp Inspector Det Supt MP
    Sen Rep Gov Del Lt Gov Amb Atty Adm Cmdr Maj Pres Hon Rev Speaker Congressman Congresswoman
    Senator Representative Mayor Ambassador Justice Attorney Exchequer Cllr Councillor
    """
)

DEMONYMS = _words(
    """
    Russian British English Scottish Welsh Irish French German Spanish Italian American
    Australian Canadian Brazilian Argentine Argentinian Chinese Japanese Indian Dutch Belgian
    Swiss Swedish Norwegian Danish Finnish Polish Czech Greek Turkish Portuguese Mexican
    Kenyan Ethiopian Nigerian South African Korean Austrian Croatian Serbian Ukrainian
    Scot Scots Briton Welshman Irishman Englishman Frenchman Kiwi Jamaican Cuban Israeli
    Iranian Iraqi Pakistani Egyptian Moroccan Chilean Colombian Uruguayan Venezuelan Romanian
    Hungarian Bulgarian Slovak Slovenian Icelandic Russians Americans Europeans European
    Latin Eurasian Asian African Caribbean Arab Zimbabwean Ghanaian Cameroonian Ivorian
    Tory Tories Labour Conservative Liberal Democrat Republican Democratic
    """
)

# Words that make a capitalised run an organisation, a place or an event, not a person.
# What `New` opens as a place's name (or its people's): `New York`, `New Delhi`, `New Yorker`.
NEW_PLACES = _words(
    "York Yorker Jersey Zealand Mexico Hampshire Orleans Delhi England Brunswick Haven"
)
# Places a cast may hold as bodies (`Denmark's competition authority`), which no `the company`
# or `the firm` can mean.
PLACE_NAMES = _words(
    """
    America Africa Europe Asia England Scotland Wales Ireland France Italy Spain Germany Brazil
    Russia China India Japan Moscow London Paris Israel Iran Iraq Syria Mexico Canada Cuba Egypt
    Turkey Ukraine Afghanistan Pakistan Libya Yemen Australia Greece Poland Sweden Norway Denmark
    Belgium Netherlands Switzerland Austria Venezuela Colombia Argentina Chile Peru Nigeria Kenya
    Ethiopia Vietnam Indonesia Philippines Portugal Finland Iceland Hungary Romania Bulgaria
    Serbia Croatia Thailand Malaysia Singapore Korea Taiwan Morocco Algeria Ghana Britain UK US
    USA EU Tokyo Beijing Berlin Brussels Washington
    """
)
NON_PERSON_WORDS = (
    _words(
        """
    United City Club FC Association Ministry Department Group Inc Ltd Corp Corporation League
    Cup Championship Championships Grand Prix BBC News Party Council Union Unions Office
    Agency Federation Bank Records Games Awards Award Festival Conference Parliament Duma
    House Court Committee Commission Organisation Organization Institute University College
    School Society Foundation Trust Company Industries International Limited Airlines Network
    Studios Pictures Entertainment Music Television TV Radio Channel Times Post Mail Guardian
    Telegraph Sun Street Road Park Stadium Arena Centre Center Hall Theatre Gallery Museum
    America Africa Europe Asia York Zealand Kingdom States Korea Republic Island Islands East
    West North South Affairs Commons Lords Senate Congress Assembly Government Square Olympic
    Olympics Open Series Trophy Tour World Indoor Indoors Athletics Rugby Football Tennis Cricket
    Premiership Division Chelsea Arsenal Liverpool Madrid Barcelona Milan Juventus England
    Scotland Wales Ireland France Italy Spain Germany Brazil Russia China India Japan Moscow
    London Paris Microsoft Apple Google Sony Nintendo Intel IBM Yahoo Oscar Oscars Grammy
    Brit Brits Emmy Bafta Globe Globes Internet Web Xbox PlayStation Windows Linux Mac Day
    Year Week Airways Motors Electronics Software Systems Technologies Labs Press Media Act
    Acts Treaty Agreement Directive Report Plan Charter Constitution Choir Orchestra Band
    Ensemble Quartet Chorus Society Embassy Service Services Police Army Navy Force Board Team
    Administration Bureau Coalition Alliance Caucus Observatory Laboratory Laboratories Centers
    Centres Institutes Agencies Authority Fund Program Programme San Santa Los Las Fort Mount
    Hook Bay Beach Valley Heights Springs Falls Fed Treasury Pentagon Kremlin Vatican Alabama
    Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho
    Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
    Minnesota Mississippi Missouri Montana Nebraska Nevada Hampshire Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Wisconsin Wyoming Israel Iran Iraq Syria Mexico
    Canada Cuba Egypt Turkey Ukraine Afghanistan Pakistan Libya Yemen Australia Greece Poland
    Sweden Norway Denmark Belgium Netherlands Switzerland Austria Paso Trade Transatlantic
    Partnership Venezuela Colombia Argentina Chile Peru Nigeria Kenya Ethiopia Vietnam Indonesia
    Philippines Insurance Holdings Security
    """
    )
    | NEW_PLACES
)

# Words that end a company's name, and only as its last word (`Nordvik Foods`, `Redrock Oil and
# Gas`): alone, opening a sentence, they are plain nouns (`Oil giant Shell`).
FIRM_WORDS = _words(
    """
    Gas Electric Power Energy Exploration Production Mining Engineering Sons Partners Foods Food
    Bio Biotech Pharma Pharmaceuticals Therapeutics Mobile Telecom Telecoms Telecommunications
    Communications Wireless Networks Broadband Logistics Shipping Freight Brewing Breweries
    Brewery Beverages Retail Stores Supermarkets Chemicals Semiconductor Semiconductors Robotics
    Aerospace Automotive Petroleum Resources Minerals Metals Mines Construction Properties Realty
    Hotels Resorts Cinemas Brands Dairy Textiles Apparel Cosmetics Utilities Railways Airline
    Aviation Ventures Investments Securities Capital Bancorp Diagnostics Genomics Devices
    Instruments Interactive Computing Analytics Platforms Solutions Oil Estates Homes Dairies
    Farms Fisheries Energi Energie Airways Housing Developments Fitness Rovers Wanderers Albion
    Rangers Hotspur Harriers Thistle Athletic Air Sports
    """
)

# What a company does, as the noun before its name: `Budget airline SkyLark`, `oil giant Shell`.
TRADE_NOUNS = _words(
    """airline carrier maker manufacturer retailer lender insurer miner brewer giant chain
    operator producer supplier developer builder grocer supermarket carmaker automaker
    drugmaker chipmaker publisher startup start-up conglomerate utility
    cooperative co-operative"""
)

# Role nouns that stand for the person who holds them ("the president said").
PERSON_NOUNS = _words(
    """
    critic defendant plaintiff claimant witness tenant participant contestant assistant consultant
    accountant attendant patient client migrant immigrant applicant
    president leader minister chancellor premier manager boss coach chief executive director
    chairman chairwoman captain skipper player striker midfielder defender goalkeeper keeper
    winger forward star singer actor actress artist musician rapper director producer writer
    author presenter host champion athlete runner hurdler sprinter swimmer golfer boxer driver
    rider jockey cyclist batsman bowler bowler trainer veteran youngster teenager spokesman
    spokeswoman spokesperson founder analyst expert head secretary official frontman guitarist
    drummer vocalist comedian model designer developer programmer researcher scientist
    economist officer governor senator mayor judge rapper band group legend international
    bishop archbishop priest vicar cardinal reverend pope rabbi imam lawyer scrum-half fly-half
    full-back centre-back left-back right-back wing-back flanker hooker prop lock centre
    instructor teacher pilot nurse chef guard soldier student pupil resident neighbour survivor
    victim farmer professor lecturer surgeon sheriff trooper constable commissioner
    world-beater newcomer favourite holder number scot briton welshman irishman englishman
    frenchman american australian german spaniard italian dutchman argentine brazilian russian
    moroccan kenyan ethiopian dane swede norwegian finn pole czech greek portuguese mexican
    daughter son wife husband mother father brother sister widow partner friend colleague
    nominee candidate front-runner frontrunner hopeful contender challenger incumbent lawmaker
    congressman congresswoman businessman businesswoman strategist aide adviser delegate
    democrat republican pollster diplomat envoy attorney cop medic paramedic physician spy monk
    nun parent relative aunt uncle cousin grandmother grandfather citizen superintendent
    """
)

ORG_NOUNS = _words(
    """
    ministry department government company firm club team group organisation organization
    agency union federation association council court police bank committee commission board
    party office body authority network studio label channel broadcaster spokesman
    spokeswoman spokesperson statement report campaign regulator watchdog centre center
    trust institute jury bureau army navy military league
    """
)
# Nouns that name a body, not a person: an organisation (`the ministry`, `the trust`) or a
# business by its trade (`the airline`, `the chain`), never `the producer`.
TRADING_BODIES = TRADE_NOUNS - PERSON_NOUNS
BODY_WORDS = ORG_NOUNS | TRADING_BODIES
# Bodies a story follows, which `the company` or `the club` stands for: `a spokeswoman for the
# company` speaks for it (not `a spokesman for the police`, whom no one named).
FOLLOWED_BODIES = TRADING_BODIES | frozenset(["company", "firm", "club", "group"])
# What a source puts out and speaks as when no one is named with it: `according to city
# estimates`, `according to health service data`.
SOURCE_DOCUMENTS = _words(
    """records documents data figures estimates statistics projections filings papers"""
)
# Who an unnamed insider is: `a person familiar with the talks`, `sources close to the club`.
INSIDERS = frozenset(["person", "people", "source", "sources", "someone"])
# Papers that speak for whoever filed them: `," court records said`.
DOCUMENTS = _words(
    """records papers documents filings filing affidavit complaint indictment lawsuit memo
    transcript transcripts"""
)

# A generic description ("the leader") also fits the more specific role it often stands for.
ROLE_SYNONYMS = {
    "leader": _words("president prime premier chancellor head leader king queen"),
    "boss": _words("manager coach chief head boss executive chairman director"),
    "manager": _words("manager boss coach"),
    "coach": _words("coach manager boss trainer"),
    "chief": _words("chief executive head boss director"),
    "head": _words("head chief boss director executive"),
    "president": _words("president"),
    "premier": _words("premier prime minister"),
    "minister": _words("minister secretary"),
}

FEMALE_WORDS = _words(
    """
    actress woman women's chairwoman spokeswoman queen princess mother wife daughter sister
    girl lady businesswoman sportswoman heroine mrs ms miss dame she her songstress widow
    girlfriend fiancee grandmother granddaughter aunt niece stepdaughter stepmother mom
    congresswoman councilwoman assemblywoman anchorwoman
    """
)
MALE_WORDS = _words(
    """
    chairman spokesman king prince father husband son brother boy mr sir lord sportsman
    businessman frontman he him his widower boyfriend fiance grandfather grandson uncle nephew
    stepson stepfather dad congressman councilman assemblyman anchorman
    """
)
GENDER_WORDS = FEMALE_WORDS | MALE_WORDS

# States and provinces written after a town (`Jo Roe of Fenton, Ohio,`), in full and as the
# news agencies shorten them (`Ala.`, `N.Y.`).
STATES = _words(
    """
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
    Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich.
    Minn. Miss. Mo. Mont. Neb. Nev. Okla. Ore. Pa. Tenn. Tex. Vt. Va. Wash. Wis. Wyo. D.C.
    N.H. N.J. N.M. N.Y. N.C. N.D. R.I. S.C. S.D. W.Va. Ontario Quebec Alberta Manitoba
    Queensland Tasmania
    """
) | {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
     "Rhode Island", "South Carolina", "South Dakota", "West Virginia", "British Columbia",
     "Nova Scotia", "New South Wales", "Western Australia"}  # fmt: skip
