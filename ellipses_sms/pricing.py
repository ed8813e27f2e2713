"""What SMS cost, estimated: the parts times the « prix estimé d'un SMS » setting, in euros to
the cent. One rule for the preview, the confirmation, the consumption window and `consumption`,
and the credit check — so that every screen shows the same amount for the same parts.

An estimate, said as such everywhere: the provider's bill is the truth (its price can depend
on the destination and on volume).
"""

from __future__ import annotations


def estimated_cost(parts: int | float, price_per_part: float | None) -> float:
    """The estimated cost of `parts` SMS parts in euros, rounded to the cent."""
    return round(float(parts) * float(price_per_part or 0.0), 2)
