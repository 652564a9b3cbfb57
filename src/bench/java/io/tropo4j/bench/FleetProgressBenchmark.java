package io.tropo4j.bench;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.cli.Environment;
import io.tropo4j.cli.Main;
import io.tropo4j.core.Output;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.deploy.AwsClients;
import io.tropo4j.resources.sns.Topic;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CreateStackInstancesResponse;
import software.amazon.awssdk.services.cloudformation.model.CreateStackSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackSetOperationResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackSetOperationResultsResponse;
import software.amazon.awssdk.services.cloudformation.model.StackSetNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperation;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationResultSummary;

/**
 * A fleet rollout's progress, as `tropo4j stackset deploy` follows it: 50 accounts × 4 regions, ten
 * instances at a time, each running for five polls, against a simulated CloudFormation that answers at
 * once (the poll interval zero), so the time is the tool's own: reading the 200 results of each of
 * about a hundred polls and printing what changed. The command is the one users run, in process, from
 * its command line to its last line; each rollout prints 400 instance lines and four others.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class FleetProgressBenchmark {
  private static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2");
  private static final List<String> ACCOUNTS = accounts();

  /** The lines a rollout printed; returned so that nothing is optimised away. */
  @Benchmark
  public long rollout() {
    Lines lines = new Lines();
    Fleet fleet = new Fleet();
    CloudFormationClient client = (CloudFormationClient) Proxy.newProxyInstance(
        FleetProgressBenchmark.class.getClassLoader(), new Class<?>[] {CloudFormationClient.class},
        (proxy, method, args) -> {
          if (method.isDefault() && args != null && args.length == 1
              && args[0] instanceof java.util.function.Consumer) {
            return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
          }
          return switch (method.getName()) {
            case "describeStackSet" -> throw StackSetNotFoundException.builder().message("not found").build();
            case "createStackSet" -> CreateStackSetResponse.builder().stackSetId("alerts:1").build();
            case "createStackInstances" -> CreateStackInstancesResponse.builder().operationId("op-1").build();
            case "describeStackSetOperation" -> fleet.operation();
            case "listStackSetOperationResults" -> fleet.results();
            case "close" -> null;
            default -> throw new IllegalStateException(method.getName());
          };
        });
    Environment environment = new Environment(() -> AwsClients.of(client, null, null, null, null, null),
        Path.of("target"), Duration.ZERO, Map.of());
    int status = Main.run(new String[] {"stackset", "deploy", "alerts", "--accounts", String.join(",", ACCOUNTS),
        "--regions", String.join(",", REGIONS), "--max-concurrent", "10", "--failure-tolerance", "9"},
        new Catalog(List.of(new Alerts())), environment, new PrintStream(lines, true), new PrintStream(lines, true));
    if (status != 0 || lines.count != 404) {
      throw new IllegalStateException("status " + status + ", " + lines.count + " lines");
    }
    return lines.count;
  }

  /** A stack whose template is all it needs. */
  public static final class Alerts implements Stack {
    @Override
    public String name() {
      return "alerts";
    }

    @Override
    public String summary() {
      return "a topic";
    }

    @Override
    public Template build() {
      Template t = new Template().description("alerts");
      Topic topic = t.add(new Topic("Alerts").topicName("alerts"));
      t.add(new Output("TopicArn", topic.ref()));
      return t;
    }
  }

  /** Counts the lines written, keeping none. */
  private static final class Lines extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      if (b == '\n') {
        count++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        write(b[i]);
      }
    }
  }

  /** One operation over the fleet: ten instances at a time, five polls each. */
  private static final class Fleet {
    private final int[] started = new int[ACCOUNTS.size() * REGIONS.size()];
    private int polls;

    Fleet() {
      Arrays.fill(started, -1);
    }

    Object operation() {
      polls++;
      int running = 0;
      boolean done = true;
      for (int s : started) {
        running += s >= 0 && polls - s < 5 ? 1 : 0;
      }
      for (int i = 0; i < started.length && running < 10; i++) {
        if (started[i] < 0) {
          started[i] = polls;
          running++;
        }
      }
      for (int s : started) {
        done &= s >= 0 && polls - s >= 5;
      }
      return DescribeStackSetOperationResponse.builder().stackSetOperation(StackSetOperation.builder()
          .operationId("op-1").action("CREATE").status(done ? "SUCCEEDED" : "RUNNING").build()).build();
    }

    Object results() {
      List<StackSetOperationResultSummary> results = new ArrayList<>(started.length);
      for (int i = 0; i < started.length; i++) {
        String status = started[i] < 0 ? "PENDING" : polls - started[i] < 5 ? "RUNNING" : "SUCCEEDED";
        results.add(StackSetOperationResultSummary.builder().account(ACCOUNTS.get(i % ACCOUNTS.size()))
            .region(REGIONS.get(i / ACCOUNTS.size())).status(status).build());
      }
      return ListStackSetOperationResultsResponse.builder().summaries(results).build();
    }
  }

  private static List<String> accounts() {
    List<String> accounts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      accounts.add(String.format("%012d", 100000000000L + i));
    }
    return accounts;
  }
}
