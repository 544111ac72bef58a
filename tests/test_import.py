"""`briefing import`: debris out, headline and standfirst found, front matter filled, no overwrite."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from generator.clean import clean_text
from generator.cli import main
from generator.load import load_corpus
from tests.test_load import make_tree

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "tests" / "seeds"  # a copy of ../shared/seeds

# A scrape written for this test, unlike the seeds: other labels, other agencies' credits,
# a different end marker followed by related links.
SCRAPE = """Minister Says Talks Will Resume Next Week

Officials from both sides are expected in Geneva, the foreign minister said on Monday

Share
Copy link
A delegation arrives at the Palais des Nations in Geneva, Switzerland, March 3, 2023. AFP/Fabrice Coffrini
SaveThe foreign minister said on Monday that talks "will resume next week" in Geneva.

"We are ready to listen," she told reporters at a press conference.

(Photo: EFE)

Listen to this article

The talks broke down in February.

Read more:

Talks collapse in February amid recriminations
Minister visits Geneva
"""


def test_clean_removes_debris_it_was_not_written_for() -> None:
    cleaned = clean_text(SCRAPE)
    for debris in ("Share", "Copy link", "AFP/Fabrice", "Save", "(Photo: EFE)", "Listen to this", "Read more",
                   "Talks collapse", "Minister visits"):
        assert debris not in cleaned.replace("Switzerland", ""), debris
    assert cleaned.split("\n\n") == [
        "Minister Says Talks Will Resume Next Week",
        "Officials from both sides are expected in Geneva, the foreign minister said on Monday",
        'The foreign minister said on Monday that talks "will resume next week" in Geneva.',
        '"We are ready to listen," she told reporters at a press conference.',
        "The talks broke down in February.",
    ]


def test_clean_keeps_prose_that_mentions_agencies() -> None:
    text = "Reuters reported the talks. AFP said the Save the Children office was hit.\n\nShare prices fell."
    assert clean_text(text) == text


def import_seed(project: Path, name: str, *extra: str) -> Path:
    args = ["import", str(SEEDS / name), "--story", "story", "--outlet", "infobae", "--project", str(project),
            "--url", "https://example.org/a", "--published", "2022-04-06", *extra]
    assert main(args) == 0
    (written,) = (project / "articles/story").glob("*.md")
    return written


def test_import_seed_drops_debris_listed_in_gold(tmp_path: Path) -> None:
    make_tree(tmp_path, {})
    written = import_seed(tmp_path, "infobae-2022-04-06-china-bucha-facts.txt").read_text("utf-8")
    gold = yaml.safe_load((SEEDS / "seeds-gold.yaml").read_text("utf-8"))
    assert len(gold["infobae-2022-04-06-china-bucha-facts.txt"]["debris"]) == 3
    for debris in ("Guardar", "SENSITIVE MATERIAL", "TPX IMAGES OF THE DAY", "REUTERS/", "Keep reading"):
        assert debris not in written
    meta = yaml.safe_load(written.split("---")[1])
    assert meta["title"] == gold["infobae-2022-04-06-china-bucha-facts.txt"]["title"]
    assert meta["standfirst"].startswith("The regime of Xi Jinping")
    assert meta["published"] == dt.date(2022, 4, 6)
    body = written.split("---\n", 2)[2]
    assert body.startswith("China said Wednesday that “any accusation")
    assert body.rstrip().endswith("Beijing has also insisted on promoting dialogue and peace talks.")


def test_import_glued_label_and_given_title(tmp_path: Path) -> None:
    make_tree(tmp_path, {})
    text = import_seed(tmp_path, "ukranews-2022-04-06-china-envoy-peace.txt", "--title",
                       "Envoy: China's only Ukraine desire is peace", "--via", "xinhua").read_text("utf-8")
    assert "Guardar" not in text
    assert "\n---\nChina's ambassador to the United Nations on Tuesday" in text
    assert "via: ['xinhua']" in text


def test_import_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_tree(tmp_path, {})
    written = import_seed(tmp_path, "infobae-2022-04-06-china-bucha-facts.txt")
    before = written.read_bytes()
    code = main(["import", str(SEEDS / "infobae-2022-04-06-china-bucha-facts.txt"), "--story", "story",
                 "--outlet", "infobae", "--project", str(tmp_path), "--url", "https://example.org/b",
                 "--published", "2022-04-06"])
    assert code == 2
    assert "exists already — the import never overwrites" in capsys.readouterr().err
    assert written.read_bytes() == before
    assert [p.name for p in written.parent.iterdir() if p.name.startswith(".")] == []


def test_import_html_page_fills_front_matter(tmp_path: Path) -> None:
    make_tree(tmp_path, {})
    page = tmp_path / "saved.html"
    page.write_text("""<!doctype html><html><head><title>Site | Talks resume</title>
<meta property="og:title" content="Talks resume in Geneva">
<meta property="og:url" content="https://example.org/talks">
<meta property="article:published_time" content="2023-03-06T10:00:00Z">
<script>var x = "<p>not text</p>";</script></head><body><nav>Home News</nav>
<article><h1>Talks resume in Geneva</h1><p>&ldquo;We are ready,&rdquo; she said.</p>
<figure><img src="x.jpg"><figcaption>Delegates. AFP/Someone</figcaption></figure>
<p>Talks broke down in <b>February</b>.</p><button>Share</button></article>
<footer>Copyright</footer></body></html>""", encoding="utf-8")
    assert main(["import", str(page), "--story", "story", "--outlet", "infobae", "--project", str(tmp_path)]) == 0
    (written,) = (tmp_path / "articles/story").glob("*.md")
    assert written.name == "2023-03-06-infobae-talks-resume-in-geneva.md"
    text = written.read_text("utf-8")
    assert text.split("---\n", 2)[2] == "“We are ready,” she said.\n\nTalks broke down in February.\n"
    (loaded,) = load_corpus(tmp_path / "articles").articles
    assert loaded.url == "https://example.org/talks" and loaded.title == "Talks resume in Geneva"


def test_import_asks_for_what_it_cannot_find(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_tree(tmp_path, {})
    raw = tmp_path / "raw.txt"
    raw.write_text("He said it was fine and that everyone agreed with the plan.\n\nMore text follows here.\n")
    assert main(["import", str(raw), "--story", "story", "--outlet", "infobae", "--project", str(tmp_path),
                 "--url", "https://example.org/x"]) == 2
    assert "no headline found — pass it with --title" in capsys.readouterr().err


def test_import_of_the_repository_seeds_is_what_articles_holds(tmp_path: Path) -> None:
    """The committed seed articles are exactly what the import command makes of the seeds."""
    make_tree(tmp_path, {})
    for committed in sorted((REPO / "articles/china-bucha-2022").glob("*.md")):
        meta = yaml.safe_load(committed.read_text("utf-8").split("---")[1])
        seed = next(SEEDS.glob(f"{meta['outlet']}-*.txt"))
        args = ["import", str(seed), "--story", "story", "--outlet", meta["outlet"], "--project", str(tmp_path),
                "--url", meta["url"], "--published", str(meta["published"])]
        if meta["outlet"] == "ukranews":
            args += ["--title", meta["title"], "--via", "xinhua"]
        assert main(args) == 0
        assert (tmp_path / "articles/story" / committed.name).read_bytes() == committed.read_bytes()
