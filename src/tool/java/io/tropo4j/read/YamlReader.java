package io.tropo4j.read;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * YAML into nodes, from snakeyaml-engine's events rather than its composed nodes: the events carry
 * every tag and anchor with its place, so short-form functions, duplicate keys, anchors and unknown
 * tags are each refused with their line and column. Plain scalars are typed as YAML 1.1 readers type
 * them (cfn-lint and the AWS CLI among them, as CloudFormation documents YAML 1.1): {@code yes} and
 * {@code on} are booleans, {@code 1e3} (no point) is a string, {@code 1.0e+3} a number.
 */
final class YamlReader {
  private static final String YAML_TAG = "tag:yaml.org,2002:";
  private static final Pattern NULL = Pattern.compile("|~|null|Null|NULL");
  private static final Pattern BOOLEAN =
      Pattern.compile("true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF");
  private static final Pattern NUMBER = Pattern.compile("[-+]?(0|[1-9][0-9_]*)|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+"
      + "|[-+]?0b[01_]+|[-+]?[0-9][0-9_]*\\.[0-9_]*([eE][-+][0-9]+)?|[-+]?\\.[0-9_]+([eE][-+][0-9]+)?"
      + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  private static final String NO_ANCHORS = "CloudFormation accepts no YAML anchors or aliases; write the value out "
      + "in full";

  private final String fileName;
  private Iterator<Event> events;

  private YamlReader(String fileName) {
    this.fileName = fileName;
  }

  /** The one document the text holds. */
  static Node read(String text, String fileName) {
    YamlReader reader = new YamlReader(fileName);
    try {
      return reader.document(text);
    } catch (MarkedYamlEngineException e) {
      throw reader.syntaxError(e);
    } catch (ReaderException e) {
      Position position = new Positions(text).of(text.offsetByCodePoints(0, e.getPosition()));
      throw new TemplateReadException(fileName, position, "the character U+"
          + String.format("%04X", e.getCodePoint()) + " may not appear in YAML; write it as an escape in double quotes");
    } catch (YamlEngineException e) {
      throw new TemplateReadException(fileName, 1, 1, "not valid YAML: " + sentence(e.getMessage()));
    }
  }

  /**
   * snakeyaml's problem in the words of a template's author, at the place that helps: an unclosed
   * quote is shown where it opens, not where the file ends.
   */
  private TemplateReadException syntaxError(MarkedYamlEngineException e) {
    String problem = String.valueOf(e.getProblem());
    String context = String.valueOf(e.getContext());
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    String sentence;
    if (context.contains("quoted scalar") && problem.contains("end of stream") && e.getContextMark().isPresent()) {
      mark = e.getContextMark();
      sentence = "a quoted string that starts here is never closed";
    } else if (problem.contains("found '<tag>'") || context.contains("tag") && problem.contains("tag")) {
      sentence = "a value can carry only one tag: write the inner function in its long form, as in "
          + "!Base64 {Fn::Sub: ...}";
    } else if (problem.contains("(TAB)")) {
      sentence = "a tab indents this line; YAML indents with spaces only";
    } else if (problem.startsWith("expected <block end>")) {
      sentence = "this line's indentation does not line up with the lines above it";
    } else if (problem.contains("mapping values are not allowed here")) {
      sentence = "a ': ' where no mapping can start; quote a value that holds ': '";
    } else {
      sentence = "not valid YAML: " + sentence(problem.equals("null") ? context : problem);
    }
    return new TemplateReadException(fileName, mark.map(m -> m.getLine() + 1).orElse(1),
        mark.map(m -> m.getColumn() + 1).orElse(1), sentence);
  }

  /** snakeyaml's message as the end of a sentence: one line, no trailing point. */
  private static String sentence(String problem) {
    String text = String.valueOf(problem).strip().replaceAll("\\s*\\n\\s*", " ");
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  private Node document(String text) {
    LoadSettings settings = LoadSettings.builder().setLabel(fileName).setUseMarks(true)
        .setCodePointLimit(Math.max(3 * 1024 * 1024, text.length() + 1)).build();
    events = new Parse(settings).parseString(text).iterator();
    next(); // stream start
    Event first = next();
    if (first.getEventId() == Event.ID.StreamEnd) {
      throw new TemplateReadException(fileName, position(first),
          "the file is empty; a template is a YAML mapping with a Resources section");
    }
    Node root = node(next());
    next(); // document end
    Event after = next();
    if (after.getEventId() != Event.ID.StreamEnd) {
      throw new TemplateReadException(fileName, position(after),
          "a second YAML document starts here; a template file holds one");
    }
    return root;
  }

  private Event next() {
    return events.next();
  }

  private Node node(Event event) {
    if (event instanceof AliasEvent alias) {
      throw new TemplateReadException(fileName, position(event), "the alias *" + alias.getAlias().getValue()
          + " refers to an anchor; " + NO_ANCHORS);
    }
    NodeEvent start = (NodeEvent) event;
    if (start.getAnchor().isPresent()) {
      throw new TemplateReadException(fileName, position(event), "the anchor &" + start.getAnchor().get().getValue()
          + " names a value to repeat; " + NO_ANCHORS);
    }
    Optional<String> tag = event instanceof ScalarEvent scalar ? scalar.getTag()
        : ((CollectionStartEvent) event).getTag();
    Node node = switch (event.getEventId()) {
      case Scalar -> scalar((ScalarEvent) event, tag);
      case SequenceStart -> sequence(event);
      case MappingStart -> mapping(event);
      default -> throw new IllegalStateException("unexpected YAML event " + event);
    };
    return tag.isPresent() ? tagged(tag.get(), node, event) : node;
  }

  private Node sequence(Event start) {
    List<Node> items = new ArrayList<>();
    for (Event event = next(); event.getEventId() != Event.ID.SequenceEnd; event = next()) {
      items.add(node(event));
    }
    return new ListNode(items, position(start));
  }

  private Node mapping(Event start) {
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, Position> keys = new LinkedHashMap<>();
    for (Event event = next(); event.getEventId() != Event.ID.MappingEnd; event = next()) {
      String key = key(event);
      Position at = position(event);
      if (keys.containsKey(key)) {
        throw new TemplateReadException(fileName, at, "duplicate key '" + key + "' in a mapping (first at line "
            + keys.get(key).line() + ")");
      }
      keys.put(key, at);
      entries.put(key, node(next()));
    }
    return Intrinsics.isLongForm(entries)
        ? Intrinsics.make(entries.keySet().iterator().next(), entries.values().iterator().next(), position(start))
        : new MapNode(entries, position(start));
  }

  private String key(Event event) {
    if (event instanceof ScalarEvent scalar && scalar.getAnchor().isEmpty()
        && scalar.getTag().map(t -> t.equals(YAML_TAG + "str")).orElse(true)) {
      return scalar.getValue();
    }
    if (event instanceof NodeEvent node && !(event instanceof AliasEvent) && node.getAnchor().isPresent()) {
      node(event); // the anchor's own message
    }
    if (event instanceof AliasEvent) {
      node(event);
    }
    throw new TemplateReadException(fileName, position(event), event instanceof ScalarEvent
        ? "a mapping key may not carry a tag; a key is a plain name"
        : "a mapping key must be a name, not a " + (event.getEventId() == Event.ID.MappingStart ? "mapping" : "list"));
  }

  private Node scalar(ScalarEvent event, Optional<String> tag) {
    Position at = position(event);
    String value = event.getValue();
    boolean standardTag = tag.map(t -> t.startsWith(YAML_TAG)).orElse(false);
    if (!event.isPlain() || standardTag) {
      return Scalar.string(value, at);
    }
    if (NULL.matcher(value).matches()) {
      return new Scalar(Scalar.Kind.NULL, value, at);
    }
    if (BOOLEAN.matcher(value).matches()) {
      return new Scalar(Scalar.Kind.BOOLEAN, value, at);
    }
    if (NUMBER.matcher(value).matches()) {
      return new Scalar(Scalar.Kind.NUMBER, value, at);
    }
    return Scalar.string(value, at);
  }

  /** A node with an explicit tag: a short-form function, or one of YAML's own types. */
  private Node tagged(String tag, Node node, Event event) {
    Position at = position(event);
    if (tag.startsWith(YAML_TAG)) {
      return standard(tag.substring(YAML_TAG.length()), node, at);
    }
    String function = tag.startsWith("!") ? Intrinsics.fromShortTag(tag.substring(1)) : null;
    if (function == null) {
      throw new TemplateReadException(fileName, at, "unknown tag " + tag + "; the short forms are !Ref, !Sub, "
          + "!GetAtt, !If and the other intrinsic functions' names");
    }
    if ((function.equals("Ref") || function.equals("Condition")) && !(node instanceof Scalar)) {
      throw new TemplateReadException(fileName, at, tag + " takes a name, not a "
          + (node instanceof ListNode ? "list" : "mapping"));
    }
    if (function.equals("Fn::GetAtt") && node instanceof Scalar scalar
        && (scalar.text().indexOf('.') <= 0 || scalar.text().endsWith("."))) {
      throw new TemplateReadException(fileName, at, "!GetAtt takes Resource.Attribute or [Resource, Attribute], "
          + "not '" + scalar.text() + "'");
    }
    Node argument = node instanceof Scalar scalar && !scalar.isString()
        && (function.equals("Ref") || function.equals("Condition") || function.equals("Fn::Sub"))
        ? Scalar.string(scalar.text(), scalar.position()) : node;
    return Intrinsics.make(function, argument, at);
  }

  /** {@code !!str 80} and its kin: a value of the type the tag names. */
  private Node standard(String type, Node node, Position at) {
    String shape = switch (type) {
      case "map" -> node instanceof MapNode || node instanceof Intrinsic ? null : "mapping";
      case "seq" -> node instanceof ListNode ? null : "list";
      case "str", "int", "float", "bool", "null" -> node instanceof Scalar ? null : "scalar";
      default -> throw new TemplateReadException(fileName, at, "the tag !!" + type + " is not one CloudFormation "
          + "reads; use !!str, !!int, !!float, !!bool, !!null, !!map or !!seq, or none");
    };
    if (shape != null) {
      throw new TemplateReadException(fileName, at, "!!" + type + " tags a value that is not a " + shape);
    }
    if (node instanceof Scalar scalar) {
      Scalar.Kind kind = switch (type) {
        case "int", "float" -> Scalar.Kind.NUMBER;
        case "bool" -> Scalar.Kind.BOOLEAN;
        case "null" -> Scalar.Kind.NULL;
        default -> Scalar.Kind.STRING;
      };
      if (kind == Scalar.Kind.NUMBER && !NUMBER.matcher(scalar.text()).matches()
          || kind == Scalar.Kind.BOOLEAN && !BOOLEAN.matcher(scalar.text()).matches()) {
        throw new TemplateReadException(fileName, at, "'" + scalar.text() + "' is not a "
            + (kind == Scalar.Kind.NUMBER ? "number" : "boolean") + ", as !!" + type + " says");
      }
      return new Scalar(kind, scalar.text(), scalar.position());
    }
    return node;
  }

  private static Position position(Event event) {
    return event.getStartMark().map(m -> new Position(m.getLine() + 1, m.getColumn() + 1)).orElse(new Position(1, 1));
  }
}
