#!/usr/bin/python3
"""Converts the real course catalogues in ../shared/data/catalogues to credmatch JSONL, on the fly
(the output goes to /tmp and is never committed: the data is third-party).

  uclouvain  UCLouvain master courses 2024-25 (142 programme files, courses deduplicated by URL):
             EQF 7 / second cycle, ECTS credits, teaching language, learning outcomes split into
             statements, country BE (French Community framework).
  glasgow    University of Glasgow Computing Science courses: the year digit of the course code
             gives the SCQF level (1 -> 7 ... 5 -> 11), intended learning outcomes split on their
             numbering; country GB-SCT. No credits in the data.
  deakin     Deakin University (AU) IT courses: year digit of the unit code -> first cycle
             (1-3) or second cycle (7), outcomes one per line; no credits in the data.

Usage: convert_catalogues.py --shared ../shared/data uclouvain [--lang fr|en|all] -o /tmp/ucl.jsonl
       convert_catalogues.py --shared ../shared/data glasgow deakin -o /tmp/gla_dea.jsonl
"""
import argparse
import glob
import json
import os
import re
import sys

LANGUAGES = {"Français": "fr", "Anglais": "en", "English": "en", "French": "fr"}
BOILERPLATE = re.compile(
    r"^(A la fin de cette unité d.enseignement, l.étudiant est capable de\s*:?|"
    r"At the end of this learning unit, the student is able to\s*:?|"
    r"By the end of (this|the) course,? students will be able to\s*:?)\s*", re.I)


def split_outcomes(text, max_outcomes=20):
    """Splits an outcomes paragraph into statements: numbered items, bullets, semicolons, lines."""
    if not text:
        return []
    text = BOILERPLATE.sub("", text.strip())
    parts = re.split(r"\n+|;\s*|:\s*(?=\d)|(?<![\d.])\d{1,2}[.)]\s*(?=[A-ZÀ-ÖØ-Ý])|\s[-•*]\s+"
                     r"|(?<=[a-zà-ÿ)])\.\s+(?=[A-ZÀ-ÖØ-Ý])|\.\d{1,2}\.(?=[A-Z])|capable de\s*:\s*|able to\s*:\s*", text)
    out = []
    for p in parts:
        p = (p or "").strip(" \t.:-")
        # Programme-level references ("les AA suivants : 1.1, 1.4") are no outcomes.
        if len(p) < 15 or re.search(r"\bAA\b|référentiel|^[\d.,\s]+$", p):
            continue
        out.append(p + ".")
        if len(out) == max_outcomes:
            break
    return out


def uclouvain(shared, lang):
    seen = set()
    for path in sorted(glob.glob(f"{shared}/catalogues/uclouvain-master-2024-25/master_courses_24_25/*.json")):
        with open(path, encoding="utf-8") as f:
            courses = json.load(f)
        for c in courses:
            url = c.get("url", "")
            if not url or url in seen:
                continue
            seen.add(url)
            language = LANGUAGES.get((c.get("teaching_language") or "").strip(), "fr")
            if lang != "all" and language != lang:
                continue
            outcomes = split_outcomes(c.get("learning_outcomes") or "")
            if not outcomes:
                continue
            rec = {"id": "UCL-" + url.rsplit("-", 1)[-1].upper(), "title": c.get("title", ""),
                   "language": language, "country": "BE",
                   "awardingBody": {"name": "UCLouvain", "country": "BE"},
                   "level": {"eqf": 7, "cycle": "second"}, "learningOutcomes": outcomes,
                   "furtherInformation": url}
            try:
                credits = float((c.get("credits") or "").replace(",", "."))
                if credits > 0:
                    rec["workload"] = {"value": credits, "unit": "ects"}
            except ValueError:
                pass
            yield rec


def glasgow(shared):
    with open(f"{shared}/catalogues/glasgow-deakin/glasgow.json", encoding="utf-8") as f:
        courses = json.load(f)
    for c in courses:
        code = c["course_code"]
        year = re.search(r"\d", code)
        rec = {"id": "GLA-" + code, "title": re.sub(r"\s+" + code + "$", "", c["name"]).strip(),
               "language": "en", "country": "GB-SCT",
               "awardingBody": {"name": "University of Glasgow", "country": "GB-SCT"},
               "learningOutcomes": split_outcomes(c.get("ilos", ""))}
        if year and 1 <= int(year.group()) <= 5:
            rec["level"] = {"framework": "SCQF", "nqfLevel": str(6 + int(year.group()))}
        if rec["learningOutcomes"]:
            yield rec


def deakin(shared):
    with open(f"{shared}/catalogues/glasgow-deakin/deakin.json", encoding="utf-8") as f:
        courses = json.load(f)
    for c in courses:
        code = c["course_code"]
        year = re.search(r"\d", code)
        rec = {"id": "DEA-" + code, "title": c["name"], "language": "en", "country": "AU",
               "awardingBody": {"name": "Deakin University", "country": "AU"},
               "learningOutcomes": split_outcomes(c.get("ilos", ""))}
        if year and year.group() in "123":
            rec["level"] = {"cycle": "first"}
        elif year and year.group() in "789":
            rec["level"] = {"cycle": "second"}
        if rec["learningOutcomes"]:
            yield rec


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.environ.get("CREDMATCH_SHARED_DATA_DIR", "../shared/data"))
    ap.add_argument("catalogues", nargs="+", choices=["uclouvain", "glasgow", "deakin"])
    ap.add_argument("--lang", default="all", choices=["fr", "en", "all"], help="UCLouvain teaching language")
    ap.add_argument("-o", "--output", required=True)
    a = ap.parse_args()
    n = 0
    written = {}  # id -> the record written under it
    repeated = 0
    with open(a.output, "w", encoding="utf-8") as out:
        for name in a.catalogues:
            records = uclouvain(a.shared, a.lang) if name == "uclouvain" else globals()[name](a.shared)
            for rec in records:
                # Deakin lists a unit under every course that includes it: one record per unit.
                # A different record under an id already written is kept (credmatch match warns).
                if written.get(rec["id"]) == rec:
                    repeated += 1
                    continue
                written.setdefault(rec["id"], rec)
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    note = f" ({repeated} repeated units left out)" if repeated else ""
    print(f"{a.output}: {n} credentials{note}", file=sys.stderr)


if __name__ == "__main__":
    main()
