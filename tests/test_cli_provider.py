"""`ellipses-sms provider …`: the settings file, the keyring, French messages and exit codes."""

from __future__ import annotations

import json

import pytest

from ellipses_sms import paths, providers, secrets
from ellipses_sms.cli import main
from ellipses_sms.gateway import Balance, Gateway, TransientError
from ellipses_sms.settings import Settings
from tests.local_http import Answer, LocalServer

PASSWORD = "Tr3s-s3cret!"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add_kannel(capsys, url="http://127.0.0.1:13013/cgi-bin/sendsms", *extra):
    return run(
        capsys,
        "provider",
        "add",
        "boutique",
        "--type",
        "kannel",
        "--set",
        f"url={url}",
        "--set",
        "username=librairie",
        "--set",
        "sender=LIBRAIRIE",
        "--secret",
        f"password={PASSWORD}",
        *extra,
    )


def test_add_list_default_remove(home, memory_keyring, capsys):
    code, out, err = add_kannel(capsys)
    assert code == 0, err
    assert "ajouté" in out
    stored = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    assert stored["providers"]["boutique"] == {
        "type": "kannel",
        "url": "http://127.0.0.1:13013/cgi-bin/sendsms",
        "username": "librairie",
        "sender": "LIBRAIRIE",
        "max_parts": "10",
        "immediate_reply": "no",
        "recipients_per_request": "50",
        "rate_limit": "0",
        "dlr_host": "127.0.0.1",
        "dlr_port": "13080",
        "timeout": "30",
    }
    assert PASSWORD not in paths.settings_file().read_text(encoding="utf-8")
    assert memory_keyring.store[("ellipses-sms", "boutique:password")] == PASSWORD

    code, out, _ = run(capsys, "provider", "list")
    assert code == 0
    assert "* sandbox" in out and "  boutique (Kannel" in out
    assert "password : enregistré (secret)" in out and PASSWORD not in out

    assert run(capsys, "provider", "default", "boutique")[0] == 0
    code, out, _ = run(capsys, "provider", "list", "--json")
    listed = {p["name"]: p for p in json.loads(out)}
    assert listed["boutique"]["default"] and not listed["sandbox"]["default"]
    assert listed["boutique"]["secrets"] == {"password": "enregistré"}

    # issue 17: removing the default provider no longer makes the sandbox the default silently
    code, out, err = run(capsys, "provider", "remove", "boutique")
    assert code == 1 and "fournisseur par défaut" in err and "--default" in err
    assert Settings().get("default_provider") == "boutique"
    assert ("ellipses-sms", "boutique:password") in memory_keyring.store

    code, out, _ = run(capsys, "provider", "remove", "boutique", "--default", "sandbox")
    assert code == 0 and "supprimé" in out
    assert ("ellipses-sms", "boutique:password") not in memory_keyring.store
    assert Settings().get("default_provider") == "sandbox"


def test_add_refuses_bad_values_with_every_reason(home, memory_keyring, capsys):
    code, _, err = run(
        capsys,
        "provider",
        "add",
        "boutique",
        "--type",
        "kannel",
        "--set",
        "url=ftp//nope",
        "--set",
        "sender=LIBRAIRIE-DUPONT",
        "--set",
        "recipients_per_request=zero",
        "--set",
        "colour=blue",
    )
    assert code == 1
    assert err.count("\n") == 1  # one French line
    assert "adresse invalide" in err
    assert "lettres sans accent et des chiffres" in err
    assert "n'est pas un nombre entier" in err
    assert "clé inconnue « colour »" in err
    assert "password" in err and "obligatoire" in err
    assert not Settings().raw("providers")  # nothing written


def test_secret_given_as_setting_is_refused(home, memory_keyring, capsys):
    code, _, err = add_kannel(
        capsys, "http://127.0.0.1:1/cgi-bin/sendsms", "--set", "password=x1y2z3"
    )
    assert code == 1 and "--secret password" in err
    assert "x1y2z3" not in paths.settings_file().read_text(encoding="utf-8")


def test_unknown_type_and_provider(home, memory_keyring, capsys):
    code, _, err = run(capsys, "provider", "add", "x", "--type", "pigeon")
    assert code == 1 and "type de fournisseur inconnu" in err
    code, _, err = run(capsys, "provider", "default", "absent")
    assert code == 1 and "fournisseur inconnu" in err
    code, _, err = run(capsys, "provider", "remove", "sandbox")
    assert code == 1 and "bac à sable" in err
    code, _, err = run(capsys, "provider", "add", "x")
    assert code == 2  # --type is required: a usage error


