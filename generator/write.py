"""Write stage: put the rendered pages into ``content/``, touching only what changed.

The writer is the only code that touches ``content/``. It keeps a manifest,
``content/.briefing-manifest.json``, of the files it wrote and the sha256 of their bytes,
and from it decides what it owns:

- a page is written only when its bytes differ from the file on disk;
- a file is overwritten or removed only when the writer owns it: it is in the manifest and
  its bytes are still the ones the writer wrote. Anything else (a hand-written page, a
  generated page edited by hand since) is a conflict: the run stops before writing
  anything and names every such file, unless ``force`` takes them over;
- a file whose bytes already equal the page is adopted whatever the manifest says.

Every file is written to a temporary name in its own directory and renamed over the
target, so a reader never sees half a page. A build writes those temporary files while the
render stage runs (see :class:`PageWriter`) and renames them once every page has passed the
checks above. A run that changes anything writes the
manifest twice: before the first rename it records, as ``pending``, the hash each changed file is about to get; after
the last removal it records the result. A run killed in between therefore leaves every
file either as it was or as the run meant it to be, and the manifest owns both states, so
the next run finishes the job instead of mistaking the half-done pages for hand edits.

Reading back every page to hash it is most of a run's disk time on a large site, so the
writer may keep a record of the files it left (``stat_record``, outside ``content/``): the
size, modification time, inode and change time each had with its sha256. A file whose stat
still equals its record is taken to hold the recorded bytes without being read; any write to
it, by hand or by a tool, changes its change time (which nobody can set back), so an edited
file is always read and hashed.

These guarantees hold when the process dies (an exception, Ctrl-C, ``kill -9``). Pages are
not fsynced (that would cost a disk flush per page): after a power cut, a page may hold
bytes neither run wrote, and the next run reports it as a conflict rather than guess;
``--force`` regenerates it.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import hashlib
import json
import os
import posixpath
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from stat import S_ISDIR, S_ISREG

import lz4.block

from generator.errors import UnsafeOutput, WriteConflict

MANIFEST_NAME = ".briefing-manifest.json"
_MANIFEST_FORMAT = 1
# Temporary files are dot-files (MkDocs ignores those) with a suffix no page can have, so
# that a run can recognise and clear what a killed run left behind.
_TEMP_SUFFIX = ".briefing-tmp"
WRITTEN_APART_FROM = 1 << 20
"""Bytes from which :class:`PageWriter` writes a page in its writing thread."""
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class WriteReport:
    """What one run of :func:`write_changed` did, paths content-relative and sorted.

    ``written`` were created or changed; ``unchanged`` already had the right bytes;
    ``removed`` were generated earlier and are no longer produced; ``taken_over`` are the
    conflicts ``force`` overwrote or removed; ``notes`` say what the writer recovered from.
    """

    written: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    taken_over: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    cleared: tuple[str, ...] = ()
    """Temporary files an interrupted run left, removed (each also in ``notes``)."""
    stats: dict[str, FileStat] = field(default_factory=dict, compare=False, repr=False)
    """The stat of written files as the writer took it once each was in place: the run's
    output stamp is made of these rather than of a stat of each file again."""

    @property
    def touched(self) -> tuple[str, ...]:
        """Every path in the folder that the run changed, the manifest included."""
        return (*self.written, *self.removed, *self.cleared, MANIFEST_NAME)

    def summary(self) -> str:
        """One line for a person: ``pages: 3 written, 120 unchanged, 1 removed``."""
        return f"pages: {self.counts()}"

    def counts(self) -> str:
        """``3 written, 120 unchanged, 1 removed`` (and what ``force`` took over)."""
        parts = [f"{len(self.written)} written", f"{len(self.unchanged)} unchanged", f"{len(self.removed)} removed"]
        if self.taken_over:
            parts.append(f"{len(self.taken_over)} taken over (--force)")
        return ", ".join(parts)


@dataclass(frozen=True)
class _Manifest:
    """The manifest's content: what the writer owns, by path, as sha256 of the bytes."""

    files: dict[str, str]
    pending: dict[str, str]

    def owns(self, path: str, digest: str) -> bool:
        return digest in (self.files.get(path), self.pending.get(path))

    def to_bytes(self) -> bytes:
        """What ``json.dumps(..., indent=2, ensure_ascii=False)`` gives, made by the C string
        encoder (``indent`` falls back to pure Python: a tenth of a second a write at
        10,000 articles)."""
        parts = [f'{{\n  "format": {_MANIFEST_FORMAT},\n  "files": {_json_object(self.files)}']
        if self.pending:
            parts.append(f',\n  "pending": {_json_object(self.pending)}')
        parts.append("\n}\n")
        return "".join(parts).encode("utf-8")


