"""Rendering and counting each customer's own message, for 100,000 recipients of a list.

Measured: `templates.render_all` of « Bonjour {prenom}, votre livre {titre_ouvrage} est arrivé… »
over recipients shaped like a list file's (a dict of fields each; about 1 in 12 first names has a
« ç » or a « ï », which makes that customer's SMS UCS-2; long titles make some messages 2 parts):
every text, its encoding and its exact number of parts. Baseline, in the same run: the bare
`str.format_map` loop over the same rows, which renders and counts nothing. Target: at most 3x,
and under 1 s. Best of N, the two run in turn, so that the shared machine's noise hits both.

A second line does the same with an emoji and a « € » in the template (every message UCS-2,
most of them long enough for the greedy split: the slow case of the count), against the same
bare loop. A third compares with the obvious way, `format_map` then `sms.measure` on every text:
the count that `render_all` does from the template's pieces and each distinct value instead.
"""

from __future__ import annotations

import random
import time

from common import quick, report

from ellipses_sms import sms, templates
from ellipses_sms.recipients import Recipient

TEMPLATE = (
    "Bonjour {prenom}, votre livre {titre_ouvrage} est arrivé à la librairie. "
    "Il vous attend jusqu'au {date_limite}."
)
FIRST_NAMES = [
    *("Claire", "Jean", "Marie", "Pierre", "Léa", "Hugo", "Zoé", "Lucas", "Chloé", "Louis"),
    *("Emma", "Gabriel", "Jade", "Raphaël", "Louise", "Arthur", "Alice", "Jules", "Inès", "Adam"),
    *("François", "Anaïs"),  # not GSM-7: those customers' SMS are UCS-2
]
WORDS = ("nuit", "jardin", "mer", "voyage", "secret", "maison", "rivière", "hiver", "ombre", "roi")


def best_of_interleaved(fns, repeat: int) -> list[tuple[float, object]]:
    """Best time of each function, run in turn (see bench_import)."""
    best = [(float("inf"), None) for _ in fns]
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            value = fn()
            took = time.perf_counter() - start
            if took < best[i][0]:
                best[i] = (took, value)
    return best


def recipients(count: int) -> list[Recipient]:
    rng = random.Random(12)
    titles = [
        " ".join(rng.choice(WORDS) for _ in range(rng.choice((2, 3, 4, 12)))).capitalize()
        for _ in range(count // 4)
    ]
    people = []
    for i in range(count):
        fields = {
            "prenom": rng.choice(FIRST_NAMES),
            "nom": f"Client {i}",
            "titre_ouvrage": rng.choice(titles),
            "date_limite": f"{rng.randint(1, 28):02d}/12/2026",
        }
        people.append(Recipient(f"{fields['prenom']} Client {i}", f"+3361{i:07d}", fields))
    return people


def main() -> None:
    count = 20_000 if quick() else 100_000
    repeat = 3 if quick() else 7
    people = recipients(count)
    rows = [r.fields for r in people]
    builtins = templates.builtin_values()

    def product():
        return templates.render_all(TEMPLATE, people, builtins)

    def bare():
        return [TEMPLATE.format_map(row) for row in rows]

    def format_and_measure():
        return [sms.measure(t) for t in (TEMPLATE.format_map(row) for row in rows)]

    (took, rendering), (base, texts) = best_of_interleaved((product, bare), repeat)
    assert rendering.texts == texts  # the same messages (NFC already)
    for i in range(0, count, 97):  # and the counts of sms.analyze
        info = sms.analyze(texts[i])
        assert (rendering.encodings[i], rendering.parts[i]) == (info.encoding, info.segments)
    ucs2 = rendering.unicode_count
    report(
        f"render_all, {count} destinataires",
        took,
        "s",
        base,
        f"texts + encoding + parts; {ucs2} UCS-2, {rendering.total_parts} parts, "
        f"up to {rendering.max_parts}; baseline bare format_map; target <= 3x and < 1 s",
    )
    heavy = "📚 " + TEMPLATE + " Prix : 12 €."

    def product_heavy():
        return templates.render_all(heavy, people, builtins)

    def bare_heavy():
        return [heavy.format_map(row) for row in rows]

    (took, rendering), (base, texts) = best_of_interleaved((product_heavy, bare_heavy), repeat)
    assert rendering.texts == texts
    for i in range(0, count, 97):
        info = sms.analyze(texts[i])
        assert (rendering.encodings[i], rendering.parts[i]) == (info.encoding, info.segments)
    report(
        f"render_all with an emoji and a €, {count} destinataires",
        took,
        "s",
        base,
        f"all UCS-2, {rendering.total_parts} parts; the greedy split once per shape of values",
    )
    pair = (product, format_and_measure)
    (took, _), (obvious, _) = best_of_interleaved(pair, max(repeat // 2, 2))
    report(
        "render_all vs format_map + sms.measure per text",
        took,
        "s",
        obvious,
        "same run; counting from the pieces instead of each whole text",
    )


if __name__ == "__main__":
    main()
