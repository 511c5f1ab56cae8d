#!/usr/bin/env python3
"""Generate the CAMEO and PLOVER SKOS concept schemes of newsgraph.

Reads the CAMEO-to-PLOVER conversion table of the Open Event Data Alliance
(CAMEO2PLOVER-2021.txt from openeventdata/PLOVER, CC BY-SA 4.0) and writes two
Turtle files:

  cameo.ttl   cameo:scheme, one skos:Concept per CAMEO code (2, 3 and 4 digits) with
              skos:notation, skos:prefLabel/rdfs:label, skos:broader (or
              skos:topConceptOf for the 2-digit roots), and the PLOVER counterpart as
              ng:ploverType, ng:ploverMode and ng:ploverContext.
  plover.ttl  plover:scheme, one skos:Concept per PLOVER event type that cameo.ttl uses.

Usage:
  tools/gen_code_schemes.py [--mapping FILE] [--out-dir DIR] [--no-supplement]

Input format, one entry a line:

  CODE: TYPE[, MODE, CONTEXT] [# NAME [  YY.MM.DD: EDITORIAL NOTE]]

  03: AGREE
  0332: AGREE,  ,   military # Express intent to provide military aid

Blank lines and lines starting with '#' are skipped; a line of '~' ends the table.
A 2-digit line is a section header for a CAMEO root.  Headers may repeat (CAMEO 08 is
split between CONCEDE and RETREAT): the root then gets every type its headers name.  A
root without a name takes the standard CAMEO root name.  A 3- or 4-digit code may repeat
only with the same TYPE, MODE and CONTEXT (the 2021 table lists 175 twice, with two
wordings of its name): the first name is the skos:prefLabel, other names become
skos:altLabel, and a warning is printed.  A trailing dated editor's note in a name, after
two or more spaces, becomes a skos:editorialNote.

The PLOVER table has no CAMEO 01 (statements) and 02 (appeals) codes, since PLOVER
dropped those categories; newsgraph codes them all the same.  Unless --no-supplement is
given, the CAMEO codebook's 01x and 02x codes are added, with no PLOVER type for 01x and
REQUEST for 02x (newsgraph's convention, as in the development corpus).  Codes the input
defines always win over the supplement.

Errors are reported as FILE:LINE: error: MESSAGE (all of them, then the program stops
without writing anything); warnings as FILE:LINE: warning: MESSAGE.  A code whose parent
is missing is linked to its nearest existing ancestor with a warning; a code with no
ancestor at all is an error.

Output is deterministic: concepts sorted by code, predicates in a fixed order, no
timestamps.  Exit status: 0 on success, 1 on bad input or I/O failure, 2 on bad usage.
Standard library only.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
# The project lead's reference tables sit beside the repository, in ../shared.
DEFAULT_MAPPING = REPO_ROOT.parent / "shared" / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"
DEFAULT_OUT_DIR = REPO_ROOT / "ontology"

CAMEO_NS = "https://w3id.org/newsgraph/cameo/"
PLOVER_NS = "https://w3id.org/newsgraph/plover/"
NG_NS = "https://w3id.org/newsgraph/ns#"
NG_ONTOLOGY_IRI = "https://w3id.org/newsgraph/ns"

PREFIXES = [
    ("cameo", CAMEO_NS),
    ("dct", "http://purl.org/dc/terms/"),
    ("ng", NG_NS),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("plover", PLOVER_NS),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
]

CC_BY_SA_4 = "https://creativecommons.org/licenses/by-sa/4.0/"
PLOVER_REPO_IRI = "https://github.com/openeventdata/PLOVER"
MAPPING_SOURCE_IRI = PLOVER_REPO_IRI + "/blob/master/CAMEO2PLOVER-2021.txt"
CAMEO_CODEBOOK_IRI = "http://eventdata.parusanalytics.com/data.dir/cameo.html"

# Names of the 20 CAMEO roots (CAMEO codebook 1.1b3), for root headers without a name.
CAMEO_ROOT_NAMES = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}

# CAMEO 01x and 02x, which CAMEO2PLOVER-2021.txt leaves out: names from the CAMEO
# codebook (as in GDELT's CAMEO.eventcodes.txt), PLOVER type by newsgraph convention.
CAMEO_SUPPLEMENT_TYPE = {"01": "", "02": "REQUEST"}
CAMEO_SUPPLEMENT = {
    "010": "Make statement, not specified below",
    "011": "Decline comment",
    "012": "Make pessimistic comment",
    "013": "Make optimistic comment",
    "014": "Consider policy option",
    "015": "Acknowledge or claim responsibility",
    "016": "Deny responsibility",
    "017": "Engage in symbolic act",
    "018": "Make empathetic comment",
    "019": "Express accord",
    "020": "Appeal, not specified below",
    "021": "Appeal for material cooperation, not specified below",
    "0211": "Appeal for economic cooperation",
    "0212": "Appeal for military cooperation",
    "0213": "Appeal for judicial cooperation",
    "0214": "Appeal for intelligence",
    "022": "Appeal for diplomatic cooperation, such as policy support",
    "023": "Appeal for aid, not specified below",
    "0231": "Appeal for economic aid",
    "0232": "Appeal for military aid",
    "0233": "Appeal for humanitarian aid",
    "0234": "Appeal for military protection or peacekeeping",
    "024": "Appeal for political reform, not specified below",
    "0241": "Appeal for change in leadership",
    "0242": "Appeal for policy change",
    "0243": "Appeal for rights",
    "0244": "Appeal for change in institutions, regime",
    "025": "Appeal to yield",
    "0251": "Appeal for easing of administrative sanctions",
    "0252": "Appeal for easing of popular dissent",
    "0253": "Appeal for release of persons or property",
    "0254": "Appeal for easing of economic sanctions, boycott, or embargo",
    "0255": "Appeal for target to allow international involvement (non-mediation)",
    "0256": "Appeal for de-escalation of military engagement",
    "026": "Appeal to others to meet or negotiate",
    "027": "Appeal to others to settle dispute",
    "028": "Appeal to others to engage in or accept mediation",
}

# PLOVER event types: English label and a one-line definition after the PLOVER manual
# (Open Event Data Alliance, CC BY-SA 4.0).  A type the input uses must be listed here.
PLOVER_TYPES = {
    "AGREE": ("Agree", "Agree to, offer, promise or otherwise indicate willingness or "
              "commitment to cooperate, including promises to sign or ratify agreements."),
    "CONSULT": ("Consult", "Consultations and meetings: visiting or hosting a visit, meeting "
                "at a third location, talks by phone or other media."),
    "SUPPORT": ("Support", "Diplomatic, non-material cooperation: express support for, "
                "praise or endorse an actor or policy; recognise; sign a formal agreement."),
    "CONCEDE": ("Concede", "Verbal concessions without immediate material consequences, "
                "such as easing restrictions or declaring a ceasefire or withdrawal."),
    "COOPERATE": ("Cooperate", "Initiate, resume or expand mutual material cooperation: "
                  "economic, military, judicial or intelligence exchange."),
    "AID": ("Aid", "Provide material aid whose benefits accrue mainly to the recipient: "
            "economic, military or humanitarian aid, peacekeeping, asylum."),
    "RETREAT": ("Retreat", "Material de-escalation: release or return people or property, "
                "allow access, disarm, observe a ceasefire, withdraw from territory."),
    "REQUEST": ("Request", "Ask, appeal or demand that the recipient act: provide "
                "cooperation or aid, change policy or leadership, yield, meet or negotiate."),
    "ACCUSE": ("Accuse", "Disapprove, criticise or condemn; accuse, allege or charge, "
               "judicially or informally; sue; investigate."),
    "REJECT": ("Reject", "All rejections and refusals: of cooperation, aid, change, "
               "concessions or meetings, including defiance of norms or laws and vetoes."),
    "THREATEN": ("Threaten", "Threats and coercive or forceful warnings with serious "
                 "potential repercussions, including ultimatums."),
    "PROTEST": ("Protest", "Civilian demonstrations and other collective actions carried "
                "out as protests against the recipient."),
    "SANCTION": ("Sanction", "Reductions in normal, routine or cooperative relations: break "
                 "ties, stop aid, halt talks, expel or withdraw, impose sanctions."),
    "MOBILIZE": ("Mobilize", "Military or police moves that fall short of the actual use "
                 "of force, such as raising alert status or mobilising forces."),
    "COERCE": ("Coerce", "Repression and restrictions on rights short of physical harm: "
               "arrest, deport, ban, curfew, martial law, confiscation, blockade."),
    "ASSAULT": ("Assault", "Deliberate actions that can result in substantial physical "
                "harm, from beatings and bombings to military force and mass violence."),
}

CODE_LINE_RE = re.compile(r"^(?P<code>[0-9]+)\s*:(?P<rest>.*)$")
TYPE_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
END_MARKER_RE = re.compile(r"^~+$")
# "Ease curfew  21.09.17: ..." -- a dated editor's note after two or more spaces.
EDITORIAL_NOTE_RE = re.compile(r"^(?P<name>.*?\S)\s{2,}(?P<note>\d{2}\.\d{2}\.\d{2}:.*)$")


@dataclass
class Diagnostic:
    path: str
    line: int | None
    severity: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.severity}: {self.message}"


class InputError(Exception):
    """Raised with every error found in the input; nothing is written."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))