def _json_object(strings: dict[str, str]) -> str:
    """``strings`` sorted by key, as an object indented by two spaces at the second level."""
    if not strings:
        return "{}"
    quote = json.encoder.encode_basestring  # type: ignore[attr-defined]
    lines = ",\n".join(f"    {quote(key)}: {quote(value)}" for key, value in sorted(strings.items()))
    return "{\n" + lines + "\n  }"


@dataclass(frozen=True)
class EncodedPage:
    """A page as the writer writes it (UTF-8, LF line ends, one trailing newline), kept
    LZ4-compressed with the sha256 of its bytes.

    The render stage's cache keeps pages in this form, so that a run which reuses a page
    neither decompresses nor hashes it: the writer compares the digest with the file's
    recorded one and only decompresses the pages it writes. Compressed because a large
    site's pages are hundreds of MB of text (a quarter of that with LZ4, at 700 MB/s).
    """

    digest: str
    compressed: bytes = field(compare=False, repr=False)
    """The bytes, LZ4-compressed, or (``raw``) as they are (equal pages have equal digests)."""
    raw: bool = field(default=False, compare=False)
    kept: Callable[[], EncodedPage] | None = field(default=None, compare=False, repr=False)
    """Where the page's bytes are when they are not here: the render stage's cache gives a
    page it reuses with its digest alone, and its bytes are read from the cache only if the
    writer writes it (most of a run that adds one article to 10,000 reuses 15,000 pages)."""

    @classmethod
    def kept_as(cls, digest: str, kept: Callable[[], EncodedPage]) -> EncodedPage:
        """A page known by its digest, its bytes those of the page ``kept()`` gives."""
        return cls(digest, b"", kept=kept)

    @classmethod
    def of(cls, text: str) -> EncodedPage | str:
        """``text`` encoded; ``text`` itself when it cannot be written as UTF-8, so that
        :func:`write_changed` reports it with its path."""
        try:
            data = _encode_page("", text)
        except UnsafeOutput:
            return text
        return cls(_digest(data), lz4.block.compress(data))

    @classmethod
    def of_page(cls, path: str, text: str) -> EncodedPage:
        """The page at ``path``, held uncompressed (for a page about to be written)."""
        data = _encode_page(path, text)
        return cls(_digest(data), data, raw=True)

    @classmethod
    def of_data(cls, data: bytes) -> EncodedPage:
        """A page already UTF-8 (made of parts from :func:`encode_text`), held uncompressed,
        with the line ends and trailing newline of :meth:`of_page`: a file of tens of MB
        assembled from parts kept encoded is not decoded and encoded again."""
        if b"\r" in data:  # (never inside a UTF-8 sequence)
            data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        if not data.endswith(b"\n") or data.endswith(b"\n\n"):
            data = data.rstrip(b"\n") + b"\n"
        return cls(_digest(data), data, raw=True)

    def data(self) -> bytes:
        if self.kept is not None:
            return self.kept().data()
        return self.compressed if self.raw else lz4.block.decompress(self.compressed)

    def __reduce__(self) -> tuple[type[EncodedPage], tuple[str, bytes, bool]]:
        # Pickled with its bytes (a page of a worker process, or kept by the cache).
        page = self.kept() if self.kept is not None else self
        return EncodedPage, (page.digest, page.compressed, page.raw)


def write_changed(pages: Mapping[str, str | EncodedPage], content_dir: Path, *, force: bool = False,
                  stat_record: Path | None = None) -> WriteReport:
    """Make ``content_dir`` hold ``pages`` (content-relative POSIX path → Markdown text, or
    the page already encoded).

    Texts are written as UTF-8 with LF line ends and exactly one trailing newline. Files
    the writer did not write are never touched; generated files no longer produced are
    removed. Returns what was done.

    Raises :class:`UnsafeOutput` for a path that leaves ``content_dir`` (``..``, absolute,
    through a symlink), a reserved dot-name, or two pages that would share one file, and
    :class:`WriteConflict`, before anything is written, naming every file that would
    overwrite or delete something the writer does not own (unless ``force``).

    ``stat_record``: a file (outside ``content_dir``) where the writer keeps the stat of each
    file it left, so that the next run need not read unchanged files back (see the module
    docstring).
    """
    encoded = _encoded(pages)
    _check_paths(sorted(encoded), Path(content_dir))
    with PageWriter(content_dir, force=force, stat_record=stat_record) as writer:
        return writer.finish(encoded)


