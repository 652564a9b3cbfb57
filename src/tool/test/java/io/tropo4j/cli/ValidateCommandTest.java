package io.tropo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tropo4j.catalog.Catalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} on a folder of stack sources as a newcomer writes them: values CloudFormation would
 * refuse, which only the resource provider schemas know of, are each a problem at their path.
 */
class ValidateCommandTest {
  private static final String MISTAKES = """
      package com.example;

      import io.tropo4j.core.Stack;
      import io.tropo4j.core.Template;
      import io.tropo4j.resources.cloudwatch.Alarm;
      import io.tropo4j.resources.lambda.EventSourceMapping;
      import io.tropo4j.resources.logs.LogGroup;
      import io.tropo4j.resources.sqs.Queue;

      public final class Mistakes implements Stack {
        public String name() {
          return "mistakes";
        }

        public String summary() {
          return "four values CloudFormation refuses";
        }

        public Template build() {
          Template t = new Template();
          t.add(new Alarm("Errors").comparisonOperator("GreaterThan").evaluationPeriods(1).metricName("Errors")
              .namespace("AWS/Lambda").period(60).statistic("Sum").threshold(1));
          Queue queue = t.add(new Queue("Work").messageRetentionPeriod(30).retainData());
          t.add(new LogGroup("Logs").logGroupName("my app logs").retainData());
          t.add(new EventSourceMapping("Events").functionName("worker").eventSourceArn(queue.ref()));
          return t;
        }
      }
      """;

  @TempDir
  Path dir;

  @Test
  void eachValueCloudFormationWouldRefuseIsAProblemAtItsPath() throws Exception {
    Path source = dir.resolve("stacks/com/example/Mistakes.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, MISTAKES);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment environment = new Environment(() -> {
      throw new AssertionError("AWS was reached");
    }, dir, Duration.ofMillis(1), Map.of());

    int status = Main.run(new String[] {"validate", "--stacks", dir.resolve("stacks").toString()},
        new Catalog(List.of()), environment, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(1, status);
    assertEquals(List.of("mistakes: 4 problems",
        "  Resources.Errors.Properties.ComparisonOperator: 'GreaterThan' is not an allowed value; expected one of "
            + "GreaterThanOrEqualToThreshold, GreaterThanThreshold, GreaterThanUpperThreshold, "
            + "LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold, LessThanOrEqualToThreshold, "
            + "LessThanThreshold",
        "  Resources.Events.Properties.EventSourceArn: Ref of AWS::SQS::Queue Work is its QueueUrl; EventSourceArn "
            + "takes its Arn: use .arn()",
        "  Resources.Logs.Properties.LogGroupName: 'my app logs' does not match the pattern ^[.\\-_/#A-Za-z0-9]{1,512}\\Z",
        "  Resources.Work.Properties.MessageRetentionPeriod: 30 is less than the least value, 60"),
        err.toString(StandardCharsets.UTF_8).lines().toList());
  }
}
