package org.psnmf.engine.binning;

/**
 * What spatial binning by b does with the last columns/rows when the width or height is not a multiple of b.
 */
public enum EdgePolicy {
    /** Drop the remainder (default): every output pixel is the sum of exactly b x b input pixels. */
    DROP,
    /**
     * Keep partial edge bins: the last output column/row sums the fewer (b' x b, b x b'' or b' x b'') input pixels
     * that exist. Those pixels hold proportionally fewer counts and a shorter live time than the others (the image
     * metadata carry one live time per pixel, that of the full b x b bins), so they are not directly comparable.
     */
    KEEP
}