@dataclass
class Concept:
    code: str
    line: int | None  # first line that defines it; None for supplemented codes
    names: list[str] = field(default_factory=list)
    plover_types: list[str] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    broader: str | None = None
    supplemented: bool = False

    def mapping(self) -> tuple:
        return (tuple(self.plover_types), tuple(self.modes), tuple(self.contexts))


@dataclass
class CodeTable:
    source_name: str
    header_comments: list[str]
    concepts: dict[str, Concept]
    warnings: list[Diagnostic]
    supplemented: bool = False


def _add_unique(values: list[str], value: str) -> None:
    if value and value not in values:
        values.append(value)


def parse_mapping(text: str, path: str) -> CodeTable:
    """Parse a CAMEO2PLOVER table; raise InputError listing every malformed line."""
    errors: list[Diagnostic] = []
    warnings: list[Diagnostic] = []
    concepts: dict[str, Concept] = {}
    header_comments: list[str] = []
    in_header = True

    def error(line_no: int, message: str) -> None:
        errors.append(Diagnostic(path, line_no, "error", message))

    lines = text.splitlines()
    for index, raw in enumerate(lines):
        line_no = index + 1
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if in_header:
                header_comments.append(line.lstrip("#").strip())
            continue
        in_header = False
        if END_MARKER_RE.match(line):
            ignored = [n + 1 for n in range(index + 1, len(lines))
                       if lines[n].strip() and not lines[n].strip().startswith("#")]
            if ignored:
                warnings.append(Diagnostic(path, line_no, "warning",
                                           f"{len(ignored)} line(s) after the end marker "
                                           "'~' are ignored"))
            break
        match = CODE_LINE_RE.match(line)
        if not match:
            error(line_no, "malformed line: expected 'CODE: TYPE, MODE, CONTEXT # NAME'")
            continue
        code = match.group("code")
        if len(code) not in (2, 3, 4):
            error(line_no, f"CAMEO code '{code}' must have 2, 3 or 4 digits")
            continue
        if code[:2] not in CAMEO_ROOT_NAMES:
            error(line_no, f"CAMEO code '{code}' is outside the CAMEO roots 01-20")
            continue
        mapping_part, _, comment = match.group("rest").partition("#")
        fields = [f.strip() for f in mapping_part.split(",")]
        if len(fields) not in (1, 3):
            error(line_no, f"expected 'TYPE' or 'TYPE, MODE, CONTEXT' before '#', found "
                           f"{len(fields)} comma-separated fields")
            continue
        plover_type = fields[0]
        mode, context = (fields[1], fields[2]) if len(fields) == 3 else ("", "")
        if plover_type and not TYPE_RE.match(plover_type):
            error(line_no, f"PLOVER event type must be an upper-case word, found "
                           f"'{plover_type}'")
            continue
        if plover_type and plover_type not in PLOVER_TYPES:
            error(line_no, f"unknown PLOVER event type '{plover_type}' (known: "
                           f"{', '.join(sorted(PLOVER_TYPES))})")
            continue
        name, note = comment.strip(), ""
        note_match = EDITORIAL_NOTE_RE.match(name)
        if note_match:
            name, note = note_match.group("name"), note_match.group("note")
        if not name:
            if len(code) != 2:
                error(line_no, f"code {code} has no name: expected '# NAME' after the "
                               "mapping")
                continue
            name = CAMEO_ROOT_NAMES[code]

        existing = concepts.get(code)
        if existing is None:
            concept = Concept(code, line_no)
            _add_unique(concept.plover_types, plover_type)
            _add_unique(concept.modes, mode)
            _add_unique(concept.contexts, context)
            concept.names.append(name)
            _add_unique(concept.notes, note)
            concepts[code] = concept
            continue
        if len(code) == 2:
            # Repeated section header: the root covers every type its headers name.
            _add_unique(existing.plover_types, plover_type)
            _add_unique(existing.modes, mode)
            _add_unique(existing.contexts, context)
            _add_unique(existing.names, name)
            _add_unique(existing.notes, note)
            continue
        candidate = Concept(code, line_no)
        _add_unique(candidate.plover_types, plover_type)
        _add_unique(candidate.modes, mode)
        _add_unique(candidate.contexts, context)
        if candidate.mapping() != existing.mapping():
            error(line_no, f"duplicate code {code} (first at {path}:{existing.line}) "
                           "with a different PLOVER mapping")
            continue
        warnings.append(Diagnostic(path, line_no, "warning",
                                   f"duplicate code {code} (first at {path}:"
                                   f"{existing.line}); same mapping, names merged"))
        _add_unique(existing.names, name)
        _add_unique(existing.notes, note)

    if errors:
        raise InputError(errors)
    return CodeTable(Path(path).name, header_comments, concepts, warnings)


