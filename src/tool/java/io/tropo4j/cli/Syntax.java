package io.tropo4j.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's options and positional parameters: it parses arguments ({@code --name value},
 * {@code --name=value}, flags, repeated options, {@code --} before positionals) and writes the
 * usage text. Small on purpose: a run of the tool parses one command line, and a general parser's
 * start-up (reflection, annotations, classes the JVM cannot archive) cost more than the work.
 */
final class Syntax {
  enum Kind { FLAG, VALUE, LIST }

  /** One option; {@code split} cuts each value of a list option into several (a path separator). */
  record Option(List<String> names, Kind kind, String label, String description, String defaultValue, String split) {
    String name() {
      return names.get(0);
    }

    String synopsis() {
      String first = names.get(0);
      return kind == Kind.FLAG ? "[" + first + "]" : "[" + first + "=" + label + "]" + (kind == Kind.LIST ? "..." : "");
    }
  }

  private final String command;
  private final String description;
  private final Map<String, Option> byName = new LinkedHashMap<>();
  private final List<Option> options = new ArrayList<>();
  private String positionalLabel;
  private String positionalDescription;
  private int minPositionals;
  private int maxPositionals;

  Syntax(String command, String description) {
    this.command = command;
    this.description = description;
    flag("Show this help message and exit.", "-h", "--help");
  }

  String command() {
    return command;
  }

  String description() {
    return description;
  }

  Syntax flag(String description, String... names) {
    return add(new Option(List.of(names), Kind.FLAG, null, description, null, null));
  }

  Syntax value(String label, String defaultValue, String description, String... names) {
    return add(new Option(List.of(names), Kind.VALUE, label, description, defaultValue, null));
  }

  Syntax list(String label, String split, String description, String... names) {
    return add(new Option(List.of(names), Kind.LIST, label, description, null, split));
  }

  /** Positional parameters: at least {@code min}, at most {@code max} ({@code -1} for any number). */
  Syntax positionals(String label, int min, int max, String description) {
    this.positionalLabel = label;
    this.minPositionals = min;
    this.maxPositionals = max;
    this.positionalDescription = description;
    return this;
  }

  private Syntax add(Option option) {
    options.add(option);
    for (String name : option.names()) {
      byName.put(name, option);
    }
    return this;
  }

  /** The arguments after the command's name. */
  Arguments parse(List<String> args) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    List<String> positionals = new ArrayList<>();
    boolean onlyPositionals = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (onlyPositionals || !arg.startsWith("-") || arg.equals("-")) {
        positionals.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        onlyPositionals = true;
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals > 0 ? arg.substring(0, equals) : arg;
      Option option = byName.get(name);
      if (option == null) {
        throw new UsageException("unknown option '" + name + "'" + suggestion(name));
      }
      List<String> given = values.get(option.name());
      if (given == null) {
        given = new ArrayList<>();
        values.put(option.name(), given);
      }
      if (option.kind() == Kind.FLAG) {
        if (equals > 0) {
          throw new UsageException(name + " takes no value");
        }
        given.add("true");
        continue;
      }
      String value;
      if (equals > 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException(name + " needs a value (" + option.label() + ")");
      }
      if (option.kind() == Kind.VALUE && !given.isEmpty()) {
        throw new UsageException(name + " is given twice");
      }
      given.addAll(option.split() == null ? List.of(value) : List.of(value.split(option.split())));
    }
    if (!values.containsKey("-h")) {
      if (positionalLabel == null && !positionals.isEmpty()) {
        throw new UsageException("takes no parameters, but was given '" + positionals.get(0) + "'");
      }
      if (positionals.size() < minPositionals) {
        throw new UsageException("needs " + positionalLabel);
      }
      if (maxPositionals >= 0 && positionals.size() > maxPositionals) {
        throw new UsageException("takes at most " + maxPositionals + " " + positionalLabel + ", but was given "
            + positionals.size() + ": " + String.join(" ", positionals));
      }
    }
    return new Arguments(this, values, positionals);
  }

  Option option(String name) {
    Option option = byName.get(name);
    if (option == null) {
      throw new IllegalArgumentException(command + " has no option " + name);
    }
    return option;
  }

  /** The closest option name, when the given one looks like a typo of it. */
  private String suggestion(String name) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : byName.keySet()) {
      int distance = distance(name, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 4) ? "; did you mean " + best + "?"
        : "; see '" + command + " --help'";
  }

  /** Levenshtein distance: the fewest one-character edits from a to b. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The command's help: synopsis, description, then each parameter and option. */
  String usage(String program) {
    StringBuilder text = new StringBuilder("Usage: ").append(program).append(' ').append(command);
    options.forEach(option -> text.append(' ').append(option.synopsis()));
    if (positionalLabel != null) {
      String label = positionalLabel + (maxPositionals == 1 ? "" : "...");
      text.append(' ').append(minPositionals > 0 ? label : "[" + label + "]");
    }
    text.append('\n').append(description).append('\n');
    List<String[]> rows = new ArrayList<>();
    if (positionalLabel != null) {
      rows.add(new String[] {positionalLabel + (maxPositionals == 1 ? "" : "..."), positionalDescription});
    }
    for (Option option : options) {
      String names = String.join(", ", option.names()) + (option.kind() == Kind.FLAG ? "" : "=" + option.label());
      String described = option.defaultValue() == null ? option.description()
          : option.description().replaceFirst("\\.$", "") + " (default: " + option.defaultValue() + ").";
      rows.add(new String[] {names, described});
    }
    int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
    for (String[] row : rows) {
      text.append("  ").append(row[0]).append(" ".repeat(width - row[0].length() + 2)).append(row[1]).append('\n');
    }
    return text.toString();
  }
}
