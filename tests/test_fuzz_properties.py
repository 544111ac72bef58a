"""Properties of the loader and the renderer on any input (the extractor's are in
test_statements_properties.py):

- the loader, on any bytes, returns an article or raises InputError whose every problem
  names the file and a line within it — no other exception;
- any front matter value an editor can type comes back as typed (whitespace folded);
- any text put through the ``md`` filter renders, with the site's Markdown extensions, to
  that text and no element; through the ``html`` filter, to that text inside an HTML block;
- a page's front matter reads back as its (escaped) title.
"""

from __future__ import annotations

import html
import html.parser
import tempfile
from pathlib import Path

import markdown
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import InputError
from generator.load import parse_yaml, read_article, split_front_matter
from generator.render.environment import escape_html, escape_markdown, front_matter, shown_text

ROOT = Path(__file__).resolve().parent.parent
PROPERTY = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that reach the parser's edges: flow and block collections, anchors, tags, scalars
# of every style, document markers, dates, and characters YAML refuses.
YAML_PIECES = st.sampled_from([
    "[", "]", "{", "}", ": ", ":", "- ", "? ", ", ", "&a ", "*a", "!!python/object:os.system ", "!!str ", "!ENV ",
    "'", '"', "\\", "|", ">", "# c", "\n", "\n  ", "\t", "---", "...", "%YAML 1.1\n", "title", "outlet", "published",
    "2022-13-45", "2022-04-06", "1e999", "~", "null", "yes", "<<: ", "\x07", "\ufeff", "\u2028", "\x85", "é",
])
YAML_TEXT = st.one_of(st.text(), st.lists(YAML_PIECES | st.text(max_size=4), max_size=40).map("".join))
FRONT_MATTER_LINES = ["title: A headline", "outlet: infobae", "url: https://example.org/a", "published: 2022-04-06",
                      "language: en"]
FILE_BYTES = st.one_of(
    st.binary(max_size=300),
    st.tuples(st.permutations(FRONT_MATTER_LINES), YAML_TEXT, st.binary(max_size=40), st.text(max_size=80)).map(
        lambda t: ("---\n" + "\n".join(t[0]) + "\n" + t[1] + "\n---\n").encode("utf-8") + t[2] + t[3].encode("utf-8")
    ),
)
# Text an editor can type (surrogates cannot be saved as UTF-8).
TYPED = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1).filter(lambda s: s.strip())
# ...as a YAML value: YAML reads NEL, LS and PS as line breaks, which PyYAML's dumper writes raw.
TYPED_IN_YAML = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x85\u2028\u2029"),
                        min_size=1).filter(lambda s: s.strip())


def _markdown_extensions() -> list:
    """The Markdown extensions and their options as mkdocs.yml lists them."""
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=Loader)
    return config["markdown_extensions"]


EXTENSIONS = _markdown_extensions()


def render_markdown(source: str) -> str:
    names = [e if isinstance(e, str) else next(iter(e)) for e in EXTENSIONS]
    configs = {next(iter(e)): next(iter(e.values())) for e in EXTENSIONS if isinstance(e, dict)}
    return markdown.markdown(source, extensions=names, extension_configs=configs)


class Shown(html.parser.HTMLParser):
    """The elements and the text of an HTML fragment."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text = ""
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text += data


def _located_in(error: InputError, shown: str, lines: int) -> None:
    assert error.problems
    for problem in error.problems:
        assert problem.where.path == shown
        assert 1 <= problem.where.line <= lines + 1, problem  # a line of the file, or its end
        assert problem.what and problem.fix, problem


@PROPERTY
@given(text=YAML_TEXT)
def test_yaml_is_data_or_a_located_error(text):
    try:
        parse_yaml(text, "f.yml")
    except InputError as error:
        breaks = sum(text.count(c) for c in ("\n", "\r", "\x85", "\u2028", "\u2029"))  # YAML's line breaks
        _located_in(error, "f.yml", breaks + 1)


@PROPERTY
@given(data=FILE_BYTES)
def test_any_article_file_is_an_article_or_located_errors(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.md"
        path.write_bytes(data)
        try:
            article = read_article(path, "articles/s/a.md", "s", None)
        except InputError as error:
            _located_in(error, "articles/s/a.md", data.count(b"\n") + data.count(b"\r") + 1)
        else:
            assert article.body.strip()
            assert article.title == " ".join(article.title.split())


@PROPERTY
@given(title=TYPED_IN_YAML, standfirst=TYPED_IN_YAML, author=TYPED_IN_YAML, body=TYPED)
def test_front_matter_values_come_back_as_typed(title, standfirst, author, body):
    meta = {"title": title, "standfirst": standfirst, "author": author, "outlet": "infobae",
            "url": "https://example.org/a", "published": "2022-04-06", "language": "en"}
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.md"
        path.write_bytes(text.encode("utf-8"))
        try:
            article = read_article(path, "a.md", "s", None)
        except InputError as error:
            # What the loader may refuse: text a UTF-8 file cannot carry as typed, and a body
            # with nothing in it.
            assert all("NUL" in p.what or "no text" in p.what for p in error.problems), error
            return
    assert article.title == " ".join(title.split())
    assert article.standfirst == " ".join(standfirst.split())
    assert article.author == author
    assert article.text[article.body_start :] == body.replace("\r\n", "\n").replace("\r", "\n")


@PROPERTY
@given(text=st.one_of(TYPED, st.lists(st.sampled_from([
    "<script>", "</p>", "&amp;", "&#60;", "{{ x }}", "{% if %}", "{: onclick=x }", "[a](javascript:x)", "![i](x)",
    "*", "**", "_", "`", "``", "~~", "==", "^^", "|", "\\", "# ", "> ", "- ", "+ ", "1. ", "1) ", "!!! note ",
    "??? x ", "    ", "\n", "\n\n", "---", "===", "[TOC]", "<http://x>", "<!-- ", " -->", "  ", "\u202e", "x",
    "--8<-- ", '"', "'", ":", "[^1]", "*[HTML]: ", "\t",
]), min_size=1, max_size=30).map("".join)))
def test_md_filter_renders_as_the_literal_text(text):
    expected = shown_text(text)
    for source, outer in ((escape_markdown(text), ["p"]),
                          (f'<div markdown="block">\n<p class="t" markdown="span">{escape_markdown(text)}</p>\n</div>',
                           ["div", "p"])):
        rendered = Shown(render_markdown(source))
        if not expected:
            continue
        assert rendered.tags == outer, (source, rendered.tags)
        assert rendered.text.strip() == expected, source


@PROPERTY
@given(text=TYPED)
def test_html_filter_is_text_inside_an_html_block(text):
    rendered = Shown(render_markdown(f'<p class="t" title="{escape_html(text)}">{escape_html(text)}</p>'))
    assert rendered.tags == ["p"]
    assert rendered.text == shown_text(text)


@PROPERTY
@given(title=TYPED, tags=st.lists(TYPED, max_size=3))
def test_page_front_matter_reads_back_as_the_escaped_title(title, tags):
    page = front_matter(title, tuple(tags)) + "\n# body\n"
    yaml_text, _, _ = split_front_matter(page)
    data = yaml.safe_load(yaml_text)
    shown = html.escape(shown_text(title.replace("<", "‹").replace(">", "›")), quote=False)
    assert data["title"] == shown
    assert data.get("tags", []) == [html.escape(shown_text(t), quote=False) for t in tags]
