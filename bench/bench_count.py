"""Counting a 2,000-character text (as the message box does on every key press).

Target: under 1 ms. Baseline: the plain per-character loop a first version would write
(septets by set membership, no splitting rules), in the same run.
"""

from __future__ import annotations

import timeit

from common import quick, report

from ellipses_sms import sms

BASIC = sms.GSM7_BASIC
EXT = sms.GSM7_EXTENSION


def naive(text: str) -> int:
    """Septets of every character, then UTF-16 units if one is outside GSM-7 (no early exit)."""
    units = 0
    gsm = True
    for ch in text:
        if ch in BASIC:
            units += 1
        elif ch in EXT:
            units += 2
        else:
            gsm = False
    return units if gsm else len(text.encode("utf-16-le")) // 2


def main() -> None:
    number = 200 if quick() else 2_000
    texts = {
        "gsm": ("Votre commande est arrivée, à retirer à la librairie [42] : 12 € ! " * 40)[:2000],
        "ucs2": ("Votre commande « Œuvres » est arrivée ; à bientôt ! 📚 " * 40)[:2000],
    }
    assert sms.analyze(texts["gsm"]).encoding == sms.Encoding.GSM7
    assert sms.analyze(texts["ucs2"]).encoding == sms.Encoding.UCS2
    for kind, text in texts.items():
        ours = min(timeit.repeat(lambda t=text: sms.analyze(t), number=number, repeat=5)) / number
        base = min(timeit.repeat(lambda t=text: naive(t), number=number, repeat=5)) / number
        report(f"count_2000_chars_{kind}", ours * 1e3, "ms", base * 1e3, "target < 1 ms")


if __name__ == "__main__":
    main()