class PageWriter:
    """:func:`write_changed` opened before the pages are all rendered, so that the disk
    works while the render does (writing a cold run's 15,000 pages took a fifth of the
    run at 10,000 articles, one core idle).

    :meth:`stage` takes pages as they are rendered: each one that will be written goes to
    its temporary file beside its target, as :func:`write_changed` writes it, but is not
    renamed into place. :meth:`finish` then does all that :func:`write_changed` does,
    renaming a staged page rather than writing it again: every check is made over all the
    pages before any target changes, and a refusal (a conflict, an unsafe path) leaves
    them as they were. Used as a context manager, the writer holds the folder's lock from
    the first page staged to the last renamed, and removes what it staged but did not
    rename when it closes; a killed run leaves temporary files, which the next run clears.
    """

    def __init__(self, content_dir: Path, *, force: bool = False, stat_record: Path | None = None,
                 stats: Mapping[str, os.stat_result] | None = None):
        self.content_dir = Path(content_dir)
        self.force = force
        self.stat_record = stat_record
        self.stats = stats
        """The lstat of everything in the content folder taken earlier in the run (content-relative
        path -> stat, the run's stamp walks it), used for the files it lists rather than taken
        again, and for those it does not list: they were not there (see :class:`_DiskStates`)."""
        self._staged: dict[str, _Staged] = {}
        self._made: list[Path] = []  # folders made for staged pages, parents first
        self._present: set[str] = set()  # folders made or found for staged pages
        self._safe_folders: dict[str, bool] = {}  # content-relative folder -> no link leads out of content
        # Large pages are written to their temporary files by a thread of their own, while the
        # render goes on: the statement files, 70 MB at 10,000 articles, whose writing (in
        # the kernel, the interpreter's lock released) took a tenth of a run that adds one
        # article and left the other core idle.
        self._apart: concurrent.futures.ThreadPoolExecutor | None = None
        self._writing: dict[str, tuple[str, concurrent.futures.Future[tuple[str, os.stat_result]]]] = {}
        self._lock = contextlib.ExitStack()
        self._cleared: list[str] = []
        self._notes: list[str] = []
        self._manifest = _Manifest({}, {})
        self._disk = _DiskStates({}, None)

    def __enter__(self) -> PageWriter:
        self.content_dir.mkdir(parents=True, exist_ok=True)
        self._lock.enter_context(_exclusive_lock(self.content_dir))
        try:
            self._cleared = _clear_temporaries(self.content_dir)
            self._notes = [f"removed {p}, left by an interrupted run" for p in self._cleared]
            self._manifest, manifest_note = _read_manifest(self.content_dir)
            self._notes += [manifest_note] if manifest_note else []
            self._disk = _DiskStates(_read_stat_record(self.stat_record, self.content_dir) if self.stat_record else {},
                                     self.stats)
        except BaseException:
            self._lock.close()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            self._discard()
        finally:
            self._lock.close()

    def stage(self, pages: Mapping[str, str | EncodedPage]) -> None:
        """Write each of ``pages`` that :meth:`finish` would write to its temporary file.
        A page it would refuse, one on disk already, and one given as text (the render
        stage's cache encodes every page it keeps) are left to :meth:`finish`."""
        for path, page in pages.items():
            if not isinstance(page, EncodedPage) or path in self._staged or path in self._writing or _path_problem(path):
                continue  # (a text is left to finish, which reports one it cannot encode)
            state = self._disk.state(self.content_dir, path)
            if state == page.digest or state == _NOT_A_FILE:
                continue
            if state is not None and not self._manifest.owns(path, state) and not self.force:
                continue  # a conflict: finish reports it
            # (the folder's links checked last: a run that adds one article to 10,000 stages
            # a dozen of its 15,000 pages, and each folder's check resolves it on disk)
            if not self._folder_stays_inside(path):
                continue
            target = os.path.join(self.content_dir, path)  # (no Path: this runs for every page)
            folder = os.path.dirname(target)
            if folder not in self._present:
                self._make_folder(Path(folder))
                self._present.add(folder)
            data = page.data()
            if len(data) < WRITTEN_APART_FROM:
                temp, written = _write_temporary(target, data)
                self._staged[path] = _Staged(temp, page.digest, written)
                continue
            if self._apart is None:
                self._apart = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="briefing-writer")
            self._writing[path] = (page.digest, self._apart.submit(_write_temporary, target, data))

    def _written_apart(self) -> None:
        """The pages the writing thread wrote, staged (raising what it raised, once all are done)."""
        writing, self._writing = self._writing, {}
        concurrent.futures.wait([future for _, future in writing.values()])
        for path, (digest, future) in writing.items():
            if future.exception() is None:
                temp, written = future.result()
                self._staged[path] = _Staged(temp, digest, written)
        for _, future in writing.values():
            future.result()  # (a page it could not write removed its own temporary file)

    def finish(self, pages: Mapping[str, str | EncodedPage]) -> WriteReport:
        """Make the folder hold ``pages``, as :func:`write_changed` does, raising what it raises."""
        self._written_apart()
        encoded = _encoded(pages)
        _check_paths(sorted(encoded), self.content_dir, self.stats or {})
        report = _write_locked(encoded, {path: page.digest for path, page in encoded.items()}, self.content_dir,
                               self._disk, self._manifest, self._notes, self._staged, self._cleared, force=self.force)
        self._made.clear()  # they hold pages now
        if self.stat_record:
            _write_stat_record(self.stat_record, self.content_dir,
                               {path: self._disk.seen[path] for path in pages if path in self._disk.seen})
        return report

    def _folder_stays_inside(self, path: str) -> bool:
        """No symlinked folder leads ``path`` out of the content folder (see :func:`_check_paths`)."""
        folder = posixpath.dirname(path)
        if folder not in self._safe_folders:
            self._safe_folders[folder] = not _links_out(self.content_dir, [path])
        return self._safe_folders[folder]

    def _make_folder(self, folder: Path) -> None:
        missing = []
        while folder != self.content_dir and not folder.is_dir():
            missing.append(folder)
            folder = folder.parent
        for made in reversed(missing):
            made.mkdir()
            self._made.append(made)

    def _discard(self) -> None:
        """Remove the temporary files staged and not renamed, and the folders made for them."""
        with contextlib.suppress(OSError, UnsafeOutput):
            self._written_apart()
        if self._apart is not None:
            self._apart.shutdown()
            self._apart = None
        for staged in self._staged.values():
            with contextlib.suppress(FileNotFoundError):
                os.unlink(staged.temp)
        self._staged.clear()
        for folder in reversed(self._made):
            with contextlib.suppress(OSError):
                folder.rmdir()
        self._made.clear()


