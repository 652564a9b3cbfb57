package io.tropo4j.importer;

import io.tropo4j.importer.Expr.Kind;
import io.tropo4j.read.Intrinsic;
import io.tropo4j.read.ListNode;
import io.tropo4j.read.MapNode;
import io.tropo4j.read.Node;
import io.tropo4j.read.Scalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Template values as Java expressions: typed intrinsics where the library has them ({@code
 * vpc.ref()}, {@code bucket.arn()}, {@code Fn.sub(...)}), plain trees for {@code Json.of} where it
 * has not. Knows the names declared so far, so a reference is typed only once its target exists.
 */
final class ValueCode {
  /** A declared template entry: its variable, and for resources how its attributes are read. */
  record Symbol(String variable, Kind kind, TypeIndex.TypeInfo type, boolean byName) {}

  private static final Map<String, String> PSEUDO = Map.of("AWS::AccountId", "ACCOUNT_ID",
      "AWS::NotificationARNs", "NOTIFICATION_ARNS", "AWS::Partition", "PARTITION", "AWS::Region", "REGION",
      "AWS::StackId", "STACK_ID", "AWS::StackName", "STACK_NAME", "AWS::URLSuffix", "URL_SUFFIX");
  static final String STEP = "    ";
  private static final int WIDTH = 100;

  final Imports imports;
  final Map<String, Symbol> parameters = new HashMap<>();
  final Map<String, Symbol> resources = new HashMap<>();
  final Map<String, Symbol> conditions = new HashMap<>();
  final Map<String, Symbol> mappings = new HashMap<>();
  final Map<String, MapNode> mappingData = new HashMap<>();

  ValueCode(Imports imports) {
    this.imports = imports;
  }

  /** A typed value, or null when the library has no type for it. */
  Expr typed(Node node) {
    if (node instanceof Scalar scalar) {
      return scalar.kind() == Scalar.Kind.NULL ? null : literalValue(scalar);
    }
    if (node instanceof Intrinsic call) {
      return intrinsic(call);
    }
    if (node instanceof ListNode list && !list.items().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (Node item : list.items()) {
        String part = stringPart(item);
        if (part == null) {
          return null;
        }
        items.add(part);
      }
      return new Expr(value() + ".strings(" + String.join(", ", items) + ")", Kind.STRING_LIST);
    }
    return null;
  }

  /** Any value, typed where possible, else a JSON tree: for properties set by name. */
  String any(Node node, String indent) {
    Expr expr = typed(node);
    return expr != null ? expr.code() : imports.name("io.tropo4j.fn.Json") + ".of(" + tree(node, indent) + ")";
  }

  /** A value of whatever type the place wants, unchecked: CloudFormation accepts what the types cannot say. */
  String untyped(Node node, String indent) {
    return imports.name("io.tropo4j.fn.Json") + ".untyped(" + tree(node, indent) + ")";
  }

  /** A string literal, or a {@code Value<String>}; null for anything else. */
  String stringPart(Node node) {
    if (node instanceof Scalar scalar) {
      return scalar.kind() == Scalar.Kind.NULL ? null : JavaNames.quote(scalar.string());
    }
    Expr expr = typed(node);
    return expr != null && expr.kind() == Kind.STRING ? expr.code() : null;
  }

  /** A {@code Value<String>}: a literal wrapped in Value.of, or a typed string expression; null otherwise. */
  String stringValue(Node node) {
    if (node instanceof Scalar scalar && scalar.kind() != Scalar.Kind.NULL) {
      return value() + ".of(" + JavaNames.quote(scalar.string()) + ")";
    }
    Expr expr = typed(node);
    return expr != null && expr.fits(Kind.STRING) ? expr.code() : null;
  }

  private Expr literalValue(Scalar scalar) {
    if (scalar.kind() == Scalar.Kind.NUMBER) {
      Expr number = number(scalar.text());
      if (number != null) {
        return new Expr(value() + ".of(" + number.code() + ")", number.kind());
      }
    }
    if (scalar.kind() == Scalar.Kind.BOOLEAN) {
      return new Expr(value() + ".of(" + scalar.booleanValue() + ")", Kind.BOOLEAN);
    }
    return new Expr(value() + ".of(" + JavaNames.quote(scalar.string()) + ")", Kind.STRING);
  }

  /** A Java number literal for a template's number, with its kind; null when Java cannot hold it as written. */
  static Expr number(String text) {
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
    if (value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0 && !text.contains(".")) {
      try {
        return new Expr(String.valueOf(value.intValueExact()), Kind.INTEGER);
      } catch (ArithmeticException e) {
        try {
          return new Expr(value.longValueExact() + "L", Kind.LONG);
        } catch (ArithmeticException tooLong) {
          return null;
        }
      }
    }
    double d = value.doubleValue();
    return Double.isFinite(d) ? new Expr(String.valueOf(d), Kind.DOUBLE) : null;
  }

