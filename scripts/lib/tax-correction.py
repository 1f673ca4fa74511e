#!/usr/bin/env python3
"""IF-TAX correction files for the import benchmark (scripts/benchmark-import.sh), from the IF-TAX files the hub holds.

    tax-correction.py OUT_DIR SEED HELD.csv [HELD.csv ...]

Writes two files of the same size into OUT_DIR and prints one line per file: "<path> <records>".
- TAX_<insurer>_20261201.csv, the usual correction: every held row is drawn with probability 0.10 and sent again
  changed (更新年月日 20261130, 総所得金額等 + 1 yen when it has one), and with probability 0.01 sent as a new key
  (課税年度 2018, a year no held file has); held order, so held and new keys are mixed through the file.
- TAX_<insurer>_20261202.csv, the same number of rows, all new keys (課税年度 2017 and before) but the last row, a held key
  changed: the case where a key conflict is met only at the very end.
IF-TAX rows are ASCII (digits and commas), so the files are valid MS932 as written.
"""
import os
import random
import sys


def fields(line):
    return line.rstrip("\r\n").split(",")


def changed(f):
    f = list(f)
    if f[4] != "":
        f[4] = str(int(f[4]) + 1)
    f[11] = "20261130"
    return f


def main():
    out, seed, held = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    insurer = os.path.basename(held[0]).split("_")[1]
    rng = random.Random(seed)
    usual = os.path.join(out, f"TAX_{insurer}_20261201.csv")
    last = os.path.join(out, f"TAX_{insurer}_20261202.csv")
    rows = 0
    one_held = None
    new_2018 = set()  # (宛名番号, 情報源区分) sent as 課税年度 2018: a person's rows of several years give one new key
    new_keys = []  # rows for the second file: 課税年度 2017 for a (宛名番号, 情報源区分) first drawn, 2016 next, ...
    drawn = {}
    with open(usual, "w", newline="") as w:
        for path in held:
            with open(path, encoding="ascii") as r:
                for line in r:
                    f = fields(line)
                    x = rng.random()
                    if x >= 0.11:
                        continue
                    key = (f[0], f[2])
                    if x < 0.10:
                        w.write(",".join(changed(f)) + "\r\n")
                        rows += 1
                        one_held = f
                    elif key not in new_2018:
                        new_2018.add(key)
                        w.write(",".join([f[0], "2018"] + f[2:]) + "\r\n")
                        rows += 1
                    if len(new_keys) < rows:
                        n = drawn.get(key, 0)
                        drawn[key] = n + 1
                        new_keys.append([f[0], str(2017 - n)] + f[2:])
    with open(last, "w", newline="") as w:
        for f in new_keys[: rows - 1]:
            w.write(",".join(f) + "\r\n")
        w.write(",".join(changed(one_held)) + "\r\n")
    print(f"{usual} {rows}")
    print(f"{last} {rows}")


if __name__ == "__main__":
    main()
