"""The knowledge files' reader: entry by entry, one error line per bad entry, the user's directory."""
from flashpoint import knowledge


def collect(text):
    errors = []
    entries = list(knowledge.parse_entries(text, "mine.yaml", errors.append))
    return entries, errors


def test_entries_over_several_lines_keep_their_first_line_number():
    entries, errors = collect("# comment\n\n- {name: A,\n   aliases: [B]}\n- {name: C}\n")
    assert not errors
    assert [(e.fields["name"], e.line) for e in entries] == [("A", 3), ("C", 5)]
    assert entries[0].fields["aliases"] == ["B"]


def test_each_bad_entry_is_one_error_and_the_rest_loads():
    entries, errors = collect("- {name: A}\n- {name: B\n- just text\nname: D\n- {name: E}\n")
    assert [e.fields["name"] for e in entries] == ["A", "E"]
    assert [e.line for e in errors] == [2, 3, 4]
    assert all(str(e).startswith(f"mine.yaml:{e.line}: entry skipped") for e in errors)
    assert all("\n" not in str(e) for e in errors)


def test_unreadable_file_is_one_error(tmp_path):
    errors = []
    assert list(knowledge.read_user_entries(str(tmp_path / "missing.yaml"), errors.append)) == []
    assert len(errors) == 1 and "missing.yaml" in str(errors[0])


def test_config_directory_from_the_environment(tmp_path, monkeypatch):
    (tmp_path / "places.yaml").write_text("- {name: X}\n", encoding="utf-8")
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "mine.yaml").write_text("- {name: Y}\n", encoding="utf-8")
    (tmp_path / "actors" / "notes.txt").write_text("not read", encoding="utf-8")
    monkeypatch.setenv("FLASHPOINT_DATA", str(tmp_path))
    assert knowledge.config_dir() == tmp_path
    assert knowledge.user_files("places") == [str(tmp_path / "places.yaml")]
    assert knowledge.user_files("actors") == [str(tmp_path / "actors" / "mine.yaml")]


def test_explicit_files_come_after_the_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("FLASHPOINT_DATA", str(tmp_path / "nothing"))
    try:
        knowledge.add_user_file("places", "a.yaml")
        knowledge.add_user_file("places", "a.yaml")
        assert knowledge.user_files("places") == ["a.yaml"]
    finally:
        knowledge.clear_user_files()
