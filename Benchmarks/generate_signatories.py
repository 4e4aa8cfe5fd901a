#!/usr/bin/env python3
"""Writes N synthetic signatories as CSV (name, organisation, city, country) to standard output.

Deterministic for a given N and seed, with names in several scripts (Latin with diacritics,
Cyrillic, Greek, Arabic, Hebrew, Devanagari, Chinese) in roughly the mix of an international
petition, so shaping, fallback and bidi are exercised as in real lists. Every row is distinct
(duplicates would be printed once), as in a real list: Latin names are drawn from a large
generated vocabulary, and a name that came up before gets a middle initial.
"""
import csv
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


def main():
    count = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 2016)
    scripts = [script for script, weight in WEIGHTS for _ in range(weight)]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["name", "organisation", "city", "country"])
    seen = set()
    for _ in range(count):
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
        writer.writerow([name, organisation, city, country])


if __name__ == "__main__":
    main()
