/**
 * Result tables in plain Java ({@link org.psnmf.knime.table.TableData}, what node runners return, testable without
 * KNIME) and their conversion to KNIME tables ({@link org.psnmf.knime.table.KnimeTables}, the only place that builds
 * KNIME cells).
 */
package org.psnmf.knime.table;
