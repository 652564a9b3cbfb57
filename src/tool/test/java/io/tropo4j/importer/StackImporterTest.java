package io.tropo4j.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.Templates;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.emit.JsonWriter;
import io.tropo4j.read.TemplateDocument;
import io.tropo4j.read.TemplateReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackImporterTest {
  private static final Path SMALL = Path.of("src/tool/test/resources/importer/small.yaml");

  /** The whole class for a small template that uses every section, typed setters and a fallback or two. */
  @Test
  void writesTheGoldenClass() throws Exception {
    TemplateDocument document = TemplateReader.read(Files.readString(SMALL), SMALL.toString());
    String java = new StackImporter().toJava(document, "com.example.stacks", "SmallStack");
    assertEquals(Files.readString(Path.of("src/tool/test/resources/importer/SmallStack.java.golden")), java);
  }

  @Test
  void theGoldenClassCompilesAndBuildsTheTemplate(@TempDir Path classes) throws Exception {
    TemplateDocument document = TemplateReader.read(Files.readString(SMALL), SMALL.toString());
    String java = new StackImporter().toJava(document, "com.example.stacks", "SmallStack");
    assertEquals(Map.of(), InMemoryCompiler.compile(Map.of("com.example.stacks.SmallStack", java), classes));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Stack stack = (Stack) loader.loadClass("com.example.stacks.SmallStack").getConstructor().newInstance();
      Template template = stack.build();
      TemplateDocument written = TemplateReader.read(JsonWriter.write(template), "small.json");
      assertEquals("small", stack.name());
      assertNull(Normalised.firstDifference(Normalised.template(document.root()), Normalised.template(written.root()), ""));
    }
  }

  @Test
  void refusesWhatItCannotWriteWithoutLosingIt() {
    TemplateDocument loops = TemplateReader.read("""
        Transform: AWS::LanguageExtensions
        Resources:
          Fn::ForEach::Buckets:
            - Name
            - [A, B]
            - Bucket${Name}:
                Type: AWS::S3::Bucket
        """, "loops.yaml");
    ImportException e = assertThrows(ImportException.class, () -> new StackImporter().toJava(loops, "", "Loops"));
    assertEquals("the template loops with Fn::ForEach, which tropo4j has no form of", e.getMessage());
  }

  @Test
  void namesClassesAfterFiles() {
    assertEquals("VpcWithNatGateway", StackImporter.className("templates/vpc-with-nat_gateway.yaml"));
    assertEquals("Stack3Tier", StackImporter.className("3-tier.json"));
    assertEquals(false, StackImporter.isClassName("class"));
    assertEquals(false, StackImporter.isPackageName("com..example"));
  }

  /** Another stack's output, in a region and read with a role, comes back as the typed function and builds the same. */
  @Test
  void readsAnotherStacksOutput(@TempDir Path classes) throws Exception {
    TemplateDocument document = TemplateReader.read("""
        Resources:
          Topic:
            Type: AWS::SNS::Topic
            Properties:
              DisplayName: !Join ["-", [!GetStackOutput {StackName: network, OutputName: Prefix}, alerts]]
        Outputs:
          Vpc:
            Value:
              Fn::GetStackOutput:
                StackName: network
                OutputName: VpcId
                Region: eu-west-1
                RoleArn: arn:aws:iam::111122223333:role/read-outputs
        """, "outputs.yaml");
    String java = new StackImporter().toJava(document, "com.example.stacks", "Outputs");
    assertTrue(java.contains(".getStackOutput(Value.of(\"network\"), Value.of(\"VpcId\")).inRegion(Value.of("
        + "\"eu-west-1\")).assumingRole(Value.of(\"arn:aws:iam::111122223333:role/read-outputs\"))"), java);
    assertEquals(Map.of(), InMemoryCompiler.compile(Map.of("com.example.stacks.Outputs", java), classes));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Stack stack = (Stack) loader.loadClass("com.example.stacks.Outputs").getConstructor().newInstance();
      TemplateDocument written = TemplateReader.read(JsonWriter.write(stack.build()), "outputs.json");
      assertNull(Normalised.firstDifference(Normalised.template(document.root()), Normalised.template(written.root()), ""));
    }
  }

  @Test
  void readsANestedStacksTemplateUrlAsGivenAndAnyOfItsOutputs(@TempDir Path classes) throws Exception {
    TemplateDocument document = TemplateReader.read("""
        Resources:
          Network:
            Type: AWS::CloudFormation::Stack
            DeletionPolicy: Retain
            UpdateReplacePolicy: Retain
            Properties:
              TemplateURL: https://s3.amazonaws.com/my-bucket/network.json
              Parameters:
                Cidr: 10.0.0.0/16
        Outputs:
          Vpc:
            Value: !GetAtt Network.Outputs.VpcId
        """, "nested.yaml");
    String java = new StackImporter().toJava(document, "com.example.stacks", "Nested");
    assertTrue(java.contains(".templateURL(\"https://s3.amazonaws.com/my-bucket/network.json\")"), java);
    assertEquals(Map.of(), InMemoryCompiler.compile(Map.of("com.example.stacks.Nested", java), classes));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Stack stack = (Stack) loader.loadClass("com.example.stacks.Nested").getConstructor().newInstance();
      Template template = stack.build();
      assertEquals(List.of(), Templates.validate(template));
      TemplateDocument written = TemplateReader.read(JsonWriter.write(template), "nested.json");
      assertNull(Normalised.firstDifference(Normalised.template(document.root()), Normalised.template(written.root()), ""));
    }
  }
}
