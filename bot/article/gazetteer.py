"""Word lists that tell people from places, organisations and titles in capitalised runs.

Country names come from pycountry (ISO 3166, kept up to date by its maintainers); the rest are
short lists of what news copy uses, kept here as named constants so rules stay readable.
"""

from __future__ import annotations

from functools import cache

import pycountry

COUNTRY_ALIASES: dict[str, str] = {
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "America": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "England": "United Kingdom",
    "Russia": "Russia",
    "Iran": "Iran",
    "Syria": "Syria",
    "Vietnam": "Vietnam",
    "Taiwan": "Taiwan",
    "Venezuela": "Venezuela",
    "Bolivia": "Bolivia",
    "Laos": "Laos",
    "Moldova": "Moldova",
    "Tanzania": "Tanzania",
    "Palestine": "Palestine",
    "Gaza": "Gaza",
    "Kosovo": "Kosovo",
    "EU": "European Union",
}

DEMONYMS: dict[str, str] = {
    "American": "United States",
    "Indian": "India",
    "British": "United Kingdom",
    "Chinese": "China",
    "Russian": "Russia",
    "French": "France",
    "German": "Germany",
    "Japanese": "Japan",
    "Pakistani": "Pakistan",
    "Israeli": "Israel",
    "Palestinian": "Palestine",
    "Iranian": "Iran",
    "Ukrainian": "Ukraine",
    "Canadian": "Canada",
    "Mexican": "Mexico",
    "Australian": "Australia",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Turkish": "Turkey",
    "Saudi": "Saudi Arabia",
    "Korean": "Korea",
    "Brazilian": "Brazil",
    "Egyptian": "Egypt",
    "Syrian": "Syria",
    "Afghan": "Afghanistan",
    "Bangladeshi": "Bangladesh",
    "Nepali": "Nepal",
    "Irish": "Ireland",
    "Greek": "Greece",
    "Cypriot": "Cyprus",
    "Dutch": "Netherlands",
    "Swiss": "Switzerland",
    "Polish": "Poland",
    "Nigerian": "Nigeria",
    "South African": "South Africa",
}

REGIONS = frozenset(
    """Asia Europe Africa America Americas Pacific Atlantic Arctic Antarctica Oceania Caribbean
    Balkans Caucasus Gulf Indo-Pacific Middle East Latin Scandinavia Sahel Himalayas Kashmir
    Eurasia Mediterranean Siberia Crimea Donbas""".split()
)

CITIES = frozenset(
    """Washington London Paris Berlin Moscow Beijing Tokyo Delhi Mumbai Kolkata Chennai Bengaluru
    Bangalore Hyderabad Islamabad Karachi Lahore Dhaka Kathmandu Colombo Kabul Tehran Baghdad Damascus
    Beirut Jerusalem Cairo Riyadh Dubai Doha Ankara Istanbul Athens Rome Madrid Lisbon Brussels Geneva
    Vienna Warsaw Kyiv Kiev Minsk Stockholm Oslo Copenhagen Helsinki Dublin Edinburgh Amsterdam Prague
    Budapest Bucharest Sofia Belgrade Nairobi Lagos Johannesburg Seoul Pyongyang Shanghai Hong Kong
    Singapore Jakarta Manila Bangkok Hanoi Sydney Melbourne Canberra Ottawa Toronto Montreal Vancouver
    Mexico Havana Caracas Bogota Lima Santiago Buenos Aires Brasilia Chicago Boston Houston Dallas
    Atlanta Miami Seattle Denver Phoenix Philadelphia Detroit Cleveland Baltimore Nicosia Strasbourg
    Frankfurt Munich Hamburg Milan Naples Barcelona Manchester Liverpool Glasgow Belfast Cardiff Tel Aviv
    New York Los Angeles San Francisco Silicon Valley New Delhi Wall Street Capitol Hill Ground Zero
    Manhattan Brooklyn Queens Bronx Virginia California Texas Florida Ohio Nevada Iowa Arizona Georgia
    Pennsylvania Michigan Wisconsin Carolina Colorado Utah Oregon Kentucky Tennessee Alabama Louisiana
    Massachusetts Maryland Connecticut Jersey Hampshire Minnesota Missouri Indiana Illinois Kansas
    Nebraska Oklahoma Arkansas Mississippi Montana Idaho Wyoming Dakota Alaska Hawaii Maine Vermont
    Delaware Westminster Whitehall Kremlin Pentagon Downing Bihar Kerala Punjab Gujarat Maharashtra
    Karnataka Assam Goa Rajasthan Odisha Bengal Haryana Uttar Pradesh Tamil Nadu""".split()
)
"""Single words (multi-word places are matched word by word) of places common in English news."""

ORGANISATION_WORDS = frozenset(
    """Department Ministry Agency Office Council Committee Commission Party Senate House Congress
    Parliament Court Bank Fund University College Institute Center Centre Association Union
    Corporation Company Group Times Post News Journal Network Trust Foundation Board Police Army
    Navy Force Forces Reserve Administration Authority Organisation Organization Federation Alliance
    League Club Airlines Airways Inc Corp Ltd LLC Co Service Services Bureau Press Agency Assembly
    Cabinet Government Secretariat Tribunal Caucus Campaign Exchange Hospital School Church Times
    Television Radio Broadcasting Media Reuters Bloomberg Commerce Treasury Lab Labs Partners Capital
    Holdings Systems Technologies Motors Energy Petroleum Consult Poll Polls Foundation Coalition""".split()
)

