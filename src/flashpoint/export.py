"""Writes event records as JSONL (the contract), flat CSV, or a table for the terminal."""
from __future__ import annotations

import csv
import functools
import json
import shutil
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Iterable

CSV_COLUMNS = [
    "event_id", "kind", "event_type", "sub_event_type", "actor1", "actor1_backer", "actor2", "actor2_backer",
    "date_start", "date_end", "date_precision", "date_text", "location", "admin1", "country_code", "lat", "lon",
    "geo_precision", "fatalities_low", "fatalities_high", "injured_low", "injured_high", "count", "weapons",
    "responds_to", "sources", "confidence", "evidence",
]


def flat(record: dict) -> dict:
    """Return a contract record flattened to one row of CSV_COLUMNS."""
    a1 = record.get("actor1") or {}
    a2 = record.get("actor2") or {}
    date = record.get("date") or {}
    loc = record.get("location") or {}
    fat = record.get("fatalities") or {}
    inj = record.get("injured") or {}
    evidence = record.get("evidence") or []
    return {
        "event_id": record["event_id"], "kind": record["kind"], "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"), "actor1": a1.get("name"), "actor1_backer": a1.get("backer"),
        "actor2": a2.get("name"), "actor2_backer": a2.get("backer"), "date_start": date.get("start"),
        "date_end": date.get("end"), "date_precision": date.get("precision"), "date_text": date.get("text"),
        "location": loc.get("name"), "admin1": loc.get("admin1"), "country_code": loc.get("country_code"),
        "lat": loc.get("lat"), "lon": loc.get("lon"), "geo_precision": loc.get("precision"),
        "fatalities_low": fat.get("low"), "fatalities_high": fat.get("high"), "injured_low": inj.get("low"),
        "injured_high": inj.get("high"), "count": record.get("count"), "weapons": "; ".join(record.get("weapons") or []),
        "responds_to": " ".join(record.get("responds_to") or []), "sources": " ".join(record.get("sources") or []),
        "confidence": record.get("confidence"), "evidence": evidence[0].get("sentence") if evidence else None,
    }


class Writer:
    """Streams records to a file in one of the output formats."""

    def __init__(self, out: IO[str], fmt: str):
        self.out = out
        self.fmt = fmt
        self.rows: list[dict] = []
        self._csv = None
        if fmt == "csv":
            self._csv = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
            self._csv.writeheader()

    def write(self, record: dict) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            self._csv.writerow(flat(record))
        else:
            self.rows.append(record)

    def close(self) -> None:
        if self.fmt == "table":
            self.out.write(render_table(self.rows))
        self.out.flush()


def _fatal(record: dict) -> str:
    fat = record.get("fatalities") or {}
    low, high = fat.get("low"), fat.get("high")
    if low is None and high is None:
        return "-"
    if low == high or high is None:
        return str(low)
    return f"{low}-{high}"


def render_table(records: Iterable[dict], width: int | None = None) -> str:
    """Return a readable fixed-width table: date, type, actors, place, deaths, source and sentence."""
    width = width or shutil.get_terminal_size((160, 20)).columns
    cols = [("date", 10), ("kind/type", 28), ("actor1", 26), ("actor2", 24), ("place", 20), ("dead", 5), ("source", 14)]
    used = sum(w + 1 for _, w in cols)
    sent_w = max(20, width - used)
    lines = [" ".join(name.ljust(w) for name, w in cols) + " evidence", "-" * min(width, used + sent_w)]
    count = 0
    for r in records:
        count += 1
        date = (r.get("date") or {}).get("start") or "?"
        typ = r.get("sub_event_type") or r.get("event_type") or ""
        if r["kind"] == "tally":
            typ = f"tally: {r.get('count')}"
        a1 = (r.get("actor1") or {}).get("name") or ""
        a2 = (r.get("actor2") or {}).get("name") or ""
        place = (r.get("location") or {}).get("name") or ""
        src = ",".join(r.get("sources") or [])
        ev = ((r.get("evidence") or [{}])[0].get("sentence") or "").replace("\n", " ")
        cells = [date, typ, a1, a2, place, _fatal(r), src]
        lines.append(" ".join(_cut(c, w).ljust(w) for c, (_, w) in zip(cells, cols)) + " " + _cut(ev, sent_w))
    lines.append(f"{count} records")
    return "\n".join(lines) + "\n"


