package io.github.baozhi.cli;

import io.github.baozhi.Punctuation;
import io.github.baozhi.ocr.InputFormat;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * picocli converters for the options whose value is one of a set of names ({@code --format},
 * {@code --input-format}, {@code --punctuation}) or a charset, in any case. A value that is none
 * of them is refused with a message that lists the choices and stands alone, without picocli's
 * "Invalid value for option" before it.
 */
final class Choices {

  private Choices() {}

  /** A refused value; its message is the whole of what the user is told. */
  static final class Refused extends CommandLine.TypeConversionException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * The constant of {@code values} whose name (by {@code name}) is {@code value} in any case; the
   * names {@code extra} come first in the message, for values that no constant stands for.
   */
  private static <E> E choose(String option, String value, E[] values, Function<E, String> name,
      List<String> extra) {
    for (E e : values) {
      if (name.apply(e).equalsIgnoreCase(value.strip())) {
        return e;
      }
    }
    List<String> names = new ArrayList<>(extra);
    for (E e : values) {
      names.add(name.apply(e));
    }
    throw new Refused(option + " must be " + String.join(", ", names.subList(0, names.size() - 1))
        + " or " + names.get(names.size() - 1) + ", not '" + value + "'");
  }

  private static String lowerCase(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** {@code --format}. */
  static final class OfFormat implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return choose("--format", value, Format.values(), Choices::lowerCase, List.of());
    }
  }

  /** {@code --input-format}: {@code auto} is null, the format sniffed from each input. */
  static final class OfInputFormat implements CommandLine.ITypeConverter<InputFormat> {
    static final String AUTO = "auto";

    @Override
    public InputFormat convert(String value) {
      if (value.strip().equalsIgnoreCase(AUTO)) {
        return null;
      }
      return choose("--input-format", value, InputFormat.values(), InputFormat::cliName,
          List.of(AUTO));
    }
  }

  /** What the shell completes for {@code --input-format}: its names as they are typed. */
  static final class InputFormatNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    InputFormatNames() {
      add(OfInputFormat.AUTO);
      for (InputFormat format : InputFormat.values()) {
        add(format.cliName());
      }
    }
  }

  /** What the shell completes for {@code --punctuation}. */
  static final class PunctuationNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    PunctuationNames() {
      for (Punctuation widths : Punctuation.values()) {
        add(lowerCase(widths));
      }
    }
  }

  /** {@code --punctuation}. */
  static final class OfPunctuation implements CommandLine.ITypeConverter<Punctuation> {
    @Override
    public Punctuation convert(String value) {
      return choose("--punctuation", value, Punctuation.values(), Choices::lowerCase, List.of());
    }
  }

  /** {@code --encoding}: {@code auto} is null, the charset detected from each input. */
  static final class OfCharset implements CommandLine.ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      if (value.strip().equalsIgnoreCase("auto")) {
        return null;
      }
      try {
        return Charset.forName(value);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new Refused("unknown encoding '" + value + "'");
      }
    }
  }
}
