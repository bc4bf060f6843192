"""WordNet 3.0 noun data (Debian `wordnet-base`) for the gazetteer generator.

Reads `data.noun` directly (no NLTK): each synset's lemmas, its hypernym and
instance-hypernym pointers and its gloss. Synsets are named by their WordNet
3.0 byte offsets; `check_roots` asserts that every offset used below still
names the expected lemma, so another WordNet version fails loudly instead of
silently selecting other synsets.

Everything here is deterministic: synsets are visited in offset order and all
outputs are sorted by the caller.
"""

import os
import re

# --------------------------------------------------------------------------
# Synsets used as roots (WordNet 3.0 offsets; checked by check_roots)
# --------------------------------------------------------------------------

# Proper-named synsets under these become ORGANIZATION rows.
ORG_ROOTS = {
    "08008335": "organization",         # organization.n.01: a group of people who work together
    "08472335": "political_movement",   # political movements, terrorist organizations
    "08473787": "religious_movement",   # Taliban, Nation of Islam
    "08164585": "administration",       # governing bodies: Pentagon (military establishment)
    "08163792": "assembly",             # legislatures: Knesset, Duma, House of Commons
    "08245172": "organized_crime",      # Mafia, Camorra
}
# Religions, sects, cults and denominations are beliefs and their followers (NORP in news
# annotation), not organizations; a name under them is kept only when it ends in an
# organization head word ("Coptic Church", "Southern Baptist Convention" is not under them).
ORG_BELIEF_ROOTS = {
    "08081668": "religion",             # religion.n.02: an institution to express belief
    "08149781": "sect",
    "08151229": "cult",
    "08151490": "cult",
    "08146782": "denomination",
}
# Named polities (under political_unit: "Carthage", "Nazi Germany") are places in news text.
POLITY_ROOT = {"08359949": "political_unit"}
STATE_ROOT = {"08168978": "state"}  # state.n.04: a politically organized body of people
# A named structure (building, citadel) is used for the government it houses ("the Kremlin
# said"). Taken as ORGANIZATION when its gloss says it houses a government's offices or
# headquarters (see SEAT_GLOSS_RE).
STRUCTURE_ROOT = {"04341686": "structure"}
SEAT_GLOSS_RE = re.compile(r"\b(?:office|offices|headquarters) of\b")

# Proper-named *instances* under these become LOCATION rows.
PLACE_ROOTS = {
    "00027167": "location",
    "09225146": "body_of_water",
    "09287968": "geological_formation",
}
# Place classes whose instances are not places in news text (removal only).
PLACE_SKIP_ROOTS = {
    "08685677": "sign_of_the_zodiac",
    "04323026": "stock_exchange",
    "08658309": "soil_horizon",         # "A-horizon"
    "09259219": "crater",               # lunar craters ("Copernicus")
    "08591680": "layer",                # atmospheric layers ("Heaviside layer")
}
# WordNet class -> places.tsv kind, checked in this order.
PLACE_KIND_ROOTS = [
    ("08544813", "country", "country"),           # country.n.02: the territory of a nation
    ("08654360", "state", "admin1"),             # state.n.01 / province
    ("08524735", "city", "city"),                # city.n.01
    ("08665504", "town", "city"),                # town.n.01
]

# NORP: classes of people under these (inhabitants, ethnic groups, believers).
NORP_ROOTS = {
    "09620078": ("inhabitant", "group"),
    "07967382": ("ethnic_group", "group"),
    "09628382": ("religious_person", "religion"),
}
PERSON_ROOT = "00007846"
# Other person classes whose gloss says they belong to a people or a faith.
NORP_GLOSS_RE = re.compile(
    r"^(?:a|an) (?:member|adherent) of (?:a|an|the) [^;]*?"
    r"\b(?:people|peoples|tribe|ethnic|religion|religious|sect|faith|Islam)\b")

# Lowercase particles allowed inside a proper name ("Party of God", "Ansar al-Islam").
NAME_PARTICLES = {
    "a", "al", "an", "and", "at", "bin", "da", "de", "del", "der", "di", "du", "e", "el",
    "for", "i", "ibn", "in", "la", "le", "of", "on", "the", "to", "ul", "und", "van",
    "von", "y", "against",
}