def test_no_keyring_tells_the_choice(home, no_keyring, capsys):
    code, _, err = add_kannel(capsys)
    assert code == 1
    assert "trousseau" in err and "--allow-file" in err
    assert PASSWORD not in err
    assert "boutique" not in (Settings().raw("providers", {}) or {})

    code, out, _ = run(capsys, "provider", "keyring")
    assert code == 1 and "NON CHIFFRÉ" in out
    code, out, _ = run(capsys, "provider", "keyring", "--allow-file")
    assert code == 0 and "fichier local" in out
    code, _, err = add_kannel(capsys)
    assert code == 0, err
    assert secrets.get_secret("boutique", "password") == PASSWORD


def test_edit_keeps_the_stored_secret(home, memory_keyring, capsys):
    add_kannel(capsys)
    code, _, err = run(capsys, "provider", "edit", "boutique", "--set", "sender=LIVRES")
    assert code == 0, err
    info = providers.get(Settings(), "boutique")
    assert info.config["sender"] == "LIVRES" and info.secrets == {"password": True}


def test_test_and_balance_against_a_kannel_like_server(home, memory_keyring, capsys):
    server = LocalServer(
        lambda seen: (
            Answer(400, "Missing receiver number, rejected")
            if seen.q("password") == PASSWORD
            else Answer(403, "Authorization failed for sendsms")
        )
    )
    try:
        add_kannel(capsys, server.url + "/cgi-bin/sendsms")
        code, out, err = run(capsys, "provider", "test", "boutique")
        assert code == 0, err
        assert "Connexion réussie" in out
        code, _, err = run(capsys, "provider", "balance", "boutique")
        assert code == 1 and "crédit" in err
        run(capsys, "provider", "edit", "boutique", "--secret", "password=wrong-one")
        code, _, err = run(capsys, "provider", "test", "boutique")
        assert code == 1 and "identifiants refusés" in err and "wrong-one" not in err
        log_file = paths.log_file()  # (the process's log may have been opened by another test)
        log_text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
        assert PASSWORD not in log_text and "wrong-one" not in log_text
    finally:
        server.close()


def test_sandbox_test_and_balance(home, capsys):
    code, out, _ = run(capsys, "provider", "test", "sandbox")
    assert code == 0 and "Bac à sable" in out
    code, out, _ = run(capsys, "provider", "balance", "sandbox")
    assert code == 0 and "SMS" in out


def test_types_lists_every_key(capsys):
    code, out, _ = run(capsys, "provider", "types")
    assert code == 0
    assert "kannel :" in out and "password [obligatoire, secret]" in out
    assert "http :" in out and "id_json_path" in out


@pytest.mark.parametrize(
    ("sender", "ok"),
    [
        ("LIBRAIRIE", True),
        ("Libr2000", True),
        ("ABCDEFGHIJK", True),
        ("ABCDEFGHIJKL", False),
        ("Librairie Dupont", False),
        ("Librairié", False),
        ("+33612345678", True),
        ("1234567890123456", False),
        ("", True),
    ],
)
def test_sender_check(sender, ok):
    assert (providers.check_sender(sender) is None) == ok


def test_removing_the_default_names_its_replacement(home, memory_keyring, capsys):
    from ellipses_sms import providers

    assert add_kannel(capsys, "http://127.0.0.1:13013/cgi-bin/sendsms", "--default")[0] == 0
    settings = Settings()
    providers.add(settings, "autre", "http", {"url": "https://sms.exemple.fr/?to={to}&t={text}"})
    with pytest.raises(providers.DefaultProviderRemoval) as err:
        providers.remove(settings, "boutique")
    assert "« autre »" in str(err.value) and "« sandbox »" in str(err.value)
    with pytest.raises(providers.ProviderError, match="inconnu"):
        providers.remove(settings, "boutique", new_default="absent")
    with pytest.raises(providers.ProviderError, match="inconnu"):
        providers.remove(settings, "boutique", new_default="boutique")
    assert Settings().get("default_provider") == "boutique"
    providers.remove(settings, "boutique", new_default="autre")
    assert Settings().get("default_provider") == "autre"
    providers.remove(settings, "autre", new_default="sandbox")
    assert Settings().get("default_provider") == "sandbox"
    assert providers.missing_default(Settings()) is None