def add_cameo_supplement(table: CodeTable) -> None:
    """Add the CAMEO 01x and 02x codes that the input does not define."""
    wanted = dict(CAMEO_SUPPLEMENT)
    for root in CAMEO_SUPPLEMENT_TYPE:
        wanted[root] = CAMEO_ROOT_NAMES[root]
    for code, name in wanted.items():
        if code in table.concepts:
            continue
        concept = Concept(code, None, names=[name], supplemented=True)
        _add_unique(concept.plover_types, CAMEO_SUPPLEMENT_TYPE[code[:2]])
        table.concepts[code] = concept
    table.supplemented = True


def resolve_broader(table: CodeTable, path: str) -> None:
    """Link each code to its parent, or its nearest existing ancestor with a warning."""
    errors: list[Diagnostic] = []
    for code in sorted(table.concepts):
        concept = table.concepts[code]
        ancestors = [code[:n] for n in range(len(code) - 1, 1, -1)]
        if not ancestors:
            continue  # a 2-digit root
        found = next((a for a in ancestors if a in table.concepts), None)
        if found is None:
            errors.append(Diagnostic(path, concept.line, "error",
                                     f"code {code} has no ancestor in the table "
                                     f"(expected {' or '.join(ancestors)})"))
            continue
        if found != ancestors[0]:
            table.warnings.append(Diagnostic(path, concept.line, "warning",
                                             f"parent {ancestors[0]} of code {code} is "
                                             f"missing; linked to {found}"))
        concept.broader = found
    if errors:
        raise InputError(errors)


