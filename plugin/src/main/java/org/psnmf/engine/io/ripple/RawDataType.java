package org.psnmf.engine.io.ripple;

import java.util.Locale;

/** Element type of a binary cube (RIPPLE .raw): numpy-style names, size in bytes, RIPPLE data-type spelling. */
public enum RawDataType {
    INT8(1, false, true), UINT8(1, false, false), INT16(2, false, true), UINT16(2, false, false),
    INT32(4, false, true), UINT32(4, false, false), INT64(8, false, true), UINT64(8, false, false),
    FLOAT32(4, true, true), FLOAT64(8, true, true);

    private final int bytes;
    private final boolean isFloat;
    private final boolean signed;

    RawDataType(int bytes, boolean isFloat, boolean signed) {
        this.bytes = bytes;
        this.isFloat = isFloat;
        this.signed = signed;
    }

    /** @return bytes per value (RIPPLE {@code data-length}) */
    public int bytes() {
        return bytes;
    }

    public boolean isFloat() {
        return isFloat;
    }

    public boolean isSigned() {
        return signed;
    }

    /** @return RIPPLE {@code data-type}: signed, unsigned or float */
    public String rippleType() {
        return isFloat ? "float" : signed ? "signed" : "unsigned";
    }

    /** @return the largest value this type holds exactly as an integer count (for integer types) */
    public long maxCount() {
        return switch (this) {
            case INT8 -> Byte.MAX_VALUE;
            case UINT8 -> 0xFF;
            case INT16 -> Short.MAX_VALUE;
            case UINT16 -> 0xFFFF;
            case INT32 -> Integer.MAX_VALUE;
            case FLOAT32 -> 1L << 24; // float32 holds every integer up to 2^24 exactly
            default -> Integer.MAX_VALUE; // counts are int in this engine
        };
    }

    /** @return the numpy name, e.g. {@code uint16} */
    public String dtype() {
        return name().toLowerCase(Locale.ROOT);
    }
}
