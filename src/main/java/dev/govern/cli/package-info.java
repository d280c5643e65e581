/** The command line: one class per subcommand around a thin {@code main}; exit codes in {@link dev.govern.cli.ExitCodes}. */
package dev.govern.cli;