@dataclass(frozen=True)
class _Staged:
    """A page written to its temporary file ``temp``: its bytes' sha256 and the file's stat."""

    temp: str
    digest: str
    written: os.stat_result


def _encoded(pages: Mapping[str, str | EncodedPage]) -> dict[str, EncodedPage]:
    # Pages given as text are encoded here, once: with a cache, those are the few data files
    # assembled on every run (the statements, tens of MB at 10,000 articles); the others come
    # encoded.
    return {path: page if isinstance(page, EncodedPage) else EncodedPage.of_page(path, page)
            for path, page in pages.items()}


def _write_locked(pages: Mapping[str, EncodedPage], digests: dict[str, str], content_dir: Path, disk: _DiskStates,
                  manifest: _Manifest, notes: list[str], staged: dict[str, _Staged], cleared: list[str], *,
                  force: bool) -> WriteReport:
    """``staged``: pages already in their temporary files (see :class:`PageWriter`); those
    written are renamed into place and taken out of it. ``cleared``: the temporary files a
    killed run left, which the writer removed."""
    notes = list(notes)
    to_write: list[str] = []
    unchanged: list[str] = []
    to_remove: list[str] = []
    conflicts: list[str] = []
    taken_over: list[str] = []
    # What the writer owns on disk right now, path -> digest: the journal's starting point.
    owned_now: dict[str, str] = {}
    stats: dict[str, FileStat] = {}  # of the files written

    for path in sorted(pages):
        state = disk.state(content_dir, path)
        if state == digests[path]:
            unchanged.append(path)
            owned_now[path] = state
        elif state is None or (state != _NOT_A_FILE and manifest.owns(path, state)):
            to_write.append(path)
            if state is not None:
                owned_now[path] = state
        elif force and state != _NOT_A_FILE:
            to_write.append(path)
            taken_over.append(path)
        else:
            conflicts.append(_overwrite_conflict(path, state))

    stale = sorted((set(manifest.files) | set(manifest.pending)) - set(pages))
    links_out = _links_out(content_dir, stale)
    for path in stale:
        if _path_problem(path) or path in links_out:
            notes.append(f"{MANIFEST_NAME}: ignored {path!r}, a path the writer would never write")
            continue
        state = disk.state(content_dir, path)
        if state is None:
            continue  # already gone (removed by hand or by an interrupted run): nothing to own
        if state != _NOT_A_FILE and manifest.owns(path, state):
            to_remove.append(path)
            owned_now[path] = state
        elif force and state != _NOT_A_FILE:
            to_remove.append(path)
            taken_over.append(path)
        else:
            conflicts.append(_removal_conflict(path, state))

    if conflicts:
        raise WriteConflict(_conflict_message(content_dir, conflicts))

    manifest_path = content_dir / MANIFEST_NAME
    if to_write or to_remove:
        # The journal: before any file changes, the manifest owns both the bytes each file
        # has now and the bytes it is about to get, so a crash at any point is recoverable.
        # Files taken over by force are left out: after a crash they are conflicts again.
        journal = _Manifest(files=owned_now, pending={p: digests[p] for p in to_write})
        _replace_bytes(manifest_path, journal.to_bytes())
        folders: set[Path] = set()  # made or found this run (a mkdir a page cost 0.4 s at 15,000 pages)
        for path in to_write:
            ready = staged.get(path)
            if ready is not None and ready.digest == digests[path]:
                os.replace(ready.temp, os.path.join(content_dir, path))  # (no Path: this runs for every page)
                del staged[path]
                _note_stat(stats, path, disk.wrote(content_dir, path, ready.written, digests[path]))
                continue
            target = content_dir / path
            if target.parent not in folders:
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
            _note_stat(stats, path, disk.wrote(content_dir, path, _replace_bytes(target, pages[path].data()), digests[path]))
        for path in to_remove:
            (content_dir / path).unlink()
            _remove_empty_parents(content_dir / path, content_dir)
    final_bytes = _Manifest(files=digests, pending={}).to_bytes()
    if _read_bytes(manifest_path) != final_bytes:
        _replace_bytes(manifest_path, final_bytes)

    return WriteReport(
        written=tuple(sorted(to_write)),
        unchanged=tuple(unchanged),
        removed=tuple(to_remove),
        taken_over=tuple(sorted(taken_over)),
        notes=tuple(notes),
        cleared=tuple(cleared),
        stats=stats,
    )


