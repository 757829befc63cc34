package io.github.baozhi.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads sizes such as {@code 64MiB}, {@code 200M}, {@code 1g} or {@code 1048576} as bytes. */
final class ByteSize implements CommandLine.ITypeConverter<Long> {

  private static final Pattern SIZE =
      Pattern.compile("(\\d+)\\s*(?:([kmgt])(?:i?b)?|b)?", Pattern.CASE_INSENSITIVE);

  @Override
  public Long convert(String value) {
    Matcher m = SIZE.matcher(value.strip());
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a size; use a number of bytes or one like 64MiB or 1G");
    }
    long number = Long.parseLong(m.group(1));
    int shift = m.group(2) == null ? 0 : 10 * ("kmgt".indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1);
    if (number <= 0 || Long.numberOfLeadingZeros(number) <= shift) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a usable size");
    }
    return number << shift;
  }

  /** A size for people: {@code 64 MiB}, {@code 200.0 MiB}, {@code 512 bytes}. */
  static String format(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%d %s", (long) value, units[unit])
        : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
