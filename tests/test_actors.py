from flashpoint.resolve.actors import actor_base


def phrase(parse, text):
    return list(parse(text))


def test_alias_spellings_resolve_to_one_group():
    base = actor_base()
    for alias in ("Kataib Hezbollah", "Kataeb Hezbollah", "Kata'ib Hizballah", "kataeb hezbollah"):
        assert base.group(alias).name == "Kataib Hezbollah"
    assert base.group("Kataib Hezbollah").backer == "IRN"


def test_fuzzy_match_catches_transliteration_but_not_unrelated_names():
    base = actor_base()
    assert base.group("Kataib Hizbullah").name == "Kataib Hezbollah"
    assert base.group("Kataib Hamas") is None


def test_backer_from_the_phrase():
    base = actor_base()
    assert base.backer("Iran-backed militants") == "IRN"
    assert base.backer("militias backed by Russia") == "RUS"
    assert base.backer("Iranian proxies") == "IRN"
    assert base.backer("local militants") is None


def test_state_forces_from_nationality_and_platform(parse):
    base = actor_base()
    a = base.resolve_phrase(phrase(parse, "U.S. warplanes"))
    assert a.name == "Military Forces of the United States" and a.country_code == "USA"
    a = base.resolve_phrase(phrase(parse, "Russian forces"))
    assert a.country_code == "RUS" and a.type == "state forces"


def test_country_as_agent_is_its_forces(parse):
    a = actor_base().resolve_phrase(phrase(parse, "the United States"))
    assert a.name == "Military Forces of the United States"
    assert a.text == "the United States"


def test_class_actor_keeps_sponsor_not_as_nationality(parse):
    a = actor_base().resolve_phrase(phrase(parse, "three Iran-backed militants"))
    assert a.name == "Militants" and a.backer == "IRN"


def test_civilians_and_unknown_gunmen(parse):
    base = actor_base()
    assert base.resolve_phrase(phrase(parse, "villagers")).type == "civilians"
    assert base.resolve_phrase(phrase(parse, "unidentified gunmen")).name == "Unidentified Armed Group"


def test_state_class_without_nationality_uses_report_country(parse):
    a = actor_base().resolve_phrase(phrase(parse, "soldiers"), context_country="MLI")
    assert a.country_code == "MLI" and a.name == "Military Forces of Mali"


def test_not_an_actor(parse):
    assert actor_base().resolve_phrase(phrase(parse, "the weather")) is None
