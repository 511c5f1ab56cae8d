#!/usr/bin/env python3
"""Tests of tools/gen_code_schemes.py, the CAMEO/PLOVER SKOS scheme generator.

Run with:  python3 -m unittest discover -s tests/tools -v   (from the repository root)
Standard library only; the Turtle round trip uses serdi when it is installed, and the
real-table tests use the shared CAMEO2PLOVER table when it is present.
"""

from __future__ import annotations

import importlib.util
import io
import shutil
import subprocess
import sys
import tempfile
import unittest
from contextlib import redirect_stderr
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
GENERATOR = REPO_ROOT / "tools" / "gen_code_schemes.py"
REAL_MAPPING = REPO_ROOT.parent / "shared" / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__
_spec = importlib.util.spec_from_file_location("gen_code_schemes", GENERATOR)
gen = importlib.util.module_from_spec(_spec)
sys.modules["gen_code_schemes"] = gen
_spec.loader.exec_module(gen)

CAMEO = "https://w3id.org/newsgraph/cameo/"
PLOVER = "https://w3id.org/newsgraph/plover/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
NG = "https://w3id.org/newsgraph/ns#"

VALID = """\
# A small CAMEO to PLOVER table
# for the tests

03: AGREE
030: AGREE,  , diplomatic # Express intent to cooperate
033: AGREE,  , diplomatic # Express intent to provide material aid
0332: AGREE,  ,   military # Express intent to provide military aid
08: CONCEDE
080: CONCEDE,   ,  # Yield
081: CONCEDE,   ,   legal # Ease administrative sanctions
08: RETREAT
0813: RETREAT, ,   legal # Ease curfew  21.09.17: "ease" is no longer a mode
084: RETREAT,   ,  # Return, release
0841: RETREAT, release,   legal # Return, release person(s)
09: ACCUSE
094: ACCUSE, investigate, military; legal # Investigate "war" crimes \\ etc
~~~~~
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def ntriples(turtle_path: Path) -> set[str]:
    result = subprocess.run(["serdi", "-i", "turtle", "-o", "ntriples", str(turtle_path)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise AssertionError(f"serdi rejected {turtle_path}:\n{result.stderr}")
    return {line for line in result.stdout.splitlines() if line}


def triple(s: str, p: str, o: str) -> str:
    return f"<{s}> <{p}> {o} ."


class ParseValidTable(unittest.TestCase):
    def setUp(self):
        self.table = gen.parse_mapping(VALID, "small.txt")
        gen.resolve_broader(self.table, "small.txt")
        self.concepts = self.table.concepts

    def test_every_code_becomes_a_concept(self):
        self.assertEqual(sorted(self.concepts),
                         ["03", "030", "033", "0332", "08", "080", "081", "0813", "084",
                          "0841", "09", "094"])

    def test_broader_follows_the_code_prefix(self):
        self.assertEqual(self.concepts["0332"].broader, "033")
        self.assertEqual(self.concepts["033"].broader, "03")
        self.assertIsNone(self.concepts["03"].broader)

    def test_plover_type_mode_and_context(self):
        concept = self.concepts["0841"]
        self.assertEqual(concept.plover_types, ["RETREAT"])
        self.assertEqual(concept.modes, ["release"])
        self.assertEqual(concept.contexts, ["legal"])
        self.assertEqual(self.concepts["094"].contexts, ["military; legal"])
        self.assertEqual(self.concepts["080"].modes, [])

    def test_repeated_root_header_collects_both_types(self):
        self.assertEqual(self.concepts["08"].plover_types, ["CONCEDE", "RETREAT"])

    def test_root_without_name_gets_standard_cameo_name(self):
        self.assertEqual(self.concepts["03"].names, ["Express intent to cooperate"])
        self.assertEqual(self.concepts["08"].names, ["Yield"])

    def test_dated_editor_note_is_split_from_the_name(self):
        concept = self.concepts["0813"]
        self.assertEqual(concept.names, ["Ease curfew"])
        self.assertEqual(concept.notes, ['21.09.17: "ease" is no longer a mode'])

    def test_header_comments_are_kept_for_attribution(self):
        self.assertEqual(self.table.header_comments,
                         ["A small CAMEO to PLOVER table", "for the tests"])

    def test_no_warnings(self):
        self.assertEqual(self.table.warnings, [])


class Supplement(unittest.TestCase):
    def test_adds_01x_without_type_and_02x_as_request(self):
        table = gen.parse_mapping(VALID, "small.txt")
        gen.add_cameo_supplement(table)
        gen.resolve_broader(table, "small.txt")
        self.assertEqual(table.concepts["016"].names, ["Deny responsibility"])
        self.assertEqual(table.concepts["016"].plover_types, [])
        self.assertEqual(table.concepts["016"].broader, "01")
        self.assertEqual(table.concepts["0256"].plover_types, ["REQUEST"])
        self.assertEqual(table.concepts["0256"].broader, "025")
        self.assertIsNone(table.concepts["02"].broader)

    def test_input_wins_over_supplement(self):
        text = VALID + "02: ACCUSE\n020: ACCUSE, , # Own name\n"
        table = gen.parse_mapping(text.replace("~~~~~\n", ""), "small.txt")
        gen.add_cameo_supplement(table)
        self.assertEqual(table.concepts["020"].names, ["Own name"])
        self.assertEqual(table.concepts["020"].plover_types, ["ACCUSE"])
        self.assertEqual(table.concepts["021"].plover_types, ["REQUEST"])


class MalformedInput(unittest.TestCase):
    """Each bad table must fail with FILE:LINE naming the offending line."""

    def assert_error(self, text: str, line: int, fragment: str):
        with self.assertRaises(gen.InputError) as caught:
            table = gen.parse_mapping(text, "bad.txt")
            gen.resolve_broader(table, "bad.txt")
        messages = [str(d) for d in caught.exception.diagnostics]
        self.assertTrue(any(m.startswith(f"bad.txt:{line}: error: ") and fragment in m
                            for m in messages), messages)

    def test_line_without_code(self):
        self.assert_error("03: AGREE\nAGREE, , diplomatic # no code\n", 2, "malformed line")

    def test_wrong_field_count(self):
        self.assert_error("03: AGREE\n030: AGREE, diplomatic # two fields\n", 2,
                          "found 2 comma-separated fields")

    def test_code_of_five_digits(self):
        self.assert_error("03: AGREE\n03321: AGREE, , # x\n", 2, "2, 3 or 4 digits")

    def test_code_outside_cameo_roots(self):
        self.assert_error("21: AGREE\n", 1, "outside the CAMEO roots")

    def test_unknown_plover_type(self):
        self.assert_error("03: AGREE\n030: AGREED, , # typo\n", 2,
                          "unknown PLOVER event type 'AGREED'")

    def test_lower_case_type(self):
        self.assert_error("03: agree\n", 1, "upper-case word")

    def test_missing_name(self):
        self.assert_error("03: AGREE\n030: AGREE, , diplomatic\n", 2, "has no name")

    def test_duplicate_code_with_different_mapping(self):
        text = "03: AGREE\n030: AGREE, , diplomatic # a\n\n030: AGREE, , military # a\n"
        self.assert_error(text, 4, "duplicate code 030 (first at bad.txt:2)")

    def test_code_without_any_ancestor(self):
        self.assert_error("03: AGREE\n0451: CONSULT, , # orphan\n", 2,
                          "has no ancestor in the table")

    def test_every_error_is_reported(self):
        with self.assertRaises(gen.InputError) as caught:
            gen.parse_mapping("03: AGREE\nnonsense\n030: NOPE, , # x\n", "bad.txt")
        self.assertEqual([d.line for d in caught.exception.diagnostics], [2, 3])


class Warnings(unittest.TestCase):
    def test_duplicate_with_same_mapping_merges_names(self):
        text = ("17: COERCE\n175: ASSAULT, x , military # Use violent repression\n"
                "175: ASSAULT, x , military # Use tactics of violent repression\n")
        table = gen.parse_mapping(text, "t.txt")
        self.assertEqual(table.concepts["175"].names,
                         ["Use violent repression", "Use tactics of violent repression"])
        self.assertEqual([str(w) for w in table.warnings],
                         ["t.txt:3: warning: duplicate code 175 (first at t.txt:2); "
                          "same mapping, names merged"])

    def test_missing_parent_links_to_nearest_ancestor(self):
        table = gen.parse_mapping("03: AGREE\n0332: AGREE, , military # x\n", "t.txt")
        gen.resolve_broader(table, "t.txt")
        self.assertEqual(table.concepts["0332"].broader, "03")
        self.assertEqual([str(w) for w in table.warnings],
                         ["t.txt:2: warning: parent 033 of code 0332 is missing; "
                          "linked to 03"])

    def test_lines_after_end_marker_are_ignored_with_a_warning(self):
        table = gen.parse_mapping("03: AGREE\n~~~\n030: AGREE, , # x\n", "t.txt")
        self.assertEqual(sorted(table.concepts), ["03"])
        self.assertIn("after the end marker", str(table.warnings[0]))


class TurtleOutput(unittest.TestCase):
    def test_literal_escaping(self):
        self.assertEqual(gen.turtle_string('a "b" \\ c\nd\x01'),
                         '"a \\"b\\" \\\\ c\\nd\\u0001"')

    def test_output_is_deterministic(self):
        first = gen.parse_mapping(VALID, "small.txt")
        gen.resolve_broader(first, "small.txt")
        second = gen.parse_mapping(VALID, "small.txt")
        gen.resolve_broader(second, "small.txt")
        self.assertEqual(gen.render_cameo(first), gen.render_cameo(second))
        self.assertEqual(gen.render_plover(first), gen.render_plover(second))

    def test_concepts_are_sorted_by_code(self):
        table = gen.parse_mapping(VALID, "small.txt")
        gen.resolve_broader(table, "small.txt")
        text = gen.render_cameo(table)
        positions = [text.index(f"\ncameo:{c}\n") for c in sorted(table.concepts)]
        self.assertEqual(positions, sorted(positions))


@unittest.skipUnless(shutil.which("serdi"), "serdi is not installed")
class CommandLine(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = Path(self.tmp.name)

    def tearDown(self):
        self.tmp.cleanup()

    def run_tool(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, str(GENERATOR), *args],
                              capture_output=True, text=True, check=False)

    def test_generates_valid_turtle_with_expected_triples(self):
        mapping = write(self.dir, "small.txt", VALID)
        out = self.dir / "out"
        result = self.run_tool("--mapping", str(mapping), "--out-dir", str(out),
                               "--no-supplement")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        cameo = ntriples(out / "cameo.ttl")
        plover = ntriples(out / "plover.ttl")
        expected_cameo = [
            triple(CAMEO + "0332", SKOS + "broader", f"<{CAMEO}033>"),
            triple(CAMEO + "033", SKOS + "broader", f"<{CAMEO}03>"),
            triple(CAMEO + "03", SKOS + "topConceptOf", f"<{CAMEO}scheme>"),
            triple(CAMEO + "0332", NG + "ploverType", f"<{PLOVER}AGREE>"),
            triple(CAMEO + "0332", NG + "ploverContext", '"military"'),
            triple(CAMEO + "0332", SKOS + "notation", '"0332"'),
            triple(CAMEO + "0332", SKOS + "prefLabel",
                   '"Express intent to provide military aid"@en'),
            triple(CAMEO + "08", NG + "ploverType", f"<{PLOVER}CONCEDE>"),
            triple(CAMEO + "08", NG + "ploverType", f"<{PLOVER}RETREAT>"),
            triple(CAMEO + "094", SKOS + "prefLabel",
                   '"Investigate \\"war\\" crimes \\\\ etc"@en'),
        ]
        for t in expected_cameo:
            self.assertIn(t, cameo)
        self.assertFalse(any(t.startswith(f"<{CAMEO}080> <{NG}ploverMode>") for t in cameo))
        self.assertIn(triple(PLOVER + "RETREAT", SKOS + "prefLabel", '"Retreat"@en'), plover)
        types = {t.split()[0] for t in plover if f"<{SKOS}topConceptOf>" in t}
        self.assertEqual(types, {f"<{PLOVER}{t}>" for t in
                                 ("AGREE", "CONCEDE", "RETREAT", "ACCUSE")})

    def test_bad_table_fails_with_file_and_line_and_writes_nothing(self):
        mapping = write(self.dir, "bad.txt", "03: AGREE\n030 AGREE, , # no colon\n")
        out = self.dir / "out"
        result = self.run_tool("--mapping", str(mapping), "--out-dir", str(out))
        self.assertEqual(result.returncode, 1)
        self.assertRegex(result.stderr, rf"^{mapping}:2: error: malformed line")
        self.assertFalse(out.exists())

    def test_duplicate_code_fails_with_file_and_line(self):
        mapping = write(self.dir, "dup.txt",
                        "03: AGREE\n030: AGREE, , a # x\n030: AGREE, , b # x\n")
        result = self.run_tool("--mapping", str(mapping), "--out-dir", str(self.dir))
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{mapping}:3: error: duplicate code 030 (first at {mapping}:2)",
                      result.stderr)

    def test_missing_input_fails(self):
        result = self.run_tool("--mapping", str(self.dir / "none.txt"), "--out-dir",
                               str(self.dir))
        self.assertEqual(result.returncode, 1)
        self.assertIn("cannot read", result.stderr)


@unittest.skipUnless(REAL_MAPPING.exists(), "shared CAMEO2PLOVER table not present")
class RealTable(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with redirect_stderr(io.StringIO()):
            cls.table = gen.load_table(REAL_MAPPING)

    def test_known_mappings(self):
        concepts = self.table.concepts
        self.assertEqual(concepts["0332"].broader, "033")
        self.assertEqual(concepts["0332"].plover_types, ["AGREE"])
        self.assertEqual(concepts["163"].plover_types, ["COERCE"])
        self.assertEqual(concepts["010"].plover_types, [])
        self.assertEqual(concepts["0256"].plover_types, ["REQUEST"])
        self.assertEqual(sorted(concepts["08"].plover_types), ["CONCEDE", "RETREAT"])
        self.assertEqual(sorted(c for c in concepts if len(c) == 2),
                         [f"{n:02d}" for n in range(1, 21)])

    def test_only_the_known_duplicate_warns(self):
        self.assertEqual(len(self.table.warnings), 1)
        self.assertIn("duplicate code 175", str(self.table.warnings[0]))

    def test_checked_in_files_are_up_to_date(self):
        for name, text in (("cameo.ttl", gen.render_cameo(self.table)),
                           ("plover.ttl", gen.render_plover(self.table))):
            path = REPO_ROOT / "ontology" / name
            if not path.exists():
                self.skipTest(f"{path} not generated yet")
            self.assertEqual(path.read_text(encoding="utf-8"), text,
                             f"{path} is stale: run tools/gen_code_schemes.py")


if __name__ == "__main__":
    unittest.main()
