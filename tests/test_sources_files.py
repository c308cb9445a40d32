"""Collecting local files: decoding, normalization, title/body, language, errors.

All article texts below were written for these tests (invented news prose).
"""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.records import IngestError, SourceDocument
from newsledger.ingest import files as files_mod
from newsledger.ingest.files import collect_paths, document_from_text, html_document
from newsledger.ingest.language import detect_language, is_french
from newsledger.ingest.text import (MAX_TITLE_CHARS, content_hash, decode_bytes,
                                looks_like_html, normalize_text, split_title_body)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

FR_TITLE = "Pyongyang annonce un nouvel essai de missile au large de sa côte est"
FR_BODY = (
    "La Corée du Nord a procédé mardi à un nouvel essai de missile balistique, a indiqué "
    "l'état-major sud-coréen, qui n'a pas précisé la portée de l'engin.\n\n"
    "Selon les autorités japonaises, le projectile est tombé dans la mer du Japon, en "
    "dehors de leur zone économique exclusive. Tokyo a protesté par les canaux "
    "diplomatiques habituels.\n\n"
    "Il s'agit du troisième tir depuis le début de l'année, alors que les discussions "
    "sur le programme nucléaire du pays sont au point mort."
)
FR_ARTICLE = f"{FR_TITLE}\n\n{FR_BODY}\n"

# Latin-1 / Windows-1252 test text: accented capitals, œ, €, curly quotes, guillemets.
FR_WESTERN_TITLE = "À Séoul, l’Élysée évoque un « cœur d’accord » à 2 millions d’€"
FR_WESTERN_BODY = (
    "Œuvre commune : les ministres ont déclaré que l’aide, estimée à 2 millions d’euros "
    "(2 000 000 €), serait versée “dès que possible”. Été comme hiver, Ève et Ôtis "
    "suivront le dossier à Paris et à Séoul pour le compte de la délégation.")
FR_LATIN1_TITLE = "À Séoul, l'Élysée évoque un « accord » de principe"
FR_LATIN1_BODY = (
    "Été comme hiver, les ministres ont déclaré que l'aide serait versée dès que "
    "possible. Ève et Ôtis suivront le dossier à Paris et à Séoul pour le compte de la "
    "délégation française, a précisé le ministère.")

EN_ARTICLE = (
    "North Korea test-fires a new missile off its east coast\n\n"
    "North Korea fired a ballistic missile on Tuesday, the South Korean military said, "
    "without giving details of its range. Japan said the projectile fell into the sea "
    "outside its exclusive economic zone and that it had protested through the usual "
    "diplomatic channels.\n")
DE_ARTICLE = (
    "Nordkorea testet eine neue Rakete vor seiner Ostküste\n\n"
    "Nordkorea hat am Dienstag eine ballistische Rakete abgefeuert, teilte das "
    "südkoreanische Militär mit, ohne Angaben zur Reichweite zu machen. Nach Angaben "
    "Japans fiel das Geschoss außerhalb der Wirtschaftszone ins Meer, und die Regierung "
    "hat über die üblichen diplomatischen Kanäle protestiert.\n")
HTML_PAGE = (
    "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Essai de missile</title></head>\n"
    f"<body><h1>{FR_TITLE}</h1><p>{FR_BODY}</p></body></html>\n")


def fr_article(i: int) -> str:
    return (f"Sanctions : le conseil examine la mesure numéro {i}\n\n"
            f"Les représentants des pays membres se sont réunis jeudi pour examiner la "
            f"proposition numéro {i}, qui vise à renforcer les contrôles sur les livraisons "
            f"d'armes. Le texte doit encore être approuvé par les ministres avant la fin "
            f"du mois, selon un diplomate qui a requis l'anonymat.\n")


def collect(*paths, **kw):
    return list(collect_paths(list(paths), **kw))


def one(path, **kw):
    items = collect(path, **kw)
    assert len(items) == 1, items
    return items[0]


def assert_error(item, fragment, stage="collect"):
    assert isinstance(item, IngestError), item
    assert item.stage == stage, item
    assert fragment.lower() in item.error.lower(), item
    return item


# ---------------------------------------------------------------- good files

def test_good_utf8_file(tmp_path):
    p = tmp_path / "article.txt"
    p.write_text(FR_ARTICLE, encoding="utf-8")
    doc = one(p)
    assert isinstance(doc, SourceDocument)
    assert doc.source == str(p) and doc.source_kind == "file"
    assert doc.title == FR_TITLE
    assert doc.body == FR_BODY
    assert doc.language == "fr"
    assert doc.content_hash == content_hash(FR_TITLE, FR_BODY)
    assert len(doc.content_hash) == 64 and int(doc.content_hash, 16) >= 0


