package org.psnmf.engine.data;

/**
 * Linear energy calibration of the spectral axis: channel {@code c} is centred at
 * {@code offsetKeV + c * scaleKeV} keV.
 *
 * @param channels  number of channels, at least 1
 * @param offsetKeV energy of channel 0, keV (may be negative: many detectors start below zero)
 * @param scaleKeV  channel width, keV per channel, &gt; 0
 */
public record EnergyAxis(int channels, double offsetKeV, double scaleKeV) {

    public EnergyAxis {
        if (channels < 1) {
            throw new IllegalArgumentException("Energy axis needs at least 1 channel, got " + channels + ".");
        }
        if (!(scaleKeV > 0) || !Double.isFinite(scaleKeV)) {
            throw new IllegalArgumentException("Energy scale must be a positive number of keV per channel, got " + scaleKeV + ".");
        }
        if (!Double.isFinite(offsetKeV)) {
            throw new IllegalArgumentException("Energy offset must be finite, got " + offsetKeV + ".");
        }
    }

    /** @return the centre energy of channel {@code channel}, keV */
    public double energyAt(int channel) {
        return offsetKeV + channel * scaleKeV;
    }

    /** @return the (unclamped, possibly out-of-range) nearest channel index for {@code energyKeV} */
    public int channelOf(double energyKeV) {
        return (int) Math.round((energyKeV - offsetKeV) / scaleKeV);
    }

    /** @return energy of the last channel, keV */
    public double maxEnergy() {
        return energyAt(channels - 1);
    }

    /** @return true if {@code energyKeV} lies within the first and last channel centres */
    public boolean contains(double energyKeV) {
        return energyKeV >= offsetKeV - 0.5 * scaleKeV && energyKeV <= maxEnergy() + 0.5 * scaleKeV;
    }

    /** @return the axis after summing {@code factor} adjacent channels (the remainder at the top is dropped) */
    public EnergyAxis binned(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("Energy bin factor must be >= 1, got " + factor + ".");
        }
        int n = channels / factor;
        if (n < 1) {
            throw new IllegalArgumentException("Energy bin factor " + factor + " is larger than the " + channels + " channels.");
        }
        // the new channel centre is the mean of the summed channels' centres
        return new EnergyAxis(n, offsetKeV + 0.5 * (factor - 1) * scaleKeV, scaleKeV * factor);
    }

    /** @return the sub-axis of channels [from, to) */
    public EnergyAxis crop(int from, int to) {
        if (from < 0 || to > channels || from >= to) {
            throw new IllegalArgumentException("Channel range [" + from + ", " + to + ") is not inside [0, " + channels + ").");
        }
        return new EnergyAxis(to - from, energyAt(from), scaleKeV);
    }

    /** @return all channel centre energies, keV */
    public double[] energies() {
        double[] e = new double[channels];
        for (int c = 0; c < channels; c++) {
            e[c] = energyAt(c);
        }
        return e;
    }
}
