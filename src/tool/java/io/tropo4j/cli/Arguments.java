package io.tropo4j.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A command's parsed arguments, with conversions that name the option when a value is wrong. */
final class Arguments {
  private final Syntax syntax;
  private final Map<String, List<String>> values;
  private final List<String> positionals;

  Arguments(Syntax syntax, Map<String, List<String>> values, List<String> positionals) {
    this.syntax = syntax;
    this.values = values;
    this.positionals = List.copyOf(positionals);
  }

  boolean flag(String name) {
    return values.containsKey(syntax.option(name).name());
  }

  /** The option's value, its default when not given, or null. */
  String value(String name) {
    Syntax.Option option = syntax.option(name);
    List<String> given = values.get(option.name());
    return given == null || given.isEmpty() ? option.defaultValue() : given.get(0);
  }

  /** Every value of a repeatable option, in order; empty when not given. */
  List<String> values(String name) {
    return List.copyOf(values.getOrDefault(syntax.option(name).name(), List.of()));
  }

  Path path(String name) {
    String value = value(name);
    return value == null ? null : toPath(name, value);
  }

  List<Path> paths(String name) {
    List<Path> paths = new ArrayList<>();
    for (String value : values(name)) {
      if (!value.isEmpty()) {
        paths.add(toPath(name, value));
      }
    }
    return List.copyOf(paths);
  }

  long number(String name) {
    String value = value(name);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new UsageException(name + " takes a whole number, not '" + value + "'");
    }
  }

  /** The value as one of an enum's constants, named in lower case. */
  <E extends Enum<E>> E choice(String name, Class<E> type) {
    String value = value(name);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
        return constant;
      }
    }
    List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    throw new UsageException(name + " takes one of " + String.join(", ", allowed) + ", not '" + value + "'");
  }

  List<String> positionals() {
    return positionals;
  }

  private static Path toPath(String name, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException(name + ": '" + value + "' is not a path");
    }
  }
}