class WordNet:
    """Noun synsets of one WordNet data directory."""

    def __init__(self, directory):
        self.synsets = {}
        self.holonyms = {}  # part holonyms: "Frankfurt" is part of "Germany"
        path = os.path.join(directory, "data.noun")
        with open(path, encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue  # licence header
                head, _, gloss = line.partition(" | ")
                p = head.split()
                off, n = p[0], int(p[3], 16)
                words = [p[4 + 2 * i] for i in range(n)]
                i = 4 + 2 * n
                hyper = []
                holo = []
                instance = False
                for _ in range(int(p[i])):
                    sym, target, pos = p[i + 1], p[i + 2], p[i + 3]
                    if pos == "n" and sym in ("@", "@i"):
                        hyper.append(target)
                        instance = instance or sym == "@i"
                    elif pos == "n" and sym == "#p":
                        holo.append(target)
                    i += 4
                self.synsets[off] = (words, hyper, instance, gloss.strip())
                self.holonyms[off] = holo
        self._closure = {}

    def words(self, off):
        return self.synsets[off][0]

    def is_instance(self, off):
        return self.synsets[off][2]

    def gloss(self, off):
        return self.synsets[off][3]

    def closure(self, off):
        """All hypernyms and instance hypernyms of a synset, transitively."""
        if off in self._closure:
            return self._closure[off]
        out = set()
        stack = list(self.synsets[off][1])
        while stack:
            h = stack.pop()
            if h in out:
                continue
            out.add(h)
            stack.extend(self.synsets[h][1])
        out = frozenset(out)
        self._closure[off] = out
        return out

    def part_holonym_closure(self, off, limit=6):
        """Synsets this one is part of, transitively (city -> state -> country)."""
        out = []
        frontier = [off]
        for _ in range(limit):
            nxt = []
            for o in frontier:
                for h in self.holonyms.get(o, []):
                    if h not in out:
                        out.append(h)
                        nxt.append(h)
            frontier = nxt
        return out

    def offsets(self):
        return sorted(self.synsets)

    def check_roots(self):
        roots = dict(ORG_ROOTS)
        roots.update(ORG_BELIEF_ROOTS)
        roots.update(STRUCTURE_ROOT)
        roots.update(POLITY_ROOT)
        roots.update(STATE_ROOT)
        roots.update(PLACE_ROOTS)
        roots.update(PLACE_SKIP_ROOTS)
        roots.update({o: w for o, w, _ in PLACE_KIND_ROOTS})
        roots.update({o: w for o, (w, _) in NORP_ROOTS.items()})
        roots[PERSON_ROOT] = "person"
        for off, lemma in sorted(roots.items()):
            words = self.synsets.get(off, ([],))[0]
            assert lemma in [w.lower() for w in words], (off, lemma, words)


def surface(lemma):
    return lemma.replace("_", " ")


def is_proper_name(s):
    """Every word of a name is capitalized, a lowercase particle, or a hyphenated compound
    with a capitalized part ("al-Qaeda"); at least one word is capitalized."""
    words = s.split(" ")
    caps = False
    for w in words:
        if w[:1].isupper():
            caps = True
        elif w in NAME_PARTICLES:
            continue
        elif "-" in w and any(part[:1].isupper() for part in w.split("-")):
            caps = True
        else:
            return False
    return caps


def arabic_article_variants(s):
    """'al-Qaeda' also as 'al Qaeda', 'Al-Qaeda', 'Al Qaeda' (the article's spellings in
    English news)."""
    m = re.match(r"^([Aa]l)[- ](\S.*)$", s)
    if not m or not m.group(2)[:1].isupper():
        return [s]
    rest = m.group(2)
    return [f"{a}{sep}{rest}" for a in ("al", "Al") for sep in ("-", " ")]


def org_synsets(wn, org_heads):
    """(offset, canonical, [surfaces], reason) of WordNet's proper-named organizations."""
    out = []
    belief = set(ORG_BELIEF_ROOTS)
    roots = set(ORG_ROOTS)
    for off in wn.offsets():
        c = wn.closure(off)
        if off in roots or off in belief:
            continue
        reason = None
        if c & set(STATE_ROOT) or wn.is_instance(off) and c & set(POLITY_ROOT):
            continue
        if c & roots:
            reason = "org"
        elif c & set(STRUCTURE_ROOT):
            first_clause = wn.gloss(off).split(";")[0]
            if SEAT_GLOSS_RE.search(first_clause) and "government" in first_clause.lower() \
                    or SEAT_GLOSS_RE.search(first_clause) and "President" in first_clause:
                reason = "seat"
        if reason is None:
            continue
        names = [surface(w) for w in wn.words(off)]
        names = [n for n in names if is_proper_name(n)]
        if not names:
            continue
        in_belief = bool(c & belief)
        kept = []
        for n in names:
            if in_belief and n.split(" ")[-1] not in org_heads:
                continue
            if re.search(r"isms?$", n):
                continue  # doctrines ("Islamism", "Pietism"), not bodies
            kept.append(n)
        if kept:
            out.append((off, kept[0], kept, reason))
    return out


def place_synsets(wn):
    """(offset, kind, [surfaces]) of WordNet's proper-named place instances."""
    out = []
    roots = set(PLACE_ROOTS)
    skip = set(PLACE_SKIP_ROOTS)
    for off in wn.offsets():
        if not wn.is_instance(off):
            continue
        c = wn.closure(off)
        if not c & roots or c & skip:
            continue
        names = [surface(w) for w in wn.words(off)]
        names = [n for n in names if is_proper_name(n) and n[:1].isupper()]
        if not names:
            continue
        kind = "region"
        for root, _, k in PLACE_KIND_ROOTS:
            if root in c:
                kind = k
                break
        out.append((off, kind, names))
    return out


def norp_synsets(wn):
    """(offset, kind, [surfaces]) of WordNet's classes of peoples and believers."""
    out = []
    for off in wn.offsets():
        if wn.is_instance(off):
            continue  # individual people
        c = wn.closure(off)
        # a people or a faith, by the gloss ("a member of a largely pastoral Islamic people");
        # inhabitants of a continent or a city ("European", "Berliner") are not taken
        if PERSON_ROOT not in c or not NORP_GLOSS_RE.search(wn.gloss(off)):
            continue
        gloss = wn.gloss(off)
        kind = "religion" if re.search(r"religio|sect|faith|Islam", gloss) and not re.search(
            r"\b(?:people|peoples|tribe|ethnic)\b", gloss) else "group"
        names = [surface(w) for w in wn.words(off)]
        names = [n for n in names if " " not in n and is_proper_name(n)]
        if names:
            out.append((off, kind, names))
    return out


def plural(s, exceptions):
    """English plural of a one-word noun (WordNet's noun.exc for irregular ones)."""
    if s in exceptions:
        return exceptions[s]
    if re.search(r"(s|x|z|ch|sh)$", s):
        return s + "es"
    if re.search(r"[^aeiou]y$", s):
        return s[:-1] + "ies"
    if re.search(r"(?:sh|ch|s)(?:wo)?man$", s):
        return s[:-3] + "men"  # Englishman, Frenchman, Scotsman
    return s + "s"


def noun_exceptions(directory):
    """lemma -> irregular plural, from noun.exc (capitalized lemmas only)."""
    out = {}
    with open(os.path.join(directory, "noun.exc"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2 and parts[1][:1].isupper():
                out.setdefault(parts[1].replace("_", " "), parts[0].replace("_", " "))
    return out


def first_senses(directory):
    """lowercase lemma -> the offset of its first (most frequent) noun sense, from index.noun."""
    out = {}
    with open(os.path.join(directory, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            p = line.split()
            p_cnt = int(p[3])
            offsets = p[4 + p_cnt + 2:]
            if offsets:
                out[p[0]] = offsets[0]
    return out


def adjectives(directory):
    """Lowercase adjective lemmas of index.adj ("olympic", "palatine")."""
    out = set()
    with open(os.path.join(directory, "index.adj"), encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):
                out.add(line.split(" ", 1)[0])
    return frozenset(out)
