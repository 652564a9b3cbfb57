package io.tropo4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tropo4j.testing.Compiler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fixture's generated classes compile without a warning, every setter shape can be called the
 * way a user would call it, and the template they build is the JSON CloudFormation expects.
 */
class FixtureCompilesTest {
  private static final String USE = """
      package use;

      import io.tropo4j.Templates;
      import io.tropo4j.core.*;
      import io.tropo4j.fn.*;
      import io.tropo4j.resources.demo.*;
      import io.tropo4j.resources.other.Zone;
      import java.util.LinkedHashMap;
      import java.util.List;
      import java.util.Map;

      public class Use {
        public static String json() {
          Template t = new Template();
          Zone a = t.add(new Zone("ZoneA").zoneId("a"));
          Zone b = t.add(new Zone("ZoneB"));
          Widget w = t.add(new Widget("Main")
              .name("main")
              .size(3)
              .ratio(0.5)
              .policy(Json.object("Version", "2012-10-17"))
              .document(Json.object("Key", List.of(1, 2)))
              .mode("FAST")
              .zones(a, b)
              .owner(a)
              .settings(new Widget.Settings().value("v").limits(Map.of("max", 5)))
              .rules(new Widget.Rule().priority(1).action("allow"), new Widget.Rule().priority(2))
              .labels(Map.of("team", "web"))
              .matrix(List.of(List.of("x", "y")))
              .choice(new Widget.Secondary().y("why"))
              .items(List.of("plain", new Widget.Rule().priority(3)))
              .tags(Tags.of("Name", "main").and("Stack", Pseudo.STACK_NAME))
              .typeProperty("big")
              .defaultProperty("yes")
              .selfProperty(new Widget.WidgetProperty().z("z"))
              .shadow(new Widget.Value().v("shadowed"))
              .pairs(new Widget.Tag().key("k").value("v"))
              .retainData());
          t.add(new Gadget("Gadget").widget(w).tags(Tags.of("b", "2").and("a", w.arn())));
          t.add(new Group("Group").maxSize("4").tags(Tags.of("Name", "web")));
          t.add(new Output("Address", w.endpoint_Address()));
          t.add(new Output("Type", w.typeAttribute()));
          return Templates.toJson(t);
        }
      }
      """;

  @Test
  void fixtureCompilesAndBuildsTheExpectedTemplate() throws Exception {
    Map<String, String> sources = new LinkedHashMap<>(Fixture.sources());
    sources.put("use/Use.java", USE);
    Compiler.Result result = Compiler.compile(sources);
    assertTrue(result.ok(), String.join("\n", result.errors()));
    assertEquals(List.of(), result.warnings());

    String json = (String) result.loader().loadClass("use.Use").getMethod("json").invoke(null);
    JsonNode resources = new ObjectMapper().readTree(json).path("Resources");
    assertEquals(new ObjectMapper().readTree("""
        {"Type": "AWS::Demo::Widget",
         "Properties": {
           "Name": "main", "Size": 3, "Ratio": 0.5,
           "Policy": {"Version": "2012-10-17"},
           "Document": {"Key": [1, 2]},
           "Mode": "FAST",
           "Zones": [{"Ref": "ZoneA"}, {"Ref": "ZoneB"}],
           "Owner": {"Fn::GetAtt": ["ZoneA", "Arn"]},
           "Settings": {"Value": "v", "Limits": {"max": 5}},
           "Rules": [{"Priority": 1, "Action": "allow"}, {"Priority": 2}],
           "Labels": {"team": "web"},
           "Matrix": [["x", "y"]],
           "Choice": {"Y": "why"},
           "Items": ["plain", {"Priority": 3}],
           "Tags": [{"Key": "Name", "Value": "main"}, {"Key": "Stack", "Value": {"Ref": "AWS::StackName"}}],
           "Type": "big",
           "Default": "yes",
           "Self": {"Z": "z"},
           "Shadow": {"V": "shadowed"},
           "Pairs": [{"Key": "k", "Value": "v"}]},
         "DeletionPolicy": "Retain",
         "UpdateReplacePolicy": "Retain"}
        """), resources.path("Main"));
    assertEquals(new ObjectMapper().readTree("""
        {"Type": "AWS::Demo::Gadget",
         "Properties": {"Widget": {"Ref": "Main"}, "Tags": {"b": "2", "a": {"Fn::GetAtt": ["Main", "Arn"]}}}}
        """), resources.path("Gadget"));
    assertEquals(new ObjectMapper().readTree("""
        {"Type": "AWS::Demo::Group",
         "Properties": {"MaxSize": "4", "Tags": [{"Key": "Name", "Value": "web", "PropagateAtLaunch": true}]}}
        """), resources.path("Group"));
    JsonNode outputs = new ObjectMapper().readTree(json).path("Outputs");
    assertEquals("[\"Main\",\"Endpoint.Address\"]", outputs.path("Address").path("Value").path("Fn::GetAtt").toString());
    assertEquals("[\"Main\",\"Type\"]", outputs.path("Type").path("Value").path("Fn::GetAtt").toString());
  }

  @Test
  void misuseOfFixtureClassesDoesNotCompile() {
    Map<String, String> sources = new LinkedHashMap<>(Fixture.sources());
    String[] misuses = {
        "new Widget(\"W\").size(\"three\");",               // a string where an integer is wanted
        "new Widget(\"W\").choice(new Widget.Rule());",      // a union member it does not have
        "new Widget(\"W\").zones(new Gadget(\"G\"));",       // a relationship to another type
        "new Gadget(\"G\").port();",                         // an attribute of another resource type
        "new Widget(\"W\").type(\"big\");",                  // the reserved name is renamed, not overloaded
    };
    for (String misuse : misuses) {
      sources.put("use/Use.java", "package use;\nimport io.tropo4j.resources.demo.*;\n"
          + "class Use {\n  void go() {\n    " + misuse + "\n  }\n}\n");
      Compiler.Result result = Compiler.compile(sources);
      assertTrue(!result.ok(), "compiled, but should not have: " + misuse);
    }
  }
}
