"""The refused rows of a list or an import, written in the window's language.

`listfiles.ReadResult.report()` and `scripts.runner` results' `report()` are the command line's
French; the window builds the same lines here, with each short reason (« numéro fixe ») read
through `service_text` (the « Services » context of `services_en.ts`), so that an English window
reports in English, and a French one exactly as the command line does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from ellipses_sms import phone
from ellipses_sms.ui.i18n import service_text


def list_report(result: Any) -> str:
    """A list file's refused rows and duplicates, to copy or save; "" when all came in."""
    return ListReport().of_list(result)


def import_report(result: Any) -> str:
    """An import script's refused customers, one line each."""
    return ListReport().of_import(result)


class ListReport(QObject):
    """Writes the reports (a QObject for its `tr`: the « ListReport » context)."""

    def of_list(self, result: Any) -> str:
        if not result.refused and not result.duplicate_rows:
            return ""
        name = result.path.name if result.path else None
        head = (
            self.tr("Liste « %1 » : ").replace("%1", name)
            if name is not None
            else self.tr("Liste : ")
        ) + ", ".join(
            (
                self.tr("%n destinataire(s) importé(s)", "", len(result.recipients)),
                self.tr("%n ligne(s) refusée(s)", "", len(result.refused)),
                self.tr("%n doublon(s)", "", result.duplicates),
            )
        )
        lines = [head + "."]
        if result.refused:
            lines += ["", self.tr("Lignes non importées :")]
            for x in result.refused:
                who = ", ".join(v for v in (x.name, x.number) if v)
                line = (
                    self.tr("ligne %1 : %2")
                    .replace("%1", str(x.row))
                    .replace("%2", service_text(x.reason))
                )
                lines.append(line + (f" ({who})" if who else ""))
        if result.duplicate_rows:
            lines += ["", self.tr("Doublons (numéro déjà présent, gardé une seule fois) :")]
            for d in result.duplicate_rows:
                who = ", ".join(v for v in (d.name, phone.display(d.e164)) if v)
                lines.append(
                    self.tr("ligne %1 : même numéro que la ligne %2 (%3)")
                    .replace("%1", str(d.row))
                    .replace("%2", str(d.first_row))
                    .replace("%3", who)
                )
        return "\n".join(lines)

    def of_import(self, result: Any) -> str:
        lines = []
        for r in result.refused:
            line = (
                self.tr("ligne %1 : %2 — ")
                .replace("%1", str(r.row))
                .replace("%2", r.name or self.tr("(sans nom)"))
            )
            if r.number:
                line += self.tr("« %1 » : ").replace("%1", r.number)
            lines.append(line + service_text(r.reason))
        return "\n".join(lines)