def _note_stat(stats: dict[str, FileStat], path: str, stat: FileStat | None) -> None:
    if stat is not None:
        stats[path] = stat


def _encode_page(path: str, text: str) -> bytes:
    """UTF-8, LF line ends, exactly one trailing newline."""
    # Each step copies the text, and most pages need none of them (pages are hundreds of MB
    # at 10,000 articles): they are taken only when they change something.
    normalised = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    if not normalised.endswith("\n") or normalised.endswith("\n\n"):
        normalised = normalised.rstrip("\n") + "\n"
    return encode_text(path, normalised)


def encode_text(path: str, text: str) -> bytes:
    """``text`` as UTF-8, or :class:`UnsafeOutput` naming the page at ``path`` it is for."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise UnsafeOutput(f"{path}: the page text cannot be written as UTF-8 ({exc.reason} at character {exc.start})"
                           " — this is a bug in the render stage, please report it") from None


_FIX_PATH = "page paths are content-relative POSIX paths made by the render stage; this is a bug there, please report it"


def _check_paths(paths: list[str], content_dir: Path, listed: Mapping[str, os.stat_result] | None = None) -> None:
    """Refuse paths that leave ``content_dir`` or that two pages would share. ``listed``: the
    lstat of what the folder held earlier in the run (see :func:`_links_out`)."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    for path in paths:
        why = _path_problem(path)
        if why:
            problems.append(f"{path!r}: {why}")
            continue
        # Two paths that differ only in case or Unicode normalisation are one file on macOS
        # and Windows: the site would differ with the editor's machine.
        folded = unicodedata.normalize("NFC", path).casefold()
        if folded in seen:
            problems.append(f"{path!r}: same file as {seen[folded]!r} on a case-insensitive file system")
        seen[folded] = path
    for folded, path in seen.items():
        parts = folded.split("/")
        clash = next((f for f in ("/".join(parts[:i]) for i in range(1, len(parts))) if f in seen), None)
        if clash:
            problems.append(f"{path!r}: its folder {seen[clash]!r} is also a page")
    for path, link in _links_out(content_dir, paths, listed).items():
        problems.append(f"{path!r}: {link} is a link that leads out of {content_dir}")
    if problems:
        raise UnsafeOutput("the writer refuses these pages:\n" + "\n".join(f"  {p}" for p in problems) + f"\n— {_FIX_PATH}")


