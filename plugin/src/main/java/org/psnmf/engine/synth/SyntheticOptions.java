package org.psnmf.engine.synth;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.psnmf.engine.data.EnergyAxis;
import org.psnmf.engine.xray.DetectorModel;

/**
 * Everything that defines a synthetic spectrum image. Same options ⇒ same dataset, bit for bit, on any number of
 * threads. Start from {@link #mantle()} (the paper's validation case) and change fields with the {@code with…}
 * methods; the constructor validates every field and names the bad value.
 *
 * @param width            image width, pixels, 1–8192
 * @param height           image height, pixels, 1–8192
 * @param axis             energy axis; default {@link #DEFAULT_AXIS} (espm's: 1980 channels of 10 eV from 0.2 keV)
 * @param beamEnergyKv     beam energy, kV, 1–1000; default 200
 * @param detector         resolution at Mn Kα and efficiency; default 130 eV with the espm SDD curve
 * @param phases           the phases, first = matrix; 1–32, unique names
 * @param grains           one grain spec per phase after the first (see {@link AbundanceMaps})
 * @param countsPerPixel   requested mean X-ray counts per pixel over the whole image, (0, 100000]; the paper: 147
 *                         (medium SNR) and 18 (low SNR)
 * @param seed             seed of the Poisson noise
 * @param mapSeed          seed of the grain geometry; kept apart from {@code seed} so that datasets at different noise
 *                         levels or noise seeds share one ground truth, as in the paper
 * @param continuumScale   bremsstrahlung scale, 0–1000 (1 = documented default of {@link SpectrumModel}, 0 = none)
 * @param absorptionAt1keV thin-film absorption exponent at 1 keV, 0–100 (0 = off, the default)
 * @param title            a title stored in the metadata
 */