def test_utf8_bom_crlf_and_leading_blank_lines(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf\r\n\r\n  " + FR_ARTICLE.replace("\n", "\r\n").encode())
    doc = one(p)
    assert doc.title == FR_TITLE and doc.body == FR_BODY
    assert "\r" not in doc.body and "\ufeff" not in (doc.title + doc.body)


def test_utf16_with_bom(tmp_path):
    p = tmp_path / "utf16.txt"
    p.write_bytes(FR_ARTICLE.encode("utf-16"))
    doc = one(p)
    assert doc.title == FR_TITLE and doc.body == FR_BODY


def test_cp1252_file_decoded(tmp_path):
    p = tmp_path / "cp1252.txt"
    raw = f"{FR_WESTERN_TITLE}\n{FR_WESTERN_BODY}\n".encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    p.write_bytes(raw)
    doc = one(p)
    assert isinstance(doc, SourceDocument), doc
    assert doc.title == FR_WESTERN_TITLE
    assert doc.body == FR_WESTERN_BODY
    for ch in "œŒ€’“”«»ÀÉÈÊÔÇ":
        if ch in FR_WESTERN_TITLE + FR_WESTERN_BODY:
            assert ch in doc.title + doc.body
    assert decode_bytes(raw).encoding == "cp1252"


def test_latin1_file_decoded(tmp_path):
    p = tmp_path / "latin1.txt"
    raw = f"{FR_LATIN1_TITLE}\n{FR_LATIN1_BODY}\n".encode("latin-1")
    p.write_bytes(raw)
    doc = one(p)
    assert isinstance(doc, SourceDocument), doc
    assert doc.title == FR_LATIN1_TITLE and doc.body == FR_LATIN1_BODY
    assert decode_bytes(raw).encoding == "iso-8859-1"


def test_same_text_in_three_encodings_hashes_the_same(tmp_path):
    text = f"{FR_WESTERN_TITLE}\n{FR_WESTERN_BODY}\n"
    for enc in ("utf-8", "cp1252", "utf-8-sig"):
        (tmp_path / f"{enc}.txt").write_bytes(text.encode(enc))
    docs = collect(tmp_path)
    assert len(docs) == 3 and all(isinstance(d, SourceDocument) for d in docs)
    assert len({d.content_hash for d in docs}) == 1


def test_same_content_twice_under_two_names(tmp_path):
    (tmp_path / "a.txt").write_text(FR_ARTICLE, encoding="utf-8")
    # a trivially reformatted copy: CRLF, re-wrapped lines, extra blanks
    reformatted = FR_ARTICLE.replace(". ", ".\n   ").replace("\n", "\r\n") + "\r\n\r\n"
    (tmp_path / "b.txt").write_text(reformatted, encoding="utf-8", newline="")
    (tmp_path / "c.txt").write_text(FR_ARTICLE, encoding="utf-8")
    docs = collect(tmp_path)
    assert [Path(d.source).name for d in docs] == ["a.txt", "b.txt", "c.txt"]
    assert all(isinstance(d, SourceDocument) for d in docs)
    assert docs[0].content_hash == docs[1].content_hash == docs[2].content_hash


def test_same_path_twice_collected_once(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(FR_ARTICLE, encoding="utf-8")
    items = collect(p, str(p), tmp_path)
    assert len(items) == 1 and isinstance(items[0], SourceDocument)


def test_seeds_collect_as_french_documents():
    items = collect(SEEDS)
    assert len(items) == 5
    for item in items:
        assert isinstance(item, SourceDocument), item
        assert item.language == "fr"
        assert item.title and len(item.body) > 1000
        assert Path(item.source).stem[:3].isdigit()
    assert len({d.content_hash for d in items}) == 5


# ---------------------------------------------------------------- bad files

def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert_error(one(p), "empty file")


def test_whitespace_only_file(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_bytes(b" \r\n\t\n\xef\xbb\xbf  \n")
    assert_error(one(p), "empty file")


@pytest.mark.parametrize("raw, fragment", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "PNG"),
    (bytes(range(256)) * 40, "binary file"),
    (os.urandom(4096).replace(b"\x00", b"\x01").replace(b"\xef", b"\x02"), "binary file"),
])
def test_binary_file(tmp_path, raw, fragment):
    p = tmp_path / "binary.txt"
    p.write_bytes(raw)
    assert_error(one(p), fragment)


def test_undecodable_file(tmp_path):
    # Shift-JIS/Cyrillic-looking junk that is neither UTF-8 nor plausible cp1252
    p = tmp_path / "junk.txt"
    p.write_bytes(bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xff, 0xfe, 0xfa]) * 3)
    assert_error(one(p), "undecodable")
    p2 = tmp_path / "junk2.txt"
    p2.write_bytes("Titre\n\nCorps ".encode() + bytes([0x81, 0x8d, 0x8f]) * 50)
    assert_error(one(p2), "undecodable")