# A path every check of _path_problem passes: segments of these characters, none empty
# and none starting with a dot. Most paths are such; the rest are checked one by one.
_PLAIN_PATH = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]*(?:/[A-Za-z0-9_-][A-Za-z0-9._-]*)*")


def _path_problem(path: str) -> str:
    if _PLAIN_PATH.fullmatch(path):
        return ""
    if not path or "\\" in path or "\0" in path:
        return "empty, or holds a backslash or NUL"
    pure = PurePosixPath(path)
    if pure.is_absolute():
        return "is absolute"
    if str(pure) != path:
        return f"is not in normal form (would be {str(pure)!r})"
    if any(part in ("..", ".") for part in pure.parts):
        return "leaves its folder ('..')"
    if any(part.startswith(".") for part in pure.parts):
        return "has a dot-name (reserved for the writer's own files; MkDocs ignores them)"
    return ""


def _links_out(content_dir: Path, paths: Iterable[str], listed: Mapping[str, os.stat_result] | None = None) -> dict[str, Path]:
    """The paths that would leave ``content_dir`` through a symlinked folder, with that folder.
    A folder that ``listed`` (content-relative path -> lstat) shows as a folder, not a link,
    as it does each folder above it, is inside without being resolved: resolving each of a
    large site's 1,300 folders took most of the check."""
    root = content_dir.resolve()
    by_folder: dict[str, Path | None] = {"": None}  # pages share few folders: resolve each once
    found = {}
    for path in paths:
        folder = posixpath.dirname(path)
        if folder not in by_folder:
            if listed and _listed_folder(folder, listed):
                by_folder[folder] = None
            else:
                existing = content_dir / folder
                while existing != content_dir and not (existing.exists() or existing.is_symlink()):
                    existing = existing.parent
                by_folder[folder] = None if existing.resolve().is_relative_to(root) else existing
        if by_folder[folder] is not None:
            found[path] = by_folder[folder]
    return found


def _listed_folder(folder: str, listed: Mapping[str, os.stat_result]) -> bool:
    """Whether ``folder`` and every folder above it are folders in ``listed``, not links."""
    parts = folder.split("/")
    for end in range(1, len(parts) + 1):
        stat = listed.get("/".join(parts[:end]))
        if stat is None or not S_ISDIR(stat.st_mode):
            return False
    return True


_NOT_A_FILE = "not a regular file"


# (size, modification time, inode, change time): what any write to a file changes.
FileStat = tuple[int, int, int, int]


def stat_key(stat: os.stat_result) -> FileStat:
    """The parts of a file's stat that tell whether it changed (the writer's record, the
    loader's cache keys, the run's stamp)."""
    return stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns


