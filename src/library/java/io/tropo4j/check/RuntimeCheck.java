package io.tropo4j.check;

import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Template;
import io.tropo4j.fn.NamedCondition;
import io.tropo4j.fn.Value;
import io.tropo4j.fn.Visitor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lambda runtimes past their deprecation date: AWS no longer patches them, then refuses to create
 * and later to update functions on them, so a stack that deploys today fails on a later update. The
 * specification lists runtimes without dates, hence the pinned table.
 */
final class RuntimeCheck {
  private record Lifecycle(LocalDate deprecated, String createBlock, String updateBlock, String successor) {}

  static final Set<String> FUNCTION_TYPES = Set.of("AWS::Lambda::Function", "AWS::Serverless::Function");

  /**
   * Runtime, deprecated, creation blocked, update blocked, successor ("-": not announced). Source:
   * cfn-lint 1.58.0, cfnlint/data/AdditionalSpecs/LmbdRuntimeLifecycle.json (from
   * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html), copied 2026-11-22.
   */
  private static final String TABLE = """
      dotnet10        2028-11-14 2028-12-14 2029-01-15 -
      dotnet6         2024-12-20 2027-02-01 2027-03-03 dotnet10
      dotnet8         2026-11-10 2027-02-01 2027-03-03 dotnet10
      dotnet9         2026-11-10 - - dotnet10
      dotnetcore1.0   2019-06-27 2019-06-30 2019-07-30 dotnet10
      dotnetcore2.0   2019-05-30 2019-04-30 2019-05-30 dotnet10
      dotnetcore2.1   2022-01-05 2022-01-05 2022-04-13 dotnet10
      dotnetcore3.1   2023-04-03 2023-04-03 2023-05-03 dotnet10
      go1.x           2024-01-08 2024-02-08 2027-03-03 provided.al2023
      java11          2027-06-30 2027-07-31 2027-08-31 java25
      java17          2027-06-30 2027-07-31 2027-08-31 java25
      java21          2029-06-30 2029-07-31 2029-08-31 java25
      java25          2029-06-30 2029-07-31 2029-08-31 -
      java8           2024-01-08 2024-02-08 2027-03-03 java25
      java8.al2       2027-06-30 2027-07-31 2027-08-31 java25
      nodejs          2016-08-30 2016-09-30 2016-10-31 nodejs24.x
      nodejs10.x      2021-07-30 2021-07-30 2022-02-14 nodejs24.x
      nodejs12.x      2023-03-31 2023-03-31 2023-04-30 nodejs24.x
      nodejs14.x      2023-12-04 2024-01-09 2027-03-03 nodejs24.x
      nodejs16.x      2024-06-12 2027-02-01 2027-03-03 nodejs24.x
      nodejs18.x      2025-09-01 2027-02-01 2027-03-03 nodejs24.x
      nodejs20.x      2026-04-30 2027-02-01 2027-03-03 nodejs24.x
      nodejs22.x      2027-04-30 2027-06-01 2027-07-01 nodejs24.x
      nodejs24.x      2028-04-30 2028-06-01 2028-07-01 -
      nodejs4.3       2020-03-05 2020-02-03 2020-03-05 nodejs24.x
      nodejs4.3-edge  2020-03-05 2019-03-31 2019-04-30 nodejs24.x
      nodejs6.10      2019-08-12 2019-07-12 2019-08-12 nodejs24.x
      nodejs8.10      2020-03-06 2020-02-04 2020-03-06 nodejs24.x
      provided        2024-01-08 2024-02-08 2027-03-03 provided.al2023
      provided.al2    2026-07-31 2027-02-01 2027-03-03 provided.al2023
      provided.al2023 2029-06-30 2029-07-31 2029-08-31 -
      python2.7       2021-07-15 2021-07-15 2022-05-30 python3.14
      python3.10      2026-10-31 2027-02-01 2027-03-03 python3.14
      python3.11      2027-06-30 2027-07-31 2027-08-31 python3.14
      python3.12      2028-10-31 2028-11-30 2029-01-10 python3.14
      python3.13      2029-06-30 2029-07-31 2029-08-31 python3.14
      python3.14      2029-06-30 2029-07-31 2029-08-31 -
      python3.6       2022-07-18 2022-07-18 2022-08-29 python3.14
      python3.7       2023-12-04 2024-01-09 2027-03-03 python3.14
      python3.8       2024-10-14 2027-02-01 2027-03-03 python3.14
      python3.9       2025-12-15 2027-02-01 2027-03-03 python3.14
      ruby2.5         2021-07-30 2021-07-30 2022-03-31 ruby4.0
      ruby2.7         2023-12-07 2024-01-09 2027-03-03 ruby4.0
      ruby3.2         2026-03-31 2027-02-01 2027-03-03 ruby4.0
      ruby3.3         2027-03-31 2027-04-30 2027-05-31 ruby4.0
      ruby3.4         2028-03-31 2028-04-30 2028-05-31 ruby4.0
      ruby4.0         2029-03-31 2029-04-30 2029-05-31 -
      """;

