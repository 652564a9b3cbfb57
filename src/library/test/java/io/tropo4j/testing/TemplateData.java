package io.tropo4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tropo4j.emit.JsonWriter;
import io.tropo4j.fn.ConditionExpr;
import io.tropo4j.fn.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads emitted text back with independent parsers, for comparing structures. */
public final class TemplateData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TemplateData() {}

  /** A value as parsed JSON. A condition is not a value, so a call picks one of the two forms. */
  @SuppressWarnings("overloads")
  public static JsonNode json(Value<?> value) {
    return parse(JsonWriter.write(value::writeTo));
  }

  @SuppressWarnings("overloads") // beside json(Value): see there
  public static JsonNode json(ConditionExpr condition) {
    return parse(JsonWriter.write(condition::writeTo));
  }

  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + e.getMessage() + "\n" + json, e);
    }
  }

  /** Writes JSON given with single quotes (for readable expectations) as a tree. */
  public static JsonNode expected(String singleQuotedJson) {
    return parse(singleQuotedJson.replace('\'', '"'));
  }

  /**
   * Parses CloudFormation YAML, turning each short tag into its long form as CloudFormation does
   * ({@code !GetAtt A.B} becomes {@code {"Fn::GetAtt": ["A", "B"]}}), and returns it as a JSON tree.
   */
  public static JsonNode yaml(String yaml) {
    Yaml parser = new Yaml(new CloudFormationConstructor());
    Object tree = parser.load(yaml);
    return JSON.valueToTree(tree);
  }

  private static final class CloudFormationConstructor extends SafeConstructor {
    CloudFormationConstructor() {
      super(new LoaderOptions());
      yamlMultiConstructors.put("!", new AbstractConstruct() {
        @Override
        public Object construct(Node node) {
          String tag = node.getTag().getValue().substring(1);
          String function = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
          Object argument;
          if (node instanceof ScalarNode scalar) {
            argument = constructScalar(scalar);
            if (tag.equals("GetAtt")) {
              String text = (String) argument;
              int dot = text.indexOf('.');
              argument = List.of(text.substring(0, dot), text.substring(dot + 1));
            }
          } else if (node instanceof SequenceNode sequence) {
            argument = constructSequence(sequence);
          } else {
            argument = constructMapping((MappingNode) node);
          }
          Map<String, Object> call = new LinkedHashMap<>();
          call.put(function, argument);
          return call;
        }
      });
    }
  }
}