  private String value() {
    return imports.name("io.tropo4j.fn.Value");
  }

  private String fn() {
    return imports.name("io.tropo4j.fn.Fn");
  }

  private Expr intrinsic(Intrinsic call) {
    List<Node> args = call.arguments();
    switch (call.name()) {
      case "Ref": {
        if (!(call.argument() instanceof Scalar name) || !name.isString()) {
          return null;
        }
        Symbol symbol = parameters.containsKey(name.text()) ? parameters.get(name.text()) : resources.get(name.text());
        if (symbol != null) {
          return new Expr(symbol.variable() + ".ref()", symbol.kind());
        }
        if (name.text().equals("AWS::NoValue")) {
          return new Expr(fn() + ".noValue()", Kind.ANY);
        }
        String pseudo = PSEUDO.get(name.text());
        if (pseudo != null) {
          return new Expr(imports.name("io.tropo4j.fn.Pseudo") + "." + pseudo,
              pseudo.equals("NOTIFICATION_ARNS") ? Kind.STRING_LIST : Kind.STRING);
        }
        return null;
      }
      case "Fn::GetAtt": {
        if (args.size() != 2 || !(args.get(0) instanceof Scalar target) || !(args.get(1) instanceof Scalar attribute)
            || !attribute.isString()) {
          return null;
        }
        Symbol symbol = resources.get(target.string());
        if (symbol == null) {
          return null;
        }
        if (symbol.byName()) {
          return new Expr(symbol.variable() + ".attribute(" + JavaNames.quote(attribute.text()) + ")", Kind.STRING);
        }
        TypeIndex.Accessor accessor = symbol.type().attributes().get(attribute.text());
        if (accessor != null) {
          Kind kind = kindOf(accessor.valueType());
          if (kind != null) {
            return new Expr(symbol.variable() + "." + accessor.method() + "()", kind);
          }
        }
        return new Expr(fn() + ".getAtt(" + symbol.variable() + ", " + JavaNames.quote(attribute.text()) + ")", Kind.STRING);
      }
      case "Fn::Sub": {
        if (call.argument() instanceof Scalar text && text.isString()) {
          return new Expr(fn() + ".sub(" + JavaNames.quote(text.text()) + ")", Kind.STRING);
        }
        if (args.size() == 2 && args.get(0) instanceof Scalar text && text.isString() && args.get(1) instanceof MapNode map
            && !map.isEmpty()) {
          List<String> entries = new ArrayList<>();
          for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
            entries.add(JavaNames.quote(entry.getKey()) + ", " + any(entry.getValue(), ""));
          }
          return new Expr(fn() + ".sub(" + JavaNames.quote(text.text()) + ", " + mapOf(entries) + ")", Kind.STRING);
        }
        return null;
      }
      case "Fn::Join": {
        if (args.size() != 2 || !(args.get(0) instanceof Scalar delimiter) || delimiter.kind() == Scalar.Kind.NULL) {
          return null;
        }
        String separator = JavaNames.quote(delimiter.string());
        if (args.get(1) instanceof ListNode list) {
          if (list.items().isEmpty()) {
            return null;
          }
          List<String> parts = new ArrayList<>();
          for (Node item : list.items()) {
            String part = stringPart(item);
            if (part == null) {
              return null;
            }
            parts.add(part);
          }
          return new Expr(fn() + ".join(" + separator + ", " + String.join(", ", parts) + ")", Kind.STRING);
        }
        Expr list = typed(args.get(1));
        return list != null && list.kind() == Kind.STRING_LIST
            ? new Expr(fn() + ".join(" + separator + ", " + list.code() + ")", Kind.STRING) : null;
      }
      case "Fn::Select": {
        if (args.size() != 2 || !(args.get(0) instanceof Scalar index)) {
          return null;
        }
        Expr position = number(index.string());
        Expr list = typed(args.get(1));
        if (position == null || position.kind() != Kind.INTEGER || position.code().startsWith("-") || list == null
            || list.kind() != Kind.STRING_LIST) {
          return null;
        }
        return new Expr(fn() + ".select(" + position.code() + ", " + list.code() + ")", Kind.STRING);
      }
      case "Fn::GetAZs": {
        if (call.argument() instanceof Scalar region && region.string().isEmpty()) {
          return new Expr(fn() + ".getAZs()", Kind.STRING_LIST);
        }
        String region = stringPart(call.argument());
        return region == null ? null : new Expr(fn() + ".getAZs(" + region + ")", Kind.STRING_LIST);
      }
      case "Fn::Split": {
        if (args.size() != 2 || !(args.get(0) instanceof Scalar delimiter) || delimiter.kind() == Scalar.Kind.NULL) {
          return null;
        }
        String source = stringValue(args.get(1));
        return source == null ? null
            : new Expr(fn() + ".split(" + JavaNames.quote(delimiter.string()) + ", " + source + ")", Kind.STRING_LIST);
      }
      case "Fn::ImportValue": {
        String name = stringPart(call.argument());
        return name == null ? null : new Expr(fn() + ".importValue(" + name + ")", Kind.STRING);
      }
      case "Fn::GetStackOutput": {
        if (!(call.argument() instanceof MapNode map)
            || !List.of("StackName", "OutputName", "Region", "RoleArn").containsAll(map.keys())) {
          return null;
        }
        String stack = map.find("StackName").map(this::stringValue).orElse(null);
        String output = map.find("OutputName").map(this::stringValue).orElse(null);
        String region = map.find("Region").map(this::stringValue).orElse(null);
        String role = map.find("RoleArn").map(this::stringValue).orElse(null);
        if (stack == null || output == null || map.has("Region") && region == null
            || map.has("RoleArn") && role == null) {
          return null;
        }
        return new Expr(fn() + ".getStackOutput(" + stack + ", " + output + ")"
            + (region == null ? "" : ".inRegion(" + region + ")")
            + (role == null ? "" : ".assumingRole(" + role + ")"), Kind.STRING);
      }
      case "Fn::Base64": {
        String content = stringValue(call.argument());
        return content == null ? null : new Expr(fn() + ".base64(" + content + ")", Kind.STRING);
      }
      case "Fn::Cidr": {
        if (args.size() != 3 || !(args.get(1) instanceof Scalar count) || !(args.get(2) instanceof Scalar bits)) {
          return null;
        }
        Expr c = number(count.string());
        Expr b = number(bits.string());
        String block = stringPart(args.get(0));
        if (block == null || c == null || b == null || c.kind() != Kind.INTEGER || b.kind() != Kind.INTEGER
            || Integer.parseInt(c.code()) < 1 || Integer.parseInt(c.code()) > 256 || Integer.parseInt(b.code()) < 0
            || Integer.parseInt(b.code()) > 128) {
          return null;
        }
        return new Expr(fn() + ".cidr(" + block + ", " + c.code() + ", " + b.code() + ")", Kind.STRING_LIST);
      }
      case "Fn::If": {
        if (args.size() != 3 || !(args.get(0) instanceof Scalar name) || !conditions.containsKey(name.string())) {
          return null;
        }
        Expr whenTrue = typed(args.get(1));
        Expr whenFalse = typed(args.get(2));
        if (whenTrue == null || whenFalse == null) {
          return null;
        }
        Kind kind = whenTrue.kind() == Kind.ANY ? whenFalse.kind() : whenTrue.kind();
        if (kind == Kind.OTHER || kind == Kind.ANY || !whenTrue.fits(kind) || !whenFalse.fits(kind)) {
          return null;
        }
        String first = whenTrue.code();
        String second = whenFalse.code();
        // The literal overloads where they apply: Fn.ifThen(isProd, "Enabled", "Suspended").
        String firstLiteral = plain(args.get(1), kind);
        String secondLiteral = plain(args.get(2), kind);
        if (kind != Kind.BOOLEAN || firstLiteral != null && secondLiteral != null) {
          first = firstLiteral != null ? firstLiteral : first;
          second = secondLiteral != null ? secondLiteral : second;
        }
        return new Expr(fn() + ".ifThen(" + conditions.get(name.string()).variable() + ", " + first + ", " + second + ")",
            kind);
      }
      case "Fn::FindInMap": {
        if (args.size() != 3 || !(args.get(0) instanceof Scalar name) || !mappings.containsKey(name.string())) {
          return null;
        }
        String top = stringValue(args.get(1));
        String second = stringPart(args.get(2));
        if (top == null || second == null) {
          return null;
        }
        String mapping = mappings.get(name.string()).variable();
        if (holdsLists(mappingData.get(name.string()), args.get(2))) {
          String secondValue = stringValue(args.get(2));
          return new Expr(mapping + ".findList(" + top + ", " + secondValue + ")", Kind.STRING_LIST);
        }
        return new Expr(mapping + ".find(" + top + ", " + second + ")", Kind.STRING);
      }
      default:
        return null;
    }
  }

  /** A branch as a plain Java literal of a kind Fn.ifThen has literal overloads for, or null. */
  private static String plain(Node node, Kind kind) {
    if (!(node instanceof Scalar scalar) || scalar.kind() == Scalar.Kind.NULL) {
      return null;
    }
    Expr number = scalar.kind() == Scalar.Kind.NUMBER ? number(scalar.text()) : null;
    return switch (kind) {
      case STRING -> scalar.kind() == Scalar.Kind.STRING ? JavaNames.quote(scalar.text()) : null;
      case INTEGER -> number != null && number.kind() == Kind.INTEGER ? number.code() : null;
      case BOOLEAN -> scalar.kind() == Scalar.Kind.BOOLEAN ? String.valueOf(scalar.booleanValue()) : null;
      default -> null;
    };
  }

  /** Whether the mapping's values under that second-level key are lists. */
  private static boolean holdsLists(MapNode mapping, Node secondKey) {
    for (Node entry : mapping.entries().values()) {
      if (entry instanceof MapNode level) {
        if (secondKey instanceof Scalar key) {
          Node value = level.get(key.string());
          if (value != null) {
            return value instanceof ListNode;
          }
        } else {
          for (Node value : level.entries().values()) {
            return value instanceof ListNode;
          }
        }
      }
    }
    return false;
  }

  /** The kind of a {@code Value<T>}'s T, or null for types the importer does not handle as such. */
  static Kind kindOf(java.lang.reflect.Type type) {
    if (type == String.class) {
      return Kind.STRING;
    } else if (type == Integer.class) {
      return Kind.INTEGER;
    } else if (type == Long.class) {
      return Kind.LONG;
    } else if (type == Double.class) {
      return Kind.DOUBLE;
    } else if (type == Boolean.class) {
      return Kind.BOOLEAN;
    } else if (type instanceof java.lang.reflect.ParameterizedType p && p.getRawType() == List.class) {
      java.lang.reflect.Type item = p.getActualTypeArguments()[0];
      return item == String.class ? Kind.STRING_LIST : item == Integer.class ? Kind.INTEGER_LIST : null;
    }
    return null;
  }

  /** A tree of plain Java values for {@code Json.of}: maps, lists, literals, and typed values where there are. */
  String tree(Node node, String indent) {
    if (node instanceof Scalar scalar) {
      return literal(scalar, indent);
    }
    if (node instanceof Intrinsic call) {
      Expr expr = typed(call);
      if (expr != null) {
        return expr.code();
      }
      return mapOf(List.of(JavaNames.quote(call.name()) + ", " + tree(call.argument(), indent + STEP)), indent);
    }
    String inner = indent + STEP;
    List<String> items = new ArrayList<>();
    if (node instanceof ListNode list) {
      for (Node item : list.items()) {
        items.add(tree(item, inner));
      }
      return call(imports.name("java.util.List") + ".of(", items, indent);
    }
    MapNode map = (MapNode) node;
    for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
      items.add(JavaNames.quote(entry.getKey()) + ", " + tree(entry.getValue(), inner));
    }
    return mapOf(items, indent);
  }

  /** A scalar as a Java literal: strings, numbers as written where Java can, booleans. */
  String literal(Scalar scalar, String indent) {
    switch (scalar.kind()) {
      case NULL:
        throw new ImportException("a null value (at line " + scalar.position().line() + ") has no Java form");
      case BOOLEAN:
        return String.valueOf(scalar.booleanValue());
      case NUMBER: {
        Expr number = number(scalar.text());
        if (number != null) {
          return number.code();
        }
        return JavaNames.quote(scalar.text());
      }
      default:
        return JavaNames.string(scalar.text(), indent + STEP);
    }
  }

  String mapOf(List<String> entries) {
    return mapOf(entries, "");
  }

  private String mapOf(List<String> entries, String indent) {
    String map = imports.name("java.util.Map");
    if (entries.size() <= 10) {
      return call(map + ".of(", entries, indent);
    }
    List<String> wrapped = new ArrayList<>();
    for (String entry : entries) {
      wrapped.add(map + ".entry(" + entry + ")");
    }
    return call(map + ".ofEntries(", wrapped, indent);
  }

  /** A call with its arguments on one line when they fit, else one a line. */
  private static String call(String open, List<String> arguments, String indent) {
    String oneLine = open + String.join(", ", arguments) + ")";
    if (indent.length() + oneLine.length() <= WIDTH && oneLine.indexOf('\n') < 0) {
      return oneLine;
    }
    StringBuilder out = new StringBuilder(open);
    for (int i = 0; i < arguments.size(); i++) {
      out.append('\n').append(indent).append(STEP).append(arguments.get(i)).append(i + 1 < arguments.size() ? "," : "");
    }
    return out.append(')').toString();
  }
}
