"""Name normalization is pure: no app, no database."""

import pytest

from registry.names import is_placeholder, name_key, normalize, normalize_number, split_names


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Asistencia Jurídica GM", "asistencia juridica gm"),
        ("Delal Mexico, S de RL de CV", "delal mexico"),
        ("LLS Visa Electronica S. de R.L. de C.V.", "lls visa electronica"),
        ("LLS Visa Electronica S. de R.L. de ", "lls visa electronica"),
        ("Esperanza H2 Processing S.A. de C.V.", "esperanza h2 processing"),
        ("Visaworks de Monterrey S.A de C.V. ", "visaworks de monterrey"),
        ("Chewan Human Resources Co., Ltd.", "chewan human resources"),
        ("The JTP Agency, LLC.", "jtp agency"),
        ("Del-Al Associates, Inc.", "delal associates"),
        ("J & H Recruiting Agency", "j and h recruiting agency"),
        ("  FLORIDA EAST COAST  TRAVEL ", "florida east coast travel"),
        ("Servicios Contables Chirripo S.A.", "servicios contables chirripo"),
        ("Alianza Laboral A.C.", "alianza laboral"),
        ("Consultores S.C.", "consultores"),
        ("Acme Corp.", "acme"),
    ],
)
def test_name_key(raw: str, key: str) -> None:
    assert name_key(raw) == key


def test_a_legal_form_alone_stays_a_name() -> None:
    assert name_key("Inc.") == "inc"


@pytest.mark.parametrize(
    "raw",
    [
        "N/A",
        "n/a",
        "na",
        "NA",
        "none",
        "None",
        "-",
        "",
        "   ",
        None,
        "not applicable",
        "Unknown",
        "N.A",
        "TBD",
        "See attached Appendix C",
    ],
)
def test_placeholders(raw: str | None) -> None:
    assert is_placeholder(raw)
    assert split_names(raw) == []


@pytest.mark.parametrize("raw", ["Nana Services", "Unknown Territory Travel", "ADECH", "SNOW"])
def test_real_names_are_not_placeholders(raw: str) -> None:
    assert not is_placeholder(raw)


@pytest.mark.parametrize(
    ("raw", "parts"),
    [
        ("H2 Mexico LLC / Viajes Esperanza", ["H2 Mexico LLC", "Viajes Esperanza"]),
        ("H-2 SA de CV, dba H-Visa", ["H-2 SA de CV", "H-Visa"]),
        ("Acme LLC d/b/a Best Jobs", ["Acme LLC", "Best Jobs"]),
        ("Florida East Coast Travel (FLECTS)", ["Florida East Coast Travel", "FLECTS"]),
        ("A way to Explore (Pty) Ltd", ["A way to Explore"]),
        ("Del Al Associates / N/A", ["Del Al Associates"]),
        ("Plain Name", ["Plain Name"]),
    ],
)
def test_split_names(raw: str, parts: list[str]) -> None:
    assert split_names(raw) == parts


def test_normalize_and_numbers() -> None:
    assert normalize("S.N.O.W Work & Travel") == "snow work and travel"
    assert normalize_number(" fr-mx 000101 ") == "FRMX000101"


def test_compact_key_ignores_spaces_and_connectors():
    from registry.names import compact_key, name_key

    assert compact_key(name_key("Del Al & Associates Inc.")) == compact_key(
        name_key("Del Al Associates Inc.")
    )
    assert compact_key(name_key("Peakseason Workforce")) == compact_key(
        name_key("PEAK SEASON WORKFORCE")
    )
    assert compact_key(name_key("Agencia Norte")) != compact_key(name_key("Agencia Sur"))
