"""Files the window loads, shipped inside the package: the product's icon and the compiled
translations (`*.qm`, built from `resources/translations/*.ts` when the wheel is built)."""
