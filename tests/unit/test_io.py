"""Loading articles and the errors users see."""
import json

import pytest

from consistency.io import as_articles, load_articles
from consistency.types import InputError


def test_folder_of_text_files(tmp_path):
    (tmp_path / "a.txt").write_text("One sentence.", encoding="utf-8")
    (tmp_path / "b.md").write_text("Another sentence.", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    arts = load_articles([tmp_path])
    assert [a.id for a in arts] == ["a", "b"]


def test_jsonl_and_csv_records(tmp_path):
    p = tmp_path / "arts.jsonl"
    p.write_text("\n".join(json.dumps({"id": i, "text": f"Text {i}.", "source": "X"}) for i in ("x", "y")))
    assert [a.id for a in load_articles([p])] == ["x", "y"]
    c = tmp_path / "arts.csv"
    c.write_text('id,text,date\n1,"First, text.",2024-01-01\n2,Second.,\n', encoding="utf-8")
    arts = load_articles([c])
    assert arts[0].text == "First, text." and arts[0].metadata == {"date": "2024-01-01"}


def test_html_page_is_reduced_to_its_text(tmp_path):
    body = "<p>" + "The council approved the budget on Monday after a long debate. " * 5 + "</p>"
    p = tmp_path / "page.html"
    p.write_text(f"<html><head><title>Budget passes</title></head><body><nav>Home | News</nav>"
                 f"<article>{body}</article></body></html>", encoding="utf-8")
    art = load_articles([p])[0]
    assert "approved the budget" in art.text and "Home | News" not in art.text


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"   \n", "empty"),
    ("bin.txt", b"\x00\x01\x02abc", "binary"),
    ("latin.txt", "caf\xe9 cr\xe8me".encode("latin-1"), "UTF-8"),
])
def test_bad_files(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError, match=message) as exc:
        load_articles([p])
    assert name in str(exc.value)


def test_missing_path_and_bad_records(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_articles([tmp_path / "nope"])
    p = tmp_path / "r.jsonl"
    p.write_text('{"id": 1}\n')
    with pytest.raises(InputError, match="no 'text'"):
        load_articles([p])
    p.write_text("{not json\n")
    with pytest.raises(InputError, match="invalid JSON"):
        load_articles([p])


def test_strings_get_unique_ids():
    arts = as_articles(["a.", {"id": "x", "text": "b."}, {"id": "x", "text": "c."}])
    assert [a.id for a in arts] == ["article-0", "x", "x-1"]