public record SyntheticOptions(int width, int height, EnergyAxis axis, double beamEnergyKv, DetectorModel detector,
        List<Phase> phases, List<GrainSpec> grains, double countsPerPixel, long seed, long mapSeed,
        double continuumScale, double absorptionAt1keV, String title) {

    /** espm's default axis, also used by the paper's simulations: 1980 channels, 0.2 keV offset, 10 eV per channel. */
    public static final EnergyAxis DEFAULT_AXIS = new EnergyAxis(1980, 0.2, 0.01);
    /** Default beam energy, kV. */
    public static final double DEFAULT_BEAM_KV = 200;
    /** Default grain-geometry seed. */
    public static final long DEFAULT_MAP_SEED = 2024;
    /** Largest accepted mean counts per pixel. */
    public static final double MAX_COUNTS = 100_000;
    /** Largest accepted width or height. */
    public static final int MAX_SIZE = 8192;

    public SyntheticOptions {
        if (width < 1 || width > MAX_SIZE || height < 1 || height > MAX_SIZE) {
            throw new IllegalArgumentException("Image size must be between 1 and " + MAX_SIZE + " pixels per side, got "
                    + width + " x " + height + ".");
        }
        if (axis == null) {
            throw new IllegalArgumentException("An energy axis is required.");
        }
        if (detector == null) {
            throw new IllegalArgumentException("A detector model is required.");
        }
        if (!(beamEnergyKv >= 1 && beamEnergyKv <= 1000)) {
            throw new IllegalArgumentException("Beam energy must be between 1 and 1000 kV, got " + beamEnergyKv + ".");
        }
        if (phases == null || phases.isEmpty() || phases.size() > 32) {
            throw new IllegalArgumentException("Give between 1 and 32 phases (the first is the matrix), got "
                    + (phases == null ? 0 : phases.size()) + ".");
        }
        Set<String> names = new HashSet<>();
        for (Phase p : phases) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("Phase name '" + p.name() + "' is used twice; phase names must be unique.");
            }
        }
        if (grains == null || grains.size() != phases.size() - 1) {
            throw new IllegalArgumentException("Give one grain spec (count and radius) for each phase after the matrix: "
                    + (phases.size() - 1) + " needed, got " + (grains == null ? 0 : grains.size()) + ".");
        }
        if (!(countsPerPixel > 0 && countsPerPixel <= MAX_COUNTS)) {
            throw new IllegalArgumentException("Mean counts per pixel must be > 0 and at most " + (long) MAX_COUNTS
                    + ", got " + countsPerPixel + ".");
        }
        if (!(continuumScale >= 0 && continuumScale <= 1000)) {
            throw new IllegalArgumentException("Continuum scale must be between 0 and 1000, got " + continuumScale + ".");
        }
        if (!(absorptionAt1keV >= 0 && absorptionAt1keV <= 100)) {
            throw new IllegalArgumentException("Absorption exponent at 1 keV must be between 0 and 100, got "
                    + absorptionAt1keV + ".");
        }
        phases = List.copyOf(phases);
        grains = List.copyOf(grains);
        title = title == null ? "" : title;
    }

    /** @return the paper's medium-SNR case: mantle preset, 180 x 180 px, 147 counts/px, noise seed 1 */
    public static SyntheticOptions mantle() {
        return mantle(MantlePreset.SIZE);
    }

    /** @return the mantle preset at {@code size} x {@code size} pixels (grain radii scaled), 147 counts/px, seed 1 */
    public static SyntheticOptions mantle(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("Image size must be between 1 and " + MAX_SIZE + " pixels, got " + size + ".");
        }
        return new SyntheticOptions(size, size, DEFAULT_AXIS, DEFAULT_BEAM_KV, DetectorModel.DEFAULT,
                MantlePreset.phases(), MantlePreset.grains(size), MantlePreset.MEDIUM_COUNTS, 1, DEFAULT_MAP_SEED, 1, 0,
                "PSNMF synthetic mantle sample (Brg, Fp, CaPv; Chen et al. Table 1)");
    }

    /** @return the spectrum model these options define */
    public SpectrumModel spectrumModel() {
        return new SpectrumModel(axis, beamEnergyKv, detector, continuumScale, absorptionAt1keV);
    }

    public SyntheticOptions withSize(int w, int h) {
        return new SyntheticOptions(w, h, axis, beamEnergyKv, detector, phases, grains, countsPerPixel, seed, mapSeed,
                continuumScale, absorptionAt1keV, title);
    }

    public SyntheticOptions withAxis(EnergyAxis v) {
        return new SyntheticOptions(width, height, v, beamEnergyKv, detector, phases, grains, countsPerPixel, seed,
                mapSeed, continuumScale, absorptionAt1keV, title);
    }

    public SyntheticOptions withBeamEnergyKv(double v) {
        return new SyntheticOptions(width, height, axis, v, detector, phases, grains, countsPerPixel, seed, mapSeed,
                continuumScale, absorptionAt1keV, title);
    }

    public SyntheticOptions withDetector(DetectorModel v) {
        return new SyntheticOptions(width, height, axis, beamEnergyKv, v, phases, grains, countsPerPixel, seed, mapSeed,
                continuumScale, absorptionAt1keV, title);
    }

    /** @return options with other phases and grain specs (one spec per phase after the matrix) */
    public SyntheticOptions withPhases(List<Phase> newPhases, List<GrainSpec> newGrains) {
        return new SyntheticOptions(width, height, axis, beamEnergyKv, detector, newPhases, newGrains, countsPerPixel,
                seed, mapSeed, continuumScale, absorptionAt1keV, title);
    }

    public SyntheticOptions withGrains(List<GrainSpec> v) {
        return new SyntheticOptions(width, height, axis, beamEnergyKv, detector, phases, v, countsPerPixel, seed,
                mapSeed, continuumScale, absorptionAt1keV, title);
    }

    public SyntheticOptions withCountsPerPixel(double v) {
        return new SyntheticOptions(width, height, axis, beamEnergyKv, detector, phases, grains, v, seed, mapSeed,
                continuumScale, absorptionAt1keV, title);
    }

    public SyntheticOptions withSeed(long v) {
        return new SyntheticOptions(width, height, axis, beamEnergyKv, detector, phases, grains, countsPerPixel, v,
                mapSeed, continuumScale, absorptionAt1keV, title);
    }

    public SyntheticOptions withMapSeed(long v) {
        return new SyntheticOptions(width, height, axis, beamEnergyKv, detector, phases, grains, countsPerPixel, seed,
                v, continuumScale, absorptionAt1keV, title);
    }

    public SyntheticOptions withContinuumScale(double v) {
        return new SyntheticOptions(width, height, axis, beamEnergyKv, detector, phases, grains, countsPerPixel, seed,
                mapSeed, v, absorptionAt1keV, title);
    }

    public SyntheticOptions withAbsorptionAt1keV(double v) {
        return new SyntheticOptions(width, height, axis, beamEnergyKv, detector, phases, grains, countsPerPixel, seed,
                mapSeed, continuumScale, v, title);
    }

    public SyntheticOptions withTitle(String v) {
        return new SyntheticOptions(width, height, axis, beamEnergyKv, detector, phases, grains, countsPerPixel, seed,
                mapSeed, continuumScale, absorptionAt1keV, v);
    }
}
