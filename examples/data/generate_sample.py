"""Writes people.csv, the sample dataset of the preprocessing library (examples/templates/).

A small, deliberately messy table: 60 people plus a few exact duplicates, some missing values
and untrimmed whitespace, so every step of the library has something to do. The seed is fixed,
so running this script again gives the committed file byte for byte (a test checks it):

    python3 examples/data/generate_sample.py              # rewrites examples/data/people.csv
    python3 examples/data/generate_sample.py /tmp/x.csv   # writes elsewhere

Standard library only.
"""

import csv
import os
import random
import sys

SEED = 20260601
PEOPLE = 60
COLUMNS = ["id", "name", "city", "age", "height_cm", "income", "signup_date", "active"]
NAMES = ["Ada", "Bo", "Chen", "Dara", "Eli", "Femi", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea"]
CITIES = ["Oslo", "Lima", "Pune", "Kyiv", "Accra", "Quito"]


def person(rng, i):
    """One row; a few cells are blank or padded with spaces, as in data typed by hand."""
    row = {
        "id": str(i),
        "name": rng.choice(NAMES),
        "city": rng.choice(CITIES),
        "age": str(rng.randint(18, 79)),
        "height_cm": f"{rng.gauss(170, 9):.1f}",
        "income": f"{rng.lognormvariate(10.5, 0.4):.2f}",
        "signup_date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "active": rng.choice(["true", "false"]),
    }
    roll = rng.random()
    if roll < 0.12:
        row[rng.choice(["city", "age", "income"])] = ""
    elif roll < 0.30:
        column = rng.choice(["name", "city"])
        row[column] = rng.choice([" ", "  "]) + row[column] + rng.choice(["", " "])
    return row


def rows(rng):
    """The people in id order; some rows are repeated right after themselves, one in two of the
    copies with the name padded (a duplicate only once the whitespace is trimmed)."""
    out = []
    for i in range(1, PEOPLE + 1):
        row = person(rng, i)
        out.append(row)
        if rng.random() < 0.08:
            copy = dict(row)
            if rng.random() < 0.5:
                copy["name"] = copy["name"].strip() + " "
            out.append(copy)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "people.csv")
    rng = random.Random(SEED)
    with open(target, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows(rng))


if __name__ == "__main__":
    main()
