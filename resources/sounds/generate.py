#!/usr/bin/env python3
"""Makes Patella's cue tones (our own, no samples): soft sine tones with short fades, 44.1 kHz mono 16-bit.

Run from this folder: python3 generate.py. The WAV files are committed; this script documents how they were made.
"""
import math
import struct
import wave

RATE = 44100


def tone(freqs, seconds, volume=0.5, fade=0.015):
    """A chord of sine waves with a raised-cosine fade in and a longer exponential fade out."""
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        t = i / RATE
        v = sum(math.sin(2 * math.pi * f * t) for f in freqs) / len(freqs)
        # a gentle second harmonic makes it carry across a room without sounding harsh
        v = 0.85 * v + 0.15 * sum(math.sin(4 * math.pi * f * t) for f in freqs) / len(freqs)
        env = 1.0
        if t < fade:
            env = 0.5 - 0.5 * math.cos(math.pi * t / fade)
        env *= math.exp(-3.0 * t / seconds)
        out.append(v * env * volume)
    return out


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def write(name, samples):
    with wave.open(name, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


write("countdown.wav", tone([880.0], 0.12))                        # 3, 2, 1
write("phase.wav", tone([659.25], 0.16) + tone([987.77], 0.28))     # a phase starts (hold, rest)
write("switch.wav", tone([783.99], 0.14) + silence(0.05) + tone([783.99], 0.14))  # switch sides
write("done.wav", tone([523.25], 0.16) + tone([659.25], 0.16) + tone([783.99], 0.4))  # session done