class _DiskStates:
    """:func:`_disk_state`, trusting ``known`` (path -> (stat, sha256)) for a regular file
    whose stat is unchanged; ``seen`` gathers the stat each regular file had before it was
    read, with its sha256 (a write during the read changes the stat: no harm done)."""

    def __init__(self, known: dict[str, tuple[FileStat, str]], listed: Mapping[str, os.stat_result] | None):
        self.known = known
        self.listed = listed or {}
        """Stats taken earlier in the run (see :attr:`PageWriter.stats`)."""
        self.whole_listing = listed is not None
        """Whether ``listed`` is a walk of the whole folder: a path it lacks was not there."""
        self.seen: dict[str, tuple[FileStat, str]] = {}
        # Each path's state once: the staging writer asks as a page comes, and again at the end.
        self._states: dict[str, str | None] = {}
        self._unlisted_absent: dict[str, bool] = {}  # folder -> what the listing lacks in it was absent

    def state(self, content_dir: Path, path: str) -> str | None:
        if path not in self._states:
            self._states[path] = self._state(content_dir, path)
        return self._states[path]

    def _state(self, content_dir: Path, path: str) -> str | None:
        stat = self.listed.get(path)
        if stat is None and self.whole_listing and self._absent_when_unlisted(posixpath.dirname(path)):
            # Not there when the run began: every page of a cold run, which takes no lstat
            # each (nor the exception of its failure).
            return None
        if stat is None:
            try:
                stat = os.lstat(os.path.join(content_dir, path))  # no Path: this runs for every page
            except FileNotFoundError:
                # Nothing there, and no file in the way of its folder (that fails with
                # NotADirectoryError): every page of a cold run, whose checks one by one took
                # a dozen system calls a page.
                return None
            except OSError:
                stat = None
        if stat is None or not S_ISREG(stat.st_mode):
            return _disk_state(content_dir / path)
        record = self.known.get(path)
        if record is not None and stat_key(stat) == record[0]:
            state = record[1]
        else:
            state = _disk_state(content_dir / path)
        if state is not None and state != _NOT_A_FILE:
            self.seen[path] = (stat_key(stat), state)
        return state

    def _absent_when_unlisted(self, folder: str) -> bool:
        """Whether a path in ``folder`` that the listing lacks was absent when it was taken:
        the folder, or the nearest folder above it that the listing holds, is a folder (a
        link is listed, not walked; a file in the way fails the path)."""
        known = self._unlisted_absent.get(folder)
        if known is None:
            stat = self.listed.get(folder) if folder else None
            if folder and stat is None:
                known = self._absent_when_unlisted(posixpath.dirname(folder))
            else:
                known = stat is None or S_ISDIR(stat.st_mode)  # (no stat: the content folder itself)
            self._unlisted_absent[folder] = known
        return known

    def wrote(self, content_dir: Path, path: str, written: os.stat_result, digest: str) -> FileStat | None:
        """Note the file just renamed into place, when it is still the one written (same
        inode, size and modification time as when its bytes were written): the rename
        changed its change time, so its stat is taken now. Returns that stat, None when
        the file is not the one written."""
        try:
            stat = os.lstat(os.path.join(content_dir, path))
        except OSError:
            return None
        if (stat.st_ino, stat.st_size, stat.st_mtime_ns) != (written.st_ino, written.st_size, written.st_mtime_ns):
            return None
        self.seen[path] = (stat_key(stat), digest)
        return self.seen[path][0]


