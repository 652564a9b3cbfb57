package io.tropo4j.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of text that is not a readable template: one sentence, at its line and column. */
class BadTemplatesTest {
  record Bad(String kind, String fileName, String text, int line, int column, String sentence) {
    @Override
    public String toString() {
      return kind;
    }
  }

  static Stream<Bad> cases() {
    return Stream.of(
        new Bad("empty JSON", "t.json", "  \n", 2, 1,
            "the file is empty; a template is a JSON object with a Resources section"),
        new Bad("empty YAML", "t.yaml", "# only a comment\n", 2, 1,
            "the file is empty; a template is a YAML mapping with a Resources section"),
        new Bad("a list at the top", "t.yaml", "- Resources\n- Outputs\n", 1, 1,
            "a template is a mapping of sections (Resources, Parameters, ...) at the top level, not a list"),
        new Bad("a string at the top", "t.json", "\"Resources\"", 1, 1,
            "a template is a mapping of sections (Resources, Parameters, ...) at the top level, not a string"),
        new Bad("no Resources", "t.yaml", "Description: a note\nOutputs: {}\n", 1, 1,
            "this is not a CloudFormation template: it has no Resources section"),
        new Bad("not a template at all", "compose.yaml", "Description: x\nservices:\n  web: {image: nginx}\n", 3, 3,
            "'services' is not a template section; the sections are AWSTemplateFormatVersion, Description, Metadata, "
                + "Parameters, Rules, Mappings, Conditions, Transform, Resources, Outputs, Hooks"),
        new Bad("empty Resources", "t.json", "{\"Resources\": {}}", 1, 15,
            "the Resources section is empty; a template declares at least one resource"),
        new Bad("Resources a list", "t.yaml", "Resources:\n  - Bucket\n", 2, 3,
            "the Resources section must be a mapping of names to definitions, not a list"),
        new Bad("a resource that is a string", "t.yaml", "Resources:\n  Bucket: AWS::S3::Bucket\n", 2, 11,
            "resource Bucket must be a mapping with a Type, not a string"),
        new Bad("a resource without Type", "t.yaml", "Resources:\n  Bucket:\n    Properties: {}\n", 3, 5,
            "resource Bucket has no Type"),
        new Bad("a Type that is a function", "t.yaml", "Resources:\n  Bucket:\n    Type: !Ref T\n", 3, 11,
            "the Type of resource Bucket must be a string such as AWS::S3::Bucket, not a function (Ref)"),
        new Bad("Properties a list", "t.json", "{\"Resources\": {\"B\": {\"Type\": \"X\", \"Properties\": [1]}}}", 1,
            49, "the Properties of resource B must be a mapping, not a list"),
        new Bad("DependsOn a mapping", "t.yaml", "Resources:\n  B:\n    Type: X\n    DependsOn: {A: 1}\n", 4, 16,
            "the DependsOn of resource B must be a resource's name or a list of them"),
        new Bad("a parameter without Type", "t.yaml", "Parameters:\n  Env: {Default: dev}\nResources:\n  B: {Type: X}\n",
            2, 8, "parameter Env has no Type"),
        new Bad("an output without Value", "t.yaml", "Resources:\n  B: {Type: X}\nOutputs:\n  Url: {Description: d}\n",
            4, 8, "output Url has no Value"),
        new Bad("duplicate key in JSON", "t.json", "{\"Resources\": {\"B\": {\"Type\": \"X\"},\n  \"B\": {\"Type\": \"Y\"}}}",
            2, 3, "duplicate key \"B\" in an object (first at line 1)"),
        new Bad("duplicate key in YAML", "t.yaml", "Resources:\n  B:\n    Type: X\n  B:\n    Type: Y\n", 4, 3,
            "duplicate key 'B' in a mapping (first at line 2)"),
        new Bad("an anchor", "t.yaml", "Resources:\n  B: &shared\n    Type: X\n", 2, 6,
            "the anchor &shared names a value to repeat; CloudFormation accepts no YAML anchors or aliases; write the "
                + "value out in full"),
        new Bad("an alias", "t.yaml", "Resources:\n  B:\n    Type: X\n  C: *shared\n", 4, 6,
            "the alias *shared refers to an anchor; CloudFormation accepts no YAML anchors or aliases; write the value "
                + "out in full"),
        new Bad("an unknown tag", "t.yaml", "Resources:\n  B:\n    Type: X\n    Properties:\n      Name: !Reference A\n",
            5, 13, "unknown tag !Reference; the short forms are !Ref, !Sub, !GetAtt, !If and the other intrinsic "
                + "functions' names"),
        new Bad("a YAML type CloudFormation does not read", "t.yaml",
            "Resources:\n  B:\n    Type: X\n    Properties:\n      Blob: !!binary aGVsbG8=\n", 5, 13,
            "the tag !!binary is not one CloudFormation reads; use !!str, !!int, !!float, !!bool, !!null, !!map or "
                + "!!seq, or none"),
        new Bad("two tags on one value", "t.yaml",
            "Resources:\n  B:\n    Type: X\n    Properties:\n      U: !Base64 !Sub x\n", 5, 18,
            "a value can carry only one tag: write the inner function in its long form, as in !Base64 {Fn::Sub: ...}"),
        new Bad("!GetAtt without a dot", "t.yaml", "Resources:\n  B:\n    Type: X\n    Properties:\n      A: !GetAtt Queue\n",
            5, 10, "!GetAtt takes Resource.Attribute or [Resource, Attribute], not 'Queue'"),
        new Bad("!Ref of a list", "t.yaml", "Resources:\n  B:\n    Type: X\n    Properties:\n      A: !Ref [a, b]\n", 5, 10,
            "!Ref takes a name, not a list"),
        new Bad("a list as a key", "t.yaml", "Resources:\n  ? [a, b]\n  : {Type: X}\n", 2, 5,
            "a mapping key must be a name, not a list"),
        new Bad("bad indentation", "t.yaml", "Resources:\n  B:\n    Type: X\n   Properties: {}\n", 4, 4,
            "this line's indentation does not line up with the lines above it"),
        new Bad("a tab for indentation", "t.yaml", "Resources:\n  B:\n\tType: X\n", 3, 1,
            "a tab indents this line; YAML indents with spaces only"),
        new Bad("an unclosed YAML quote", "t.yaml", "Resources:\n  B:\n    Type: 'X\n", 3, 11,
            "a quoted string that starts here is never closed"),
        new Bad("a colon in a plain value", "t.yaml", "Resources:\n  B:\n    Type: X: Y\n", 3, 12,
            "a ': ' where no mapping can start; quote a value that holds ': '"),
        new Bad("two YAML documents", "t.yaml", "Resources:\n  B: {Type: X}\n---\nResources:\n  C: {Type: X}\n", 3, 1,
            "a second YAML document starts here; a template file holds one"),
        new Bad("a trailing comma in JSON", "t.json", "{\"Resources\": {\"B\": {\"Type\": \"X\",}}}", 1, 34,
            "a comma before '}': JSON allows no comma after an object's last member"),
        new Bad("a missing comma in JSON", "t.json", "{\"Resources\": {\"B\": {\"Type\": \"X\"}\n \"C\": {}}}", 2, 2,
            "expected ',' or '}' after the value of \"B\" but found '\"'"),
        new Bad("an unclosed JSON string", "t.json", "{\"Resources\": {\"B\": {\"Type\": \"X}}}", 1, 30,
            "a string that starts here is never closed"),
        new Bad("a JSON object that never ends", "t.json", "{\"Resources\": {\"B\": {\"Type\": \"X\"}}\n", 2, 1,
            "the file ends inside an object that starts at 1:1"),
        new Bad("a bad JSON escape", "t.json", "{\"Resources\": {\"B\": {\"Type\": \"C:\\Temp\"}}}", 1, 33,
            "\\T is not a JSON escape; write \\\\ for a backslash"),
        new Bad("a JSON number with a leading zero", "t.json", "{\"Resources\": {\"B\": {\"Type\": \"X\", \"N\": 012}}}",
            1, 40, "'012' is not a JSON number (no leading zeros, a digit on both sides of the point)"),
        new Bad("a misspelt JSON literal", "t.json", "{\"Resources\": {\"B\": {\"Type\": \"X\", \"On\": True}}}", 1,
            41, "expected a value (an object, array, string, number, true, false or null) but found 'True'"),
        new Bad("single quotes in JSON", "t.json", "{'Resources': {}}", 1, 2,
            "expected a key in double quotes but found '''"),
        new Bad("text after the JSON document", "t.json", "{\"Resources\": {\"B\": {\"Type\": \"X\"}}} }", 1, 37,
            "there is more after the end of the JSON document: '}'"),
        new Bad("a YAML file named .json", "t.json", "Resources:\n  B: {Type: X}\n", 1, 1,
            "expected a value (an object, array, string, number, true, false or null) but found 'Resources'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isOneSentenceAtItsLineAndColumn(Bad bad) {
    TemplateReadException e = assertThrows(TemplateReadException.class, () -> TemplateReader.read(bad.text,
        bad.fileName));
    assertEquals(List.of(bad.fileName, bad.line, bad.column, bad.sentence),
        List.of(e.fileName(), e.line(), e.column(), e.sentence()));
    assertEquals(bad.fileName + ":" + bad.line + ":" + bad.column + ": " + bad.sentence, e.getMessage());
  }
}
