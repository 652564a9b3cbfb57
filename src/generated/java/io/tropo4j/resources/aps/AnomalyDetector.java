// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.aps;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Anomaly detection uses the Random Cut Forest algorithm for time-series analysis. The anomaly
 * detector analyzes Amazon Managed Service for Prometheus metrics to identify unusual patterns and
 * behaviors.
 *
 * <p>CloudFormation type {@code AWS::APS::AnomalyDetector}.
 */
public final class AnomalyDetector extends Resource<AnomalyDetector> {
  private static final Schema SCHEMA = Schema.builder("AWS::APS::AnomalyDetector")
      .required("Alias", "Configuration", "Workspace")
      .constrain("Alias", Constraint.of().minLength(1).maxLength(128))
      .constrain("Workspace", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):aps:[a-z0-9-]+:[0-9]+:workspace/[a-zA-Z0-9-]+$"))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AnomalyDetector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The user-friendly name of the anomaly detector.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation
   * property {@code Alias}.
   */
  public AnomalyDetector alias(String value) {
    return set("Alias", Value.of(value));
  }

  /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
  public AnomalyDetector alias(Value<String> value) {
    return set("Alias", value);
  }

  /**
   * The algorithm configuration of the anomaly detector.
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public AnomalyDetector configuration(Value<AnomalyDetectorConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * The frequency, in seconds, at which the anomaly detector evaluates metrics.
   *
   * <p>Default: {@code 60}. CloudFormation property {@code EvaluationIntervalInSeconds}.
   */
  public AnomalyDetector evaluationIntervalInSeconds(int value) {
    return set("EvaluationIntervalInSeconds", Value.of(value));
  }

  /**
   * Sets {@code EvaluationIntervalInSeconds} to this value; see {@link
   * #evaluationIntervalInSeconds(int)}.
   */
  public AnomalyDetector evaluationIntervalInSeconds(Value<Integer> value) {
    return set("EvaluationIntervalInSeconds", value);
  }

  /**
   * The Amazon Managed Service for Prometheus metric labels associated with the anomaly detector.
   *
   * <p>CloudFormation property {@code Labels}.
   */
  public AnomalyDetector labels(List<Label> value) {
    return set("Labels", Value.listOf(value));
  }

  /** Sets {@code Labels} to this value; see {@link #labels(List)}. */
  public AnomalyDetector labels(Value<List<Label>> value) {
    return set("Labels", value);
  }

  /** Sets {@code Labels} to a list of these; see {@link #labels(List)}. */
  public AnomalyDetector labels(Label... values) {
    return set("Labels", Value.list(values));
  }

  /**
   * The action taken when data is missing during evaluation.
   *
   * <p>CloudFormation property {@code MissingDataAction}.
   */
  public AnomalyDetector missingDataAction(Value<MissingDataAction> value) {
    return set("MissingDataAction", value);
  }

  /**
   * The tags applied to the anomaly detector.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AnomalyDetector tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AnomalyDetector tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AnomalyDetector tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An Amazon Managed Service for Prometheus workspace is a logical and isolated Prometheus server
   * dedicated to ingesting, storing, and querying your Prometheus-compatible metrics.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws|aws-us-gov|aws-cn):aps:[a-z0-9-]+:[0-9]+:workspace/[a-zA-Z0-9-]+$}. CloudFormation
   * property {@code Workspace}.
   */
  public AnomalyDetector workspace(String value) {
    return set("Workspace", Value.of(value));
  }

  /** Sets {@code Workspace} to this value; see {@link #workspace(String)}. */
  public AnomalyDetector workspace(Value<String> value) {
    return set("Workspace", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the anomaly detector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The configuration for the anomaly detection algorithm.
   *
   * <p>Property type {@code AWS::APS::AnomalyDetector.AnomalyDetectorConfiguration}.
   */
  public static final class AnomalyDetectorConfiguration extends Struct<AnomalyDetectorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::AnomalyDetector.AnomalyDetectorConfiguration")
        .required("RandomCutForest")
        .build();

    public AnomalyDetectorConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Random Cut Forest algorithm configuration for anomaly detection.
     *
     * <p>Required. CloudFormation property {@code RandomCutForest}.
     */
    public AnomalyDetectorConfiguration randomCutForest(Value<RandomCutForestConfiguration> value) {
      return set("RandomCutForest", value);
    }
  }

  /**
   * Configuration for threshold settings that determine when values near expected values should be
   * ignored during anomaly detection.
   *
   * <p>Property type {@code AWS::APS::AnomalyDetector.IgnoreNearExpected}.
   */
  public static final class IgnoreNearExpected extends Struct<IgnoreNearExpected> {
    private static final Schema SCHEMA = Schema.of("AWS::APS::AnomalyDetector.IgnoreNearExpected");

    public IgnoreNearExpected() {
      super(SCHEMA);
    }

    /**
     * The absolute amount by which values can differ from expected values before being considered
     * anomalous.
     *
     * <p>CloudFormation property {@code Amount}.
     */
    public IgnoreNearExpected amount(double value) {
      return set("Amount", Value.of(value));
    }

    /** Sets {@code Amount} to this value; see {@link #amount(double)}. */
    public IgnoreNearExpected amount(Value<Double> value) {
      return set("Amount", value);
    }

    /**
     * The ratio by which values can differ from expected values before being considered anomalous.
     *
     * <p>CloudFormation property {@code Ratio}.
     */
    public IgnoreNearExpected ratio(double value) {
      return set("Ratio", Value.of(value));
    }

    /** Sets {@code Ratio} to this value; see {@link #ratio(double)}. */
    public IgnoreNearExpected ratio(Value<Double> value) {
      return set("Ratio", value);
    }
  }

  /**
   * The Amazon Managed Service for Prometheus metric labels associated with the anomaly detector.
   *
   * <p>Property type {@code AWS::APS::AnomalyDetector.Label}.
   */
  public static final class Label extends Struct<Label> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::AnomalyDetector.Label")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public Label() {
      super(SCHEMA);
    }