def test_cyrillic_cp1252_misfit_is_detected_then_not_french(tmp_path):
    p = tmp_path / "ru.txt"
    p.write_bytes("Северная Корея выпустила ракету\n\nВо вторник Северная Корея "
                  "выпустила две баллистические ракеты в сторону моря, сообщили "
                  "военные.\n".encode("cp1251"))
    item = one(p)
    assert isinstance(item, IngestError) and item.stage == "language", item


def test_file_over_size_limit_is_not_read(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.truncate(50_000_000)          # sparse 50 MB file, instant to create
    def must_not_read(path, limit):
        raise AssertionError("an oversize file must be rejected before reading")
    monkeypatch.setattr(files_mod, "_read_bytes", must_not_read)
    t0 = time.perf_counter()
    item = one(p)
    assert time.perf_counter() - t0 < 1.0
    assert_error(item, "file too large")
    assert "50,000,000" in item.error and "5,000,000" in item.error


def test_max_bytes_parameter(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(FR_ARTICLE, encoding="utf-8")
    assert_error(one(p, max_bytes=100), "file too large")
    assert isinstance(one(p, max_bytes=len(FR_ARTICLE.encode())), SourceDocument)


def test_file_with_no_title_line_long_paragraph(tmp_path):
    paragraph = " ".join([FR_BODY.replace("\n\n", " ")] * 2)
    assert len(paragraph) > MAX_TITLE_CHARS
    p = tmp_path / "paragraph.txt"
    p.write_text("\n\n" + paragraph + "\n", encoding="utf-8")
    doc = one(p)
    assert isinstance(doc, SourceDocument), doc
    assert doc.title is None and doc.body == paragraph


def test_file_with_only_a_short_line(tmp_path):
    p = tmp_path / "title_only.txt"
    p.write_text("\n" + FR_TITLE + "\n\n\n", encoding="utf-8")
    assert_error(one(p), "no body")


@pytest.mark.parametrize("text, code", [(EN_ARTICLE, "en"), (DE_ARTICLE, "de")])
def test_non_french_articles_are_recorded(tmp_path, text, code):
    p = tmp_path / f"{code}.txt"
    p.write_text(text, encoding="utf-8")
    item = assert_error(one(p), "not French", stage="language")
    assert f"'{code}'" in item.error
    assert {"en": "English", "de": "German"}[code] in item.error


def test_numbers_only(tmp_path):
    p = tmp_path / "numbers.txt"
    p.write_text("2024 - 17\n\n12 345 678,90\n3.14 ; 42 %\n", encoding="utf-8")
    assert_error(one(p), "numbers")
    p2 = tmp_path / "numbers2.txt"
    p2.write_text("Chiffres du jour\n\n12 345 678,90\n3.14 ; 42 %\n", encoding="utf-8")
    assert_error(one(p2), "numbers")
    assert detect_language("12 345 678 90 3,14 2024-01-01") is None


def test_html_saved_as_txt(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(HTML_PAGE, encoding="utf-8")
    assert_error(one(p), "HTML content in a text file")
    frag = tmp_path / "fragment.txt"
    frag.write_text(f"<h1>{FR_TITLE}</h1>\n<p>{FR_BODY}</p>\n<p>Fin.</p><br><br/>",
                    encoding="utf-8")
    assert_error(one(frag), "HTML content in a text file")
    assert not looks_like_html("Le signe < n'est pas > une balise <ici>.\n" + FR_BODY)


def test_html_file_goes_through_trafilatura(tmp_path):
    p = tmp_path / "page.htm"
    p.write_text(HTML_PAGE, encoding="utf-8")
    doc = one(p)
    assert isinstance(doc, SourceDocument), doc
    assert doc.source == str(p) and doc.source_kind == "file" and doc.language == "fr"
    assert doc.raw_html is not None and doc.body


def test_html_file_that_extracts_nothing_is_recorded(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><body><nav>Menu</nav></body></html>", encoding="utf-8")
    item = one(p)
    assert isinstance(item, IngestError) and item.source == str(p)


def test_nonexistent_path(tmp_path):
    missing = tmp_path / "absent.txt"
    assert_error(one(missing), "no such file")
    assert_error(one(tmp_path / "no" / "dir"), "no such file")


def test_symlink_loop_and_broken_link(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / "good.txt").write_text(FR_ARTICLE, encoding="utf-8")
    os.symlink(d / "b.txt", d / "a.txt")          # a -> b -> a
    os.symlink(d / "a.txt", d / "b.txt")
    os.symlink(d / "nowhere.txt", d / "dangling.txt")
    os.symlink(d, d / "sub")                      # directory loop: d/sub -> d
    os.symlink(d / "good.txt", d / "link_to_good.txt")
    items = collect(d)
    by_name = {Path(i.source).name: i for i in items}
    assert_error(by_name["a.txt"], "symbolic link loop")
    assert_error(by_name["b.txt"], "symbolic link loop")
    assert_error(by_name["dangling.txt"], "broken symbolic link")
    assert_error(by_name["sub"], "already collected")
    assert isinstance(by_name["good.txt"], SourceDocument)
    assert isinstance(by_name["link_to_good.txt"], SourceDocument)
    assert by_name["link_to_good.txt"].content_hash == by_name["good.txt"].content_hash
    assert_error(one(d / "a.txt"), "symbolic link loop")


def test_directory_without_inputs_is_not_an_error(tmp_path):
    """A watched inbox between drops: nothing to load, nothing rejected."""
    (tmp_path / "notes.md").write_text("rien", encoding="utf-8")
    assert list(collect_paths([tmp_path])) == []


def test_directory_of_1000_files_with_10_bad(tmp_path):
    bad = {   # name -> (content, expected reason)
        "0007.txt": (b"", "empty file"),
        "0100.txt": (bytes(range(256)) * 8, "binary file"),
        "0200.txt": (EN_ARTICLE.encode(), "English"),
        "0300.txt": (DE_ARTICLE.encode(), "German"),
        "0400.txt": (b"1 2 3\n4 5 6\n", "numbers"),
        "0500.txt": (HTML_PAGE.encode(), "HTML content"),
        "0600.txt": (FR_TITLE.encode(), "no body"),
        "0700.txt": (b"%PDF-1.4\n" + bytes(100), "PDF"),
        "0800.txt": ("Titre\n\nCorps ".encode() + bytes([0x81, 0x8d, 0x8f]) * 500,
                     "undecodable"),
        "0999.txt": (b"x" * 20_000, "too large"),
    }
    for i in range(1000):
        name = f"{i:04d}.txt"
        (tmp_path / name).write_bytes(bad[name][0] if name in bad
                                      else fr_article(i).encode("utf-8"))
    t0 = time.perf_counter()
    items = collect(tmp_path, max_bytes=10_000)
    elapsed = time.perf_counter() - t0
    docs = [i for i in items if isinstance(i, SourceDocument)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(docs) == 990 and len(errors) == 10
    assert sorted(Path(e.source).name for e in errors) == sorted(bad)
    for e in errors:
        assert bad[Path(e.source).name][1].lower() in e.error.lower(), e
    assert [Path(i.source).name for i in items] == [f"{i:04d}.txt" for i in range(1000)]
    assert all(d.language == "fr" for d in docs)
    assert len({d.content_hash for d in docs}) == 990
    assert elapsed < 10, elapsed


def test_collect_paths_accepts_a_single_path_and_mixed_inputs(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(FR_ARTICLE, encoding="utf-8")
    assert isinstance(list(collect_paths(p))[0], SourceDocument)
    items = collect(str(tmp_path / "missing.txt"), p)
    assert isinstance(items[0], IngestError) and isinstance(items[1], SourceDocument)


# ---------------------------------------------------------------- units

def test_split_title_body_rules():
    assert split_title_body("") == (None, "")
    assert split_title_body(" \n\t\n") == (None, "")
    assert split_title_body("\n\n  Un   titre \n\n\n Le corps.\n\nSuite.  \n") == (
        "Un titre", "Le corps.\n\nSuite.")
    long_line = "mot " * 100
    assert split_title_body(long_line + "\nreste") == (None, (long_line + "\nreste").strip())
    assert split_title_body("Seul titre\n") == ("Seul titre", "")


def test_normalize_text():
    assert normalize_text("a\r\nb\rc\x0cd\u2028e") == "a\nb\nc\nd\ne"
    assert normalize_text("e\u0301t\u00e9\x00\x07\x1b\x9f\ufeff\tx") == "été\tx"


def test_content_hash_whitespace_insensitive_only():
    h = content_hash("Titre", "Un deux  trois.\n\nQuatre.")
    assert h == content_hash("  Titre\t", "Un\u00a0deux trois.\r\nQuatre.  ")
    assert h == content_hash("Titre", "Un deux trois. Quatre.")
    assert h != content_hash("Titre", "Un deux trois. quatre.")
    assert h != content_hash("Titre", "Un deux trois, Quatre.")
    assert h != content_hash(None, "Titre Un deux trois. Quatre.")
    expected = hashlib.sha256("Titre\nUn deux trois. Quatre.".encode()).hexdigest()
    assert h == expected


def test_detect_language_basics():
    assert detect_language(FR_ARTICLE) == "fr" and is_french(FR_BODY)
    assert detect_language(EN_ARTICLE) == "en"
    assert detect_language(DE_ARTICLE) == "de"
    assert detect_language("") is None
    assert detect_language("Bonjour") is None
    assert detect_language("1234 5678") is None
    assert detect_language(None) is None          # type: ignore[arg-type]
    assert not is_french(EN_ARTICLE)


def test_document_from_text_is_pure():
    doc = document_from_text(FR_ARTICLE.encode(), "mem://x", "file")
    assert isinstance(doc, SourceDocument) and doc.source == "mem://x"


# ---------------------------------------------------------------- fuzz

FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=4000))
def test_fuzz_decode_never_raises(raw):
    d = decode_bytes(raw)
    assert (d.text is None) == (d.error is not None)
    if d.text is not None:
        assert isinstance(d.text, str) and d.encoding


@FUZZ
@given(st.text(max_size=2000))
def test_fuzz_decode_roundtrips_utf8(text):
    raw = text.encode("utf-8", "surrogatepass")
    d = decode_bytes(raw)
    if d.text is not None and d.encoding == "utf-8":
        assert d.text == text


@FUZZ
@given(st.text(max_size=3000))
def test_fuzz_split_invariants(text):
    title, body = split_title_body(text)
    assert body == body.strip()
    if body:
        assert text.rstrip().endswith(body)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if not lines:
        assert (title, body) == (None, "")
    elif title is not None:
        first = lines[0]
        assert title == " ".join(first.split())
        assert 0 < len(title) <= MAX_TITLE_CHARS
        after = text[text.index(first) + len(first):]
        assert body == after.strip()
    else:
        assert body == text.strip()


@FUZZ
@given(st.text(max_size=2000))
def test_fuzz_normalize_and_hash(text):
    norm = normalize_text(text)
    assert normalize_text(norm) == norm
    assert "\r" not in norm
    assert all(ch in "\n\t" or not (ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0) for ch in norm)
    title, body = split_title_body(norm)
    h = content_hash(title, body)
    assert len(h) == 64
    assert h == content_hash(title, "  " + body.replace(" ", "\n ") + "\r\n")


@FUZZ
@given(st.one_of(st.text(max_size=2000), st.binary(max_size=500).map(
    lambda b: b.decode("latin-1"))))
def test_fuzz_language_and_html_never_raise(text):
    code = detect_language(text)
    assert code is None or (isinstance(code, str) and len(code) == 2)
    assert isinstance(looks_like_html(text), bool)
    if not any(ch.isalpha() for ch in text):
        assert code is None


@FUZZ
@given(st.binary(max_size=3000))
def test_fuzz_document_from_bytes_never_raises(raw):
    item = document_from_text(raw, "fuzz.txt")
    assert isinstance(item, (SourceDocument, IngestError))
    if isinstance(item, SourceDocument):
        assert item.body and item.language == "fr"


def test_foreign_headline_is_not_analysed_with_the_body():
    from newsledger.ingest.language import is_foreign_headline

    assert is_foreign_headline("Moscow and Beijing sign a new deal on the border")
    assert not is_foreign_headline("Moscou et Pékin signent un nouvel accord frontalier")
    assert not is_foreign_headline("Désarmement : l'avenir du traité débattu à Vienne")
    assert not is_foreign_headline("")
    from newsledger.ingest.files import document_from_text

    en = document_from_text(f"Moscow and Beijing sign a deal\n\n{FR_BODY}".encode(), "x")
    fr = document_from_text(f"{FR_TITLE}\n\n{FR_BODY}".encode(), "y")
    assert isinstance(en, SourceDocument) and en.foreign_title and not fr.foreign_title
    assert en.text == FR_BODY
    assert fr.text == f"{FR_TITLE}\n\n{FR_BODY}"
