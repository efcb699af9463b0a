#!/usr/bin/env python3
"""Generates a realistic synthetic course catalogue (native credmatch JSONL) from the real ESCO.

Each credential is built from one occupation's skill set: a sample of its essential and optional
skills becomes the learning outcomes, phrased in English, French or Spanish with the ESCO labels
of that language (preferred or alternative), wrapped in typical outcome phrasing, with noise
(dropped or extra words, unrelated outcomes). Level, workload and country vary.

With --declare-skills F, a share F of the outcomes also carry their ESCO skill URI as a declared
skill (native `{"text", "skills"}` form), for runs without outcome-text mapping; the text stays.
With --bad F, a share F of the lines are broken (truncated JSON or an invalid level), to check
that every row still gets an output row.

The output is written to a file outside the repository (never commit it: it is derived from
ESCO). Usage:
  gen_catalogue.py --esco ../shared/data/esco --n 10000 --seed 1 -o /tmp/cat_10k.jsonl
"""
import argparse
import csv
import json
import random
import sys
from collections import defaultdict

csv.field_size_limit(sys.maxsize)

PHRASES = {
    "en": ["Students will be able to {}.", "Be able to {}.", "On completion, the learner can {}.",
           "{}", "Demonstrate the ability to {}."],
    "fr": ["L'étudiant sera capable de {}.", "Être capable de {}.", "À l'issue du cours, l'apprenant peut {}.",
           "{}", "Savoir {}."],
    "es": ["El estudiante será capaz de {}.", "Ser capaz de {}.", "Al finalizar, el alumno puede {}.", "{}"],
}
KNOWLEDGE_PHRASES = {
    "en": ["Knowledge of {}.", "Understand {}.", "{}"],
    "fr": ["Connaissance de : {}.", "Comprendre : {}.", "{}"],
    "es": ["Conocimiento de {}.", "Comprender: {}.", "{}"],
}
TITLE = {"en": "Course: {}", "fr": "Cours : {}", "es": "Curso: {}"}
COUNTRIES = {"en": ["IE", "GB-SCT", "MT", "NL", "SE", "FI", "DK"], "fr": ["FR", "BE-FR", "LU"], "es": ["ES"]}
NOISE_WORDS = ["effectively", "in practice", "in a team", "under supervision", "independently",
               "using appropriate tools", "in real projects"]


KNOWLEDGE = set()


def read_labels(path, want_alt=True):
    labels = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            alts = [a for a in (row.get("altLabels") or "").split("\n") if a.strip()] if want_alt else []
            labels[row["conceptUri"]] = [row["preferredLabel"]] + alts
            if row.get("skillType") == "knowledge":
                KNOWLEDGE.add(row["conceptUri"])
    return labels


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--esco", required=True, help="folder holding v1.1.1/ and v1.0-fr-es/")
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--prefix", default="C")
    ap.add_argument("--langs", default="en:0.6,fr:0.25,es:0.15")
    ap.add_argument("--declare-skills", type=float, default=0.0,
                    help="share of outcomes that also declare their ESCO skill URI (0..1)")
    ap.add_argument("--bad", type=float, default=0.0, help="share of broken lines (0..1)")
    ap.add_argument("-o", "--output", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    skills = {"en": read_labels(f"{a.esco}/v1.1.1/en/skills_en.csv")}
    skills["fr"] = read_labels(f"{a.esco}/v1.0-fr-es/skills_fr.csv")
    skills["es"] = read_labels(f"{a.esco}/v1.0-fr-es/skills_es.csv")
    occ = {"en": read_labels(f"{a.esco}/v1.1.1/en/occupations_en.csv", False)}
    occ["fr"] = read_labels(f"{a.esco}/v1.0-fr-es/occupations_fr.csv", False)
    occ["es"] = read_labels(f"{a.esco}/v1.0-fr-es/occupations_es.csv", False)
    ess, opt = defaultdict(list), defaultdict(list)
    with open(f"{a.esco}/v1.1.1/relations/occupationSkillRelations.csv", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            (ess if row["relationType"] == "essential" else opt)[row["occupationUri"]].append(row["skillUri"])
    occupations = sorted(u for u in ess if len(ess[u]) >= 5 and u in occ["en"])
    all_skills = sorted(skills["en"])
    langs, weights = zip(*[(p.split(":")[0], float(p.split(":")[1])) for p in a.langs.split(",")])
    with open(a.output, "w", encoding="utf-8") as out:
        for i in range(a.n):
            lang = rng.choices(langs, weights)[0]
            o = rng.choice(occupations)
            picked = rng.sample(ess[o], min(len(ess[o]), rng.randint(4, 10)))
            if opt[o]:
                picked += rng.sample(opt[o], min(len(opt[o]), rng.randint(0, 3)))
            if rng.random() < 0.3:
                picked.append(rng.choice(all_skills))  # an unrelated outcome
            outcomes = []
            for s in picked:
                labels = skills[lang].get(s) or skills["en"].get(s)
                if not labels:
                    continue
                label = labels[0] if rng.random() < 0.6 or len(labels) == 1 else rng.choice(labels[1:])
                words = label.split()
                if len(words) > 3 and rng.random() < 0.15:
                    del words[rng.randrange(len(words))]
                if lang == "en" and rng.random() < 0.2:
                    words.append(rng.choice(NOISE_WORDS))
                phrases = KNOWLEDGE_PHRASES if s in KNOWLEDGE else PHRASES
                text = rng.choice(phrases[lang]).format(" ".join(words))
                if a.declare_skills > 0 and rng.random() < a.declare_skills:
                    outcomes.append({"text": text, "skills": [s]})
                else:
                    outcomes.append(text)
            title_label = (occ[lang].get(o) or occ["en"][o])[0]
            rec = {"id": f"{a.prefix}{i:06d}", "title": TITLE[lang].format(title_label), "language": lang,
                   "country": rng.choice(COUNTRIES[lang]), "level": rng.choice([5, 6, 6, 7, 7]),
                   "workload": rng.choice([3, 5, 5, 6, 10, 15, 30]), "learningOutcomes": outcomes}
            line = json.dumps(rec, ensure_ascii=False)
            if a.bad > 0 and rng.random() < a.bad:
                line = line[: len(line) // 2] if rng.random() < 0.5 else line.replace(
                    '"level": ', '"level": 1', 1)
            out.write(line + "\n")


if __name__ == "__main__":
    main()
