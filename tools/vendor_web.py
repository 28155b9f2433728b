"""Vendor the dashboard's third-party files from the npm registry into src/flashpoint/web/vendor/.

Run by hand (`make vendor-web`) when a pinned version changes; its output is committed, so that
neither installing nor serving flashpoint needs npm or any network. Each package is fetched with
`npm pack`, checked against the integrity hash pinned here, and only the files the page uses are
copied, with the package's licence beside them.

- world-atlas: Natural Earth 1:50m country shapes as TopoJSON. Each country gets its ISO alpha-3
  code (`properties.a3`, from pycountry) so that the page can match countries to events.
- leaflet: the map (pan, zoom, touch); no tile layer is ever configured.
- topojson-client: turns the TopoJSON into GeoJSON in the browser.
- swagger-ui-dist: the OpenAPI page at /docs (FastAPI would load it from a CDN).
"""
from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import pycountry

TARGET = Path(__file__).resolve().parent.parent / "src" / "flashpoint" / "web" / "vendor"

PACKAGES = {
    "world-atlas@2.0.2": {
        "integrity": "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
        "files": {"countries-50m.json": "countries-50m.json", "LICENSE": "LICENSE.world-atlas"},
    },
    "leaflet@1.9.4": {
        "integrity": "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
        "files": {"dist/leaflet.js": "leaflet.js", "dist/leaflet.css": "leaflet.css", "LICENSE": "LICENSE.leaflet"},
    },
    "swagger-ui-dist@5.35.0": {
        "integrity": "sha512-U06rpMtW9V3XPGOBeamTUSr0Z09jMX4IJuANpE/EZbAhw0G8CgwrzU4YmXkn/h0wCDNsXdGarTNNHC3sU8yVUQ==",
        "files": {"swagger-ui-bundle.js": "swagger-ui-bundle.js", "swagger-ui.css": "swagger-ui.css",
                  "LICENSE": "LICENSE.swagger-ui", "NOTICE": "NOTICE.swagger-ui"},
    },
    "topojson-client@3.1.0": {
        "integrity": "sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw==",
        "files": {"dist/topojson-client.min.js": "topojson-client.min.js", "LICENSE": "LICENSE.topojson-client"},
    },
}
# Natural Earth codes a few places that ISO 3166 numeric does not (or not alone)
EXTRA_A3 = {"Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL"}


def fetch(spec: str, integrity: str, workdir: Path) -> Path:
    """Return the folder a registry package was unpacked into, after checking its integrity hash."""
    out = subprocess.run(["npm", "pack", spec, "--pack-destination", str(workdir), "--silent"],
                         check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    tarball = workdir / out
    digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
    if digest != integrity:
        sys.exit(f"{spec}: integrity {digest} is not the pinned {integrity}")
    folder = workdir / spec.replace("@", "-")
    with tarfile.open(tarball) as tar:
        tar.extractall(folder, filter="data")
    return folder / "package"


def annotate_countries(path: Path) -> None:
    """Add `a3` (ISO alpha-3) to every country of the TopoJSON file and write it back compactly."""
    topo = json.loads(path.read_text(encoding="utf-8"))
    for geometry in topo["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name")
        country = pycountry.countries.get(numeric=geometry["id"]) if geometry.get("id") else None
        a3 = country.alpha_3 if country else EXTRA_A3.get(name)
        geometry.setdefault("properties", {})["a3"] = a3
    del topo["objects"]["land"]  # the page draws countries only
    path.write_text(json.dumps(topo, separators=(",", ":")), encoding="utf-8")


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for spec, pin in PACKAGES.items():
            package = fetch(spec, pin["integrity"], Path(tmp))
            for source, name in pin["files"].items():
                shutil.copyfile(package / source, TARGET / name)
            print(f"{spec}: {', '.join(pin['files'].values())}")
    annotate_countries(TARGET / "countries-50m.json")
    (TARGET / "VERSIONS").write_text("".join(f"{spec} {pin['integrity']}\n" for spec, pin in PACKAGES.items()))


if __name__ == "__main__":
    main()
