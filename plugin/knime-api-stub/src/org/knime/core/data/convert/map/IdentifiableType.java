/*
 * OFFLINE COMPILE-ONLY STUB of the KNIME API - never shipped, never on a KNIME class path.
 * Signatures copied from knime/knime-core tag analytics-platform/5.5.0 (new in 5.4/5.5: absent at analytics-platform/5.3.0;
 * declared only because DataType / CanceledExecutionException implement it in 5.5.0),
 * org.knime.core/src/eclipse/org/knime/core/data/convert/map/IdentifiableType.java
 * Only the members the org.psnmf.knime nodes use; bodies throw unless a test needs trivial behaviour (noted).
 */
package org.knime.core.data.convert.map;



public interface IdentifiableType {


}