def _cut(text: str, width: int) -> str:
    text = str(text)
    return text if len(text) <= width else text[: width - 1] + "\u2026"


# ACLED-style CSV and GeoJSON (flashpoint export) --------------------------------------------------
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
ACLED_FILE = Path(__file__).parent / "data" / "acled.yaml"


@functools.lru_cache(maxsize=1)
def acled_codes() -> dict:
    """Return data/acled.yaml: disorder types, inter codes, time precision."""
    import yaml
    return yaml.safe_load(ACLED_FILE.read_text(encoding="utf-8"))


def _iso_numeric(alpha3: str | None) -> int | None:
    import pycountry
    country = pycountry.countries.get(alpha_3=alpha3) if alpha3 else None
    return int(country.numeric) if country is not None else None


def acled_row(record: dict, source_names: dict[str, str] | None = None) -> dict:
    """Return an event record as one row of ACLED_COLUMNS (the mapping is documented in the README)."""
    codes = acled_codes()
    a1 = record.get("actor1") or {}
    a2 = record.get("actor2") or {}
    when = record.get("date") or {}
    loc = record.get("location") or {}
    fat = record.get("fatalities") or {}
    inter1 = codes["inter"].get(a1.get("type")) if a1 else None
    inter2 = codes["inter"].get(a2.get("type")) if a2 else None
    if inter1 and inter2:
        interaction = 10 * min(inter1, inter2) + max(inter1, inter2)
    else:
        interaction = 10 * (inter1 or inter2) if (inter1 or inter2) else None
    disorder = codes["disorder_type"]["sub_event_type"].get(record.get("sub_event_type")) \
        or codes["disorder_type"]["event_type"].get(record.get("event_type"))
    names = source_names or {}
    outlets = list(dict.fromkeys(names.get(s, s) for s in record.get("sources") or []))
    stored = record.get("stored") or {}
    stamp = stored.get("updated_at")
    start = when.get("start")
    return {
        "event_id_cnty": record["event_id"], "event_date": start, "year": int(start[:4]) if start else None,
        "time_precision": codes["time_precision"].get(when.get("precision") or "unknown", 3),
        "disorder_type": disorder, "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"), "actor1": a1.get("name"), "assoc_actor_1": None,
        "inter1": inter1, "actor2": a2.get("name"), "assoc_actor_2": None, "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": codes["civilian_targeting"] if a2.get("type") == "civilians" else None,
        "iso": _iso_numeric(loc.get("country_code")), "region": None, "country": loc.get("country"),
        "admin1": loc.get("admin1"), "admin2": None, "admin3": None, "location": loc.get("name"),
        "latitude": loc.get("lat"), "longitude": loc.get("lon"), "geo_precision": loc.get("precision"),
        "source": "; ".join(outlets), "source_scale": None,
        "notes": " ".join(e.get("sentence") or "" for e in record.get("evidence") or []).strip() or None,
        # ACLED codes the most conservative figure, and 0 where no figure is reported
        "fatalities": fat.get("low") if fat.get("low") is not None else 0, "tags": None,
        "timestamp": int(datetime.fromisoformat(stamp).replace(tzinfo=timezone.utc).timestamp()) if stamp else None,
    }


def write_acled_csv(out: IO[str], records: Iterable[dict], source_names: dict[str, str] | None = None) -> int:
    """Write the incidents (tallies have no ACLED row) as ACLED-style CSV; return the rows written."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    rows = 0
    for record in records:
        if record.get("kind") == "event":
            writer.writerow(acled_row(record, source_names))
            rows += 1
    return rows


def write_geojson(out: IO[str], records: Iterable[dict]) -> int:
    """Write the records as a GeoJSON FeatureCollection (geometry null where there are no coordinates)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    rows = 0
    for record in records:
        loc = record.get("location") or {}
        has_point = loc.get("lat") is not None and loc.get("lon") is not None
        geometry = {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]} if has_point else None
        properties = {k: v for k, v in flat(record).items() if k not in ("lat", "lon")}
        feature = {"type": "Feature", "id": record["event_id"], "geometry": geometry, "properties": properties}
        out.write((",\n" if rows else "") + json.dumps(feature, ensure_ascii=False))
        rows += 1
    out.write("\n]}\n")
    return rows
