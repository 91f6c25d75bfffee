/**
 * The {@code ./psnmf} command line: {@link org.psnmf.cli.Main} dispatches to one class per sub-command
 * ({@code demo}, {@code info}, {@code convert}, {@code bin}, {@code synth}, {@code run}, {@code sweep-bin},
 * {@code bench}, {@code bench-io}, {@code quant}). Each command declares its options once
 * ({@link org.psnmf.cli.Option}, {@link org.psnmf.cli.CommandSpec}), which gives its parsing, validation and
 * {@code --help}. Commands only parse, call the engine and write files; the science stays in
 * {@code org.psnmf.engine}.
 */
package org.psnmf.cli;
