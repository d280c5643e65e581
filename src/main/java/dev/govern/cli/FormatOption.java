package dev.govern.cli;

import dev.govern.format.OutputFormat;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --format}: read by name, and refused (exit 2) when the command has no such output. */
final class FormatOption implements CommandLine.ITypeConverter<OutputFormat> {
  @Override
  public OutputFormat convert(String value) {
    return OutputFormat.byId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
        "unknown format '" + value + "'; formats are " + Arrays.stream(OutputFormat.values())
            .map(OutputFormat::id).collect(Collectors.joining(", "))));
  }

  /** Throws a usage error unless {@code format} is one of {@code allowed}. */
  static void require(CommandSpec spec, OutputFormat format, OutputFormat... allowed) {
    List<OutputFormat> ok = List.of(allowed);
    if (!ok.contains(format)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "govern " + spec.name() + " has no " + format.id()
          + " output; choose " + ok.stream().map(OutputFormat::id).collect(Collectors.joining(", ")));
    }
  }
}