    /**
     * The key of the label.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public Label key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Label key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value for this label.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code Value}.
     */
    public Label value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Label value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies the action to take when data is missing during anomaly detection evaluation.
   *
   * <p>Property type {@code AWS::APS::AnomalyDetector.MissingDataAction}.
   */
  public static final class MissingDataAction extends Struct<MissingDataAction> {
    private static final Schema SCHEMA = Schema.of("AWS::APS::AnomalyDetector.MissingDataAction");

    public MissingDataAction() {
      super(SCHEMA);
    }

    /**
     * Marks missing data points as anomalies.
     *
     * <p>CloudFormation property {@code MarkAsAnomaly}.
     */
    public MissingDataAction markAsAnomaly(boolean value) {
      return set("MarkAsAnomaly", Value.of(value));
    }

    /** Sets {@code MarkAsAnomaly} to this value; see {@link #markAsAnomaly(boolean)}. */
    public MissingDataAction markAsAnomaly(Value<Boolean> value) {
      return set("MarkAsAnomaly", value);
    }

    /**
     * Skips evaluation when data is missing.
     *
     * <p>CloudFormation property {@code Skip}.
     */
    public MissingDataAction skip(boolean value) {
      return set("Skip", Value.of(value));
    }

    /** Sets {@code Skip} to this value; see {@link #skip(boolean)}. */
    public MissingDataAction skip(Value<Boolean> value) {
      return set("Skip", value);
    }
  }

  /**
   * Configuration for the Random Cut Forest algorithm used for anomaly detection in time-series
   * data.
   *
   * <p>Property type {@code AWS::APS::AnomalyDetector.RandomCutForestConfiguration}.
   */
  public static final class RandomCutForestConfiguration extends Struct<RandomCutForestConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::APS::AnomalyDetector.RandomCutForestConfiguration")
        .required("Query")
        .constrain("Query", Constraint.of().minLength(1))
        .constrain("SampleSize", Constraint.of().minimum(256).maximum(1024))
        .constrain("ShingleSize", Constraint.of().minimum(2).maximum(1024))
        .build();

    public RandomCutForestConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for ignoring values that are near expected values from above during anomaly
     * detection.
     *
     * <p>CloudFormation property {@code IgnoreNearExpectedFromAbove}.
     */
    public RandomCutForestConfiguration ignoreNearExpectedFromAbove(Value<IgnoreNearExpected> value) {
      return set("IgnoreNearExpectedFromAbove", value);
    }

    /**
     * Configuration for ignoring values that are near expected values from below during anomaly
     * detection.
     *
     * <p>CloudFormation property {@code IgnoreNearExpectedFromBelow}.
     */
    public RandomCutForestConfiguration ignoreNearExpectedFromBelow(Value<IgnoreNearExpected> value) {
      return set("IgnoreNearExpectedFromBelow", value);
    }

    /**
     * The Prometheus query used to retrieve the time-series data for anomaly detection.
     *
     * <p>Random Cut Forest queries must be wrapped by a supported PromQL aggregation operator. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/https://prometheus.io/docs/prometheus/latest/querying/operators/#aggregation-operators">Aggregation
     * operators</a> on the <em>Prometheus docs</em> website. <em>Supported PromQL aggregation
     * operators</em> : <code>avg</code> , <code>count</code> , <code>group</code> ,
     * <code>max</code> , <code>min</code> , <code>quantile</code> , <code>stddev</code> ,
     * <code>stdvar</code> , and <code>sum</code> .
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Query}.
     */
    public RandomCutForestConfiguration query(String value) {
      return set("Query", Value.of(value));
    }

    /** Sets {@code Query} to this value; see {@link #query(String)}. */
    public RandomCutForestConfiguration query(Value<String> value) {
      return set("Query", value);
    }

    /**
     * The number of data points sampled from the input stream for the Random Cut Forest algorithm.
     * The default number is 256 consecutive data points.
     *
     * <p>Range: 256 to 1024. Default: {@code 256}. CloudFormation property {@code SampleSize}.
     */
    public RandomCutForestConfiguration sampleSize(int value) {
      return set("SampleSize", Value.of(value));
    }

    /** Sets {@code SampleSize} to this value; see {@link #sampleSize(int)}. */
    public RandomCutForestConfiguration sampleSize(Value<Integer> value) {
      return set("SampleSize", value);
    }

    /**
     * The number of consecutive data points used to create a shingle for the Random Cut Forest
     * algorithm. The default number is 8 consecutive data points.
     *
     * <p>Range: 2 to 1024. Default: {@code 8}. CloudFormation property {@code ShingleSize}.
     */
    public RandomCutForestConfiguration shingleSize(int value) {
      return set("ShingleSize", Value.of(value));
    }

    /** Sets {@code ShingleSize} to this value; see {@link #shingleSize(int)}. */
    public RandomCutForestConfiguration shingleSize(Value<Integer> value) {
      return set("ShingleSize", value);
    }
  }
}
