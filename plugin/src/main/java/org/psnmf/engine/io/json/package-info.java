/**
 * A small JSON parser ({@link org.psnmf.engine.io.json.MiniJson}) for the metadata that vendors store as JSON text
 * inside their files (Velox); also used by tests that read expected values. No external dependency.
 */
package org.psnmf.engine.io.json;
