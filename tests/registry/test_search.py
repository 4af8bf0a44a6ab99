"""Search: typos, accents, aliases, legal forms, numbers, filters, pages; and the lookup."""

from __future__ import annotations

import pytest

from core.services import recruiter_lookup
from registry.demo import load
from registry.importer import import_files
from registry.search import search
from tests.registry.conftest import row, write_csv


@pytest.fixture
def registry(app, tmp_path):
    rows = [
        row("H-400-1", "H2 Mexico LLC / Viajes Esperanza"),
        row("H-400-2", "Asistencia Jurídica GM S.A. de C.V."),
        row("H-400-3", "Skilled Staffing Solutions", "JAMAICA"),
        row("H-400-4", "Regional Staffing Professionals", "JAMAICA"),
        row("H-400-5", "Reclutamiento del Sur", "GUATEMALA"),
    ]
    rows += [row(f"H-400-1{i}", f"Agencia Numero {i} Servicios") for i in range(30)]
    import_files([write_csv(tmp_path / "s_FY2021.csv", rows)], 10**7)
    load()
    return app


def first(q: str, **filters) -> str:
    hits = search(q, **filters).hits
    return hits[0].legal_name if hits else ""


@pytest.mark.parametrize(
    "q",
    [
        "viajes esperanza",
        "Viajes Esperanza",
        "viajes esperansa",
        "h2 mexico",
        "H2 Mexico LLC / Viajes Esperanza",
    ],
)
def test_alias_and_typo(registry, q) -> None:
    hit = search(q).hits[0]
    assert "H2 Mexico" in hit.legal_name or "Viajes Esperanza" in hit.legal_name
    assert not hit.is_demo


def test_accents_and_legal_forms(registry) -> None:
    assert first("asistencia juridica") == "Asistencia Jurídica GM S.A. de C.V."
    assert first("ASISTENCIA JURIDICA GM SA DE CV") == "Asistencia Jurídica GM S.A. de C.V."
    assert first("asistensia juridika") == "Asistencia Jurídica GM S.A. de C.V."


def test_typo_prefers_the_right_agency(registry) -> None:
    page = search("skiled staffing")
    assert page.hits[0].legal_name == "Skilled Staffing Solutions"
    assert page.hits[0].matched_name == "Skilled Staffing Solutions"


def test_numbers(registry) -> None:
    hit = search("fr-mx-000101").hits[0]
    assert hit.match_kind == "registration" and hit.is_demo
    licence = search(f"DEMO-MX-{hit.recruiter_id:04d}").hits[0]
    assert licence.match_kind == "licence" and licence.recruiter_id == hit.recruiter_id


def test_filters(registry) -> None:
    assert {h.status for h in search("demo", status="suspended").hits} == {"suspended"}
    assert all("GT" in h.countries for h in search("reclutamiento", country="GT").hits)
    assert search("reclutamiento del sur", country="JM").hits == []
    browsing = search("", country="JM")
    assert browsing.total >= 2


def test_pagination(registry) -> None:
    one = search("agencia numero servicios", per_page=10)
    two = search("agencia numero servicios", page=2, per_page=10)
    assert one.total >= 30 and one.pages >= 3 and one.has_next and not one.has_prev
    assert not {h.recruiter_id for h in one.hits} & {h.recruiter_id for h in two.hits}


def test_no_match(registry) -> None:
    assert search("zzqx wvvk").hits == []


def test_lookup_is_confident_or_silent(registry) -> None:
    with registry.test_request_context():
        lookup = recruiter_lookup()
        found = lookup("Viajes Esperanza")
        assert found and found["status"] == "disclosed" and found["url"].startswith("/recruiters/")
        assert set(found) == {
            "id",
            "name",
            "status",
            "registration_number",
            "url",
            "score",
            "is_demo",
        }
        assert lookup("Servicios") is None
        assert lookup("Totally Different Company") is None
        assert lookup("") is None