THING_WORDS = frozenset(
    """Agreement Treaty Act Bill Accord Partnership Initiative Summit Conference Forum Strategy
    Plan Program Programme Project Deal Pact Protocol Convention Declaration Charter Doctrine Award
    Prize Cup Games Olympics Championship Festival Day Week Month Year Season Street Avenue Road
    Square Bridge Tower Building Hall Memorial Park Airport Station Island Islands River Lake Mountain
    Ocean Sea Valley War Crisis Revolution Index Report Survey Act Rule Rules Law Code Order Era
    Age Century Conflict Attack Election Elections Primary Debate Convention""".split()
)

ROLE_WORDS = frozenset(
    """President Vice Prime Minister Secretary Deputy Under Assistant Associate Foreign External
    Home Defence Defense Finance Trade Commerce State Chief Executive Officer Director General
    Spokesperson Spokesman Spokeswoman Representative Senator Sen Sen. Rep Rep. Congressman
    Congresswoman Governor Gov Gov. Mayor Ambassador Envoy Special Chairman Chairwoman Chair Chairperson
    Judge Justice Attorney Counsel Adviser Advisor Commissioner Speaker Leader Majority Minority Whip
    Head Commander Gen Gen. Col Col. Lt Lt. Capt Capt. Sgt Sgt. Admiral Adm Adm. Marshal Major
    Colonel Captain Lieutenant Sergeant Officer Dr Dr. Prof Prof. Professor Mr Mr. Mrs Mrs. Ms Ms.
    King Queen Prince Princess Pope Sheikh Sir Dame Lord Lady Chancellor Premier Crown Acting Interim
    Former Senior Junior National Security Economic Political Affairs Staff Press Principal Permanent
    Joint Cabinet Union Chief CEO CFO COO CTO Founder Co-founder Editor Correspondent Analyst Economist
    Pollster Host Anchor Coach Manager Captain Bishop Archbishop Cardinal Rabbi Imam Reverend Rev
    Rev. Father Sister Brother Dean Principal Superintendent Inspector Detective Constable Officer
    Diplomat Consul Minister-President Solicitor Prosecutor Sheriff Registrar Auditor Comptroller
    Treasurer Controller Administrator Coordinator Co-ordinator Undersecretary Under-Secretary Vice-President
    Deputy-Secretary FS""".split()
)
"""Capitalised words that belong to a title rather than to a name ("US Deputy Secretary of State")."""

ROLE_NOUNS = frozenset(
    """president minister secretary spokesperson spokesman spokeswoman official officials senator
    governor mayor ambassador envoy chairman chairwoman chair judge justice attorney lawyer counsel
    adviser advisor commissioner speaker leader head commander general officer professor pollster
    host anchor analyst economist strategist consultant director executive founder chief editor
    reporter correspondent columnist author writer actor actress singer star player coach manager
    candidate nominee challenger rival lawmaker legislator congressman congresswoman representative
    diplomat daughter son wife husband mother father brother sister aide deputy assistant negotiator
    researcher scientist doctor surgeon nurse teacher student activist campaigner donor billionaire
    businessman businesswoman entrepreneur investor banker trader chancellor premier king queen prince
    princess pope bishop cardinal rabbi imam pastor priest colonel captain sergeant lieutenant detective
    inspector prosecutor sheriff witness victim resident owner partner colleague friend""".split()
)
"""Lower-case nouns that, right before a capitalised name, mark it as a person ("pollster Pat Caddell")."""

HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame"})

NON_NAME_WORDS = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our My Your
    According But And Or So Yet If When While As After Before Since Until Although Though Because
    However Meanwhile Also Both Each Every All Some Many Most Several Such Other Another One Two Three
    In On At By For From To Of With Without Into Over Under About Between Among Through During
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday Today Yesterday Tomorrow Read More Click Here Share Photo Image Video Follow
    Editing Reporting Writing Additional Copyright Advertisement Related Sign Subscribe There Here
    What Who Why How Where Which Not No Yes Now Then Mon Tue Wed Thu Fri Sat Sun God Christmas Easter
    Democrat Democrats Democratic Republican Republicans GOP Muslim Muslims Christian Christians
    Jewish Hindu Sikh Buddhist Catholic Protestant Internet Web Twitter Facebook Instagram YouTube
    TikTok WhatsApp Google Apple Amazon Microsoft X Global Strategic Comprehensive Bilateral
    Multilateral International Federal Central Regional Local North South East West Northern Southern
    Eastern Western New Old Great Grand Royal First Second Third Last Next Early Late Mid""".split()
)
"""Capitalised words that never start or make up a person's name in news copy."""


@cache
def country_names() -> dict[str, str]:
    """Every spelling of a country we recognise, mapped to its display name."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        display = getattr(country, "common_name", None) or country.name
        for spelling in (country.name, display, getattr(country, "official_name", None)):
            if spelling and "," not in spelling:
                names[spelling] = display
    names.update(COUNTRY_ALIASES)
    return names


def country_of(word: str) -> str | None:
    """The country a country name, alias or demonym stands for."""
    return country_names().get(word) or DEMONYMS.get(word)


def is_place_word(word: str) -> bool:
    return word in CITIES or word in REGIONS or word in country_names() or word in DEMONYMS
