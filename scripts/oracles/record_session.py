#!/usr/bin/env python3
"""Record PyTorch / scikit-learn interactive-session transcripts for the session's oracle tests.

A developer tool, never run by `npm test`. Needs Debian's python3-torch (1.13.1) and
python3-sklearn (1.2.1):

    apt-get install -y python3-torch python3-sklearn
    /usr/bin/python3 scripts/oracles/record_session.py scripts/oracles/cases/*.txt

Each cases file holds programs written as a REPL session:

    ### program_id: what the program shows
    >>> import torch
    >>> for i in range(2):
    ...     print(i)

A program starts at a `###` line; `>>>` starts a statement and `...` continues it (a compound
statement's block, indented by four spaces as typed). Every program runs in a fresh namespace,
so one program's seed or variables never reach another. For cases/<name>.txt it writes
tests/oracles/session/<name>.json in the schema of tests/oracles/tensor_repl.json: for each
statement the text printed (the REPL's echo or print; null for nothing), the warnings shown
and the last line of the traceback.
"""
import contextlib
import io
import json
import os
import re
import sys
import traceback
import warnings

ADDRESS = re.compile(r"\b0x[0-9a-fA-F]+")


def parse_cases(text):
    programs = []
    for line in text.splitlines():
        if line.startswith("###"):
            ident, _, title = line[3:].strip().partition(":")
            programs.append({"id": ident.strip(), "title": title.strip(), "inputs": []})
        elif line.startswith(">>> "):
            programs[-1]["inputs"].append(line[4:])
        elif line.startswith("..."):
            programs[-1]["inputs"][-1] += "\n" + line[4:]
        elif line.strip():
            raise SystemExit(f"unexpected line outside a statement: {line!r}")
    return programs


def run_statement(source, namespace, shown):
    out = io.StringIO()
    caught = []

    def show(message, category, filename, lineno, file=None, line=None):
        caught.append(f"{category.__name__}: {message}")

    error = None
    old_show = warnings.showwarning
    warnings.showwarning = show
    try:
        with contextlib.redirect_stdout(out):
            code = compile(source + "\n", "<stdin>", "single")
            exec(code, namespace)
    except BaseException as exc:  # the REPL reports every exception and carries on
        error = traceback.format_exception_only(type(exc), exc)[-1].rstrip("\n")
    finally:
        warnings.showwarning = old_show
    # The REPL shows a warning once per location; every statement is line 1 of <stdin>.
    fresh = [w for w in caught if w not in shown]
    shown.update(fresh)
    text = out.getvalue()
    if text.endswith("\n"):
        text = text[:-1]
    return {"input": source, "output": text if text != "" else None, "warnings": fresh, "error": error}


def transcript_of(steps):
    lines = []
    for step in steps:
        first, *rest = step["input"].split("\n")
        lines.append(">>> " + first)
        lines.extend("... " + r for r in rest)
        if rest:
            lines.append("... ")
        if step["output"] is not None:
            lines.append(step["output"])
        if step["error"] is not None:
            lines.extend(["Traceback (most recent call last):", "  ...", step["error"]])
    return "\n".join(lines)


def record(program):
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    shown = set()
    warnings.resetwarnings()
    warnings.simplefilter("default")
    steps = [run_statement(src, namespace, shown) for src in program["inputs"]]
    sanitized = any(
        ADDRESS.search(s["output"] or "") or ADDRESS.search(s["error"] or "") for s in steps
    )
    if sanitized:
        for s in steps:
            for key in ("output", "error"):
                if s[key] is not None:
                    s[key] = ADDRESS.sub("0xADDRESS", s[key])
    entry = {"id": program["id"], "title": program["title"], "steps": steps,
             "transcript": transcript_of(steps)}
    if sanitized:
        entry["addresses_sanitized"] = True
    return entry


def main(paths):
    import torch  # noqa: F401  (fail early without the real library)

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out_dir = os.path.join(root, "tests", "oracles", "session")
    os.makedirs(out_dir, exist_ok=True)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            programs = parse_cases(f.read())
        recorded = [record(p) for p in programs]
        name = os.path.splitext(os.path.basename(path))[0]
        target = os.path.join(out_dir, name + ".json")
        with open(target, "w", encoding="utf-8") as f:
            json.dump({"torch_version": torch.__version__, "programs": recorded}, f, indent=1,
                      ensure_ascii=False)
            f.write("\n")
        print(f"{target}: {len(recorded)} programs, "
              f"{sum(len(p['steps']) for p in recorded)} statements")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(sys.argv[1:])
