import importlib.util
import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from copydesk.store import Filters, aggregates, facets, get, parse_bound, parse_pair, query, set_duplicates
from copydesk.store.sqlite import open_indexed

FIXTURE = Path(__file__).parents[1] / "fixtures" / "explore_records.py"


def _fixture():
    spec = importlib.util.spec_from_file_location("explore_records", FIXTURE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def db(tmp_path):
    return _fixture().build_store(tmp_path / "s.db")


def _ids(page):
    return sorted(h.id for h in page.hits)


def test_text_search_ranks_and_marks(db):
    page = query(db, "dockworkers")
    assert _ids(page) == ["strike01", "strike02"] and page.total == 2
    assert "\ue000Dockworkers\ue001" in page.hits[0].snippet
    assert query(db, '" OR "x').total == 0, "operators are quoted, never injected"


def test_filters(db):
    assert _ids(query(db, "", Filters(site="daily.example"))) == ["talks01"]
    assert _ids(query(db, "", Filters(speaker="lena brandt"))) == ["strike01"], "speaker match ignores case"
    assert _ids(query(db, "", Filters(entity="Strasbourg"))) == ["talks01"]
    assert _ids(query(db, "", Filters(event_type="consult"))) == ["talks01"]
    assert _ids(query(db, "", Filters(country_pair=("FR", "DE")))) == ["talks01"], "either direction"
    assert _ids(query(db, "", Filters(country_pair=("DE", "NL")))) == ["strike01"]
    march = Filters(date_from=parse_bound("2025-03-01"), date_to=parse_bound("2025-03-04", end=True))
    assert _ids(query(db, "", march)) == ["strike01", "strike02"]
    assert _ids(query(db, "strike", Filters(unique=True))) == ["hostile01", "strike01"]
    assert query(db, "", Filters(language="xx")).total == 0


def test_browse_lists_newest_first_without_errors(db):
    page = query(db, "", limit=2)
    assert page.total == 4, "the error record never matches"
    assert [h.id for h in page.hits] == ["talks01", "hostile01"]
    assert [h.id for h in query(db, "", limit=2, offset=2).hits] == ["strike02", "strike01"]


def test_time_zones_are_compared_in_utc(tmp_path):
    from copydesk.article import Article
    from copydesk.store import open_writer

    writer = open_writer(tmp_path / "tz.db")
    late = datetime.fromisoformat("2025-03-02T01:00:00+05:00")  # 2025-03-01T20:00 UTC
    writer.write(Article(id="tz", source="tz", text="x", published=late))
    writer.close()
    assert query(tmp_path / "tz.db", "", Filters(date_to=parse_bound("2025-03-01", end=True))).total == 1


def test_facets_and_aggregates(db):
    found = facets(db, "")
    assert {"value": "portnews.example", "count": 1} in found["site"]
    assert found["country_pair"][0] == {"value": "DE-FR", "count": 1}
    assert {"value": "Lena Brandt", "count": 1} in found["speaker"]
    agg = aggregates(db, "")
    assert {"pair": "DE-FR", "month": "2025-04", "events": 1} in agg["pair_timeline"]
    assert {"pair": "DE-FR", "month": "2025-05", "events": 1} in agg["pair_timeline"]
    junk = {row["site"]: row for row in agg["junk_by_site"]}
    assert junk["portnews.example"]["removed"] == 2 and junk["portnews.example"]["lines"] == 5
    assert junk["portnews.example"]["share"] == pytest.approx(0.4)
    assert aggregates(db, "", Filters(site="daily.example"))["speakers"] == [
        {"speaker": "Olaf Berger", "quotes": 1, "articles": 1}]


def test_parse_helpers():
    assert parse_pair("fr-de") == ("DE", "FR")
    assert parse_pair(None) is None
    with pytest.raises(ValueError):
        parse_pair("DE")
    with pytest.raises(ValueError):
        parse_bound("yesterday")
    assert parse_bound("2025-03-04", end=True).hour == 23


def test_rewriting_a_record_replaces_its_side_rows(db):
    from copydesk.store import open_writer

    article = _fixture().records()[0]
    writer = open_writer(db, resume=True)
    writer.write(article)
    writer.close()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM quotes WHERE speaker = 'Lena Brandt'").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM entities e LEFT JOIN articles a ON a.rowid = e.article "
                        "WHERE a.rowid IS NULL").fetchone()[0] == 0, "no orphan side rows"


def test_old_store_is_back_filled(db):
    conn = sqlite3.connect(db)
    for table in ("article_meta", "entities", "quotes", "events"):
        conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()
    open_indexed(db).close()
    assert _ids(query(db, "", Filters(speaker="Olaf Berger"))) == ["talks01"]


def test_odd_annotations_do_not_break_writing(tmp_path):
    from copydesk.article import Article
    from copydesk.store import open_writer

    writer = open_writer(tmp_path / "odd.db")
    writer.write(Article(id="odd", source="odd", text="t",
                         entities=[None, {"text": 5}, {"canonical": ["x"]}],
                         quotes=["x", {"speaker": {"text": "Ann"}}],
                         events=[{"source": "DE", "target": None}]))
    writer.close()
    assert _ids(query(tmp_path / "odd.db", "", Filters(speaker="Ann"))) == ["odd"]


def test_set_duplicates_updates_column_and_record(db):
    set_duplicates(db, {"strike01": "strike02"})
    assert get(db, "strike01").duplicate_of == "strike02"
    assert get(db, "strike02").duplicate_of is None
    raw = sqlite3.connect(db).execute("SELECT record FROM articles WHERE id = 'strike02'").fetchone()[0]
    assert json.loads(raw)["duplicate_of"] is None
