/**
 * Node settings declared once: a {@link org.psnmf.knime.settings.Param} per setting (key, label, default, range),
 * {@link org.psnmf.knime.settings.ParamSettings} for saving and strict/lenient loading with one-line messages naming
 * the setting, and {@link org.psnmf.knime.settings.ParamDialog}, the classic dialog built from the same declarations
 * (one SettingsModel per param, same key), so keys, labels and defaults cannot drift between model, dialog,
 * description and the generated example workflows.
 */
package org.psnmf.knime.settings;
