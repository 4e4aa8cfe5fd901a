#!/usr/bin/env python3
"""Writes N synthetic signatories as CSV (name, organisation, city, country) to standard output.

Usage: generate_signatories.py N [SEED] [--dates]. With --dates a `date` column is added: a
six-week campaign from 12 October 2026 (a launch peak, a second peak when the press picks it up
in week three, a slow tail), in chronological order, as `2026-10-12 14:05:33`. The names are the
same with or without it.

Deterministic for a given N and seed, with names in several scripts (Latin with diacritics,
Cyrillic, Greek, Arabic, Hebrew, Devanagari, Chinese) in roughly the mix of an international
petition, so shaping, fallback and bidi are exercised as in real lists. Every row is distinct
(duplicates would be printed once), as in a real list: Latin names are drawn from a large
generated vocabulary, and a name that came up before gets a middle initial.
"""
import csv
import datetime
import random
import sys

GIVEN = {
    "latin": ["Maria", "José", "Anna", "Jean-Luc", "Søren", "Zoë", "Łukasz", "Ngozi", "Aroha", "Björn",
              "Élodie", "Tomás", "Ingrid", "Kwame", "Siobhán", "Mateus", "Ayşe", "Dũng", "Priya", "Hiroshi"],
    "cyrillic": ["Олена", "Иван", "Мария", "Дмитрий", "Анастасия"],
    "greek": ["Ελένη", "Γιώργος", "Δημήτρης"],
    "arabic": ["محمد", "فاطمة", "أحمد", "ليلى"],
    "hebrew": ["נועה", "דוד", "מרים"],
    "devanagari": ["अनीता", "राहुल", "सुनीता"],
    "han": ["王", "李", "张", "陈"],
}
FAMILY = {
    "latin": ["García", "Müller", "Kowalski", "Okafor", "Nguyễn", "O'Brien", "Fernández", "Johansson",
              "Mensah", "Rossi", "Dubois", "Yılmaz", "da Silva", "Van der Berg", "Tanaka", "Smith-Jones"],
    "cyrillic": ["Коваленко", "Иванова", "Петров"],
    "greek": ["Παπαδοπούλου", "Νικολάου"],
    "arabic": ["الحسن", "عبد الله", "المصري"],
    "hebrew": ["כהן", "לוי"],
    "devanagari": ["शर्मा", "वर्मा"],
    "han": ["伟", "芳", "娜", "强"],
}
WEIGHTS = [("latin", 70), ("cyrillic", 8), ("greek", 3), ("arabic", 7), ("hebrew", 3), ("devanagari", 4), ("han", 5)]
ORGANISATIONS = ["", "", "Amnesty Local Group", "Parents for Clean Water", "Teachers' Union, Local 12",
                 "Association Eau et Santé", "Stichting Schoon Water", "Civil Society Network"]
PLACES = [("Lagos", "Nigeria"), ("Lyon", "France"), ("Kraków", "Poland"), ("São Paulo", "Brazil"),
          ("Київ", "Україна"), ("القاهرة", "مصر"), ("Chennai", "India"), ("成都", "中国"), ("Berlin", "Germany"),
          ("Toronto", "Canada"), ("Αθήνα", "Ελλάδα"), ("Tel Aviv", "Israel")]


SYLLABLES = ["ma", "ri", "an", "jo", "sé", "el", "ka", "lu", "to", "ne", "sa", "vi", "ro", "da", "mi", "ko",
             "ber", "lin", "son", "ga", "té", "ho", "ny", "ra", "bé", "li", "no", "wa", "ze", "ö", "ka", "ßo"]


def latin_word(rng):
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return word[0].upper() + word[1:]


def campaign_dates(count, seed):
    """`count` signing times over six weeks, sorted: most signatures in the first days and around
    day 17, fewer on weekends."""
    rng = random.Random(seed + 1)
    start = datetime.datetime(2026, 10, 12, 8, 0, 0)
    times = []
    while len(times) < count:
        day = min(int(rng.expovariate(1 / 6)), 41) if rng.random() < 0.7 else min(max(int(rng.gauss(17, 2)), 0), 41)
        if (start + datetime.timedelta(days=day)).weekday() >= 5 and rng.random() < 0.4:
            continue
        times.append(start + datetime.timedelta(days=day, seconds=rng.randrange(14 * 3600)))
    return [time.strftime("%Y-%m-%d %H:%M:%S") for time in sorted(times)]


def main():
    arguments = [argument for argument in sys.argv[1:] if argument != "--dates"]
    with_dates = len(arguments) < len(sys.argv) - 1
    count = int(arguments[0])
    seed = int(arguments[1]) if len(arguments) > 1 else 2016
    rng = random.Random(seed)
    dates = campaign_dates(count, seed) if with_dates else None
    scripts = [script for script, weight in WEIGHTS for _ in range(weight)]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["name", "organisation", "city", "country"] + (["date"] if dates else []))
    seen = set()
    for row in range(count):
        script = rng.choice(scripts)
        if script == "latin":
            given, family = latin_word(rng), latin_word(rng)
        else:
            given, family = rng.choice(GIVEN[script]), rng.choice(FAMILY[script])
        name = family + given if script == "han" else f"{given} {family}"
        city, country = rng.choice(PLACES)
        organisation = rng.choice(ORGANISATIONS)
        while (name, organisation, city) in seen:
            name = f"{given} {chr(ord('A') + rng.randrange(26))}. {family}"
            if (name, organisation, city) in seen:
                name += f" {rng.randrange(1, 1000)}"
        seen.add((name, organisation, city))
        writer.writerow([name, organisation, city, country] + ([dates[row]] if dates else []))


if __name__ == "__main__":
    main()