def test_a_default_that_no_longer_exists_is_flagged(home, memory_keyring, capsys):
    from ellipses_sms import providers
    from ellipses_sms.gateway import Gateways

    settings = Settings()
    settings.set("default_provider", "disparu")  # an older version, or a hand-edited file
    settings.save()
    assert "« disparu » n'existe plus" in providers.missing_default(settings)
    assert "« disparu » n'existe plus" in Gateways(settings).default_problem()
    assert not any(info.default for info in providers.list_providers(settings))
    settings.set("default_provider", "sandbox")
    assert Gateways(settings).default_problem() is None


def test_the_number_rule_is_checked_when_saved(home, memory_keyring, capsys):
    code, _, err = add_kannel(
        capsys, "http://127.0.0.1:13013/cgi-bin/sendsms", "--set", "allowed_countries=FR,XX"
    )
    assert code == 1 and "pays inconnu" in err and "XX" in err
    code, _, err = add_kannel(
        capsys, "http://127.0.0.1:13013/cgi-bin/sendsms", "--set", "number_regex=+33(["
    )
    assert code == 1 and "motif invalide" in err
    code, _, err = add_kannel(
        capsys,
        "http://127.0.0.1:13013/cgi-bin/sendsms",
        "--set",
        "allowed_countries=fr,GP",
        "--set",
        r"number_regex=\+(33|590)\d{9}",
    )
    assert code == 0, err
    from ellipses_sms.gateway import Gateways

    gateway = Gateways(Settings(), secret=lambda name, key: PASSWORD).get("boutique")
    try:
        assert gateway.number_refusal("+33612345678") is None
        assert "pays BE" in gateway.number_refusal("+32470123456")
    finally:
        gateway.close()


class _Credit(Gateway):
    """A provider whose credit the test sets (the real ones are in their own tests)."""

    has_balance = True

    def __init__(self, name: str, amount: float | None, unit: str = "SMS"):
        self.name, self.amount, self.unit = name, amount, unit

    def balance(self) -> Balance:
        if self.amount is None:
            raise TransientError("le fournisseur ne répond pas")
        return Balance(self.amount, self.unit)


def test_credit_check_before_sending(home, memory_keyring):
    from ellipses_sms import providers
    from ellipses_sms.gateway import Gateways

    settings = Settings()
    gateways = Gateways(settings)
    gateways.put(_Credit("sms", 150))
    check = providers.credit_check(gateways, "sms", 120, price_per_part=0.07)
    assert check.enough and not check.warning and "150 SMS restants" in check.sentence
    check = providers.credit_check(gateways, "sms", 120, price_per_part=0.07, warn_below=50)
    assert check.enough and check.warning and "il restera 30 SMS" in check.sentence
    check = providers.credit_check(gateways, "sms", 200, price_per_part=0.07)
    assert check.enough is False and "Crédit insuffisant" in check.sentence

    gateways.put(_Credit("eur", 5.0, "EUR"))
    check = providers.credit_check(gateways, "eur", 100, price_per_part=0.07)
    assert check.needed == 7.0 and check.enough is False and "(estimé)" in check.sentence

    gateways.put(_Credit("down", None))
    check = providers.credit_check(gateways, "down", 10, price_per_part=0.07)
    assert check.enough is None and "ne répond pas" in check.sentence
    assert check.to_json()["balance"] is None


def test_credit_warning_is_a_provider_setting(home, memory_keyring):
    from ellipses_sms import providers
    from ellipses_sms.gateway import Gateways

    settings = Settings()
    settings.set("providers", {"sms": {"type": "ovh", "credit_warning": "100"}})
    gateways = Gateways(settings)
    gateways.put(_Credit("sms", 150))
    check = providers.credit_check(gateways, "sms", 60, price_per_part=0.07)
    assert check.enough and check.warning and "seuil d'alerte de 100 SMS" in check.sentence


def test_provider_balance_parts_says_whether_the_credit_covers_a_send(home, capsys):
    """The sandbox starts with its demo credit (in SMS): 10 parts fit, a billion do not."""
    code, out, _ = run(capsys, "provider", "balance", "sandbox", "--parts", "10")
    assert code == 0 and "Crédit suffisant" in out
    code, out, _ = run(capsys, "provider", "balance", "sandbox", "--parts", "1000000000")
    assert code == 1 and "Crédit insuffisant" in out
