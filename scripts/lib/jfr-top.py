#!/usr/bin/env python3
"""Where a thread's CPU time went, from a JFR recording (`-XX:StartFlightRecording`): reads
`jfr print --events jdk.ExecutionSample` and prints, for the threads whose name contains THREAD, the methods most
often on top of the stack (self) and most often anywhere on it (total), as shares of the samples.

    scripts/lib/jfr-top.py RECORDING.jfr THREAD [N]
"""
import collections
import re
import subprocess
import sys

recording, thread = sys.argv[1], sys.argv[2]
top_n = int(sys.argv[3]) if len(sys.argv) > 3 else 25
out = subprocess.run(["jfr", "print", "--stack-depth", "64", "--events", "jdk.ExecutionSample", recording],
                     capture_output=True, text=True, check=True).stdout
self_counts = collections.Counter()
total_counts = collections.Counter()
samples = 0
for event in out.split("jdk.ExecutionSample {")[1:]:
    m = re.search(r'sampledThread = "([^"]*)"', event)
    if not m or thread not in m.group(1):
        continue
    frames = re.findall(r'^\s+([\w$.<>]+)\(.*\)\s+line:', event, re.M)
    if not frames:
        continue
    samples += 1
    self_counts[frames[0]] += 1
    for f in set(frames):
        total_counts[f] += 1
print(f"{samples} samples of threads matching '{thread}'")
print("self:")
for f, n in self_counts.most_common(top_n):
    print(f"  {100 * n / samples:5.1f} %  {f}")
print("total (on the stack):")
for f, n in total_counts.most_common(top_n * 2):
    print(f"  {100 * n / samples:5.1f} %  {f}")
