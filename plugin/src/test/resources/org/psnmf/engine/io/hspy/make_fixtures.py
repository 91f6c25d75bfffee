"""Writes the small HyperSpy-structured HDF5 test files of HspyTest (run with h5py + numpy; the outputs are committed).

Structure as HyperSpy's .hspy writer (file format 3.x) lays it out: root attributes file_format/file_format_version,
Experiments/<title>/data, axis-i groups (name, size, scale, offset, units, navigate as the string TRUE/FALSE) and a
metadata tree. Values follow simple formulas that HspyTest recomputes independently.
"""
import h5py
import numpy as np


def experiment(f, title, data, axes, signal_type="EDS_SEM", chunks=None, compression=None):
    f.attrs["file_format"] = "HyperSpy"
    f.attrs["file_format_version"] = "3.1"
    e = f.create_group("Experiments").create_group(title)
    e.create_dataset("data", data=data, chunks=chunks, compression=compression)
    for i, (name, nav, scale, offset, units) in enumerate(axes):
        a = e.create_group("axis-%d" % i)
        a.attrs["name"] = name
        a.attrs["navigate"] = "TRUE" if nav else "FALSE"
        a.attrs["size"] = data.shape[i]
        a.attrs["scale"] = scale
        a.attrs["offset"] = offset
        a.attrs["units"] = units
    md = e.create_group("metadata")
    md.create_group("General").attrs["title"] = title
    md.create_group("Signal").attrs["signal_type"] = signal_type
    sem = md.create_group("Acquisition_instrument").create_group("SEM")
    sem.attrs["beam_energy"] = 15.0
    eds = sem.create_group("Detector").create_group("EDS")
    eds.attrs["live_time"] = 0.25
    eds.attrs["energy_resolution_MnKa"] = 128.5
    eds.attrs["elevation_angle"] = 35.0
    md.create_group("Sample").create_dataset("_list_elements", data=np.array([b"Cu", b"Zn"]))
    return e


y, x, c = np.meshgrid(np.arange(5), np.arange(7), np.arange(9), indexing="ij")
cube = ((y * 7 + x * 3 + c) % 4).astype(np.int32)
with h5py.File("cube_chunked.hspy", "w") as f:
    experiment(f, "EDS cube", cube, [("y", True, 2.0, 0.0, "nm"), ("x", True, 2.0, 0.0, "nm"),
                                     ("Energy", False, 0.01, -0.1, "keV")], chunks=(2, 3, 9), compression="gzip")

x, c = np.meshgrid(np.arange(6), np.arange(4), indexing="ij")
line = (x * 4 + c).astype(np.uint16)
with h5py.File("linescan_ev.hspy", "w") as f:
    experiment(f, "Line", line, [("x", True, 5.0, 0.0, "nm"), ("Energy", False, 10.0, -100.0, "eV")])

model = (np.arange(24).reshape(2, 3, 4) / 8.0 - 0.5).astype(np.float32)
with h5py.File("model_float.hspy", "w") as f:
    experiment(f, "Model", model, [("y", True, 1.0, 0.0, "nm"), ("x", True, 1.0, 0.0, "nm"),
                                   ("Energy", False, 0.02, 0.0, "keV")])

with h5py.File("image_only.hspy", "w") as f:
    experiment(f, "HAADF", np.ones((4, 5), np.uint16), [("y", False, 1.0, 0.0, "nm"), ("x", False, 1.0, 0.0, "nm")],
               signal_type="")

neg = np.array([[1, 2, 3], [4, -5, 6]], np.int16)
with h5py.File("negative_int16.hspy", "w") as f:
    experiment(f, "Negative", neg, [("x", True, 1.0, 0.0, "nm"), ("Energy", False, 0.01, 0.0, "keV")])

with h5py.File("no_experiments.hspy", "w") as f:
    f.create_group("Data").create_dataset("x", data=np.arange(3))
