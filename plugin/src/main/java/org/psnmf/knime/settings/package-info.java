/**
 * Node settings declared once: a {@link org.psnmf.knime.settings.Param} per setting (key, label, default, range),
 * {@link org.psnmf.knime.settings.ParamSettings} for saving and strict/lenient loading with one-line messages naming
 * the setting, and {@link org.psnmf.knime.settings.ParamDialog}, the classic dialog derived from the same declarations,
 * which reads and writes only through ParamSettings, so model, dialog and the generated example workflows share one
 * persisted form and keys, labels and defaults cannot drift between model, dialog, description and workflows.
 */
package org.psnmf.knime.settings;