  /** Read on first use: most templates have no function, and a command's start-up is short. */
  private static final class Runtimes {
    static final Map<String, Lifecycle> BY_NAME = new HashMap<>();

    static {
      for (String line : TABLE.split("\n")) {
        String[] f = fields(line);
        if (f.length == 5) {
          BY_NAME.put(f[0], new Lifecycle(date(f[1]), f[2], f[3], f[4]));
        }
      }
    }
  }

  /** A table row's fields, split at runs of spaces without the regular expression split(" +") compiles. */
  private static String[] fields(String line) {
    List<String> fields = new ArrayList<>(5);
    int start = -1;
    for (int i = 0; i <= line.length(); i++) {
      boolean space = i == line.length() || line.charAt(i) == ' ';
      if (space && start >= 0) {
        fields.add(line.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return fields.toArray(new String[0]);
  }

  /** yyyy-mm-dd without the formatter machinery, which costs milliseconds on its first use. */
  private static LocalDate date(String iso) {
    return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10), Integer.parseInt(iso, 8, 10, 10));
  }

  private RuntimeCheck() {}

  /** @param clock asked for today's date only when the template has a function */
  static void run(Template template, Clock clock, List<Problem> problems) {
    LocalDate date = null;
    for (Resource<?> resource : template.resources()) {
      Value<?> runtime = resource.properties().get("Runtime");
      if (runtime != null && FUNCTION_TYPES.contains(resource.type())) {
        date = date != null ? date : LocalDate.now(clock);
        new Runtime("Resources." + resource.logicalId() + ".Properties.Runtime", date, problems).visitValue(runtime);
      }
    }
  }

  /** A literal runtime, or each branch of Fn::If. */
  private record Runtime(String path, LocalDate today, List<Problem> problems) implements Visitor {
    @Override
    public void literal(Object value) {
      Lifecycle lifecycle = Runtimes.BY_NAME.get(value.toString());
      if (lifecycle == null || today.isBefore(lifecycle.deprecated)) {
        return;
      }
      problems.add(new Problem(path, "'" + value + "' is deprecated since " + lifecycle.deprecated
          + blocked(" creating functions", lifecycle.createBlock) + blocked(" updating them", lifecycle.updateBlock)
          + ("-".equals(lifecycle.successor) ? "" : "; use " + lifecycle.successor)));
    }

    private String blocked(String what, String date) {
      if ("-".equals(date)) {
        return "";
      }
      return (today.isBefore(date(date)) ? ";" + what + " is refused from " : ";" + what + " refused since ") + date;
    }

    @Override
    public void ifThen(NamedCondition condition, Value<?> whenTrue, Value<?> whenFalse) {
      new Runtime(path + ".Fn::If[1]", today, problems).visitValue(whenTrue);
      new Runtime(path + ".Fn::If[2]", today, problems).visitValue(whenFalse);
    }
  }
}
