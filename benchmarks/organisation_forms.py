"""How often claimx gives the right organisation for the forms issue 3 names, over many names.

A battery of invented one-sentence snippets: nine ways news states a speaker's organisation
(appositives with a possessive, "of", "for" or "at"; a title before the name; a possessive
before the name; "X of Y"; "who heads Y"; "its chief executive" after a sentence naming Y),
each written with 24 real organisations' names, many of which spaCy's small model misreads as
a person ("Twitter"), a place ("Democracy for America") or nothing ("Common Cause"). It prints,
for each form, how many of the 24 snippets get exactly that organisation. Usage::

    python benchmarks/organisation_forms.py [--full] [-v]

``--full`` runs the attribution tagger too (the default is ``--fast``, the rule path, which
finds every claim here); ``-v`` lists the misses. A quality figure, not a test: the README
quotes it with this command.
"""

from __future__ import annotations

import argparse
from collections import Counter

import claimx

ORGANISATIONS = [
    *("Twitter", "Democracy for America", "Iraq and Afghanistan Veterans of America"),
    *("the Sierra Club", "Greenpeace", "Human Rights Watch", "Goldman Sachs"),
    *("the Cato Institute", "Amnesty International", "the American Civil Liberties Union"),
    *("Planned Parenthood", "the National Rifle Association", "Microsoft"),
    *("the Brennan Center for Justice", "Public Citizen", "Common Cause"),
    *("the Heritage Foundation", "Moody's Analytics", "Walmart", "Black Lives Matter"),
    *("the Urban Institute", "Pfizer", "the Tax Policy Center", "Everytown for Gun Safety"),
]
PEOPLE = ["Jane Doe", "Mark Ellison", "Priya Raman", "Tom Becker", "Laura Kline", "Omar Haddad"]
QUOTE = '"We will not back down,"'


def _possessive(name: str) -> str:
    if name.endswith("'s"):
        return name
    return name + ("'" if name.endswith("s") else "'s")


def _capital(name: str) -> str:
    return name[0].upper() + name[1:]


def _bare(name: str) -> str:
    return name.removeprefix("the ")


FORMS = {
    "appositive, possessive": lambda p, o: (
        f"{QUOTE} said {p}, {_possessive(o)} director of policy."
    ),
    "appositive, of": lambda p, o: f"{QUOTE} said {p}, founder and president of {o}.",
    "appositive, for": lambda p, o: f"{QUOTE} said {p}, a spokeswoman for {o}.",
    "appositive, at": lambda p, o: f"{QUOTE} said {p}, a senior fellow at {o}.",
    "title before name": lambda p, o: f"{QUOTE} {_bare(o)} spokesman {p} said.",
    "possessive before name": lambda p, o: f"{QUOTE} {_possessive(_capital(o))} {p} said.",
    "name of organisation": lambda p, o: f"{QUOTE} said {p} of {o}.",
    "who heads": lambda p, o: f"{p}, who heads {o}, said the plan would fail.",
    "its chief executive": lambda p, o: (
        f"{_capital(o)} hired a new chief last year. {QUOTE} said {p}, its chief executive."
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="run the attribution tagger too")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    args = parser.parse_args()
    cases = [
        (form, org, PEOPLE[(i + j) % len(PEOPLE)])
        for i, form in enumerate(FORMS)
        for j, org in enumerate(ORGANISATIONS)
    ]
    texts = [FORMS[form](person, org) for form, org, person in cases]
    claims = claimx.extract(texts, fast=not args.full)
    right: Counter[str] = Counter()
    for i, (form, org, person) in enumerate(cases):
        rows = claims[(claims.doc_id == f"text-{i}") & (claims.speaker == person)]
        found = [_bare(o) for o in rows.organisation]
        right[form] += _bare(org) in found
        if args.verbose and _bare(org) not in found:
            print(f"miss ({form}): {texts[i]} -> {found}")
    for form in FORMS:
        print(f"{form:24s} {right[form]:3d} of {len(ORGANISATIONS)}")
    print(f"{'all':24s} {sum(right.values()):3d} of {len(cases)}")


if __name__ == "__main__":
    main()
