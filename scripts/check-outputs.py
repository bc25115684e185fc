#!/usr/bin/env python3
"""Reads every file `chronicle build` wrote with a real reader, and checks they agree.

timeline.json against its JSON Schema (jsonschema), SVG as XML, GraphML and GEXF with networkx,
CSV with the csv module. Usage: scripts/check-outputs.py [OUTPUT_FOLDER]   (default: output)
"""
import csv
import json
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent
folder = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / "output"
failures = []


def check(name, function):
    path = folder / name
    if not path.exists():
        return
    try:
        detail = function(path)
        print(f"{path}: ok{(' (' + detail + ')') if detail else ''}")
    except Exception as error:  # any reader failure is a finding
        failures.append(f"{path}: {error}")


timeline = json.loads((folder / "timeline.json").read_text())
subprocess.run([sys.executable, str(root / "scripts" / "validate-timeline.py"), str(folder / "timeline.json")], check=True)


def svg(path):
    tree = ET.parse(path)
    assert tree.getroot().tag.endswith("svg"), "root element is not <svg>"
    text = path.read_text()
    for actor in timeline["actors"]:
        linked = any(r["source"] == actor["id"] or r["target"] == actor["id"] for r in timeline["relations"])
        escaped = actor["name"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        assert not linked or f">{escaped}<" in text, f"actor {actor['name']} not drawn"
    return f"{len(tree.getroot().findall('.//{http://www.w3.org/2000/svg}g'))} groups"


def graphml(path):
    import networkx
    graph = networkx.read_graphml(path)
    assert graph.number_of_nodes() == len(timeline["actors"]), "node count"
    assert graph.number_of_edges() == len(timeline["relations"]), "edge count"
    return f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"


def gexf(path):
    import networkx
    graph = networkx.read_gexf(path)
    assert graph.number_of_nodes() == len(timeline["actors"]), "node count"
    return f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"


def table(key):
    def read(path):
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        assert len(rows) - 1 == len(timeline[key]), f"{len(rows) - 1} rows for {len(timeline[key])} {key}"
        for row in rows[1:]:
            for cell in row:
                assert not (cell[:1] in "=+@" and cell[:1]), f"formula cell {cell!r}"
        return f"{len(rows) - 1} rows"
    return read


def timeline_svg(path):
    ET.parse(path)
    return "valid XML"


def timelinejs(path):
    data = json.loads(path.read_text())
    assert "events" in data and "title" in data, "TimelineJS needs events and a title slide"
    for slide in data["events"]:
        assert "year" in slide["start_date"] and "headline" in slide["text"], "slide without a year or headline"
    return f"{len(data['events'])} slides"


def report(path):
    import shutil
    text = path.read_text()
    for image in ("graph.svg", "timeline.svg"):
        if f"]({image})" in text:
            assert (folder / image).exists(), f"report points at {image}, which is missing"
    if not shutil.which("cmark"):
        return "cmark not installed: CommonMark rendering not checked"
    html = subprocess.run(["cmark"], input=text, capture_output=True, text=True, check=True).stdout
    assert "<h1>" in html and "<h2>Actors</h2>" in html, "headings"
    # Tables are a GitHub extension; plain cmark leaves them as paragraphs, so count their rows in the source.
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| ---")]
    # Above 1,000 documents the corpus table lists the documents the report quotes, and says how many.
    listed = re.search(r"The table lists the (\d+) the report quotes", text)
    documents = int(listed.group(1)) if listed else len(timeline["documents"])
    assert listed is None or len(timeline["documents"]) > 1000, "a short corpus is listed whole"
    assert len(rows) >= documents + len(timeline["relations"]), "table rows"
    assert "<script" not in html, "raw HTML leaked"
    return f"renders with cmark, {len(rows)} table rows"


check("graph.svg", svg)
check("timeline.svg", timeline_svg)
check("timelinejs.json", timelinejs)
check("report.md", report)
check("graph.graphml", graphml)
check("graph.gexf", gexf)
check("relations.csv", table("relations"))
check("events.csv", table("events"))
for failure in failures:
    print(failure, file=sys.stderr)
sys.exit(1 if failures else 0)