def _disk_state(path: Path) -> str | None:
    """The sha256 of the file at ``path``, None when nothing is there, or ``_NOT_A_FILE``
    for a folder, a symlink, a file in the way of a folder, or anything else the writer
    never makes."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        return _NOT_A_FILE
    data = _read_bytes(path)
    if data is not None:
        return _digest(data)
    return _NOT_A_FILE if any(parent.is_file() for parent in path.parents) else None  # a file where a folder goes


def _read_stat_record(record: Path, content_dir: Path) -> dict[str, tuple[FileStat, str]]:
    """The record :func:`_write_stat_record` left for ``content_dir``; empty when there is
    none, it is for another folder, or it cannot be read (then every file is read back)."""
    try:
        data = json.loads(record.read_bytes())
        if data["content"] != str(content_dir.resolve()):
            return {}
        return {str(path): ((int(size), int(mtime), int(inode), int(ctime)), str(digest))
                for path, (size, mtime, inode, ctime, digest) in data["files"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _write_stat_record(record: Path, content_dir: Path, files: dict[str, tuple[FileStat, str]]) -> None:
    data = json.dumps({"content": str(content_dir.resolve()),
                       "files": {path: [*stat, digest] for path, (stat, digest) in sorted(files.items())}},
                      separators=(",", ":"))
    record.parent.mkdir(parents=True, exist_ok=True)
    _replace_bytes(record, data.encode("utf-8"))


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _overwrite_conflict(path: str, state: str) -> str:
    if state == _NOT_A_FILE:
        return (f"{path}: a folder, a link or a file in the way of a folder is where the generator writes"
                " a page — move it elsewhere")
    return (f"{path}: the generator would overwrite it, but it did not write this file or it was edited"
            " since — move your edit to a page of your own, or run with --force to let the generator take it over")


def _removal_conflict(path: str, state: str) -> str:
    if state == _NOT_A_FILE:
        return (f"{path}: a generated page that is no longer produced is now a folder, a link or in the way"
                " — move it elsewhere")
    return (f"{path}: a generated page that is no longer produced was edited by hand — move your edit to a"
            " page of your own, or run with --force to let the generator delete it")


def _conflict_message(content_dir: Path, conflicts: list[str]) -> str:
    files = f"{len(conflicts)} file{'s' if len(conflicts) != 1 else ''}"
    head = f"{files} in {content_dir} would lose hand edits or be in the way; nothing was written:"
    return "\n".join([head, *(f"  {content_dir / c}" for c in conflicts)])


def _read_manifest(content_dir: Path) -> tuple[_Manifest, str]:
    """The manifest, or an empty one with a note when it is missing or unreadable.

    An empty manifest is safe: the writer then owns nothing, so it adopts files that
    already hold the right bytes and refuses to touch any other.
    """
    path = content_dir / MANIFEST_NAME
    raw = _read_bytes(path)
    if raw is None:
        return _Manifest({}, {}), ""
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != _MANIFEST_FORMAT:
            raise ValueError(f"unknown format {data.get('format')!r}")
        files = {str(k): str(v) for k, v in data["files"].items()}
        pending = {str(k): str(v) for k, v in data.get("pending", {}).items()}
    except (UnicodeDecodeError, ValueError, KeyError, AttributeError, TypeError) as exc:
        return _Manifest({}, {}), (f"{path}: unreadable manifest ({exc}); started a new one — generated pages"
                                   " that now differ are reported as conflicts, none is deleted")
    return _Manifest(files, pending), ""


def _replace_bytes(target: Path, data: bytes) -> os.stat_result:
    """Write ``data`` to a temporary file beside ``target`` and rename it over ``target``;
    the file's stat once written."""
    temp, written = _write_temporary(target, data)
    try:
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    return written


def _write_temporary(target: Path | str, data: bytes) -> tuple[str, os.stat_result]:
    """Write ``data`` to a new temporary file beside ``target``: its path and its stat."""
    # A name of this process's own, created exclusively (nothing already there is opened,
    # a link included) with an ordinary file's mode: three times quicker than mkstemp's
    # random names, which cost seconds at 15,000 pages.
    folder, name = os.path.split(target)
    temp = f"{folder}{os.sep}.{name}.{os.getpid()}{_TEMP_SUFFIX}"
    try:
        fd = os.open(temp, _NEW_FILE, 0o666)
    except FileExistsError:  # left by a killed process that had the same id
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=_TEMP_SUFFIX)
        os.chmod(temp, 0o666 & ~_umask())  # (mkstemp makes files readable by the owner only)
    try:
        try:
            # os.write, not a file object: opening one costs three system calls a page
            # (it asks whether the file is a terminal and where it stands).
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            written = os.fstat(fd)
        finally:
            os.close(fd)
        return temp, written
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _clear_temporaries(content_dir: Path) -> list[str]:
    """Remove the temporary files a killed run left (they are the writer's by their name).
    Links to folders are not followed: what they lead to is not the writer's."""
    left = []
    for folder, _, names in os.walk(content_dir):
        left += [Path(folder, n) for n in names if n.startswith(".") and n.endswith(_TEMP_SUFFIX)]
    left = sorted(p for p in left if p.is_file() and not p.is_symlink())
    for path in left:
        path.unlink()
    return [path.relative_to(content_dir).as_posix() for path in left]


def _remove_empty_parents(path: Path, content_dir: Path) -> None:
    for parent in path.parents:
        if parent == content_dir or not parent.is_relative_to(content_dir):
            return
        try:
            parent.rmdir()
        except OSError:
            return  # not empty: something else lives there


@contextlib.contextmanager
def _exclusive_lock(content_dir: Path) -> Iterator[None]:
    """One writer at a time (``briefing serve`` and a manual ``generate`` may overlap)."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; overlapping runs there are the user's risk
        yield
        return
    # The lock is on the folder itself, so that no lock file is left lying in content/.
    folder = os.open(content_dir, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        os.close(folder)  # closing releases the lock
