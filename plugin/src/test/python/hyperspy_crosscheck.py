"""HyperSpy cross-check for org.psnmf (run by HyperSpyCrossCheckTest when HyperSpy is installed).

  describe FILE...  load each file with HyperSpy and print what it sees, one "key=value" per line
  write DIR         write HyperSpy's own RIPPLE (uint16 counts, float32) and MSA files into DIR and describe them

Output per file: file=, shape= (HyperSpy's data shape, navigation axes first), dtype=, sum=, beam=, then one
axis=name|offset|scale|units|size|navigate line per axis and value=flat_index|value lines for a few entries.
Written for HyperSpy 1.7 (Debian's python3-hyperspy); our own code, GPL-3.0-or-later like the project.
"""
import logging
import sys
import warnings

import numpy as np

warnings.filterwarnings("ignore")
logging.disable(logging.WARNING)
import hyperspy.api as hs  # noqa: E402


def describe(path):
    s = hs.load(path)
    d = np.asarray(s.data)
    print("file=" + path)
    print("shape=" + ",".join(str(n) for n in d.shape))
    print("dtype=" + str(d.dtype))
    print("sum=%.17g" % float(d.astype(np.float64).sum()))
    beam = s.metadata.get_item("Acquisition_instrument.TEM.beam_energy", None)
    print("beam=" + ("" if beam is None else "%.17g" % float(beam)))
    for ax in s.axes_manager._axes:
        print("axis=%s|%.17g|%.17g|%s|%d|%s" % (ax.name, ax.offset, ax.scale, ax.units, ax.size, ax.navigate))
    flat = d.ravel()
    picks = sorted({0, flat.size // 3, flat.size // 2, flat.size - 1, int(np.argmax(flat))})
    for i in picks:
        print("value=%d|%.9g" % (i, float(flat[i])))
    print("end")


def write(directory):
    rng = np.random.default_rng(7)
    lam = rng.uniform(0.05, 2.0, size=(7, 5, 300))  # height 7, width 5, 300 channels
    counts = rng.poisson(lam).astype(np.uint16)
    s = hs.signals.Signal1D(counts)
    s.set_signal_type("EDS_TEM")
    e = s.axes_manager.signal_axes[0]
    e.offset, e.scale, e.units, e.name = -0.1, 0.02, "keV", "Energy"
    s.metadata.set_item("Acquisition_instrument.TEM.beam_energy", 300.0)
    s.metadata.set_item("Acquisition_instrument.TEM.Detector.EDS.energy_resolution_MnKa", 133.0)
    s.save(directory + "/hs_counts.rpl", overwrite=True)
    f = s.deepcopy()
    f.data = (counts * 0.5 + 0.25).astype(np.float32)
    f.save(directory + "/hs_float.rpl", overwrite=True)
    s.sum(axis=(0, 1)).save(directory + "/hs_sum.msa", overwrite=True)
    for name in ("hs_counts.rpl", "hs_float.rpl", "hs_sum.msa"):
        describe(directory + "/" + name)


if __name__ == "__main__":
    if sys.argv[1] == "describe":
        for p in sys.argv[2:]:
            describe(p)
    elif sys.argv[1] == "write":
        write(sys.argv[2])
    else:
        sys.exit("usage: describe FILE... | write DIR")
