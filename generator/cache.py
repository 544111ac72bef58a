"""Per-article results kept between runs, so that a run re-analyses only what changed.

A result is stored under a key made of the stage's name and the content of its inputs
(frozen dataclasses field by field: the article with its whole text, the registry; strings,
numbers and dates by their ``repr``; tuples and dicts item by item), and the whole cache
is tied to the generator's fingerprint (its version and the bytes of its own code, data
and templates), so a result is reused only when the same code saw the same input.

Stages nest, so that a change to ``people.yml`` re-attributes speakers without cleaning
and extracting unchanged articles again::

    def analyse(article, registry, cache):
        def extracted():
            paragraphs = clean_paragraphs(article)
            return paragraphs, extract_quotes(article, paragraphs)
        def attributed():
            paragraphs, spans = cache.memo("extract", (article,), extracted)
            ...
        return cache.memo("analyse", (article, registry), attributed)

Values are pickled. Pickle round-trips frozen dataclasses, dates and tuples exactly with
no codec to keep in step with ``models.py``; the usual objection (unpickling runs code)
does not apply to a git-ignored folder only this generator writes, and the fingerprint
means a value is never read by code other than the code that wrote it. Each value is
pickled (and LZ4-compressed) on its own, so a run unpickles only the results it uses, and
the whole file is an index followed by the values, so a run reads only the values it uses
(see :func:`_write_results`); rendered pages are kept encoded and compressed page by page, with their digest (see
``PAGE_STAGES``), so that a run which reuses a page never decompresses it.

The cache holds the results the last complete run used: results nobody asked for are
dropped when it is saved, so it never grows past one corpus. A save that changes little
writes the change to a delta file beside the whole file (see ``_DELTA_SHARE``), which then
holds at most a quarter more than one corpus.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import datetime as dt
import functools
import gc
import hashlib
import json
import multiprocessing
import operator
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple, NoReturn, TypeVar

import lz4.block

import generator
from generator.write import EncodedPage, FileStat, stat_key

T = TypeVar("T")
I = TypeVar("I")
R = TypeVar("R")

CACHE_DIR = Path(".cache") / "briefing"
_CACHE_FILE = "results.pickle"
_DELTA_FILE = "results.delta.pickle"
_DELTA_SHARE = 4
"""A save writes only what changed since the cache file was last written whole (to a delta
file beside it) while the results it adds and those it dropped weigh less than a
``_DELTA_SHARE``-th of that file: a run that adds one article to 10,000 changes a few
hundred KB of a 100 MB file."""


@functools.cache
def generator_fingerprint() -> str:
    """sha256 over the generator's version and every file of the package, templates included
    (rendered pages are cached too), bytecode left out (it follows the sources)."""
    digest = hashlib.sha256(generator.__version__.encode())
    root = Path(str(resources.files("generator")))
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if path.is_file() and "__pycache__" not in parts:
            digest.update("/".join(parts).encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass
class StageCounts:
    """How many results of one stage were reused and how many computed."""

    reused: int = 0
    computed: int = 0


@dataclass(frozen=True)
class _Entry:
    """A pickled, LZ4-compressed result and the keys of the inner results its computation
    used; for a stage of ``DIGESTED_STAGES``, the digest of the result as an input of keys."""

    value: bytes
    inner: tuple[str, ...]
    digest: str = ""

    @property
    def size(self) -> int:
        return len(self.value)


class _ValueFile:
    """The values of the whole cache file, read where they are asked for: a run that adds
    one article to 10,000 decodes a tenth of the file's 100 MB (reading all of it took a
    twentieth of the run, and as much memory as the rest of the run)."""

    def __init__(self, stream: BinaryIO, start: int):
        self.stream = stream
        self.start = start
        """Where the values start in the file."""

    def read(self, offset: int, size: int) -> bytes:
        if _pread is None:  # (Windows, where no worker process shares the file's position)
            self.stream.seek(self.start + offset)
            data = self.stream.read(size)
        else:
            data = _pread(self.stream.fileno(), size, self.start + offset)
        if len(data) != size:
            raise OSError(f"{self.stream.name} changed while this run read it: run again")
        return data

    def close(self) -> None:
        self.stream.close()


_pread = getattr(os, "pread", None)


class _Filed(NamedTuple):
    """An :class:`_Entry` of the whole cache file, its value left there until asked for."""

    file: _ValueFile
    offset: int
    size: int
    inner: tuple[str, ...]
    digest: str = ""

    @property
    def value(self) -> bytes:
        return self.file.read(self.offset, self.size)


# Tuples up to this length enter a key as their items, not as a digest of their own.
_INLINE_TUPLE = 8


@dataclass
class ResultCache:
    """Results by key, kept in the file at ``path``; see the module docstring."""

    path: Path
    fingerprint: str
    _stored: dict[str, _Entry | _Filed] = field(default_factory=dict)
    _used: dict[str, _Entry | _Filed] = field(default_factory=dict)
    # Keys used by the computations under way, innermost last.
    _computing: list[list[str]] = field(default_factory=list)
    # Digest of each input object seen, by id (the object is kept so the id stays its own):
    # one registry is an input of every article, and its repr is worth computing once.
    _digests: dict[int, tuple[object, str]] = field(default_factory=dict)
    # The same for small tuples, which enter keys as their items (see _part): one story's
    # articles enter the keys of each of its pages.
    _inlined: dict[int, tuple[object, str]] = field(default_factory=dict)
    # The named tuples of named results by name (see _whole_name).
    _wholes: dict[str, tuple[object, ...]] = field(default_factory=dict)
    counts: dict[str, StageCounts] = field(default_factory=dict)
    _base: _Base = field(default_factory=lambda: _Base())  # (a lambda: _Base is defined below)
    """The whole file that the delta file changes."""
    _file: _ValueFile | None = None
    """The whole file's values, which the entries of ``_stored`` from it read."""

    def memo(self, stage: str, inputs: tuple[object, ...], compute: Callable[[], T]) -> T:
        """The result of ``compute()`` for these inputs, from an earlier run when there is one.

        ``inputs`` must be everything ``compute`` depends on, as frozen dataclasses,
        tuples, dicts, strings, numbers and dates (any other value enters by its ``repr``,
        which must then show all its content).
        ``compute`` may call ``memo`` for inner stages; reusing the outer result keeps the
        inner ones, so that they are there when the outer inputs change next.
        """
        return self._memo_keyed(stage, self._key(stage, inputs), compute)

    def _memo_keyed(self, stage: str, key: str, compute: Callable[[], T]) -> T:
        counts = self.counts.setdefault(stage, StageCounts())
        if self._computing:
            self._computing[-1].append(key)
        entry = self._used.get(key) or self._stored.get(key)
        if entry is not None:
            counts.reused += 1
            self._mark_used(key, entry)
            value = self._decoded(stage, entry)
        else:
            self._computing.append([])
            try:
                value = compute()
            finally:
                inner = tuple(self._computing.pop())
            counts.computed += 1
            if stage in PAGE_STAGES:
                value = _encoded_pages(value)  # type: ignore[assignment]
                stored = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)  # compressed page by page
            else:
                # Compressed: held uncompressed, a large site's results would put its run
                # over 1 GB of memory. LZ4 rather than zlib: half the ratio, but eight times
                # faster to compress and ten times to decompress (2 s of a cold run at 10,000
                # articles, 0.4 s of a run that adds one).
                stored = lz4.block.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            self._used[key] = _Entry(stored, inner, self._kept_digest(stage, value))
        if stage in NAMED_STAGES:
            self._name(value, key, NAMED_STAGES[stage])
        return value

    def _kept_digest(self, stage: str, value: Any) -> str:
        """What an entry of ``stage`` keeps of ``value``'s digest (see ``DIGESTED_STAGES``), or
        of its pages' (see ``PAGE_STAGES``)."""
        if stage in DIGESTED_STAGES:
            return self._digest(value)
        if stage in ITEMS_DIGESTED_STAGES:
            return "\n".join(map(self._digest, value))
        if stage in PAGE_STAGES:
            return _page_digests(value)
        return ""

    def _decoded(self, stage: str, entry: _Entry | _Filed) -> Any:
        """The result ``entry`` holds, with its digest (or its items') when the entry keeps one;
        pages by their digests, their bytes left in the entry (see ``PAGE_STAGES``)."""
        if stage in PAGE_STAGES:
            return _kept_pages(entry) if entry.digest else pickle.loads(entry.value)
        value = pickle.loads(lz4.block.decompress(entry.value))
        if entry.digest and stage in ITEMS_DIGESTED_STAGES:
            for item, digest in zip(value, entry.digest.split("\n")):
                self._digests[id(item)] = (item, digest)
        elif entry.digest:
            self._digests[id(value)] = (value, entry.digest)
        return value

    def _name(self, value: object, name: str, depth: int = 2) -> None:
        """Take ``name`` (a result's key, and the path to a part of it) as the digest of
        ``value`` and of its parts ``depth`` levels down (tuples and dataclasses; at the last
        level, a tuple's first item only): the key determines the result, so the name stands
        for the content as well as its repr does, and costs nothing where a repr of every
        statement is most of a run that adds one article."""
        if type(value) is tuple:
            if not value:
                return  # () is one object, shared by every empty tuple
            fields = None
        else:
            fields = _fields(type(value))
            if fields is None:
                return  # neither a tuple nor a dataclass
        self._digests[id(value)] = (value, "=" + name)
        if not depth:
            return
        if fields is None:
            self._wholes["=" + name] = value  # type: ignore[assignment]
        parts = value if fields is None else [getattr(value, f) for f in fields]
        if depth > 1:
            for number, part in enumerate(parts):  # type: ignore[arg-type]
                self._name(part, f"{name}/{number}", depth - 1)
            return
        # The last level: of a tuple, its first item alone, by which a copy of the tuple is
        # known (see _whole_name). Its other items enter keys with their tuple: naming each
        # statement and paragraph of a run's analyses took a tenth of a run that adds one
        # article to 10,000.
        digests = self._digests
        for number, part in enumerate(parts[:1] if fields is None else parts):  # type: ignore[index]
            kind = type(part)
            if part if kind is tuple else _fields(kind) is not None:
                digests[id(part)] = (part, f"={name}/{number}")

    def _map_apart(self, items: Sequence[I], compute: Callable[[I, Memo], R], processes: int,
                   first_key: Callable[[int], tuple[str, str] | None] | None = None) -> Iterator[R]:
        """``first_key(i)``: the first key of ``items[i]`` (see :meth:`_value`), for
        ``compute`` that calls ``memo`` first; the worker then takes the key from here."""
        global _APART
        assert _APART is None, "map_apart does not nest"
        _APART = (self, items, compute)
        # Many chunks a process, so that the workers finish together: items differ in cost
        # (a story's comparison against an article's page), and a worker left alone with the
        # last large chunk leaves the other core idle. The last chunk a process is cut finer
        # still: the workers then end within a fraction of a chunk of each other.
        size = -(-len(items) // (processes * _CHUNKS_PER_PROCESS))
        tail = max(0, len(items) - processes * size)
        starts = [*range(0, tail, size), *range(tail, len(items), -(-size // _TAIL_CUT))]
        chunks = [range(start, end) for start, end in zip(starts, [*starts[1:], len(items)])]
        # The workers share this process's memory until they write to it; a collection of
        # the old generations writes to every object, copying the whole heap per worker.
        frozen = gc.get_freeze_count()  # a caller may have frozen what it keeps
        gc.freeze()
        try:
            with multiprocessing.get_context("fork").Pool(processes) as pool:
                # A chunk goes with the first keys of its items, taken here while the workers
                # compute the chunks handed over before it (a key costs about what it takes to
                # render a small page: taking them all first would leave the workers idle).
                submitted = []
                for chunk in chunks:
                    firsts = None if first_key is None else list(map(first_key, chunk))
                    submitted.append((firsts, pool.apply_async(_compute_chunk, (chunk, firsts))))
                for firsts, result in submitted:
                    values, digests, used, counts = result.get()
                    for key, entry in used.items():
                        self._mark_used(key, entry or self._used.get(key) or self._stored[key])
                    # A value the worker named or digested keeps its name or digest here (its
                    # pickled copy is a new object): an article read there is digested once.
                    for value, digest in zip(values, digests):
                        if digest and digest.startswith("="):
                            self._name(value, digest[1:])
                        elif digest:
                            self._digests[id(value)] = (value, digest)
                    if firsts is not None:
                        values = [self._from_entry(*first) if value is _FromEntry else value  # type: ignore[misc]
                                  for value, first in zip(values, firsts)]
                    for stage, count in counts.items():
                        mine = self.counts.setdefault(stage, StageCounts())
                        mine.reused += count.reused
                        mine.computed += count.computed
                    yield from values
        finally:
            _APART = None
            if not frozen:
                gc.unfreeze()

    def _from_entry(self, stage: str, key: str) -> Any:
        """The result of ``key``, which a worker computed or reused, from its entry."""
        value = self._decoded(stage, self._used[key])
        if stage in NAMED_STAGES:
            self._name(value, key, NAMED_STAGES[stage])
        return value

    def _first_key(self, item: I, compute: Callable[[I, Memo], object]) -> tuple[str, str] | None:
        """The stage and key of the first ``memo`` call of ``compute(item, memo)`` (the call
        is stopped there), None when it makes none."""

        def probe(stage: str, inputs: tuple[object, ...], _: Callable[[], object]) -> NoReturn:
            raise _Probed(stage, self._key(stage, inputs))

        try:
            compute(item, probe)
        except _Probed as probed:
            return probed.stage, probed.key
        return None

    def _holds(self, first: tuple[str, str] | None) -> bool:
        return first is not None and (first[1] in self._used or first[1] in self._stored)

    def _value(self, item: I, compute: Callable[[I, Memo], R], first: tuple[str, str] | None) -> R:
        """``compute(item, memo)`` where ``compute`` returns its first ``memo`` call's value
        (``first``, from :meth:`_first_key`): when the cache holds it, taken from there
        without calling ``compute`` (whose inputs are worth building once, not twice);
        else computed, the key not digested again."""
        if self._holds(first):
            stage, key = first  # type: ignore[misc]
            return self._memo_keyed(stage, key, _never)
        pending = [first[1]] if first else []

        def memo(stage: str, inputs: tuple[object, ...], inner: Callable[[], T]) -> T:
            return self._memo_keyed(stage, pending.pop(), inner) if pending else self.memo(stage, inputs, inner)

        return compute(item, memo)

    def _key(self, stage: str, inputs: tuple[object, ...]) -> str:
        # The inputs as parts (see _part), hashed once: a digest of each would cost a hash
        # an input, of which a run that adds one article to 10,000 has 200,000.
        return hashlib.sha256("\0".join([stage, *map(self._part, inputs)]).encode("utf-8", "surrogatepass")).hexdigest()

    def _digest(self, value: object) -> str:
        known = self._digests.get(id(value))
        if known is None:
            if type(value) is tuple and (whole := self._whole_name(value)):  # type: ignore[arg-type]
                self._digests[id(value)] = (value, whole)
                return whole
            if type(value) is tuple:
                # From its items' digests, each computed once per object: one story's
                # articles are an input of several stages, each article of several stories'.
                text = "tuple\0" + self._items(value)  # type: ignore[arg-type]
            elif type(value) is dict:
                text = "dict\0" + "\0".join(f"{k!r}\0{self._part(v)}" for k, v in value.items())  # type: ignore[attr-defined]
            elif (fields := _fields(type(value))) is not None:
                # From its fields, as a tuple's from its items: a dataclass's repr is Python
                # code a field, and a dataclass field is digested once per object here.
                text = type(value).__qualname__ + "\0" + self._items([getattr(value, f) for f in fields])
            else:
                text = repr(value)
            known = (value, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
            self._digests[id(value)] = known
        return known[1]

    def _items(self, items: Sequence[object]) -> str:
        part = self._part
        # Strings, most of the items, without a call each.
        return "\0".join([repr(item) if type(item) is str else part(item) for item in items])

    def _part(self, item: object) -> str:
        """An input, or an item of a tuple, dict or dataclass, as it enters a key: plain
        values as their repr, small tuples as their items, anything else as its digest
        (computed once per object, see _digest) or its name (see _name). Small tuples go in
        as their items because remembering a digest for each string, or for each of the
        hundreds of thousands of small tuples a large site's page keys hold, would cost more
        than it saves."""
        # The commonest kinds first, and a named object's digest looked up here: this runs
        # about a million times in a run that adds one article to 10,000.
        kind = type(item)
        if kind is str:
            return repr(item)
        if kind is tuple and len(item) <= _INLINE_TUPLE:  # type: ignore[arg-type]
            known = self._inlined.get(id(item))
            if known is None:
                whole = self._whole_name(item)  # type: ignore[arg-type]
                known = (item, "#" + whole if whole else "(" + self._items(item) + ")")  # type: ignore[arg-type]
                self._inlined[id(item)] = known
            return known[1]
        if item is None or kind in (int, float, bool, dt.date):
            return repr(item)
        known = self._digests.get(id(item))
        return "#" + (known[1] if known is not None else self._digest(item))

    def _whole_name(self, items: tuple[object, ...]) -> str:
        """The name of a named tuple that holds the very objects of ``items``, in order (as
        a new tuple of one article's statements, gathered again from the site's, holds its
        analysis's); empty when there is none. Such a tuple enters a key as one name, not
        as a name an item."""
        first = self._digests.get(id(items[0])) if items else None
        if first is None or not first[1].endswith("/0"):
            return ""
        name = first[1][:-2]
        whole = self._wholes.get(name)
        if whole is None or len(whole) != len(items) or any(map(operator.is_not, whole, items)):
            return ""
        return name

    def _mark_used(self, key: str, entry: _Entry | _Filed) -> None:
        self._used[key] = entry
        for inner in entry.inner:
            inner_entry = self._stored.get(inner)
            if inner_entry is not None and inner not in self._used:
                self._mark_used(inner, inner_entry)

    def save(self, *, prune: bool = True) -> None:
        """Store the results, atomically: with ``prune`` only those this run used, else all
        (a run that failed part-way has not asked for everything it will need). Only the
        change since the whole file was written goes to disk while it is small (see
        ``_DELTA_SHARE``)."""
        keep = self._used if prune else {**self._stored, **self._used}
        if keep.keys() == self._stored.keys():
            return
        base = self._base
        added = {key: entry for key, entry in keep.items() if key not in base.sizes}
        dropped = base.sizes.keys() - keep.keys()
        change = sum(entry.size for entry in added.values()) + sum(map(base.sizes.__getitem__, dropped))
        if base.token and change * _DELTA_SHARE <= base.size:
            # (only results of this run or of the delta file: those of the whole file are in base)
            _write_atomically(self.path.with_name(_DELTA_FILE), functools.partial(
                pickle.dump, {"fingerprint": self.fingerprint, "base": base.token, "added": added,
                              "dropped": sorted(dropped)}, protocol=pickle.HIGHEST_PROTOCOL))
        else:
            # Every value in memory before the file that holds some of them is replaced (and
            # closed: Windows replaces no open file).
            keep = {key: _Entry(entry.value, entry.inner, entry.digest) if isinstance(entry, _Filed) else entry
                    for key, entry in keep.items()}
            self.close()
            self._base = _Base.of(keep)
            _write_atomically(self.path, functools.partial(_write_results, self.fingerprint, self._base.token, keep))
            self.path.with_name(_DELTA_FILE).unlink(missing_ok=True)  # (its base token no longer matches anyway)
        self._stored = dict(keep)

    def close(self) -> None:
        """Close the cache file, whose values this cache reads no more."""
        if self._file is not None:
            self._file.close()
            self._file = None


@dataclass(frozen=True)
class _Base:
    """The cache file as last written whole: a token naming it (from its keys, which
    determine its values) and the size of each value by key."""

    token: str = ""
    sizes: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, results: dict[str, _Entry | _Filed], token: str = "") -> _Base:
        """``token``: the file's, when it has one; else made for ``results``."""
        token = token or hashlib.sha256("\0".join(sorted(results)).encode()).hexdigest()
        return cls(token, {key: entry.size for key, entry in results.items()})

    @functools.cached_property
    def size(self) -> int:
        return sum(self.sizes.values())


def _write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:  # streamed: the file is hundreds of MB at 10,000 articles
            write(out)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


_HEADER_LENGTH_BYTES = 8


def _write_results(fingerprint: str, token: str, results: dict[str, _Entry], out: BinaryIO) -> None:
    """The whole cache file: the length of its header, the header (pickled: the fingerprint,
    the token, where each value is with its inner keys and digest, and the values' size),
    then the values one after another, so that a run reads the header alone (see
    :class:`_ValueFile`)."""
    index = {}
    offset = 0
    for key, entry in results.items():
        index[key] = (offset, entry.size, entry.inner, entry.digest)
        offset += entry.size
    header = pickle.dumps({"fingerprint": fingerprint, "token": token, "index": index, "size": offset},
                          protocol=pickle.HIGHEST_PROTOCOL)
    out.write(len(header).to_bytes(_HEADER_LENGTH_BYTES, "little"))
    out.write(header)
    for entry in results.values():
        out.write(entry.value)


def _read_results(path: Path, fingerprint: str) -> tuple[dict[str, _Filed], str, _ValueFile] | None:
    """The entries of the whole cache file at ``path`` (see :func:`_write_results`) for the
    generator of ``fingerprint``, its token and its values; None when there is none, it is
    another generator's, or it is not whole."""
    try:
        stream = open(path, "rb")
    except FileNotFoundError:
        return None
    try:
        length = int.from_bytes(stream.read(_HEADER_LENGTH_BYTES), "little")
        file_size = os.fstat(stream.fileno()).st_size
        header = pickle.loads(stream.read(length)) if length <= file_size else None
        if (not isinstance(header, dict) or header.get("fingerprint") != fingerprint
                or header["size"] != file_size - _HEADER_LENGTH_BYTES - length):
            stream.close()
            return None
        values = _ValueFile(stream, _HEADER_LENGTH_BYTES + length)
        entries = {key: _Filed(values, *place) for key, place in header["index"].items()}
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError, KeyError,
            IndexError, OverflowError):
        # Written atomically by this module, so only a foreign or damaged file gets here:
        # starting empty costs one full analysis and loses nothing.
        stream.close()
        return None
    return entries, header["token"], values


def _read_pickle(path: Path, fingerprint: str) -> dict | None:
    """The dict a delta file at ``path`` holds for the generator of ``fingerprint``; None when
    there is none, it is another generator's, or it cannot be read."""
    try:
        with open(path, "rb") as stream:
            data = pickle.load(stream)
    except FileNotFoundError:
        return None
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError):
        # Written atomically by this module, so only a foreign or damaged file gets here:
        # starting empty costs one full analysis and loses nothing.
        return None
    if not isinstance(data, dict) or data.get("fingerprint") != fingerprint:
        return None
    return data


NAMED_STAGES = {"analyse": 2, "align": 2, "story analyses": 3}
"""Stages whose results (and their parts, so many levels down) are known in later keys by
their own key instead of their content (see :meth:`ResultCache._name`): an article's
paragraphs and statements are inputs of most pages, a story's utterances of its comparison
page. Only a stage whose result is the sole owner of its parts may be named (a part shared
with another result would be known by two names on two runs), and only one whose key is
its content's (the loader keys an article by its file's stat: an article must be known by
its text, so that a file saved again unchanged is not new input). A story's analyses are
one level deeper than an article's: a story's are known by the story's key whether it was
reused or computed (its articles' own names, given first, are then replaced)."""

DIGESTED_STAGES = frozenset({"article file", "story file", "outlets file", "people file"})
"""Stages whose results are kept with their digest (see :meth:`ResultCache._digest`), taken
again when the result is reused: the loader keys these by the file's stat, so they cannot be
named by their key, and an article's digest otherwise costs a pass over its whole text on
every run."""

ITEMS_DIGESTED_STAGES = frozenset({"story files"})
"""Stages whose results are tuples kept with the digest of each item, for the reason of
``DIGESTED_STAGES`` (a story's articles, read together)."""

PAGE_STAGES = frozenset({"page", "article pages", "briefing pages", "person pages", "outlet pages", "timeline page",
                         "timeline export", "comparison"})
"""Stages of the render stage whose results are pages: a text, or texts by content path.
Each text is kept as the writer's :class:`EncodedPage` (encoded, compressed and hashed once,
where it is rendered), with the digest of each page in the entry, and a reused result is
returned as pages known by those digests: a run that finds most pages unchanged neither
reads their bytes from the cache file, nor decompresses nor hashes them (see
:func:`write_changed`)."""


def _page_digests(pages: EncodedPage | dict[str, EncodedPage | str] | str) -> str:
    """The digest of a page stage's page, or of each of its pages by path (``path\0digest``
    a line); empty when a page is text (it could not be encoded) or there is none."""
    if isinstance(pages, EncodedPage):
        return pages.digest
    if isinstance(pages, str) or not pages or not all(isinstance(page, EncodedPage) for page in pages.values()):
        return ""
    return "\n".join(f"{path}\0{page.digest}" for path, page in pages.items())  # type: ignore[union-attr]


def _kept_pages(entry: _Entry | _Filed) -> EncodedPage | dict[str, EncodedPage]:
    """The pages of a page stage's entry from their digests (see :func:`_page_digests`), each
    reading the entry's bytes (once for all of them) only when the writer asks for its own."""
    whole = functools.cache(lambda: pickle.loads(entry.value))
    if "\0" not in entry.digest:
        return EncodedPage.kept_as(entry.digest, whole)
    pages = {}
    for line in entry.digest.split("\n"):
        path, digest = line.split("\0")
        pages[path] = EncodedPage.kept_as(digest, functools.partial(_page_of, whole, path))
    return pages


def _page_of(pages: Callable[[], dict[str, EncodedPage]], path: str) -> EncodedPage:
    return pages()[path]


def _encoded_pages(value: object) -> object:
    if isinstance(value, str):
        return EncodedPage.of(value)
    assert isinstance(value, dict), f"a page stage returns a text or texts by path, not {type(value).__name__}"
    return {path: EncodedPage.of(text) if isinstance(text, str) else text for path, text in value.items()}


PARALLEL_FROM = 200
"""Items from which :func:`map_apart` runs worker processes (they cost some 50 ms to start)."""

_CHUNKS_PER_PROCESS = 16
"""How finely :func:`map_apart` cuts its items: a chunk costs a message each way."""

_TAIL_CUT = 4
"""Into how many chunks :func:`map_apart` cuts each of the last chunks."""

_WORKER_YOUNG_OBJECTS = 50_000
"""New objects between two collections of the youngest generation in a worker of
:func:`map_apart` (see :func:`_compute_chunk`)."""

# What :meth:`ResultCache._map_apart` hands its forked workers: they inherit it, so neither
# the cache, nor the items, nor the function is pickled.
_APART: tuple[ResultCache, Sequence[Any], Callable[[Any, Memo], Any]] | None = None


def _compute_chunk(indices: range, firsts: list[tuple[str, str] | None] | None) -> tuple[
        list[Any], list[str | None], dict[str, _Entry | None], dict[str, StageCounts]]:
    """In a worker: the values of one chunk (``firsts``: their first keys, when the parent
    took them), the name or digest of each (None when it has neither), the keys it used
    (with the entry when it computed it, None when the parent has it) and its counts."""
    assert _APART is not None, "only map_apart's forked workers call this"
    gc.enable()  # the parent's objects are frozen (see _map_apart): this collects the worker's own
    # A young generation of many objects: at Python's 700, the workers collected thousands of
    # times a stage (a thirtieth of their time); fifty thousand objects are little memory next
    # to what a worker inherits.
    gc.set_threshold(_WORKER_YOUNG_OBJECTS, *gc.get_threshold()[1:])
    parent, items, compute = _APART
    known = collections.ChainMap(parent._used, parent._stored)
    cache = ResultCache(parent.path, parent.fingerprint, known, _digests=parent._digests)  # type: ignore[arg-type]
    if firsts is None:
        values = [compute(items[i], cache.memo) for i in indices]
    else:
        values = [cache._value(items[i], compute, first) for i, first in zip(indices, firsts)]
    used = {key: None if key in known else entry for key, entry in cache._used.items()}
    if firsts is not None:
        # A value that is its first key's result goes as that key alone: the parent decodes
        # it from the entry it gets or has, rather than take every result twice (a quarter
        # of a cold run's bytes between processes, and the pickling of analyses).
        values = [_FromEntry if first is not None and first[1] in cache._used else value
                  for value, first in zip(values, firsts)]
    digests = [cache._digests[id(v)][1] if id(v) in cache._digests else None for v in values]
    return values, digests, used, cache.counts


class _FromEntry:
    """In :func:`_compute_chunk`'s values: the value is its first key's result (the class
    itself is the mark: it keeps its identity through pickling)."""


@functools.cache
def _fields(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass, None for any other type."""
    if dataclasses.is_dataclass(kind):
        return tuple(f.name for f in dataclasses.fields(kind))
    return None


class _Probed(Exception):
    def __init__(self, stage: str, key: str):
        self.stage = stage
        self.key = key


def _never() -> NoReturn:
    raise AssertionError("a result the cache holds was computed again")


def map_apart(memo: Memo, items: Sequence[I], compute: Callable[[I, Memo], R], *,
              memo_first: bool = False) -> Iterator[R]:
    """``compute(item, memo)`` for each item in order, computed in forked worker processes,
    one per core, when ``memo`` is a :class:`ResultCache`'s and there are ``PARALLEL_FROM``
    items or more to compute (else here, one at a time). Each worker has a cache that
    reuses this one's results; what the workers compute and reuse is taken into this cache
    as if done here. An item's value does not depend on the process that computed it, so
    the output is what one process gives.

    ``memo_first``: ``compute`` calls ``memo`` before any work and returns what that call
    returns, so this process can tell cheaply which items the cache holds and take their
    values from it without calling ``compute``; only the others go to the workers.

    Consume the iterator before the next call, outside any ``memo`` computation.
    ``compute`` must not write anywhere: a worker's changes to anything but its results
    are lost.
    """
    cache = getattr(memo, "__self__", None)
    processes = os.cpu_count() or 1
    if (not isinstance(cache, ResultCache) or processes < 2 or len(items) < PARALLEL_FROM
            or "fork" not in multiprocessing.get_all_start_methods()):
        return (compute(item, memo) for item in items)
    if not memo_first:
        return cache._map_apart(items, compute, processes)
    if not cache._stored:
        # A cache that stored nothing (a cold run) holds none of the items: all go to the
        # workers, with their keys taken as they go.
        return cache._map_apart(items, compute, processes, lambda i: cache._first_key(items[i], compute))
    firsts = [cache._first_key(item, compute) for item in items]
    apart = [i for i, first in enumerate(firsts) if not cache._holds(first)]
    if len(apart) < PARALLEL_FROM:
        return (cache._value(item, compute, first) for item, first in zip(items, firsts))
    return _merged(items, compute, cache, firsts, apart,
                   cache._map_apart([items[i] for i in apart], compute, processes, [firsts[i] for i in apart].__getitem__))


def _merged(items: Sequence[I], compute: Callable[[I, Memo], R], cache: ResultCache,
            firsts: list[tuple[str, str] | None], apart: list[int], computed_apart: Iterator[R]) -> Iterator[R]:
    """The values of ``items`` in order: those at the indices ``apart`` from the workers'
    ``computed_apart``, the others from the cache."""
    apart_set = set(apart)
    with contextlib.closing(computed_apart):  # ends the workers, even when abandoned early
        for i, item in enumerate(items):
            yield next(computed_apart) if i in apart_set else cache._value(item, compute, firsts[i])


def load_cache(project: Path) -> ResultCache:
    """The project's cache (``.cache/briefing/`` under ``project``), with the change its delta
    file records; empty when there is none, when the generator changed since it was saved,
    or when it cannot be read (a delta file that cannot be read, or that was written for
    another whole file, is left out)."""
    path = project / CACHE_DIR / _CACHE_FILE
    fingerprint = generator_fingerprint()
    whole = _read_results(path, fingerprint)
    if whole is None:
        return ResultCache(path, fingerprint)
    entries, token, values = whole
    base = _Base.of(entries, token)
    results: dict[str, _Entry | _Filed] = dict(entries)
    delta = _read_pickle(path.with_name(_DELTA_FILE), fingerprint)
    if delta is not None and delta.get("base") == base.token:
        for key in delta["dropped"]:
            results.pop(key, None)
        results.update(delta["added"])
    return ResultCache(path, fingerprint, results, _base=base, _file=values)


@contextmanager
def project_cache(project: Path) -> Iterator[ResultCache]:
    """``load_cache`` for one run, saved when the run ends. A run that fails part-way (bad
    input) saves what it computed and drops nothing: every result stored is a finished one,
    and the next run, once the input is fixed, still needs the others."""
    cache = load_cache(project)
    try:
        try:
            yield cache
        except BaseException:
            cache.save(prune=False)
            raise
        cache.save()
    finally:
        cache.close()



@contextmanager
def collector_paused() -> Iterator[None]:
    """For one run: Python's cycle collector off. A run builds millions of objects (articles,
    statements, cached results) that form no reference cycles and live until it ends; each
    collection walks them again and frees none of them (a second of a run that adds one
    article to 10,000). The collector is on again when the run ends, and in the workers
    of :func:`map_apart`, whose rendering may leave cycles behind."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():
                # The run's objects are still alive here, all counted as new: the first
                # collection once the collector is on would walk every one of them (half a
                # second at 10,000 articles). Moved to the oldest generation, they wait for
                # its collection, which comes as rarely as ever.
                gc.freeze()
                gc.unfreeze()
            gc.enable()


Memo = Callable[[str, tuple[object, ...], Callable[[], Any]], Any]
"""How a stage asks for a result: :meth:`ResultCache.memo`, or :func:`uncached`."""


def uncached(stage: str, inputs: tuple[object, ...], compute: Callable[[], T]) -> T:
    """:meth:`ResultCache.memo`'s signature without a cache, for callers given none."""
    return compute()


# --- a run with nothing to do ------------------------------------------------------------

_LAST_RUN_FILE = "last-run.json"


@dataclass(frozen=True)
class RunStamp:
    """What a run saw, cheap to take: the generator's code with its templates, and the path,
    size, modification time, inode and change time of every file under ``articles/`` and
    ``content/`` (an edit that keeps the size and sets the modification time back still
    changes the change time).

    A run whose stamp equals the one the last complete run left behind would read the same
    input with the same code and find ``content/`` as it left it, so it would write nothing:
    it can stop before reading a single article.
    """

    inputs: str
    outputs: str
    articles: dict[str, os.stat_result] = field(default_factory=dict, compare=False, repr=False)
    """The lstat of everything under ``articles/`` when the stamp was taken, by relative
    POSIX path in sorted order: the loader finds the files and their stats there rather than
    walk the folder again (see :func:`generator.load.load_corpus`)."""
    content: dict[str, os.stat_result] = field(default_factory=dict, compare=False, repr=False)
    """The lstat of everything under ``content/`` when the stamp was taken, by relative POSIX
    path in sorted order: the writer trusts it rather than take each page's again, and the
    stamp of the run's end is made from it (see :func:`output_stamp`)."""


def tree_stats(folder: Path) -> dict[str, os.stat_result]:
    """The lstat of everything under ``folder`` by relative POSIX path, depth first, names
    sorted at each level; empty when ``folder`` is not a folder."""
    return dict(_walk_stats(str(folder), "")) if folder.is_dir() else {}


def _stats_digest(stats: Iterable[tuple[str, FileStat]]) -> str:
    """The digest of (relative path, :func:`stat_key`) pairs, in their order."""
    digest = hashlib.sha256()
    for relative, key in stats:
        # surrogateescape: a file name need not be UTF-8 (the loader reports it; this must not fail)
        digest.update("\0".join((relative, *map(str, key))).encode("utf-8", "surrogateescape") + b"\n")
    return digest.hexdigest()


def _stat_keys(stats: dict[str, os.stat_result]) -> Iterator[tuple[str, FileStat]]:
    return ((relative, stat_key(stat)) for relative, stat in stats.items())


def _walk_stats(folder: str, prefix: str) -> Iterator[tuple[str, os.stat_result]]:
    """(relative POSIX path, lstat) of everything under ``folder``, in sorted order, links
    not followed: ``os.scandir`` gets the stats with the listing, where ``Path.rglob`` and a
    ``stat`` per file take seconds over 10,000 articles and their pages."""
    with os.scandir(folder) as listing:
        entries = sorted(listing, key=lambda entry: entry.name)
    for entry in entries:
        relative = prefix + entry.name
        yield relative, entry.stat(follow_symlinks=False)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_stats(entry.path, relative + "/")


def take_stamp(project: Path) -> RunStamp:
    """The project's :class:`RunStamp` now."""
    articles = tree_stats(project / "articles")
    inputs = hashlib.sha256(f"{generator_fingerprint()}\0{_stats_digest(_stat_keys(articles))}".encode())
    content = tree_stats(project / "content")
    return RunStamp(inputs.hexdigest(), _stats_digest(_stat_keys(content)), articles, content)


def output_stamp(project: Path, before: RunStamp | None = None, touched: Iterable[str] = (),
                 known: Mapping[str, FileStat] | None = None) -> str:
    """The ``outputs`` part of the project's :class:`RunStamp` now (after a run has written:
    its inputs are the ones it read). With ``before``, the stamp the run took before it
    wrote, and ``touched``, every content path it wrote or removed: from ``before``'s stats,
    with those paths and their folders stat'd again, rather than from a walk of all of
    ``content/`` (a file changed behind the run's back then leaves a stamp that the next
    run does not match, which costs that run its shortcut and nothing else). ``known``:
    the :func:`stat_key` of paths the run took once it had written them (the writer's
    :attr:`WriteReport.stats`), not taken again."""
    content = project / "content"
    if before is None:
        return _stats_digest(_stat_keys(tree_stats(content)))
    known = known or {}
    stats = dict(_stat_keys(before.content))
    again = {"/".join(parts[:end]) for parts in (path.split("/") for path in touched) for end in range(1, len(parts) + 1)}
    for path in again:
        if path in known:
            stats[path] = known[path]
            continue
        try:
            stats[path] = stat_key(os.lstat(os.path.join(content, path)))
        except (FileNotFoundError, NotADirectoryError):
            stats.pop(path, None)
    # The order of the walk: depth first, names sorted at each level.
    return _stats_digest(sorted(stats.items(), key=lambda item: item[0].split("/")))


def last_run(project: Path) -> tuple[RunStamp, dict] | None:
    """The stamp and the facts the last complete run recorded, or None."""
    try:
        data = json.loads((project / CACHE_DIR / _LAST_RUN_FILE).read_text("utf-8"))
        return RunStamp(data["inputs"], data["outputs"]), dict(data["facts"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record_run(project: Path, stamp: RunStamp, facts: dict) -> None:
    """Remember a complete run (atomically: a torn record would only cost a full run)."""
    folder = project / CACHE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    data = json.dumps({"inputs": stamp.inputs, "outputs": stamp.outputs, "facts": facts}, sort_keys=True)
    fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{_LAST_RUN_FILE}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(data)
    os.replace(temp, folder / _LAST_RUN_FILE)
