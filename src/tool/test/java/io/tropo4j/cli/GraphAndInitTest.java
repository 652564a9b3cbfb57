package io.tropo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.s3.BucketPolicy;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.sqs.Queue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code graph} draws what the template refers to; {@code init} writes a project, and only into a new folder. */
class GraphAndInitTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** A Ref, a GetAtt, a ${Name} of Sub and a DependsOn: an edge each; a parameter's Ref is none. */
  private static final Stack LINKED = new Stack() {
    @Override
    public String name() {
      return "linked";
    }

    @Override
    public String summary() {
      return "resources that refer to each other";
    }

    @Override
    public Template build() {
      Template t = new Template();
      Parameter<String> prefix = t.add(Parameter.string("Prefix").defaultValue("p"));
      Bucket bucket = t.add(new Bucket("Bucket").bucketName(Fn.sub("${Prefix}-bucket")).retainData());
      Queue queue = t.add(new Queue("Queue").queueName(prefix.ref()).retainData());
      t.add(new BucketPolicy("Policy").bucket(bucket.ref()).policyDocument(Json.object(
          "Statement", List.of(Json.object("Effect", "Deny", "Principal", "*",
              "Action", "s3:*", "Resource", Fn.sub("${Bucket.Arn}/*"), "Condition", Json.object(
                  "StringNotEquals", Json.object("aws:SourceArn", queue.arn())))))));
      t.add(new Topic("Topic")).dependsOn(queue);
      return t;
    }
  };

  private int run(String... args) {
    return Main.run(args, new Catalog(List.of(LINKED)), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void graphDrawsAnEdgeForEachReferenceAsMermaidAndAsDot() {
    assertEquals(0, run("graph", "linked"), err.toString(StandardCharsets.UTF_8));
    assertEquals("""
        flowchart LR
          Bucket["Bucket<br/><small>AWS::S3::Bucket</small>"]
          Queue["Queue<br/><small>AWS::SQS::Queue</small>"]
          Policy["Policy<br/><small>AWS::S3::BucketPolicy</small>"]
          Topic["Topic<br/><small>AWS::SNS::Topic</small>"]
          Policy --> Bucket
          Policy --> Queue
          Topic --> Queue
        """, out.toString(StandardCharsets.UTF_8));
    out.reset();
    assertEquals(0, run("graph", "linked", "--format", "dot"));
    String dot = out.toString(StandardCharsets.UTF_8);
    assertTrue(dot.startsWith("digraph \"linked\" {\n  rankdir=LR;\n"), dot);
    assertTrue(dot.contains("  \"Policy\" -> \"Bucket\";\n  \"Policy\" -> \"Queue\";\n  \"Topic\" -> \"Queue\";\n"), dot);
  }

  @Test
  void initWritesAProjectWhoseStackIsNamedAfterItsFolder(@TempDir Path home) throws Exception {
    Path project = home.resolve("order-audit");
    assertEquals(0, run("init", project.toString(), "--package", "org.shop.infra"), err.toString());
    for (String file : List.of("pom.xml", ".gitignore", "README.md",
        "src/main/java/org/shop/infra/OrderAuditStack.java", "src/test/java/org/shop/infra/OrderAuditStackTest.java",
        "src/main/resources/META-INF/services/io.tropo4j.core.Stack")) {
      assertTrue(Files.isRegularFile(project.resolve(file)), file);
    }
    String stack = Files.readString(project.resolve("src/main/java/org/shop/infra/OrderAuditStack.java"));
    assertTrue(stack.startsWith("package org.shop.infra;\n") && stack.contains("return \"order-audit\";"), stack);
    assertEquals("org.shop.infra.OrderAuditStack\n",
        Files.readString(project.resolve("src/main/resources/META-INF/services/io.tropo4j.core.Stack")));
    String pom = Files.readString(project.resolve("pom.xml"));
    assertTrue(pom.contains("<artifactId>tropo4j-maven-plugin</artifactId>") && !pom.contains("@"), pom);
  }

  @Test
  void initWritesOnlyIntoANewOrEmptyFolder(@TempDir Path home) throws Exception {
    Files.writeString(home.resolve("notes.txt"), "mine");
    assertEquals(Main.FAILED, run("init", home.toString()));
    assertEquals("tropo4j: " + home + " is not an empty folder; init writes a new project only\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals(List.of(home.resolve("notes.txt")), Files.list(home).toList());
    err.reset();
    assertEquals(Main.USAGE, run("init", home.resolve("x").toString(), "--package", "Com.Example"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("'Com.Example' is not a Java package name"), err.toString());
  }
}
