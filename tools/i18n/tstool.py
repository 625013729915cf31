#!/usr/bin/env python3
"""Helpers for Patella's Qt Linguist files (resources/translations/*.ts).

  tstool.py todo TS...                 list the sources still unfinished in any of the files, numbered
  tstool.py fill TABLE.json TS...      write translations from a table into the files
  tstool.py english-plurals EN_TS      fill patella_en.ts's plural forms from the "(s)" in each source

A table is a JSON list of entries; each entry is {"s": source, "de": ..., "fr": ..., "es": ...}, where a plural
message's translations are lists of forms (one, other) and an optional "c" limits the entry to one context.
After filling, run the update_translations target so lupdate writes the files back in its own layout.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot().get("language", "")[:2]


def save(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished",):
        return True
    if message.get("numerus") == "yes":
        return any(not (form.text or "").strip() for form in translation.iter("numerusform"))
    return not (translation.text or "").strip()


def todo(paths):
    seen = {}
    for path in paths:
        tree, _ = load(path)
        for context, message in messages(tree):
            if unfinished(message) and message.get("type") != "vanished":
                source = message.findtext("source")
                entry = seen.setdefault(source, {"numerus": message.get("numerus") == "yes", "notes": set()})
                note = message.findtext("extracomment") or message.findtext("comment")
                entry["notes"].add(note if note else context)
    for index, (source, entry) in enumerate(seen.items()):
        flag = " [plural]" if entry["numerus"] else ""
        notes = "; ".join(sorted(entry["notes"]))[:80]
        print(f"{index}\t{json.dumps(source, ensure_ascii=False)}{flag}\t# {notes}")


def set_translation(message, value, forms):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        values = value if isinstance(value, list) else [value] * forms
        if len(values) != forms:
            raise SystemExit(f"{message.findtext('source')!r}: needs {forms} plural forms, has {len(values)}")
        translation.text = None
        for v in values:
            ET.SubElement(translation, "numerusform").text = v
    else:
        if isinstance(value, list):
            raise SystemExit(f"{message.findtext('source')!r} is not a plural message")
        translation.text = value


def check_placeholders(source, value, language):
    wanted = sorted(set(re.findall(r"%\d", source)))
    for v in value if isinstance(value, list) else [value]:
        have = sorted(set(re.findall(r"%\d", v)))
        if have != wanted:
            print(f"warning [{language}] placeholders {wanted} vs {have}: {source!r} -> {v!r}", file=sys.stderr)


def fill(table_path, paths):
    with open(table_path, encoding="utf-8") as f:
        table = json.load(f)
    general = {e["s"]: e for e in table if "c" not in e}
    specific = {(e["c"], e["s"]): e for e in table if "c" in e}
    for path in paths:
        tree, language = load(path)
        filled = 0
        for context, message in messages(tree):
            source = message.findtext("source")
            entry = specific.get((context, source)) or general.get(source)
            if not entry or language not in entry:
                continue
            check_placeholders(source, entry[language], language)
            set_translation(message, entry[language], 2)
            filled += 1
        save(tree, path)
        print(f"{path}: {filled} filled")


def english_plural(source):
    one = re.sub(r"\((s|es)\)", "", source)
    other = re.sub(r"\((s|es)\)", r"\1", source)
    return [one, other]


def english_plurals(path):
    tree, _ = load(path)
    for _, message in messages(tree):
        if message.get("numerus") == "yes":
            set_translation(message, english_plural(message.findtext("source")), 2)
    save(tree, path)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "todo":
        todo(sys.argv[2:])
    elif command == "fill":
        fill(sys.argv[2], sys.argv[3:])
    elif command == "english-plurals":
        english_plurals(sys.argv[2])
    else:
        print(__doc__)
        sys.exit(64)
