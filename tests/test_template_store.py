"""Saved templates in the store: shipped ones, unique names decided by the database."""

from __future__ import annotations

import pytest

from ellipses_sms import template_store
from ellipses_sms.store import Store
from ellipses_sms.template_store import TemplateStore, TemplateStoreError


@pytest.fixture
def templates(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'messages.db'}")
    yield TemplateStore(store)
    store.dispose()


def test_the_three_shipped_templates_are_there(templates):
    names = [t.name for t in templates.list()]
    assert sorted(names) == sorted(template_store.SHIPPED)
    assert templates.require("commande ARRIVEE").name == "Commande arrivée"
    assert templates.get("Nouveautés").kind == "marketing"


def test_names_are_unique_without_case_or_accents(templates):
    templates.add("Promo", "Promo -20 %", "marketing")
    with pytest.raises(TemplateStoreError, match="existe déjà"):
        templates.add("  PROMO ", "autre")
    with pytest.raises(TemplateStoreError, match="existe déjà"):
        templates.edit("Promo", new_name="nouveautes")


def test_edit_duplicate_remove(templates):
    templates.add("Promo", "Promo -20 %", "marketing")
    assert templates.edit("promo", text="Promo -30 %").text == "Promo -30 %"
    assert templates.duplicate("Promo").name == "Promo (copie)"
    assert templates.duplicate("Promo").name == "Promo (copie 2)"
    templates.remove("Promo (copie)")
    assert templates.get("Promo (copie)") is None
    with pytest.raises(TemplateStoreError, match="Modèle inconnu"):
        templates.remove("Promo (copie)")
    with pytest.raises(TemplateStoreError, match="Modèles : "):
        templates.require("absent")


def test_bad_input_is_refused_in_french(templates):
    with pytest.raises(TemplateStoreError, match="nom du modèle est vide"):
        templates.add("   ", "x")
    with pytest.raises(TemplateStoreError, match="texte du modèle est vide"):
        templates.add("X", "  ")
    with pytest.raises(TemplateStoreError, match="Type de modèle inconnu"):
        templates.add("X", "x", "pub")


def test_migration_and_module_ship_the_same_names():
    import importlib

    migration = importlib.import_module("ellipses_sms.store.migrations.versions.0004_templates")
    assert tuple(name for name, *_ in migration.SHIPPED) == template_store.SHIPPED
    for name, key, *_ in migration.SHIPPED:
        assert template_store.template_key(name) == key