def load_table(path: Path, supplement: bool = True) -> CodeTable:
    """Read, parse and check the mapping file; raise InputError or OSError."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_no = data.count(b"\n", 0, exc.start) + 1
        raise InputError([Diagnostic(str(path), line_no, "error",
                                     "input is not valid UTF-8")]) from exc
    table = parse_mapping(text, str(path))
    if supplement:
        add_cameo_supplement(table)
    resolve_broader(table, str(path))
    return table


def turtle_string(value: str) -> str:
    """A Turtle STRING_LITERAL_QUOTE for value."""
    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
               "\b": "\\b", "\f": "\\f"}
    out = []
    for ch in value:
        if ch in escapes:
            out.append(escapes[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def english(value: str) -> str:
    return turtle_string(value) + "@en"


def _statement(subject: str, pairs: list[tuple[str, str]]) -> list[str]:
    lines = [subject]
    for i, (predicate, obj) in enumerate(pairs):
        end = " ." if i == len(pairs) - 1 else " ;"
        lines.append(f"    {predicate} {obj}{end}")
    lines.append("")
    return lines


def _prefix_lines(names: set[str]) -> list[str]:
    return [f"@prefix {p}: <{iri}> ." for p, iri in PREFIXES if p in names] + [""]


def _licence_statement() -> list[str]:
    # Typed and labelled, as validators want the object of dct:license to be.
    return _statement(f"<{CC_BY_SA_4}>", [
        ("a", "dct:LicenseDocument"),
        ("rdfs:label", english("Creative Commons Attribution-ShareAlike 4.0 "
                               "International")),
    ])


def _licence_comment(table: CodeTable) -> list[str]:
    lines = [
        f"# Generated by tools/gen_code_schemes.py from {table.source_name}",
        f"#   ({MAPPING_SOURCE_IRI}).",
        "# Do not edit by hand: change the generator or its input and run it again.",
        "#",
    ]
    if table.header_comments:
        lines.append(f"# The header of {table.source_name} reads:")
        lines += [f"#   {c}" if c else "#" for c in table.header_comments]
        lines.append("#")
    lines += [
        "# Licence: the CAMEO-to-PLOVER mapping and the PLOVER manual are by the Open Event",
        "# Data Alliance under the Creative Commons Attribution-ShareAlike 4.0 International",
        f"# licence (CC BY-SA 4.0, {CC_BY_SA_4}).",
        "# This file is derived from them and is distributed under the same licence,",
        "# CC BY-SA 4.0. No PETRARCH2 (MIT) data is used.",
    ]
    return lines


def render_cameo(table: CodeTable) -> str:
    """cameo.ttl: the CAMEO scheme, its concepts and the ng: properties they use."""
    lines = ["# CAMEO event codes as a SKOS concept scheme, each code with its PLOVER",
             "# counterpart (ng:ploverType, ng:ploverMode, ng:ploverContext).", "#"]
    lines += _licence_comment(table)
    lines += ["#",
              "# Names of 2-digit roots without a name in the table are the CAMEO",
              f"# codebook's ({CAMEO_CODEBOOK_IRI})."]
    if table.supplemented:
        lines += ["# CAMEO 01x (statements) and 02x (appeals), which the table leaves out,",
                  "# are added by the generator from the CAMEO codebook: no PLOVER type for",
                  "# 01x, REQUEST for 02x (newsgraph's convention)."]
    lines.append("")
    lines += _prefix_lines({p for p, _ in PREFIXES})

    roots = sorted(c for c in table.concepts if len(c) == 2)
    note = ("Generated from the CAMEO2PLOVER-2021 conversion table of the Open Event Data "
            "Alliance.")
    if table.supplemented:
        note += (" CAMEO 01x and 02x codes, absent from that table, come from the CAMEO "
                 "codebook; 02x map to PLOVER REQUEST by newsgraph convention.")
    scheme = [
        ("a", "skos:ConceptScheme"),
        ("rdfs:label", english("CAMEO event codes")),
        ("skos:prefLabel", english("CAMEO event codes")),
        ("rdfs:comment", english("Conflict and Mediation Event Observations (CAMEO) "
                                 "event codes, mapped to PLOVER event types.")),
        ("skos:editorialNote", english(note)),
        ("dct:source", f"<{MAPPING_SOURCE_IRI}>"),
        ("dct:source", f"<{CAMEO_CODEBOOK_IRI}>"),
        ("dct:license", f"<{CC_BY_SA_4}>"),
    ] + [("skos:hasTopConcept", f"cameo:{code}") for code in roots]
    lines += _statement("cameo:scheme", scheme)
    lines += _licence_statement()

    lines += _statement("ng:ploverType", [
        ("a", "rdf:Property , owl:ObjectProperty"),
        ("rdfs:label", english("PLOVER event type")),
        ("rdfs:comment", english("The PLOVER event type that a CAMEO code maps to.")),
        ("rdfs:subPropertyOf", "skos:mappingRelation"),
        ("rdfs:domain", "skos:Concept"),
        ("rdfs:range", "skos:Concept"),
        ("rdfs:isDefinedBy", f"<{NG_ONTOLOGY_IRI}>"),
    ])
    lines += _statement("ng:ploverMode", [
        ("a", "rdf:Property , owl:DatatypeProperty"),
        ("rdfs:label", english("PLOVER mode")),
        ("rdfs:comment", english("The PLOVER mode (how the act was done) that a CAMEO "
                                 "code maps to.")),
        ("rdfs:domain", "skos:Concept"),
        ("rdfs:range", "xsd:string"),
        ("rdfs:isDefinedBy", f"<{NG_ONTOLOGY_IRI}>"),
    ])
    lines += _statement("ng:ploverContext", [
        ("a", "rdf:Property , owl:DatatypeProperty"),
        ("rdfs:label", english("PLOVER context")),
        ("rdfs:comment", english("The PLOVER context (what the act was about) that a "
                                 "CAMEO code maps to, as written in the mapping table.")),
        ("rdfs:domain", "skos:Concept"),
        ("rdfs:range", "xsd:string"),
        ("rdfs:isDefinedBy", f"<{NG_ONTOLOGY_IRI}>"),
    ])

    for code in sorted(table.concepts):
        concept = table.concepts[code]
        pairs = [("a", "skos:Concept"),
                 ("rdfs:label", english(concept.names[0])),
                 ("skos:prefLabel", english(concept.names[0]))]
        pairs += [("skos:altLabel", english(n)) for n in concept.names[1:]]
        pairs += [("skos:notation", turtle_string(code)),
                  ("skos:inScheme", "cameo:scheme")]
        if concept.broader is None:
            pairs.append(("skos:topConceptOf", "cameo:scheme"))
        else:
            pairs.append(("skos:broader", f"cameo:{concept.broader}"))
        pairs += [("skos:editorialNote", english(n)) for n in concept.notes]
        pairs += [("ng:ploverType", f"plover:{t}") for t in sorted(concept.plover_types)]
        pairs += [("ng:ploverMode", turtle_string(m)) for m in sorted(concept.modes)]
        pairs += [("ng:ploverContext", turtle_string(c)) for c in sorted(concept.contexts)]
        lines += _statement(f"cameo:{code}", pairs)
    return "\n".join(lines)


def used_plover_types(table: CodeTable) -> list[str]:
    return sorted({t for c in table.concepts.values() for t in c.plover_types})


def render_plover(table: CodeTable) -> str:
    """plover.ttl: the PLOVER event types that the CAMEO scheme uses."""
    types = used_plover_types(table)
    lines = ["# PLOVER event types as a SKOS concept scheme (the types that cameo.ttl",
             "# maps CAMEO codes to). Definitions are one-line summaries of the PLOVER",
             "# manual.", "#"]
    lines += _licence_comment(table)
    lines.append("")
    lines += _prefix_lines({"dct", "plover", "rdfs", "skos"})
    scheme = [
        ("a", "skos:ConceptScheme"),
        ("rdfs:label", english("PLOVER event types")),
        ("skos:prefLabel", english("PLOVER event types")),
        ("rdfs:comment", english("Event types of PLOVER, the Political Language Ontology "
                                 "for Verifiable Event Records (Open Event Data "
                                 "Alliance).")),
        ("dct:source", f"<{PLOVER_REPO_IRI}>"),
        ("dct:license", f"<{CC_BY_SA_4}>"),
    ] + [("skos:hasTopConcept", f"plover:{t}") for t in types]
    lines += _statement("plover:scheme", scheme)
    lines += _licence_statement()
    for plover_type in types:
        label, definition = PLOVER_TYPES[plover_type]
        lines += _statement(f"plover:{plover_type}", [
            ("a", "skos:Concept"),
            ("rdfs:label", english(label)),
            ("skos:prefLabel", english(label)),
            ("skos:notation", turtle_string(plover_type)),
            ("skos:definition", english(definition)),
            ("skos:inScheme", "plover:scheme"),
            ("skos:topConceptOf", "plover:scheme"),
        ])
    return "\n".join(lines)


def write_atomically(path: Path, text: str) -> None:
    """Replace path with text in one step, so a failed run leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mapping", type=Path, default=DEFAULT_MAPPING,
                        help=f"CAMEO2PLOVER table (default: {DEFAULT_MAPPING})")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR,
                        help="directory for cameo.ttl and plover.ttl "
                             "(default: the repository's ontology/)")
    parser.add_argument("--no-supplement", action="store_true",
                        help="do not add the CAMEO 01x and 02x codes the table omits")
    args = parser.parse_args(argv)

    try:
        table = load_table(args.mapping, supplement=not args.no_supplement)
    except InputError as exc:
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{args.mapping}: error: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for warning in table.warnings:
        print(warning, file=sys.stderr)

    outputs = {"cameo.ttl": render_cameo(table), "plover.ttl": render_plover(table)}
    try:
        for name, text in outputs.items():
            write_atomically(args.out_dir / name, text)
    except OSError as exc:
        print(f"{args.out_dir}: error: cannot write: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
