"""Which encoding a text file from a spreadsheet or a CRM is in, and its text.

A byte order mark says it outright: Excel's "CSV UTF-8" starts with the UTF-8 one, its
"Unicode text" with the UTF-16 little-endian one. Without one, a file that is valid UTF-8 is
UTF-8 (other encodings of accented text almost never are). Otherwise it is one of the two
single-byte encodings French spreadsheets write: Windows-1252 (Excel on Windows) or Mac Roman
(Excel on a Mac, "CSV (Macintosh)"). Every byte sequence decodes in Mac Roman and nearly every
one in Windows-1252, so which one it is comes from charset-normalizer, which reads the text each
gives and rates how garbled it looks ("SociŽtŽ" is Mac Roman read as Windows-1252). When both
read equally well ("Lœwen" and "LÏwen"), the one holding more of what French business files hold
(accented small letters, œ, €, ’) is taken; when that ties too ("§12" and "¤12"), the file is
refused with both readings shown, rather than imported garbled: the person names the right one.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from esn_desktop.interchange.fields import quoted

#: The encodings told apart without a byte order mark, as they are named to a person.
CANDIDATES = ("utf-8", "cp1252", "mac_roman")

# Longest first: the UTF-32 marks start with the UTF-16 ones (no spreadsheet writes UTF-32,
# but reading one as UTF-16 would give NUL characters, not a clear refusal).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Detection reads the lines holding non-ASCII bytes, up to this much: the evidence is there,
# and a 100,000-row file is rated in milliseconds.
_SAMPLE_BYTES = 64 * 1024
# Two readings whose garbledness differs by less than this are a tie: the file is refused.
_TIE = 0.01
_WORD = re.compile(rb'[^\s;,"\']+')
#: What French business files hold beyond ASCII: accented small letters, the ligatures, the euro,
#: the typographic apostrophe, quotes, dashes and ellipsis, a capital É. Other capitals are left
#: out: read in the wrong encoding, small accented letters come out as capitals ("SociÈtÈ").
_EXPECTED = frozenset("éèêëàâäçîïôöûùüÿœæ€’«»“”–—…É")


class TextEncodingError(ValueError):
    """The bytes cannot be read as text, or not surely; `field` and the message say why."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text, and the encoding it was read in (a name `--encoding` accepts)."""

    text: str
    encoding: str


def encoding_name(name: str) -> str:
    """`name` as the encoding is shown ("mac_roman" for "MacRoman"); ValueError if it is none."""
    try:
        "a".encode(name)  # LookupError too for codecs that are not text encodings (base64, rot13)
        canonical = codecs.lookup(name).name
    except LookupError:
        raise ValueError(
            f"{quoted(name)} is not an encoding; for example {', '.join(CANDIDATES)}, utf-16"
        ) from None
    return next((c for c in CANDIDATES if codecs.lookup(c).name == canonical), canonical)


def decode_text(data: bytes, *, encoding: str | None = None) -> DecodedText:
    """The text of `data`: in `encoding` if given, else as its byte order mark or content says."""
    if encoding is not None:
        try:
            name = encoding_name(encoding)
        except ValueError as error:
            raise TextEncodingError("(encoding)", str(error)) from None
        return DecodedText(_decode(data, name).removeprefix("\ufeff"), name)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return DecodedText(_decode(data[len(bom) :], name), name)
    if b"\x00" in data:  # no encoding we guess writes NUL: a binary file, or UTF-16 without its mark
        raise TextEncodingError(
            "(file)",
            "is not text: it holds NUL bytes (binary, or UTF-16 without a byte order mark: "
            "then give --encoding utf-16-le)",
        )
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    name = _single_byte_encoding(data)
    return DecodedText(_decode(data, name), name)


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as error:
        line = _line_of(data, error.start)
        byte = data[error.start] if error.start < len(data) else 0
        raise TextEncodingError(
            "(encoding)", f"is not {name} text: line {line} holds a byte it does not read (0x{byte:02X})"
        ) from None


def _line_of(data: bytes, offset: int) -> int:
    """The number of the line holding byte `offset` (lines end in LF, CRLF, or CR alone on a Mac)."""
    end = b"\n" if b"\n" in data else b"\r"
    return data.count(end, 0, offset) + 1


def _single_byte_encoding(data: bytes) -> str:
    """cp1252 or mac_roman, as charset-normalizer rates them; refused when it cannot tell."""
    from charset_normalizer import from_bytes  # loads only when a file is not UTF-8

    # Windows-1252 leaves five bytes undefined (Mac Roman's ç, è, ê and ù among them): a file
    # holding one is not Windows-1252, whatever it looks like.
    readable = [name for name in CANDIDATES[1:] if _reads(data, name)]
    sample = _non_ascii_lines(data)
    results = from_bytes(sample, cp_isolation=readable, steps=1, chunk_size=len(sample))
    rated = sorted(
        ((result.chaos, encoding_name(result.encoding)) for result in results), key=lambda pair: pair[0]
    )
    if not rated:
        raise TextEncodingError(
            "(encoding)",
            f"reads as none of {', '.join(CANDIDATES)}; if it is text, give its encoding with --encoding",
        )
    best_chaos, best = rated[0]
    tied = [name for chaos, name in rated[1:] if chaos - best_chaos < _TIE]
    if tied:
        likelier = _likelier(sample, [best, *tied])
        if likelier is None:
            raise TextEncodingError("(encoding)", _undecided(data, [best, *tied]))
        return likelier
    return best


def _likelier(sample: bytes, names: list[str]) -> str | None:
    """Of readings charset-normalizer rates alike, the one holding the most letters and signs of
    French business files (a Windows "1 234,50 €" reads "1 234,50 Ä" on a Mac, its "Müller"
    "M¸ller"); None when they hold as many."""
    held = {name: sum(character in _EXPECTED for character in sample.decode(name)) for name in names}
    most = max(held.values())
    ahead = [name for name, count in held.items() if count == most]
    return ahead[0] if most and len(ahead) == 1 else None


def _reads(data: bytes, name: str) -> bool:
    try:
        data.decode(name)
    except UnicodeDecodeError:
        return False
    return True


def _non_ascii_lines(data: bytes) -> bytes:
    lines = []
    size = 0
    for line in data.splitlines():
        if not line.isascii():
            lines.append(line)
            size += len(line) + 1
            if size >= _SAMPLE_BYTES:
                break
    return b"\n".join(lines)


def _undecided(data: bytes, names: list[str]) -> str:
    """Which encodings it may be, and how the first word they read differently reads in each."""
    candidates = " or ".join(sorted(names, key=CANDIDATES.index))
    for number, line in enumerate(data.splitlines(), start=1):
        word = next((w for w in _WORD.findall(line) if not w.isascii()), None)
        if word is not None:
            readings = ", ".join(f'"{word.decode(name)[:40]}" in {name}' for name in names)
            return (
                f"could be {candidates}: line {number} reads {readings}; give the right one with --encoding"
            )
    return f"could be {candidates}; give the right one with --encoding"  # pragma: no cover
