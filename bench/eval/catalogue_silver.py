#!/usr/bin/python3
"""A silver check of catalogue matching on real courses (no labelled pairs exist for it).

A target is counted relevant to a source when their titles name the same topic (databases,
machine learning, networks ... : TOPICS, in English and French). credmatch never reads titles when
it scores outcomes, so the titles are independent evidence, but a weak one: courses on one topic
can differ, and related courses on other topics count as misses. Use it to compare versions of
credmatch and the TF-IDF baseline on the same run, not as an absolute figure.

Sources whose title names a topic that some target's title also names are scored: MRR of the first
relevant target within the top 10, and the share with one in the top 5.

Usage: catalogue_silver.py SOURCE.jsonl TARGET.jsonl MATCHES.jsonl
(MATCHES: `credmatch match` output or bench/e2e/baseline_tfidf.py output).
"""
import json
import re
import sys

TOPICS = {
    "databases": r"database|bases? de données|data storage|gestion de données",
    "machine learning": r"machine learning|apprentissage automatique|deep learning|apprentissage profond",
    "artificial intelligence": r"artificial intelligence|intelligence artificielle|computational intelligence",
    "networks": r"network|réseau",
    "security": r"secur|sécurité|cryptograph",
    "algorithms": r"algorithm|algorithmique",
    "operating systems": r"operating system|systèmes? d'exploitation",
    "software engineering": r"software engineering|génie logiciel|software development|"
                            r"développement (de )?logiciel|software architecture|architecture logicielle",
    "human-computer interaction": r"human-computer|interaction homme|user interaction|human-centred",
    "programming": r"programming|programmation",
    "statistics": r"statistic|statistique",
    "optimisation": r"optimi[sz]ation|optimisation",
    "language processing": r"natural language|langage naturel|text as data|traitement automatique des langues",
    "vision": r"computer vision|vision par ordinateur|image processing|traitement d'images?",
    "robotics": r"robot",
    "data science": r"data science|science des données|data mining|fouille de données|data analy|analyse de données",
    "linear algebra": r"linear algebra|algèbre linéaire",
    "numerical methods": r"numerical|analyse numérique|méthodes numériques",
    "project management": r"project management|gestion de projets?",
    "embedded systems": r"embedded|embarqué",
    "distributed systems": r"distributed|distribués?|concurren|parallel|parallèle",
    "big data and cloud": r"big data|cloud|données massives",
    "research methods": r"research method|méthodes? de recherche|research techniques",
    "information retrieval": r"information retrieval|recherche d'information|recommender",
    "computer architecture": r"computer architecture|architecture des ordinateurs",
    "web": r"\bweb\b",
}


def topics(title):
    t = title.lower()
    return {k for k, p in TOPICS.items() if re.search(p, t)}


def titles(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out[r["id"]] = topics(r.get("title") or "")
    return out


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    src, tgt = titles(sys.argv[1]), titles(sys.argv[2])
    rr, hit5 = [], []
    with open(sys.argv[3], encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            want = src.get(r.get("sourceId"), set())
            if not want or not any(want & t for t in tgt.values()):
                continue
            ids = [m["targetId"] for m in r.get("matches", [])][:10]
            rank = next((i + 1 for i, t in enumerate(ids) if want & tgt.get(t, set())), None)
            rr.append(1.0 / rank if rank else 0.0)
            hit5.append(1 if rank and rank <= 5 else 0)
    n = max(len(rr), 1)
    print(f"{len(rr)} {sum(rr) / n:.3f} {sum(hit5) / n:.3f}")


if __name__ == "__main__":
    main()
